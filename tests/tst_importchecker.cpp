// ImportChecker against the simulator: strangers are looked up in batches of 100 (usernames and
// ids), the answers are cached for the next check, and a failed lookup is reported, not guessed.
#include "TestSupport.h"
#include "api/UserDirectory.h"
#include "exchange/ImportChecker.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QTest>

using namespace TestSupport;
using namespace Qt::StringLiterals;

// Counts the requests that leave for each path.
class CountingNam : public QNetworkAccessManager
{
public:
    QHash<QString, int> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++requests[request.url().path()];
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

class tst_ImportChecker : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QList<Role> m_roles;
    QList<Member> m_members;

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<Sandbox>(300);
        for (const QJsonValue &value : m_sim->state().value(u"roles"_s).toArray()) {
            const QJsonObject role = value.toObject();
            m_roles.append({role.value(u"id"_s).toInteger(), role.value(u"name"_s).toString(), role.value(u"rank"_s).toInt(), -1});
        }
        for (const QJsonValue &value : m_sim->state().value(u"members"_s).toArray()) {
            const QJsonObject member = value.toObject();
            m_members.append({member.value(u"userId"_s).toInteger(), member.value(u"username"_s).toString(), {},
                              member.value(u"roleId"_s).toInteger(), {}});
        }
        QVERIFY(!m_roles.isEmpty() && m_members.size() == 300);
    }

    void looksUpStrangersInBatchesAndCaches()
    {
        // Half the roster's members are left out of the validator's roster: they are strangers to
        // it, found by the directory, hence "not a member"; 120 names and 3 ids exist nowhere.
        const QList<Member> partial = m_members.mid(0, 150);
        QList<ImportLine> lines;
        qint64 line = 1;
        for (const Member &m : m_members)
            lines.append({++line, m.username, u"Private"_s, {}, {}});
        for (int i = 0; i < 120; ++i)
            lines.append({++line, u"ghost_%1"_s.arg(i), u"Private"_s, {}, {}});
        for (qint64 id : {1LL, 2LL, 3LL})
            lines.append({++line, QString::number(id), u"Private"_s, {}, {}});

        CountingNam nam;
        HttpTransport transport(&nam);
        UserDirectory users(&transport, m_sim->baseUrl());
        ImportChecker checker(&users);
        const ImportValidator validator(RankRules(m_roles), partial, {});
        const Result<QList<ImportCheck>> checks = await(checker.check(validator, lines));
        QVERIFY2(checks, qPrintable(checks.error().message));
        QCOMPARE(checks.value().size(), lines.size());
        // 150 strangers + 120 ghosts = 270 names: three requests; three ids: one request.
        QCOMPARE(nam.requests.value(u"/v1/usernames/users"_s), 3);
        QCOMPARE(nam.requests.value(u"/v1/users"_s), 1);
        int notMember = 0, unknown = 0;
        for (const ImportCheck &c : checks.value()) {
            notMember += c.message.endsWith(u"is not a member of the group."_s);
            unknown += c.message.startsWith(u"No Roblox user"_s);
        }
        for (const ImportCheck &c : checks.value().mid(150, 150))
            if (!c.message.endsWith(u"is not a member of the group."_s))
                qWarning() << c.line << c.userText << c.message;
        QCOMPARE(notMember, 150);
        QCOMPARE(unknown, 123);

        // Fixing the mapping and checking again sends nothing: every answer is cached.
        nam.requests.clear();
        const Result<QList<ImportCheck>> again = await(checker.check(validator, lines));
        QVERIFY(again);
        QVERIFY2(nam.requests.isEmpty(), qPrintable(nam.requests.keys().join(u", "_s)));
        QCOMPARE(again.value().size(), lines.size());
    }

    void failedLookupIsReported()
    {
        QNetworkAccessManager nam;
        HttpTransport transport(&nam);
        transport.setTimeoutMs(2000);
        UserDirectory users(&transport, QUrl(u"http://127.0.0.1:1"_s));
        ImportChecker checker(&users);
        const ImportValidator validator(RankRules(m_roles), m_members, {});
        const Result<QList<ImportCheck>> checks = await(checker.check(validator, {{2, u"somebody_new"_s, u"Private"_s, {}, {}}}));
        QVERIFY(!checks);
        QCOMPARE(int(checks.error().kind), int(ApiError::Kind::Network));
    }
};

QTEST_GUILESS_MAIN(tst_ImportChecker)
#include "tst_importchecker.moc"
