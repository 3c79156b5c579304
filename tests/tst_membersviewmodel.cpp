#include "itemmodels/MembersModel.h"
#include "itemmodels/MembersViewModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

static QList<Role> roles()
{
    return {{1, QStringLiteral("Guest"), 0, -1}, {2, QStringLiteral("Recruit"), 1, 3}, {3, QStringLiteral("Captain"), 80, 2}};
}

static QList<Member> members()
{
    return {{501, QStringLiteral("NovaStorm"), QStringLiteral("Ana"), 2, {}},
            {502, QStringLiteral("frostbyte"), QStringLiteral("Noah Nova"), 3, {}},
            {503, QStringLiteral("Echo_77"), QStringLiteral("Léa"), 2, {}},
            {1504, QStringLiteral("RookSage"), QStringLiteral("Kenji"), 3, {}},
            {505, QStringLiteral("zenith"), QStringLiteral("Omar"), 2, {}}};
}

class tst_MembersViewModel : public QObject
{
    Q_OBJECT

    static QStringList usernames(const MembersViewModel &view)
    {
        QStringList names;
        for (int row = 0; row < view.rowCount(); ++row)
            names << view.index(row, MembersModel::UsernameColumn).data().toString();
        return names;
    }

private slots:
    void modelTester()
    {
        MembersModel source;
        MembersViewModel view;
        view.setMembersModel(&source);
        QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
        source.setRoster(roles(), members());
        view.setFilterText(QStringLiteral("nova"));
        view.sort(MembersModel::UsernameColumn, Qt::DescendingOrder);
        view.setRoleFilter(3);
        source.updateMemberRole(502, 2);
        view.setFilterText(QString());
        view.setRoleFilter(0);
        source.clear();
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("role");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything") << QString() << qint64(0) << QStringList{QStringLiteral("NovaStorm"), QStringLiteral("frostbyte"), QStringLiteral("Echo_77"), QStringLiteral("RookSage"), QStringLiteral("zenith")};
        QTest::newRow("username, any case") << QStringLiteral("NOVA") << qint64(0) << QStringList{QStringLiteral("NovaStorm"), QStringLiteral("frostbyte")};
        QTest::newRow("display name") << QStringLiteral("kenji") << qint64(0) << QStringList{QStringLiteral("RookSage")};
        QTest::newRow("accented display name") << QStringLiteral("LÉA") << qint64(0) << QStringList{QStringLiteral("Echo_77")};
        QTest::newRow("user id") << QStringLiteral("150") << qint64(0) << QStringList{QStringLiteral("RookSage")};
        QTest::newRow("trimmed") << QStringLiteral("  zen ") << qint64(0) << QStringList{QStringLiteral("zenith")};
        QTest::newRow("no match") << QStringLiteral("qqq") << qint64(0) << QStringList{};
        QTest::newRow("role only") << QString() << qint64(3) << QStringList{QStringLiteral("frostbyte"), QStringLiteral("RookSage")};
        QTest::newRow("role and text") << QStringLiteral("o") << qint64(2) << QStringList{QStringLiteral("NovaStorm"), QStringLiteral("Echo_77"), QStringLiteral("zenith")};
        QTest::newRow("separator never matches") << QStringLiteral("\x01") << qint64(0) << QStringList{QStringLiteral("NovaStorm"), QStringLiteral("frostbyte"), QStringLiteral("Echo_77"), QStringLiteral("RookSage"), QStringLiteral("zenith")};
    }
    void filter()
    {
        QFETCH(QString, text);
        QFETCH(qint64, role);
        QFETCH(QStringList, expected);
        MembersModel source;
        source.setRoster(roles(), members());
        MembersViewModel view;
        view.setMembersModel(&source);
        view.setRoleFilter(role);
        view.setFilterText(text);
        QCOMPARE(usernames(view), expected);
    }

    void narrowingAsYouType()
    {
        MembersModel source;
        QList<Member> many;
        for (int i = 0; i < 200; ++i)
            many.append({1000 + i, QStringLiteral("member%1").arg(i), QStringLiteral("Display %1").arg(i), 2, {}});
        source.setRoster(roles(), many);
        MembersViewModel view;
        view.setMembersModel(&source);
        QStringList typed;
        for (const QString &prefix : {QStringLiteral("m"), QStringLiteral("me"), QStringLiteral("member1"), QStringLiteral("member19"),
                                      QStringLiteral("member199"), QStringLiteral("member19"), QStringLiteral("member1")}) {
            view.setFilterText(prefix);
            int expected = 0;
            for (const Member &m : many)
                expected += m.username.contains(prefix) || m.displayName.toLower().contains(prefix) || QString::number(m.userId).contains(prefix);
            QCOMPARE(view.rowCount(), expected);
        }
    }

    void sortKeepsFilterAndSelection()
    {
        MembersModel source;
        source.setRoster(roles(), members());
        MembersViewModel view;
        view.setMembersModel(&source);
        view.setFilterText(QStringLiteral("o")); // every row: zenith matches through "Omar"
        const QPersistentModelIndex echo = view.index(usernames(view).indexOf(QStringLiteral("Echo_77")), 0);
        view.sort(MembersModel::UsernameColumn, Qt::AscendingOrder);
        QCOMPARE(usernames(view), (QStringList{QStringLiteral("Echo_77"), QStringLiteral("frostbyte"), QStringLiteral("NovaStorm"), QStringLiteral("RookSage"), QStringLiteral("zenith")}));
        QVERIFY(echo.isValid());
        QCOMPARE(echo.data().toLongLong(), 503); // the persistent index followed the row
        view.sort(MembersModel::RankColumn, Qt::DescendingOrder);
        QCOMPARE(view.index(0, MembersModel::RankColumn).data().toInt(), 80);
    }

    void sourceChangeReachesVisibleRowOnly()
    {
        MembersModel source;
        source.setRoster(roles(), members());
        MembersViewModel view;
        view.setMembersModel(&source);
        view.setFilterText(QStringLiteral("zenith"));
        QSignalSpy changed(&view, &QAbstractItemModel::dataChanged);
        source.updateMemberRole(505, 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view.index(0, MembersModel::RoleColumn).data().toString(), QStringLiteral("Captain"));
        source.updateMemberRole(501, 3); // hidden row: nothing to tell the view
        QCOMPARE(changed.size(), 1);
    }

    void mapping()
    {
        MembersModel source;
        source.setRoster(roles(), members());
        MembersViewModel view;
        view.setMembersModel(&source);
        view.setFilterText(QStringLiteral("rook"));
        QCOMPARE(view.mapToSource(view.index(0, 1)), source.index(3, 1));
        QCOMPARE(view.mapFromSource(source.index(3, 2)), view.index(0, 2));
        QVERIFY(!view.mapFromSource(source.index(0, 0)).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_MembersViewModel)
#include "tst_membersviewmodel.moc"
