// The simulator's HTTP contract, checked with raw requests (no Rankdesk client in between).
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace TestSupport;

struct Answer
{
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject body;
    QHash<QByteArray, QByteArray> headers;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

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
        return finish(m_nam.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson()));
    }
    // Any request to any simulator, with its own headers and a raw body (malformed ones included).
    Answer send(const Sandbox &sim, const QByteArray &method, const QString &pathAndQuery, const Headers &headers = {},
                const QByteArray &body = {})
    {
        QNetworkRequest request(sim.baseUrl().resolved(QUrl(pathAndQuery)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return finish(m_nam.sendCustomRequest(request, method, body));
    }
    static Answer finish(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        delete reply;
        return answer;
    }
    static QJsonArray requestLog(const Sandbox &sim)
    {
        return sim.control("GET", QStringLiteral("/_sim/requests")).value(QStringLiteral("requests")).toArray();
    }
    static qint64 roleIdOfRank(const Sandbox &sim, int rank)
    {
        for (const QJsonValue &role : sim.state().value(QStringLiteral("roles")).toArray())
            if (role.toObject().value(QStringLiteral("rank")).toInt() == rank)
                return role.toObject().value(QStringLiteral("id")).toInteger();
        return 0;
    }
    // A rank change through one of the simulator's services: (method, path and query, headers, body).
    struct RankChange
    {
        QByteArray method;
        QString path;
        Headers headers;
        QByteArray body;
    };
    static RankChange rankChange(const Sandbox &sim, const QString &service, qint64 user, int rank)
    {
        const auto bearer = [](const QString &key) { return Headers{{"authorization", "Bearer " + key.toUtf8()}}; };
        const auto body = [](const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); };
        if (service == u"hyra")
            return {"PATCH", QStringLiteral("/hyra/v2/group/rank?userId=%1").arg(user), bearer(sim.hyraKey),
                    body({{QStringLiteral("rank"), rank}})};
        if (service == u"series")
            return {"POST", QStringLiteral("/series/ranking/set-rank/%1/%2").arg(user).arg(rank), {{"apikey", sim.seriesKey.toUtf8()}}, {}};
        if (service == u"wesk")
            return {"POST", QStringLiteral("/wesk/v1/setRank"), bearer(sim.weskProKey),
                    body({{QStringLiteral("groupId"), sim.groupId()}, {QStringLiteral("userId"), user},
                          {QStringLiteral("action"), QStringLiteral("setRank")}, {QStringLiteral("targetRank"), rank}})};
        return {"PATCH", QStringLiteral("/cloud/v2/groups/%1/memberships/%2").arg(sim.groupId()).arg(user),
                {{"x-api-key", sim.ownerKey.toUtf8()}},
                body({{QStringLiteral("role"), QStringLiteral("groups/%1/roles/%2").arg(sim.groupId()).arg(roleIdOfRank(sim, rank))}})};
    }
    Answer send(const Sandbox &sim, const RankChange &change) { return send(sim, change.method, change.path, change.headers, change.body); }
    // The request's bytes for a socket of its own: no client library in between, because
    // QNetworkAccessManager sends a request again when its connection drops before the answer.
    static QByteArray rawRequest(const RankChange &change)
    {
        QByteArray out = change.method + ' ' + change.path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(change.body.size()) + "\r\n";
        for (const auto &[name, value] : change.headers)
            out += name + ": " + value + "\r\n";
        return out + "\r\n" + change.body;
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

    // lostReplyRate: the change lands and is logged, then the connection drops unanswered.
    void lostReplyAppliesTheWrite_data()
    {
        QTest::addColumn<QString>("service");
        QTest::newRow("open cloud PATCH") << QStringLiteral("opencloud");
        QTest::newRow("hyra") << QStringLiteral("hyra");
        QTest::newRow("series set-rank") << QStringLiteral("series");
        QTest::newRow("wesk setRank") << QStringLiteral("wesk");
    }
    void lostReplyAppliesTheWrite()
    {
        QFETCH(QString, service);
        Sandbox sim(100);
        const qint64 user = sim.memberWithRank(1);
        const int writesBefore = sim.writeCount();
        QCOMPARE(sim.control("POST", QStringLiteral("/_sim/faults"), {{QStringLiteral("lostReplyRate"), 1}}).value(QStringLiteral("ok")).toBool(), true);

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sim.baseUrl().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(rawRequest(rankChange(sim, service, user, 20)));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(socket.error(), QAbstractSocket::RemoteHostClosedError);
        QCOMPARE(socket.readAll(), QByteArray()); // no HTTP answer at all

        QCOMPARE(sim.memberState(user).value(QStringLiteral("rank")).toInt(), 20); // the write landed
        QCOMPARE(sim.writeCount(), writesBefore + 1);
        const QJsonArray requests = requestLog(sim);
        QCOMPARE(requests.size(), 1);
        const QJsonObject logged = requests.first().toObject();
        QCOMPARE(logged.value(QStringLiteral("userId")).toInteger(), user);
        QCOMPARE(logged.value(QStringLiteral("toRank")).toInt(), 20);
        QCOMPARE(logged.value(QStringLiteral("toRoleId")).toInteger(), roleIdOfRank(sim, 20));
        QCOMPARE(logged.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(logged.value(QStringLiteral("replyLost")).toBool(), true);
        QCOMPARE(logged.value(QStringLiteral("via")).toString(), service);
    }

    void readsUnaffectedByLostReply_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("auth");
        QTest::newRow("open cloud group") << QStringLiteral("/cloud/v2/groups/%1") << QStringLiteral("x-api-key");
        QTest::newRow("open cloud memberships") << QStringLiteral("/cloud/v2/groups/%1/memberships") << QStringLiteral("x-api-key");
        QTest::newRow("legacy roles") << QStringLiteral("/v1/groups/%1/roles") << QString();
        QTest::newRow("wesk roles") << QStringLiteral("/wesk/v1/group/%1/roles") << QStringLiteral("authorization");
    }
    void readsUnaffectedByLostReply()
    {
        QFETCH(QString, path);
        QFETCH(QString, auth);
        Sandbox sim(100);
        sim.control("POST", QStringLiteral("/_sim/faults"), {{QStringLiteral("lostReplyRate"), 1}});
        Headers headers;
        if (auth == u"x-api-key")
            headers = {{"x-api-key", sim.ownerKey.toUtf8()}};
        else if (auth == u"authorization")
            headers = {{"authorization", "Bearer " + sim.weskProKey.toUtf8()}};
        for (int i = 0; i < 3; ++i) {
            const Answer answer = send(sim, "GET", path.arg(sim.groupId()), headers);
            QCOMPARE(answer.error, QNetworkReply::NoError);
            QCOMPARE(answer.status, 200);
        }
        QVERIFY(requestLog(sim).isEmpty()); // reads are not rank-changing requests
    }

    void duplicateRequestsAreLoggedTwice()
    {
        Sandbox sim(100);
        const qint64 user = sim.memberWithRank(1);
        const int writesBefore = sim.writeCount();
        const RankChange change = rankChange(sim, QStringLiteral("opencloud"), user, 20);
        QCOMPARE(send(sim, change).status, 200);
        QCOMPARE(send(sim, change).status, 200); // a no-op: the member already has the role
        QCOMPARE(sim.writeCount(), writesBefore + 1);
        const QJsonArray requests = requestLog(sim);
        QCOMPARE(requests.size(), 2);
        for (const QJsonValue &entry : requests) {
            const QJsonObject request = entry.toObject();
            QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
            QCOMPARE(request.value(QStringLiteral("path")).toString(), change.path);
            QCOMPARE(request.value(QStringLiteral("userId")).toInteger(), user);
            QCOMPARE(request.value(QStringLiteral("toRoleId")).toInteger(), roleIdOfRank(sim, 20));
            QCOMPARE(request.value(QStringLiteral("status")).toInt(), 200);
            QCOMPARE(request.value(QStringLiteral("replyLost")).toBool(), false);
        }
        QVERIFY(requests.at(1).toObject().value(QStringLiteral("sequence")).toInteger()
                > requests.at(0).toObject().value(QStringLiteral("sequence")).toInteger());
    }

    // What the request log holds: recognised rank changes whatever their answer; not unknown keys,
    // not requests refused by a fault before they were handled.
    void requestLogScope()
    {
        Sandbox sim(100);
        const qint64 user = sim.memberWithRank(1);
        RankChange change = rankChange(sim, QStringLiteral("opencloud"), user, 20);
        RankChange readOnly = change;
        readOnly.headers = {{"x-api-key", sim.readOnlyKey.toUtf8()}};
        QCOMPARE(send(sim, readOnly).status, 403);
        RankChange unknownKey = change;
        unknownKey.headers = {{"x-api-key", "not-a-key"}};
        QCOMPARE(send(sim, unknownKey).status, 401);
        sim.control("POST", QStringLiteral("/_sim/faults"), {{QStringLiteral("errorRate"), 1}});
        QCOMPARE(send(sim, change).status, 503);
        sim.control("POST", QStringLiteral("/_sim/faults"), {{QStringLiteral("errorRate"), 0}});
        QCOMPARE(send(sim, rankChange(sim, QStringLiteral("opencloud"), user, 0)).status, 400); // Guest

        const QJsonArray requests = requestLog(sim);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).toObject().value(QStringLiteral("status")).toInt(), 403);
        QCOMPARE(requests.at(1).toObject().value(QStringLiteral("status")).toInt(), 400);
        QCOMPARE(sim.memberState(user).value(QStringLiteral("rank")).toInt(), 1);

        QCOMPARE(sim.control("POST", QStringLiteral("/_sim/requests/clear")).value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(requestLog(sim).isEmpty());
        QCOMPARE(send(sim, change).status, 200);
        QCOMPARE(requestLog(sim).first().toObject().value(QStringLiteral("sequence")).toInteger(), 3); // numbers go on
        QCOMPARE(sim.control("DELETE", QStringLiteral("/_sim/requests")).value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(requestLog(sim).isEmpty());
    }

    void faultBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("all off") << QByteArray(R"({"errorRate":0,"dropRate":0,"lostReplyRate":0,"latencyMs":0,"force429":0})") << 200 << QString();
        QTest::newRow("edges") << QByteArray(R"({"dropRate":0.0,"lostReplyRate":0,"force429":0})") << 200 << QString();
        QTest::newRow("rate above 1") << QByteArray(R"({"errorRate":1.5})") << 400 << QStringLiteral("errorRate");
        QTest::newRow("negative rate") << QByteArray(R"({"dropRate":-0.1})") << 400 << QStringLiteral("dropRate");
        QTest::newRow("rate as text") << QByteArray(R"({"lostReplyRate":"1"})") << 400 << QStringLiteral("lostReplyRate");
        QTest::newRow("rate null") << QByteArray(R"({"lostReplyRate":null})") << 400 << QStringLiteral("lostReplyRate");
        QTest::newRow("latency too long") << QByteArray(R"({"latencyMs":10001})") << 400 << QStringLiteral("latencyMs");
        QTest::newRow("latency negative") << QByteArray(R"({"latencyMs":-1})") << 400 << QStringLiteral("latencyMs");
        QTest::newRow("latency fraction") << QByteArray(R"({"latencyMs":2.5})") << 400 << QStringLiteral("latencyMs");
        QTest::newRow("force429 negative") << QByteArray(R"({"force429":-1})") << 400 << QStringLiteral("force429");
        QTest::newRow("unknown key") << QByteArray(R"({"errorrate":1})") << 400 << QStringLiteral("errorrate");
        QTest::newRow("valid then invalid") << QByteArray(R"({"errorRate":1,"latencyMs":"x"})") << 400 << QStringLiteral("latencyMs");
        QTest::newRow("not JSON") << QByteArray("{errorRate: 1") << 400 << QString();
        QTest::newRow("array") << QByteArray("[1]") << 400 << QString();
        QTest::newRow("empty") << QByteArray() << 400 << QString();
    }
    void faultBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        Sandbox sim(100);
        const Answer answer = send(sim, "POST", QStringLiteral("/_sim/faults"), {}, body);
        QCOMPARE(answer.status, status);
        if (status == 200) {
            QCOMPARE(answer.body.value(QStringLiteral("ok")).toBool(), true);
        } else {
            QVERIFY(!answer.body.value(QStringLiteral("error")).toString().isEmpty());
            QCOMPARE(answer.body.value(QStringLiteral("field")).toString(), field);
        }
        // A refused body applies nothing, not even its valid keys.
        const Answer read = send(sim, "GET", QStringLiteral("/cloud/v2/groups/%1").arg(sim.groupId()), {{"x-api-key", sim.ownerKey.toUtf8()}});
        QCOMPARE(read.status, 200);
    }

    void keyEnvSpecs_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("specs");
        QTest::newRow("scopes with a comma") << QStringLiteral("mykey:read,write:255") << QStringList{QStringLiteral("mykey:read,write:255")};
        QTest::newRow("audit too") << QStringLiteral("k:read,write,audit:200:expired") << QStringList{QStringLiteral("k:read,write,audit:200:expired")};
        QTest::newRow("spaces") << QStringLiteral(" a:read,write:255  b:read ") << QStringList{QStringLiteral("a:read,write:255"), QStringLiteral("b:read")};
        QTest::newRow("semicolons") << QStringLiteral("a:read,write;b:none") << QStringList{QStringLiteral("a:read,write"), QStringLiteral("b:none")};
        QTest::newRow("old comma list") << QStringLiteral("k1,k2") << QStringList{QStringLiteral("k1"), QStringLiteral("k2")};
        QTest::newRow("old list with scopes") << QStringLiteral("k1:read,k2:write") << QStringList{QStringLiteral("k1:read"), QStringLiteral("k2:write")};
        QTest::newRow("after the owner rank") << QStringLiteral("k1:read:200,k2") << QStringList{QStringLiteral("k1:read:200"), QStringLiteral("k2")};
    }
    void keyEnvSpecs()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, specs);
        QCOMPARE(SimKey::splitList(value), specs);
    }

    // The README's example, as written, gives a key that reads and writes (it was read-only when
    // --key-env split the value at every comma).
    void readmeKeyExample()
    {
        QFile readme(QFINDTESTDATA("../README.md"));
        QVERIFY2(readme.open(QIODevice::ReadOnly | QIODevice::Text), "README.md next to tests/");
        static const QRegularExpression example(QStringLiteral("^(\\w+)=\"([^\"]*)\" rankdesk-sim .*--key-env (\\w+)"),
                                                QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = example.match(QString::fromUtf8(readme.readAll()));
        QVERIFY2(match.hasMatch(), "the README shows NAME=\"SPECS\" rankdesk-sim ... --key-env NAME");
        QCOMPARE(match.captured(3), match.captured(1));
        const QByteArray variable = match.captured(1).toLocal8Bit();
        const QByteArray saved = qgetenv(variable.constData());
        const bool wasSet = qEnvironmentVariableIsSet(variable.constData());
        const auto restore = qScopeGuard([&] { wasSet ? qputenv(variable.constData(), saved) : qunsetenv(variable.constData()); });
        qputenv(variable.constData(), match.captured(2).toUtf8());

        QString error;
        const QList<SimKey> keys = SimKey::fromEnvironment(match.captured(1), &error); // what main() does for --key-env
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().secret, QStringLiteral("mykey"));
        QVERIFY(keys.first().canRead);
        QVERIFY(keys.first().canWrite);
        QCOMPARE(keys.first().ownerRank, 255);
        QVERIFY(!keys.first().expired);
    }

    void keyEnvUnsetIsAnError()
    {
        QString error;
        QVERIFY(SimKey::fromEnvironment(QStringLiteral("RANKDESK_SIM_KEYS_NEVER_SET_BY_ANYONE"), &error).isEmpty());
        QVERIFY(error.contains(u"RANKDESK_SIM_KEYS_NEVER_SET_BY_ANYONE"));
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
