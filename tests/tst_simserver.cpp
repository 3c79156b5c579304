// The simulator's HTTP contract, checked with raw requests (no Rankdesk client in between).
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

using namespace TestSupport;

struct Answer
{
    int status = 0;
    QJsonObject body;
    QHash<QByteArray, QByteArray> headers;
};

class tst_SimServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;

    Answer call(const QByteArray &method, const QString &path, const QString &key, const QUrlQuery &query = {},
                const QJsonObject &body = {}, const QByteArray &contentType = "application/json")
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        if (!key.isEmpty())
            request.setRawHeader("x-api-key", key.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        delete reply;
        return answer;
    }
    QString groupPath(const QString &rest = {}) const { return QStringLiteral("/cloud/v2/groups/%1%2").arg(m_sim->groupId()).arg(rest); }
    QString rolePath(int rank) const
    {
        for (const QJsonValue &role : m_sim->state().value(QStringLiteral("roles")).toArray())
            if (role.toObject().value(QStringLiteral("rank")).toInt() == rank)
                return QStringLiteral("groups/%1/roles/%2").arg(m_sim->groupId()).arg(role.toObject().value(QStringLiteral("id")).toInteger());
        return {};
    }

private slots:
    void initTestCase() { m_sim = std::make_unique<Sandbox>(2000, 0.0); }

    void seededLadder()
    {
        const QJsonArray roles = m_sim->state().value(QStringLiteral("roles")).toArray();
        QVERIFY(roles.size() >= 12);
        QCOMPARE(roles.first().toObject().value(QStringLiteral("rank")).toInt(), 0);
        QCOMPARE(roles.last().toObject().value(QStringLiteral("rank")).toInt(), 255);
        for (const QJsonValue &role : roles) {
            const qint64 id = role.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY2(id >= 10'000'000 && id <= 999'999'999, "role ids are 8-9 digits");
            if (role.toObject().value(QStringLiteral("rank")).toInt() > 0)
                QVERIFY(role.toObject().value(QStringLiteral("memberCount")).toInt() >= 1);
        }
        QCOMPARE(m_sim->state().value(QStringLiteral("members")).toArray().size(), 2000);
    }

    void deterministicSeed()
    {
        Sandbox other(2000, 0.0);
        QCOMPARE(other.state().value(QStringLiteral("roles")), m_sim->state().value(QStringLiteral("roles")));
    }

    void rolesPageAtMost20()
    {
        const Answer answer = call("GET", groupPath(QStringLiteral("/roles")), m_sim->ownerKey, QUrlQuery(QStringLiteral("maxPageSize=500")));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.value(QStringLiteral("groupRoles")).toArray().size() <= 20);
        const QJsonObject guest = answer.body.value(QStringLiteral("groupRoles")).toArray().first().toObject();
        QVERIFY(!guest.contains(QStringLiteral("memberCount"))); // Open Cloud omits it on Guest
        QVERIFY(guest.value(QStringLiteral("id")).isString());
    }

    void membershipsPaging()
    {
        QSet<QString> users;
        QString token;
        int pages = 0;
        do {
            QUrlQuery query(QStringLiteral("maxPageSize=1000"));
            if (!token.isEmpty())
                query.addQueryItem(QStringLiteral("pageToken"), token);
            const Answer answer = call("GET", groupPath(QStringLiteral("/memberships")), m_sim->ownerKey, query);
            QCOMPARE(answer.status, 200);
            const QJsonArray page = answer.body.value(QStringLiteral("groupMemberships")).toArray();
            QVERIFY(page.size() <= 100); // clamped
            for (const QJsonValue &m : page)
                users.insert(m.toObject().value(QStringLiteral("user")).toString());
            token = answer.body.value(QStringLiteral("nextPageToken")).toString();
            ++pages;
        } while (!token.isEmpty());
        QCOMPARE(users.size(), 2000);
        QCOMPARE(pages, 20);
    }

    void membershipFilters()
    {
        const qint64 user = m_sim->memberWithRank(30);
        Answer answer = call("GET", groupPath(QStringLiteral("/memberships")), m_sim->ownerKey,
                             QUrlQuery({{QStringLiteral("filter"), QStringLiteral("user == 'users/%1'").arg(user)}}));
        QCOMPARE(answer.body.value(QStringLiteral("groupMemberships")).toArray().size(), 1);
        answer = call("GET", groupPath(QStringLiteral("/memberships")), m_sim->ownerKey,
                      QUrlQuery({{QStringLiteral("filter"), QStringLiteral("user == 'users/%1'").arg(m_sim->outsiderUserId())}}));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value(QStringLiteral("groupMemberships")).toArray().size(), 0);
        answer = call("GET", groupPath(QStringLiteral("/memberships")), m_sim->ownerKey,
                      QUrlQuery({{QStringLiteral("filter"), QStringLiteral("role == '%1'").arg(rolePath(30))}, {QStringLiteral("maxPageSize"), QStringLiteral("100")}}));
        QCOMPARE(answer.status, 200);
        for (const QJsonValue &m : answer.body.value(QStringLiteral("groupMemberships")).toArray())
            QCOMPARE(m.toObject().value(QStringLiteral("role")).toString(), rolePath(30));
        answer = call("GET", groupPath(QStringLiteral("/memberships")), m_sim->ownerKey,
                      QUrlQuery({{QStringLiteral("filter"), QStringLiteral("rank > 3")}}));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.body.value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_ARGUMENT"));
    }

    void changingFilterWhilePagingIsRefused()
    {
        const Answer first = call("GET", groupPath(QStringLiteral("/memberships")), m_sim->ownerKey, QUrlQuery(QStringLiteral("maxPageSize=10")));
        QUrlQuery query({{QStringLiteral("pageToken"), first.body.value(QStringLiteral("nextPageToken")).toString()},
                         {QStringLiteral("filter"), QStringLiteral("role == '%1'").arg(rolePath(1))}});
        QCOMPARE(call("GET", groupPath(QStringLiteral("/memberships")), m_sim->ownerKey, query).status, 400);
    }

    void auth_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("none") << 401 << QStringLiteral("Invalid API Key");
        QTest::newRow("wrong") << QStringLiteral("wrong") << 401 << QStringLiteral("Invalid API Key");
        QTest::newRow("expired") << QStringLiteral("expired") << 401 << QStringLiteral("API Key has expired.");
        QTest::newRow("valid") << QStringLiteral("owner") << 200 << QString();
    }
    void auth()
    {
        QFETCH(QString, which);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QString key = which == u"none" ? QString() : m_sim->key(which);
        const Answer answer = call("GET", groupPath(), key);
        QCOMPARE(answer.status, status);
        if (!message.isEmpty()) // the gateway shape
            QCOMPARE(answer.body.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("message")).toString(), message);
    }

    void writeRules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("memberRank");
        QTest::addColumn<int>("targetRank");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok") << QStringLiteral("owner") << 1 << 5 << 200 << QString();
        QTest::newRow("read-only key") << QStringLiteral("readonly") << 1 << 5 << 403 << QStringLiteral("PERMISSION_DENIED");
        QTest::newRow("guest target") << QStringLiteral("owner") << 5 << 0 << 400 << QStringLiteral("INVALID_ARGUMENT");
        QTest::newRow("owner target") << QStringLiteral("owner") << 5 << 255 << 400 << QStringLiteral("INVALID_ARGUMENT");
        QTest::newRow("own rank") << QStringLiteral("owner") << 255 << 254 << 403 << QStringLiteral("PERMISSION_DENIED");
        QTest::newRow("target at caller's rank") << QStringLiteral("officer") << 5 << 200 << 403 << QStringLiteral("PERMISSION_DENIED");
        QTest::newRow("member above caller") << QStringLiteral("officer") << 254 << 5 << 403 << QStringLiteral("PERMISSION_DENIED");
        QTest::newRow("officer below own rank") << QStringLiteral("officer") << 5 << 150 << 200 << QString();
    }
    void writeRules()
    {
        QFETCH(QString, key);
        QFETCH(int, memberRank);
        QFETCH(int, targetRank);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString secret = m_sim->key(key);
        const qint64 user = memberRank == 255 ? m_sim->state().value(QStringLiteral("ownerUserId")).toInteger() : m_sim->memberWithRank(memberRank);
        const Answer answer = call("PATCH", groupPath(QStringLiteral("/memberships/%1").arg(user)), secret, {},
                                   {{QStringLiteral("role"), rolePath(targetRank)}});
        QCOMPARE(answer.status, status);
        if (!code.isEmpty())
            QCOMPARE(answer.body.value(QStringLiteral("code")).toString(), code);
        else
            QCOMPARE(answer.body.value(QStringLiteral("role")).toString(), rolePath(targetRank));
    }

    void patchAcceptsBase64MembershipIds()
    {
        const qint64 user = m_sim->memberWithRank(1);
        const QString membership = QString::fromLatin1(QByteArray::number(user).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const Answer answer = call("PATCH", groupPath(QStringLiteral("/memberships/%1").arg(membership)), m_sim->ownerKey, {},
                                   {{QStringLiteral("role"), rolePath(10)}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(m_sim->memberState(user).value(QStringLiteral("rank")).toInt(), 10);
    }

    void nonMemberWrite()
    {
        const Answer answer = call("PATCH", groupPath(QStringLiteral("/memberships/%1").arg(m_sim->outsiderUserId())), m_sim->ownerKey, {},
                                   {{QStringLiteral("role"), rolePath(5)}});
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.body.value(QStringLiteral("code")).toString(), QStringLiteral("NOT_FOUND"));
    }

    void writeNeedsJsonContentType()
    {
        const Answer answer = call("PATCH", groupPath(QStringLiteral("/memberships/%1").arg(m_sim->memberWithRank(1))), m_sim->ownerKey, {},
                                   {{QStringLiteral("role"), rolePath(5)}}, "text/plain");
        QCOMPARE(answer.status, 400);
    }

    void assignAndUnassign()
    {
        const qint64 user = m_sim->memberWithRank(5);
        const QString path = groupPath(QStringLiteral("/memberships/%1").arg(user));
        Answer answer = call("POST", path + QStringLiteral(":assignRole"), m_sim->ownerKey, {}, {{QStringLiteral("role"), rolePath(20)}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value(QStringLiteral("role")).toString(), rolePath(20)); // highest
        QCOMPARE(answer.body.value(QStringLiteral("roles")).toArray().size(), 2);
        answer = call("POST", path + QStringLiteral(":unassignRole"), m_sim->ownerKey, {}, {{QStringLiteral("role"), rolePath(5)}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value(QStringLiteral("roles")).toArray().size(), 1);
        answer = call("POST", path + QStringLiteral(":unassignRole"), m_sim->ownerKey, {}, {{QStringLiteral("role"), rolePath(20)}});
        QCOMPARE(answer.status, 400); // never role-less
    }

    void writeLogAndOutsideChanges()
    {
        const qint64 user = m_sim->memberWithRank(10);
        const int before = m_sim->control("GET", QStringLiteral("/_sim/writes")).value(QStringLiteral("writes")).toArray().size();
        m_sim->control("POST", QStringLiteral("/_sim/members/%1/role").arg(user), {{QStringLiteral("rank"), 20}});
        QCOMPARE(m_sim->memberState(user).value(QStringLiteral("rank")).toInt(), 20);
        const QJsonArray writes = m_sim->control("GET", QStringLiteral("/_sim/writes")).value(QStringLiteral("writes")).toArray();
        QCOMPARE(writes.size(), before + 1);
        QCOMPARE(writes.last().toObject().value(QStringLiteral("via")).toString(), QStringLiteral("outside"));
    }

    void plusInQueryIsASpace()
    {
        // Proxies re-serialise queries form-style; a '+' must read as a space.
        QUrl url = m_sim->baseUrl();
        url.setPath(groupPath(QStringLiteral("/memberships")));
        url.setQuery(QStringLiteral("filter=user+%3D%3D+'users/%1'").arg(m_sim->memberWithRank(20)), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("x-api-key", m_sim->ownerKey.toUtf8());
        QNetworkReply *reply = m_nam.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("groupMemberships")).toArray().size(), 1);
        delete reply;
    }

    void memberLeaves()
    {
        Sandbox sim(100);
        const qint64 user = sim.memberWithRank(1);
        const int before = sim.state().value(QStringLiteral("members")).toArray().size();
        QCOMPARE(sim.control("POST", QStringLiteral("/_sim/members/%1/leave").arg(user)).value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(sim.state().value(QStringLiteral("members")).toArray().size(), before - 1);
        QVERIFY(sim.memberState(user).isEmpty());
        QCOMPARE(sim.outsiderUserId() != user, true); // seeded outsiders stay first
        bool listed = false;
        for (const QJsonValue &u : sim.control("GET", QStringLiteral("/_sim/outsiders")).value(QStringLiteral("users")).toArray())
            listed = listed || u.toObject().value(QStringLiteral("userId")).toInteger() == user;
        QVERIFY(listed);
    }

    void legacyRoleUsersPaging()
    {
        const QJsonArray roles = m_sim->state().value(QStringLiteral("roles")).toArray();
        const QJsonObject recruit = roles.at(1).toObject();
        QSet<qint64> seen;
        QString cursor;
        do {
            QUrlQuery query({{QStringLiteral("limit"), QStringLiteral("100")}});
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            const Answer answer = call("GET", QStringLiteral("/v1/groups/%1/roles/%2/users").arg(m_sim->groupId()).arg(recruit.value(QStringLiteral("id")).toInteger()), {}, query);
            QCOMPARE(answer.status, 200);
            for (const QJsonValue &user : answer.body.value(QStringLiteral("data")).toArray())
                seen.insert(user.toObject().value(QStringLiteral("userId")).toInteger());
            cursor = answer.body.value(QStringLiteral("nextPageCursor")).toString();
        } while (!cursor.isEmpty());
        QCOMPARE(seen.size(), recruit.value(QStringLiteral("memberCount")).toInt());
    }

    void legacyErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("bad limit") << QStringLiteral("/v1/groups/%1/roles/ROLE/users") << QStringLiteral("limit=7") << 400 << 0;
        QTest::newRow("bad cursor") << QStringLiteral("/v1/groups/%1/roles/ROLE/users") << QStringLiteral("cursor=zzz") << 400 << 36;
        QTest::newRow("bad roleset") << QStringLiteral("/v1/groups/%1/roles/12345/users") << QString() << 403 << 2;
        QTest::newRow("bad group") << QStringLiteral("/v1/groups/1/roles") << QString() << 400 << 1;
        QTest::newRow("unknown user") << QStringLiteral("/v1/users/1") << QString() << 404 << 3;
    }
    void legacyErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(int, code);
        const QString roleId = QString::number(m_sim->state().value(QStringLiteral("roles")).toArray().at(1).toObject().value(QStringLiteral("id")).toInteger());
        const QString resolved = path.contains(u"%1") ? path.arg(m_sim->groupId()).replace(QStringLiteral("ROLE"), roleId) : path;
        const Answer answer = call("GET", resolved, {}, QUrlQuery(query));
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.body.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("code")).toInt(), code);
    }

    void rateLimitHeadersAnd429()
    {
        Sandbox limited(50, 0.01); // GetGroup: 150/min * 0.01 = 2 per minute
        QNetworkAccessManager nam;
        QUrl url = limited.baseUrl();
        url.setPath(QStringLiteral("/cloud/v2/groups/%1").arg(limited.groupId()));
        QList<int> statuses;
        QByteArray retryAfter;
        QByteArray remaining;
        for (int i = 0; i < 3; ++i) {
            QNetworkRequest request(url);
            request.setRawHeader("x-api-key", limited.ownerKey.toUtf8());
            QNetworkReply *reply = nam.get(request);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            if (i == 0)
                remaining = reply->rawHeader("x-ratelimit-remaining");
            retryAfter = reply->rawHeader("retry-after");
            if (i == 2)
                QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("code")).toString(), QStringLiteral("RESOURCE_EXHAUSTED"));
            delete reply;
        }
        QCOMPARE(statuses, (QList<int>{200, 200, 429}));
        QCOMPARE(remaining, QByteArray("1"));
        QVERIFY(retryAfter.toInt() >= 1);
    }

    void usernameLookup()
    {
        QJsonArray names;
        for (int i = 0; i < 101; ++i)
            names.append(QStringLiteral("n%1").arg(i));
        QCOMPARE(call("POST", QStringLiteral("/v1/usernames/users"), {}, {}, {{QStringLiteral("usernames"), names}}).status, 400);
        const QJsonObject member = m_sim->state().value(QStringLiteral("members")).toArray().at(5).toObject();
        const Answer answer = call("POST", QStringLiteral("/v1/usernames/users"), {}, {},
                                   {{QStringLiteral("usernames"), QJsonArray{member.value(QStringLiteral("username")).toString().toUpper(), QStringLiteral("nobody-here")}}});
        QCOMPARE(answer.status, 200);
        const QJsonArray data = answer.body.value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 1); // unknown names are absent
        QCOMPARE(data.first().toObject().value(QStringLiteral("id")).toInteger(), member.value(QStringLiteral("userId")).toInteger());
    }
};

QTEST_GUILESS_MAIN(tst_SimServer)
#include "tst_simserver.moc"
