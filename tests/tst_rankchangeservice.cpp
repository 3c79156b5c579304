// The path of one rank change against the simulator over loopback: every outcome lands in history.
#include "TestSupport.h"
#include "api/Connection.h"
#include "rank/RankChangeService.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using Kind = ApiError::Kind;

class tst_RankChangeService : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<BatchStore> m_batches;
    int m_dbCounter = 0;

    ConnectionProfile profile() const { return m_sim->profile(); }
    QList<HistoryEntry> history() const { return m_history->recent({}).value(); }
    QString usernameOf(qint64 userId) const { return m_sim->memberState(userId).value(QStringLiteral("username")).toString(); }

private slots:
    void initTestCase() { m_sim = std::make_unique<Sandbox>(2000); }
    void init()
    {
        Result<Database> db = Database::openSqlite(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(m_dbCounter)),
                                                   QStringLiteral("svc%1").arg(m_dbCounter));
        ++m_dbCounter;
        QVERIFY(db.ok());
        m_history = std::make_unique<HistoryStore>(db.value());
        m_batches = std::make_unique<BatchStore>(db.value());
    }

    void changes_data()
    {
        QTest::addColumn<int>("fromRank");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("byUsername");
        QTest::addColumn<int>("expectedRank");
        QTest::newRow("promote") << 1 << int(RankAction::Promote) << QString() << false << 5;
        QTest::newRow("promote by username") << 5 << int(RankAction::Promote) << QString() << true << 10;
        QTest::newRow("demote") << 30 << int(RankAction::Demote) << QString() << false << 20;
        QTest::newRow("set-rank by number") << 1 << int(RankAction::SetRank) << QStringLiteral("100") << false << 100;
        QTest::newRow("set-rank by name") << 10 << int(RankAction::SetRank) << QStringLiteral("lieutenant") << false << 60;
        QTest::newRow("set-rank by role id") << 20 << int(RankAction::SetRank) << QStringLiteral("ROLEID:150") << false << 150;
        QTest::newRow("high command down") << 254 << int(RankAction::Demote) << QString() << false << 200;
    }
    void changes()
    {
        QFETCH(int, fromRank);
        QFETCH(int, action);
        QFETCH(QString, target);
        QFETCH(bool, byUsername);
        QFETCH(int, expectedRank);
        if (target.startsWith(u"ROLEID:")) {
            const int rank = target.mid(7).toInt();
            for (const QJsonValue &role : m_sim->state().value(QStringLiteral("roles")).toArray())
                if (role.toObject().value(QStringLiteral("rank")).toInt() == rank)
                    target = QString::number(role.toObject().value(QStringLiteral("id")).toInteger());
        }
        Connection connection(profile(), m_sim->ownerKey, &m_nam);
        RankChangeService service(&connection, m_history.get(), m_batches.get());
        QSignalSpy changed(&service, &RankChangeService::memberRoleChanged);
        const qint64 user = m_sim->memberWithRank(fromRank);
        const ChangeRequest request{byUsername ? usernameOf(user) : QString::number(user), RankAction(action), target,
                                    QStringLiteral("weekly review"), QStringLiteral("single")};
        const Result<ChangePlan> plan = await(service.prepare(request));
        QVERIFY2(plan.ok(), qPrintable(plan.error().userText()));
        QCOMPARE(plan.value().current.rank, fromRank);
        QCOMPARE(plan.value().target.rank, expectedRank);
        QVERIFY(history().isEmpty()); // preparing sends nothing and records nothing

        const Result<HistoryEntry> done = await(service.apply(plan.value()));
        QVERIFY2(done.ok(), qPrintable(done.error().userText()));
        QCOMPARE(m_sim->memberState(user).value(QStringLiteral("rank")).toInt(), expectedRank); // read back
        QCOMPARE(changed.size(), 1);
        const QList<HistoryEntry> rows = history();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().outcome, HistoryEntry::Outcome::Done);
        QCOMPARE(rows.first().userId, user);
        QCOMPARE(rows.first().username, usernameOf(user));
        QCOMPARE(rows.first().previousRank, fromRank);
        QCOMPARE(rows.first().newRank, expectedRank);
        QCOMPARE(rows.first().action, rankActionName(RankAction(action)));
        QCOMPARE(rows.first().reason, QStringLiteral("weekly review"));
        QCOMPARE(rows.first().backend, QStringLiteral("opencloud"));
        QCOMPARE(rows.first().groupId, m_sim->groupId());
    }

    void failures_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("who"); // "rank:N", "outsider", or a username
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messageFragment");
        QTest::newRow("wrong key (401)") << QStringLiteral("wrong") << QStringLiteral("rank:1") << int(RankAction::Promote) << QString()
                                         << int(Kind::Auth) << QStringLiteral("Invalid API Key");
        QTest::newRow("expired key") << QStringLiteral("expired") << QStringLiteral("rank:1") << int(RankAction::Promote) << QString()
                                     << int(Kind::Auth) << QStringLiteral("expired");
        QTest::newRow("read-only key writing (403)") << QStringLiteral("readonly") << QStringLiteral("rank:1") << int(RankAction::Promote) << QString()
                                                     << int(Kind::Permission) << QStringLiteral("group:write");
        QTest::newRow("key owner too low (403)") << QStringLiteral("officer") << QStringLiteral("rank:100") << int(RankAction::SetRank) << QStringLiteral("254")
                                                 << int(Kind::Permission) << QStringLiteral("at or above the highest rank you may assign (199)");
        QTest::newRow("non-member") << QStringLiteral("owner") << QStringLiteral("outsider") << int(RankAction::Promote) << QString()
                                    << int(Kind::NotFound) << QStringLiteral("not a member");
        QTest::newRow("unknown username") << QStringLiteral("owner") << QStringLiteral("NoSuchPlayer123") << int(RankAction::Promote) << QString()
                                          << int(Kind::NotFound) << QStringLiteral("no Roblox user named");
        QTest::newRow("promote at the top") << QStringLiteral("owner") << QStringLiteral("rank:254") << int(RankAction::Promote) << QString()
                                            << int(Kind::Invalid) << QStringLiteral("highest assignable");
        QTest::newRow("demote at the bottom") << QStringLiteral("owner") << QStringLiteral("rank:1") << int(RankAction::Demote) << QString()
                                              << int(Kind::Invalid) << QStringLiteral("lowest assignable");
        QTest::newRow("set-rank 0") << QStringLiteral("owner") << QStringLiteral("rank:5") << int(RankAction::SetRank) << QStringLiteral("0")
                                    << int(Kind::Invalid) << QStringLiteral("Guest");
        QTest::newRow("set-rank 255") << QStringLiteral("owner") << QStringLiteral("rank:5") << int(RankAction::SetRank) << QStringLiteral("255")
                                      << int(Kind::Invalid) << QStringLiteral("Owner");
        QTest::newRow("missing rank") << QStringLiteral("owner") << QStringLiteral("rank:5") << int(RankAction::SetRank) << QStringLiteral("42")
                                      << int(Kind::NotFound) << QStringLiteral("no role with rank 42");
        QTest::newRow("ambiguous role name") << QStringLiteral("owner") << QStringLiteral("rank:5") << int(RankAction::SetRank) << QStringLiteral("staff")
                                             << int(Kind::Invalid) << QStringLiteral("matches several roles");
        QTest::newRow("already there") << QStringLiteral("owner") << QStringLiteral("rank:5") << int(RankAction::SetRank) << QStringLiteral("Private")
                                       << int(Kind::Invalid) << QStringLiteral("already has the role");
        QTest::newRow("owner untouchable") << QStringLiteral("owner") << QStringLiteral("rank:255") << int(RankAction::Demote) << QString()
                                           << int(Kind::Permission) << QStringLiteral("owner");
    }
    void failures()
    {
        QFETCH(QString, key);
        QFETCH(QString, who);
        QFETCH(int, action);
        QFETCH(QString, target);
        QFETCH(int, kind);
        QFETCH(QString, messageFragment);
        const QString secret = m_sim->key(key);
        Connection connection(profile(), secret, &m_nam);
        RankChangeService service(&connection, m_history.get(), m_batches.get());
        QString user = who;
        if (who.startsWith(u"rank:")) {
            const int rank = who.mid(5).toInt();
            user = QString::number(rank == 255 ? m_sim->state().value(QStringLiteral("ownerUserId")).toInteger() : m_sim->memberWithRank(rank));
        } else if (who == u"outsider") {
            user = QString::number(m_sim->outsiderUserId());
        }
        const int writesBefore = m_sim->control("GET", QStringLiteral("/_sim/writes")).value(QStringLiteral("writes")).toArray().size();

        ApiError error;
        const Result<ChangePlan> plan = await(service.prepare({user, RankAction(action), target, QString(), QStringLiteral("single")}));
        if (plan.ok()) {
            const Result<HistoryEntry> applied = await(service.apply(plan.value()));
            QVERIFY(!applied.ok());
            error = applied.error();
        } else {
            error = plan.error();
        }
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.userText().contains(messageFragment, Qt::CaseInsensitive), qPrintable(error.userText()));
        QVERIFY(!error.userText().contains(secret));
        // Exactly one failed history row carrying the same text, and nothing written on the provider.
        const QList<HistoryEntry> rows = history();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().outcome, HistoryEntry::Outcome::Failed);
        QCOMPARE(rows.first().error, error.userText());
        QVERIFY(!rows.first().error.contains(secret));
        QCOMPARE(m_sim->control("GET", QStringLiteral("/_sim/writes")).value(QStringLiteral("writes")).toArray().size(), writesBefore);
    }

    void hostedWriters_data()
    {
        QTest::addColumn<int>("writer");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("composeDemote");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("fromRank");
        QTest::addColumn<bool>("native");
        QTest::addColumn<int>("landedRank");
        QTest::addColumn<QString>("refusal"); // empty: success
        using W = ConnectionProfile::WriterKind;
        // Hyra has set-rank only: promote and demote are composed from the rank rules.
        QTest::newRow("hyra promote (composed)") << int(W::Hyra) << QStringLiteral("hyra") << false << int(RankAction::Promote) << QString() << 5 << false << 10 << QString();
        QTest::newRow("hyra demote (composed)") << int(W::Hyra) << QStringLiteral("hyra") << false << int(RankAction::Demote) << QString() << 60 << false << 40 << QString();
        QTest::newRow("hyra set-rank") << int(W::Hyra) << QStringLiteral("hyra") << false << int(RankAction::SetRank) << QStringLiteral("Captain") << 1 << false << 80 << QString();
        // Series steps natively along its workspace ladder, which skips rank 10: history says 20.
        QTest::newRow("series promote (native)") << int(W::Series) << QStringLiteral("series") << false << int(RankAction::Promote) << QString() << 5 << true << 20 << QString();
        QTest::newRow("series demote (native)") << int(W::Series) << QStringLiteral("series") << false << int(RankAction::Demote) << QString() << 30 << true << 20 << QString();
        QTest::newRow("series set-rank") << int(W::Series) << QStringLiteral("series") << false << int(RankAction::SetRank) << QStringLiteral("60") << 1 << false << 60 << QString();
        QTest::newRow("series beyond max promotion rank") << int(W::Series) << QStringLiteral("series") << false << int(RankAction::Promote) << QString() << 100 << true << -1 << QStringLiteral("Max. Promotion Rank");
        QTest::newRow("series role not in workspace") << int(W::Series) << QStringLiteral("series") << false << int(RankAction::SetRank) << QStringLiteral("10") << 5 << false << -1 << QStringLiteral("not found in workspace");
        QTest::newRow("series free plan") << int(W::Series) << QStringLiteral("series-free") << false << int(RankAction::Promote) << QString() << 1 << true << -1 << QStringLiteral("Premium or Enterprise");
        // WESK: native promote; demote native (Pro/Max) or composed through setRank (Starter).
        QTest::newRow("wesk promote (native)") << int(W::Wesk) << QStringLiteral("wesk-pro") << false << int(RankAction::Promote) << QString() << 20 << true << 30 << QString();
        QTest::newRow("wesk demote on pro (native)") << int(W::Wesk) << QStringLiteral("wesk-pro") << false << int(RankAction::Demote) << QString() << 30 << true << 20 << QString();
        QTest::newRow("wesk demote on starter") << int(W::Wesk) << QStringLiteral("wesk-starter") << false << int(RankAction::Demote) << QString() << 30 << true << -1 << QStringLiteral("needs a Pro or Max plan");
        QTest::newRow("wesk demote on starter, composed") << int(W::Wesk) << QStringLiteral("wesk-starter") << true << int(RankAction::Demote) << QString() << 30 << false << 20 << QString();
        QTest::newRow("wesk set-rank") << int(W::Wesk) << QStringLiteral("wesk-pro") << false << int(RankAction::SetRank) << QStringLiteral("High Command") << 5 << false << 254 << QString();
    }
    void hostedWriters()
    {
        QFETCH(int, writer);
        QFETCH(QString, key);
        QFETCH(bool, composeDemote);
        QFETCH(int, action);
        QFETCH(QString, target);
        QFETCH(int, fromRank);
        QFETCH(bool, native);
        QFETCH(int, landedRank);
        QFETCH(QString, refusal);
        const QString writerKey = m_sim->key(key);
        Connection connection(m_sim->profile(ConnectionProfile::WriterKind(writer), composeDemote), m_sim->ownerKey, &m_nam, nullptr, writerKey);
        RankChangeService service(&connection, m_history.get(), m_batches.get());
        const qint64 user = m_sim->memberWithRank(fromRank);
        const int writes = m_sim->writeCount();
        const Result<ChangePlan> plan = await(service.prepare({QString::number(user), RankAction(action), target,
                                                               QStringLiteral("hosted reason"), QStringLiteral("single")}));
        QVERIFY2(plan.ok(), qPrintable(plan.error().userText()));
        QCOMPARE(plan.value().providerDecides, native);
        const Result<HistoryEntry> done = await(service.apply(plan.value()));
        const HistoryEntry row = history().first();
        QCOMPARE(row.backend, ConnectionProfile::writerKindName(ConnectionProfile::WriterKind(writer)));
        QCOMPARE(row.reason, QStringLiteral("hosted reason"));
        QVERIFY(!row.error.contains(writerKey) && !row.error.contains(m_sim->ownerKey));
        if (!refusal.isEmpty()) {
            QVERIFY(!done.ok());
            QVERIFY2(done.error().userText().contains(refusal), qPrintable(done.error().userText()));
            QCOMPARE(row.outcome, HistoryEntry::Outcome::Failed);
            QCOMPARE(row.error, done.error().userText());
            QCOMPARE(m_sim->writeCount(), writes);
            return;
        }
        QVERIFY2(done.ok(), qPrintable(done.error().userText()));
        QCOMPARE(m_sim->rankViaOpenCloud(user), landedRank);
        QCOMPARE(m_sim->writeCount(), writes + 1);
        QCOMPARE(row.outcome, HistoryEntry::Outcome::Done);
        QCOMPARE(row.previousRank, fromRank);
        QCOMPARE(row.newRank, landedRank); // where the provider actually put the member
        QVERIFY(!row.newRoleName.isEmpty());
    }

    void conflictingOutsideChangeIsSeen()
    {
        // The member's live role is read at prepare time, so a change made elsewhere is the base.
        Connection connection(profile(), m_sim->ownerKey, &m_nam);
        RankChangeService service(&connection, m_history.get(), m_batches.get());
        const qint64 user = m_sim->memberWithRank(1);
        m_sim->control("POST", QStringLiteral("/_sim/members/%1/role").arg(user), {{QStringLiteral("rank"), 40}});
        const Result<ChangePlan> plan = await(service.prepare({QString::number(user), RankAction::Promote, {}, {}, QStringLiteral("single")}));
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().current.rank, 40);
        QCOMPARE(plan.value().target.rank, 60);
    }

    void memberLeftIsAnnounced()
    {
        Connection connection(profile(), m_sim->ownerKey, &m_nam);
        RankChangeService service(&connection, m_history.get(), m_batches.get());
        QSignalSpy left(&service, &RankChangeService::memberLeft);
        await(service.prepare({QString::number(m_sim->outsiderUserId()), RankAction::Promote, {}, {}, QStringLiteral("single")}));
        QCOMPARE(left.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RankChangeService)
#include "tst_rankchangeservice.moc"
