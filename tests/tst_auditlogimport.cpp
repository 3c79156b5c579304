// Roblox's audit log into the history, against the simulator: changes made outside Rankdesk come
// in with their actor, Rankdesk's own changes are not doubled, a second import brings only what
// is new, and a key without legacy-group:manage is refused with Roblox's message.
#include "TestSupport.h"
#include "storage/BatchStore.h"
#include "TestDatabases.h"
#include "api/Connection.h"
#include "rank/AuditLogImport.h"
#include "rank/RankChangeService.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;
using namespace Qt::StringLiterals;

class tst_AuditLogImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;
    std::optional<Database> m_db;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<BatchStore> m_batches;
    RankRules m_rules;

    struct Outcome
    {
        int imported = -1;
        int known = -1;
        std::optional<ApiError> error;
    };
    Outcome runImport(const QString &key)
    {
        HttpTransport transport(&m_nam);
        AuditLogReader reader(&transport, m_sim->baseUrl(), key, m_sim->groupId());
        AuditLogImport import(&reader, m_history.get(), m_rules, u"Sandbox"_s, m_sim->groupId());
        Outcome outcome;
        QSignalSpy done(&import, &AuditLogImport::finished);
        QSignalSpy failed(&import, &AuditLogImport::failed);
        import.start();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000))
            return outcome;
        if (!failed.isEmpty()) {
            outcome.error = failed.first().first().value<ApiError>();
            return outcome;
        }
        outcome.imported = done.first().at(0).toInt();
        outcome.known = done.first().at(1).toInt();
        return outcome;
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<Sandbox>(1000);
        m_db = TestDatabases::open(u"sqlite"_s);
        QVERIFY(m_db);
        m_history = std::make_unique<HistoryStore>(*m_db);
        m_batches = std::make_unique<BatchStore>(*m_db);
        QList<Role> roles;
        for (const QJsonValue &value : m_sim->state().value(u"roles"_s).toArray()) {
            const QJsonObject r = value.toObject();
            roles.append({r.value(u"id"_s).toInteger(), r.value(u"name"_s).toString(), r.value(u"rank"_s).toInt(), -1});
        }
        m_rules = RankRules(roles);
    }

    void importsOutsideChangesOnce()
    {
        // Two changes made outside Rankdesk (the simulator's control surface), one through Rankdesk.
        const QList<qint64> recruits = m_sim->membersWithRank(1, 3);
        m_sim->control("POST", u"/_sim/members/%1/role"_s.arg(recruits[0]), QJsonObject{{u"rank"_s, 5}});
        m_sim->control("POST", u"/_sim/members/%1/role"_s.arg(recruits[1]), QJsonObject{{u"rank"_s, 10}});
        Connection connection(m_sim->profile(), m_sim->ownerKey, &m_nam);
        RankChangeService service(&connection, m_history.get(), m_batches.get());
        ChangeRequest request;
        request.user = QString::number(recruits[2]);
        request.action = RankAction::Promote;
        const auto plan = await(service.prepare(request));
        QVERIFY(plan);
        QVERIFY(await(service.apply(plan.value())));

        const Outcome first = runImport(m_sim->ownerKey);
        QVERIFY2(!first.error, qPrintable(first.error ? first.error->userText() : QString()));
        QCOMPARE(first.imported, 2);
        QCOMPARE(first.known, 1); // Rankdesk's own promotion
        HistoryStore::Filter audit;
        audit.source = u"audit-log"_s;
        const QList<HistoryEntry> rows = m_history->recent(audit).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].userId, recruits[1]); // newest first
        QCOMPARE(rows[0].previousRank, 1);
        QCOMPARE(rows[0].newRank, 10);
        QCOMPARE(rows[0].action, u"promote"_s);
        // An outside change's actor is the group's owner in the simulator.
        QVERIFY2(rows[0].actor.endsWith(u"(%1)"_s.arg(m_sim->memberWithRank(255))), qPrintable(rows[0].actor));

        // Nothing new: nothing imported. One more outside change: just that one.
        QCOMPARE(runImport(m_sim->ownerKey).imported, 0);
        m_sim->control("POST", u"/_sim/members/%1/role"_s.arg(recruits[0]), QJsonObject{{u"rank"_s, 20}});
        QCOMPARE(runImport(m_sim->ownerKey).imported, 1);
    }

    void pagesThroughALongLog()
    {
        const QList<qint64> members = m_sim->membersWithRank(1, 130);
        QVERIFY(members.size() >= 110);
        for (qint64 id : members)
            m_sim->control("POST", u"/_sim/members/%1/role"_s.arg(id), QJsonObject{{u"rank"_s, 10}});
        const Outcome outcome = runImport(m_sim->ownerKey);
        QCOMPARE(outcome.imported, int(members.size())); // more than one page of 100
    }

    void keyWithoutTheScope()
    {
        const Outcome outcome = runImport(m_sim->readOnlyKey);
        QVERIFY(outcome.error);
        QCOMPARE(int(outcome.error->kind), int(ApiError::Kind::Permission));
        QVERIFY2(outcome.error->userText().contains(u"Insufficient permissions"_s), qPrintable(outcome.error->userText()));
    }
};

QTEST_GUILESS_MAIN(tst_AuditLogImport)
#include "tst_auditlogimport.moc"
