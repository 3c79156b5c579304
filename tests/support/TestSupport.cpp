#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace TestSupport {

QString makeKey(const char *label)
{
    return QStringLiteral("%1-%2").arg(QString::fromLatin1(label)).arg(QRandomGenerator::global()->generate64(), 0, 36);
}

static SimConfig sandboxConfig(int members, double rateScale, const QStringList &keys)
{
    SimConfig config;
    config.members = members;
    config.rateScale = rateScale;
    config.keys = {SimKey{keys[0], 255, true, true, false}, SimKey{keys[1], 255, true, false, false},
                   SimKey{keys[2], 255, true, true, true}, SimKey{keys[3], 200, true, true, false}};
    return config;
}

Sandbox::Sandbox(int members, double rateScale)
    : ownerKey(makeKey("owner")), readOnlyKey(makeKey("readonly")), expiredKey(makeKey("expired")),
      officerKey(makeKey("officer")),
      m_config(sandboxConfig(members, rateScale, {ownerKey, readOnlyKey, expiredKey, officerKey})),
      m_host(std::make_unique<SimulatorHost>(m_config))
{
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
    return QStringLiteral("rejected-key-") + name;
}

ConnectionProfile Sandbox::profile(ConnectionProfile::ReaderKind reader) const
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.groupId = groupId();
    profile.reader = reader;
    profile.setAllBaseUrls(baseUrl());
    return profile;
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

QJsonObject Sandbox::memberState(qint64 userId) const
{
    for (const QJsonValue &member : state().value(QStringLiteral("members")).toArray()) {
        if (member.toObject().value(QStringLiteral("userId")).toInteger() == userId)
            return member.toObject();
    }
    return {};
}

qint64 Sandbox::outsiderUserId() const
{
    return control("GET", QStringLiteral("/_sim/outsiders")).value(QStringLiteral("users")).toArray().first()
        .toObject().value(QStringLiteral("userId")).toInteger();
}

} // namespace TestSupport
