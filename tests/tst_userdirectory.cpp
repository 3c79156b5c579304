#include "TestSupport.h"
#include "api/UserDirectory.h"

#include <QJsonArray>
#include <QTest>

using namespace TestSupport;

class tst_UserDirectory : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;

private slots:
    void initTestCase() { m_sim = std::make_unique<Sandbox>(500); }

    void lookupUsernamesInBatches()
    {
        HttpTransport transport(&m_nam);
        UserDirectory users(&transport, m_sim->baseUrl());
        QStringList names;
        for (const QJsonValue &member : m_sim->state().value(QStringLiteral("members")).toArray())
            names.append(member.toObject().value(QStringLiteral("username")).toString());
        names.append(QStringLiteral("no-such-user-anywhere"));
        QCOMPARE(names.size(), 501); // six requests of at most 100
        const auto found = await(users.lookupUsernames(names));
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 500);
    }

    void lookupIds()
    {
        HttpTransport transport(&m_nam);
        UserDirectory users(&transport, m_sim->baseUrl());
        const qint64 id = m_sim->memberWithRank(1);
        const auto found = await(users.lookupIds({id, 1}));
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().id, id);
        QVERIFY(!found.value().first().name.isEmpty());
    }

    void singleUser()
    {
        HttpTransport transport(&m_nam);
        UserDirectory users(&transport, m_sim->baseUrl());
        const auto known = await(users.user(m_sim->outsiderUserId()));
        QVERIFY(known.ok() && known.value().has_value());
        const auto unknown = await(users.user(1));
        QVERIFY(unknown.ok());
        QVERIFY(!unknown.value().has_value());
    }

    void emptyLookupNeedsNoRequest()
    {
        HttpTransport transport(&m_nam);
        UserDirectory users(&transport, QUrl(QStringLiteral("http://127.0.0.1:1")));
        const auto found = await(users.lookupUsernames({}));
        QVERIFY(found.ok());
        QVERIFY(found.value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_UserDirectory)
#include "tst_userdirectory.moc"
