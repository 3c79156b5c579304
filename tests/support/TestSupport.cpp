#include "TestSupport.h"

#include "api/Async.h"

#include "api/OpenCloudBackend.h"
#include "api/UserDirectory.h"
#include "domain/RankRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace TestSupport {

QString makeKey(const char *label)
{
    return QStringLiteral("%1-%2").arg(QString::fromLatin1(label)).arg(QRandomGenerator::global()->generate64(), 0, 36);
}

ApiError NoKeychain::error()
{
    return ApiError::local(ApiError::Kind::Unavailable, QStringLiteral("rankdesk.keychain"),
                           QStringLiteral("Could not save in the system keychain: no Secret Service"));
}

QFuture<Result<std::optional<QString>>> NoKeychain::read(const QString &)
{
    return Async::ready(Result<std::optional<QString>>(error()));
}

QFuture<Result<Unit>> NoKeychain::write(const QString &, const QString &)
{
    return Async::ready(Result<Unit>(error()));
}

QFuture<Result<Unit>> NoKeychain::remove(const QString &)
{
    return Async::ready(Result<Unit>(error()));
}

Sandbox::Sandbox(int members, double rateScale, const std::function<void(SimConfig &)> &adjust)
    : ownerKey(makeKey("owner")), readOnlyKey(makeKey("readonly")), expiredKey(makeKey("expired")),
      officerKey(makeKey("officer")), hyraKey(makeKey("hyra")), seriesKey(makeKey("series")),
      seriesFreeKey(makeKey("seriesfree")), weskStarterKey(makeKey("weskstarter")), weskProKey(makeKey("weskpro")),
      weskMaxKey(makeKey("weskmax"))
{
    m_config.members = members;
    m_config.rateScale = rateScale;
    m_config.keys = {SimKey{ownerKey, 255, true, true, false}, SimKey{readOnlyKey, 255, true, false, false, false},
                     SimKey{expiredKey, 255, true, true, true}, SimKey{officerKey, 200, true, true, false}};
    m_config.hostedKeys = {{QStringLiteral("hyra"), hyraKey, {}},
                           {QStringLiteral("series"), seriesKey, QStringLiteral("premium")},
                           {QStringLiteral("series"), seriesFreeKey, QStringLiteral("free")},
                           {QStringLiteral("wesk"), weskStarterKey, QStringLiteral("starter")},
                           {QStringLiteral("wesk"), weskProKey, QStringLiteral("pro")},
                           {QStringLiteral("wesk"), weskMaxKey, QStringLiteral("max")}};
    if (adjust)
        adjust(m_config);
    m_host = std::make_unique<SimulatorHost>(m_config);
    if (!m_host->start())
        qFatal("the simulator could not listen on loopback");
}

QString Sandbox::key(const QString &name) const
{
    if (name == u"owner")
        return ownerKey;
    if (name == u"readonly")
        return readOnlyKey;
    if (name == u"expired")
        return expiredKey;
    if (name == u"officer")
        return officerKey;
    if (name == u"hyra")
        return hyraKey;
    if (name == u"series")
        return seriesKey;
    if (name == u"series-free")
        return seriesFreeKey;
    if (name == u"wesk-starter")
        return weskStarterKey;
    if (name == u"wesk-pro")
        return weskProKey;
    if (name == u"wesk-max")
        return weskMaxKey;
    return QStringLiteral("rejected-key-") + name;
}

ConnectionProfile Sandbox::profile(ConnectionProfile::ReaderKind reader) const
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.groupId = groupId();
    profile.reader = reader;
    profile.setAllBaseUrls(baseUrl());
    profile.rateScale = m_config.rateScale; // pace bulk work to the simulator's limits (0: none)
    profile.hyraWorkspaceId = HostedKey::defaultHyraWorkspace(); // the workspace of the Hyra key
    return profile;
}

QUrl Sandbox::writerUrl(ConnectionProfile::WriterKind writer) const
{
    QUrl url = baseUrl();
    url.setPath(ConnectionProfile::simulatorPrefix(writer));
    return url;
}

ConnectionProfile Sandbox::profile(ConnectionProfile::WriterKind writer, bool composeDemote) const
{
    ConnectionProfile p = profile();
    p.writer = writer;
    p.writerBaseUrl = writerUrl(writer);
    p.composeDemote = composeDemote;
    return p;
}

QJsonObject Sandbox::control(const QByteArray &method, const QString &path, const QJsonObject &body) const
{
    QNetworkAccessManager nam;
    QUrl url = baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return answer;
}

QJsonObject Sandbox::state() const
{
    return control("GET", QStringLiteral("/_sim/state"));
}

qint64 Sandbox::memberWithRank(int rank) const
{
    for (const QJsonValue &member : state().value(QStringLiteral("members")).toArray()) {
        if (member.toObject().value(QStringLiteral("rank")).toInt() == rank)
            return member.toObject().value(QStringLiteral("userId")).toInteger();
    }
    return 0;
}

QList<qint64> Sandbox::membersWithRank(int rank, int count) const
{
    QList<qint64> ids;
    for (const QJsonValue &member : state().value(QStringLiteral("members")).toArray()) {
        if (ids.size() < count && member.toObject().value(QStringLiteral("rank")).toInt() == rank)
            ids.append(member.toObject().value(QStringLiteral("userId")).toInteger());
    }
    return ids;
}

QJsonObject Sandbox::memberState(qint64 userId) const
{
    for (const QJsonValue &member : state().value(QStringLiteral("members")).toArray()) {
        if (member.toObject().value(QStringLiteral("userId")).toInteger() == userId)
            return member.toObject();
    }
    return {};
}

int Sandbox::rankViaOpenCloud(qint64 userId) const
{
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    UserDirectory users(&transport, baseUrl());
    OpenCloudBackend reader(&transport, &users, baseUrl(), groupId(), ownerKey);
    const Result<QList<Role>> roles = await(reader.roles());
    const Result<std::optional<Member>> member = await(reader.member(userId));
    if (!roles || !member || !member.value())
        return -1;
    const std::optional<Role> role = RankRules(roles.value()).roleById(member.value()->roleId);
    return role ? role->rank : -1;
}

int Sandbox::writeCount() const
{
    return int(control("GET", QStringLiteral("/_sim/writes")).value(QStringLiteral("writes")).toArray().size());
}

qint64 Sandbox::outsiderUserId() const
{
    return control("GET", QStringLiteral("/_sim/outsiders")).value(QStringLiteral("users")).toArray().first()
        .toObject().value(QStringLiteral("userId")).toInteger();
}

} // namespace TestSupport
