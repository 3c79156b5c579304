#include "UserDirectory.h"

#include "Async.h"
#include "Endpoint.h"
#include "RobloxErrorMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

UserDirectory::UserDirectory(HttpTransport *transport, QUrl usersBaseUrl, QObject *parent)
    : QObject(parent), m_transport(transport), m_base(std::move(usersBaseUrl))
{
}

QFuture<Result<QList<UserIdentity>>> UserDirectory::lookupUsernames(const QStringList &usernames)
{
    QList<QJsonObject> bodies;
    for (qsizetype i = 0; i < usernames.size(); i += BatchSize) {
        bodies.append({{QStringLiteral("usernames"), QJsonArray::fromStringList(usernames.mid(i, BatchSize))},
                       {QStringLiteral("excludeBannedUsers"), true}});
    }
    return lookupBatches("/v1/usernames/users", bodies);
}

QFuture<Result<QList<UserIdentity>>> UserDirectory::lookupIds(const QList<qint64> &userIds)
{
    QList<QJsonObject> bodies;
    for (qsizetype i = 0; i < userIds.size(); i += BatchSize) {
        QJsonArray ids;
        for (qint64 id : userIds.mid(i, BatchSize))
            ids.append(id);
        bodies.append({{QStringLiteral("userIds"), ids}, {QStringLiteral("excludeBannedUsers"), false}});
    }
    return lookupBatches("/v1/users", bodies);
}

QFuture<Result<QList<UserIdentity>>> UserDirectory::lookupBatches(const QByteArray &path, QList<QJsonObject> bodies)
{
    using Answer = Result<QList<UserIdentity>>;
    auto promise = Async::startedPromise<Answer>();
    auto found = std::make_shared<QList<UserIdentity>>();
    auto next = std::make_shared<std::function<void(qsizetype)>>();
    // The lambda holds only a weak reference to itself so the chain frees itself when done.
    std::weak_ptr<std::function<void(qsizetype)>> weakNext = next;
    *next = [this, path, bodies, promise, found, weakNext](qsizetype index) {
        if (index >= bodies.size()) {
            Async::resolve(promise, Answer(*found));
            return;
        }
        const HttpRequest request{"POST", endpointUrl(m_base, QString::fromLatin1(path)), {},
                                  QJsonDocument(bodies.at(index)).toJson(QJsonDocument::Compact)};
        auto self = weakNext.lock();
        m_transport->send(request).then(this, [promise, found, self, index](const HttpResponse &response) {
            if (!response.isSuccess()) {
                Async::resolve(promise, Answer(RobloxErrorMapper::map(response)));
                return;
            }
            const QJsonArray data = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("data")).toArray();
            for (const QJsonValue &value : data) {
                const QJsonObject user = value.toObject();
                found->append({user.value(QStringLiteral("id")).toInteger(),
                               user.value(QStringLiteral("name")).toString(),
                               user.value(QStringLiteral("displayName")).toString()});
            }
            (*self)(index + 1);
        });
    };
    (*next)(0);
    return promise->future();
}

QFuture<Result<std::optional<UserIdentity>>> UserDirectory::user(qint64 userId)
{
    using Answer = Result<std::optional<UserIdentity>>;
    const HttpRequest request{"GET", endpointUrl(m_base, QStringLiteral("/v1/users/%1").arg(userId)), {}, {}};
    return m_transport->send(request).then(this, [](const HttpResponse &response) -> Answer {
        if (response.status == 404)
            return std::optional<UserIdentity>();
        if (!response.isSuccess())
            return RobloxErrorMapper::map(response);
        const QJsonObject user = QJsonDocument::fromJson(response.body).object();
        return std::optional<UserIdentity>(UserIdentity{user.value(QStringLiteral("id")).toInteger(),
                                                        user.value(QStringLiteral("name")).toString(),
                                                        user.value(QStringLiteral("displayName")).toString()});
    });
}
