#include "itemmodels/MembersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

static QList<Role> roles()
{
    return {{1, QStringLiteral("Guest"), 0, -1}, {2, QStringLiteral("Recruit"), 1, 2}, {3, QStringLiteral("Captain"), 80, 1}};
}

static QList<Member> members()
{
    return {{300, QStringLiteral("Zed"), QStringLiteral("Zoë Ü"), 2, QDateTime(QDate(2021, 5, 1), QTime(0, 0), Qt::UTC)},
            {100, QStringLiteral("alpha"), QStringLiteral("Alpha One"), 3, QDateTime(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC)},
            {200, QStringLiteral("Bravo"), QStringLiteral("bravo"), 2, {}}};
}

class tst_MembersModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester()
    {
        MembersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoster(roles(), members());
        model.updateMemberRole(100, 2);
        model.removeMember(200);
        model.clear();
    }

    void data_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("id") << 0 << int(MembersModel::UserIdColumn) << QVariant(qint64(300));
        QTest::newRow("username") << 1 << int(MembersModel::UsernameColumn) << QVariant(QStringLiteral("alpha"));
        QTest::newRow("unicode display name") << 0 << int(MembersModel::DisplayNameColumn) << QVariant(QStringLiteral("Zoë Ü"));
        QTest::newRow("role") << 1 << int(MembersModel::RoleColumn) << QVariant(QStringLiteral("Captain"));
        QTest::newRow("rank") << 1 << int(MembersModel::RankColumn) << QVariant(80);
        QTest::newRow("unknown join date") << 2 << int(MembersModel::MemberSinceColumn) << QVariant(QStringLiteral("unknown"));
    }
    void data()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, expected);
        MembersModel model;
        model.setRoster(roles(), members());
        QCOMPARE(model.data(model.index(row, column)), expected);
    }

    void roundTripsMembers()
    {
        MembersModel model;
        model.setRoster(roles(), members());
        const Member m = model.memberAt(0);
        QCOMPARE(m.userId, 300);
        QCOMPARE(m.username, QStringLiteral("Zed"));
        QCOMPARE(m.roleId, 2);
        QCOMPARE(m.memberSince, QDateTime(QDate(2021, 5, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!model.memberAt(2).memberSince.isValid());
    }

    void updatesOneRowInPlace()
    {
        MembersModel model;
        model.setRoster(roles(), members());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.updateMemberRole(200, 3));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 2);
        QCOMPARE(model.data(model.index(2, MembersModel::RoleColumn)), QVariant(QStringLiteral("Captain")));
        QVERIFY(!model.updateMemberRole(999, 3));
    }

    void rowOfUser()
    {
        MembersModel model;
        model.setRoster(roles(), members());
        QCOMPARE(model.rowOfUser(100), 1);
        QCOMPARE(model.rowOfUser(300), 0);
        QCOMPARE(model.rowOfUser(5), -1);
    }

    void searchTextIsLowerCased()
    {
        MembersModel model;
        model.setRoster(roles(), members());
        const std::string_view text = model.searchText(0);
        QVERIFY(text.find("zed") != std::string_view::npos);
        QVERIFY(text.find("300") != std::string_view::npos);
        QVERIFY(text.find(QStringLiteral("zoë ü").toUtf8().constData()) != std::string_view::npos);
        QVERIFY(model.searchText(1).starts_with("alpha")); // each row's text is its own slice
        QCOMPARE(model.charMask(0), MembersModel::charMaskOf(text));
    }

    void sortKeys()
    {
        MembersModel model;
        model.setRoster(roles(), members());
        QVERIFY(model.sortText(MembersModel::UsernameColumn, 1) < model.sortText(MembersModel::UsernameColumn, 2)); // alpha < bravo, case-insensitive
        QCOMPARE(model.sortText(MembersModel::DisplayNameColumn, 1), std::string_view("alpha one"));
        QCOMPARE(model.sortNumber(MembersModel::RankColumn, 1), 80);
        QCOMPARE(model.sortNumber(MembersModel::UserIdColumn, 2), 200);
        QVERIFY(model.sortNumber(MembersModel::MemberSinceColumn, 1) < model.sortNumber(MembersModel::MemberSinceColumn, 0));
        QCOMPARE(model.sortNumber(MembersModel::MemberSinceColumn, 2), 0); // unknown sorts first
    }
};

QTEST_GUILESS_MAIN(tst_MembersModel)
#include "tst_membersmodel.moc"
