#include "itemmodels/RolesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_RolesModel : public QObject
{
    Q_OBJECT

    static QList<Role> roles()
    {
        return {{1, QStringLiteral("Guest"), 0, -1}, {2, QStringLiteral("Recruit"), 1, 1200}, {3, QStringLiteral("Owner"), 255, 1}};
    }

private slots:
    void modelTester()
    {
        RolesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoles(roles());
        model.moveMember(2, 3);
        model.setRoles({});
    }

    void highestFirst()
    {
        RolesModel model;
        model.setRoles(roles());
        QCOMPARE(model.index(0, RolesModel::NameColumn).data().toString(), QStringLiteral("Owner"));
        QCOMPARE(model.index(2, RolesModel::RankColumn).data().toInt(), 0);
        QCOMPARE(model.index(2, RolesModel::MembersColumn).data().toString(), QString()); // unknown count stays blank
        QCOMPARE(model.index(0, 0).data(RolesModel::RoleIdRole).toLongLong(), 3);
    }

    void moveMemberAdjustsCounts()
    {
        RolesModel model;
        model.setRoles(roles());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.moveMember(2, 3);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.roles().at(1).memberCount, 1199);
        QCOMPARE(model.roles().at(0).memberCount, 2);
        model.moveMember(3, 3);
        QCOMPARE(changed.size(), 2); // no-op
    }
};

QTEST_GUILESS_MAIN(tst_RolesModel)
#include "tst_rolesmodel.moc"
