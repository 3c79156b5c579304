#include "TestSupport.h"
#include "api/PublicReader.h"
#include "api/UserDirectory.h"

#include <QJsonArray>
#include <QTest>

using namespace TestSupport;

class tst_PublicReader : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<UserDirectory> m_users;

    std::unique_ptr<PublicReader> reader(qint64 group = 0)
    {
        return std::make_unique<PublicReader>(m_transport.get(), m_users.get(), m_sim->baseUrl(), group ? group : m_sim->groupId());
    }

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<Sandbox>(2000);
        m_transport = std::make_unique<HttpTransport>(&m_nam);
        m_users = std::make_unique<UserDirectory>(m_transport.get(), m_sim->baseUrl());
    }

    void group()
    {
        const auto group = await(reader()->group());
        QVERIFY(group.ok());
        QCOMPARE(group.value().memberCount, qint64(2000));
    }

    void roles()
    {
        const auto roles = await(reader()->roles());
        QVERIFY(roles.ok());
        QCOMPARE(roles.value().first().rank, 0);
        QCOMPARE(roles.value().last().rank, 255);
    }

    void allMembersRoleByRole()
    {
        auto r = reader(); // the first page fetches the roles itself
        QHash<qint64, qint64> roleOf;
        QString token;
        do {
            const auto page = await(r->memberPage(token));
            QVERIFY2(page.ok(), qPrintable(page.error().userText()));
            for (const Member &member : page.value().members) {
                QVERIFY(!roleOf.contains(member.userId));
                roleOf.insert(member.userId, member.roleId);
                QVERIFY(!member.username.isEmpty());
            }
            token = page.value().nextPageToken;
        } while (!token.isEmpty());
        QCOMPARE(roleOf.size(), 2000);
        for (const QJsonValue &m : m_sim->state().value(QStringLiteral("members")).toArray())
            QCOMPARE(roleOf.value(m.toObject().value(QStringLiteral("userId")).toInteger()), m.toObject().value(QStringLiteral("roleId")).toInteger());
    }

    void member()
    {
        const qint64 user = m_sim->memberWithRank(40);
        const auto member = await(reader()->member(user));
        QVERIFY(member.ok() && member.value().has_value());
        QCOMPARE(member.value()->roleId, m_sim->memberState(user).value(QStringLiteral("roleId")).toInteger());
        QVERIFY(!member.value()->username.isEmpty());
        const auto outsider = await(reader()->member(m_sim->outsiderUserId()));
        QVERIFY(outsider.ok());
        QVERIFY(!outsider.value().has_value());
    }

    void unknownGroup()
    {
        const auto roles = await(reader(1)->roles());
        QVERIFY(!roles.ok());
        QCOMPARE(roles.error().httpStatus, 400);
        QCOMPARE(roles.error().providerCode, QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(tst_PublicReader)
#include "tst_publicreader.moc"
