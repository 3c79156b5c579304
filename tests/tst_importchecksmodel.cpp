#include "itemmodels/ImportChecksModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ImportChecksModel : public QObject
{
    Q_OBJECT

    using Status = ImportCheck::Status;

    static QList<ImportCheck> checks()
    {
        QList<ImportCheck> list;
        const Role recruit{1, u"Recruit"_s, 1, 0}, privateRole{2, u"Private"_s, 5, 0};
        const std::array<Status, 6> statuses{Status::Ready, Status::Invalid, Status::Ready, Status::Conflict, Status::NoChange, Status::Duplicate};
        for (int i = 0; i < int(statuses.size()); ++i) {
            ImportCheck c;
            c.line = i + 2;
            c.status = statuses[size_t(i)];
            c.userText = u"user%1"_s.arg(i);
            c.username = c.status == Status::Invalid ? QString() : u"name%1"_s.arg(i);
            c.current = recruit;
            c.target = privateRole;
            c.message = u"message %1"_s.arg(i);
            list.append(c);
        }
        return list;
    }

private slots:
    void modelTester()
    {
        ImportChecksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecks(checks());
        model.setStatusFilter(Status::Ready);
        model.setStatusFilter(std::nullopt);
        model.setChecks({});
    }

    void filter_data()
    {
        QTest::addColumn<int>("status"); // -1: all
        QTest::addColumn<QList<qint64>>("lines");
        QTest::newRow("all") << -1 << QList<qint64>{2, 3, 4, 5, 6, 7};
        QTest::newRow("ready") << int(Status::Ready) << QList<qint64>{2, 4};
        QTest::newRow("invalid") << int(Status::Invalid) << QList<qint64>{3};
        QTest::newRow("conflict") << int(Status::Conflict) << QList<qint64>{5};
        QTest::newRow("no change") << int(Status::NoChange) << QList<qint64>{6};
    }
    void filter()
    {
        QFETCH(int, status);
        QFETCH(QList<qint64>, lines);
        ImportChecksModel model;
        model.setChecks(checks());
        model.setStatusFilter(status < 0 ? std::nullopt : std::optional<Status>(Status(status)));
        QList<qint64> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, ImportChecksModel::LineColumn).data().toLongLong();
        QCOMPARE(shown, lines);
    }

    void cells()
    {
        ImportChecksModel model;
        model.setChecks(checks());
        QCOMPARE(model.index(0, ImportChecksModel::MemberColumn).data().toString(), u"name0"_s);
        QCOMPARE(model.index(1, ImportChecksModel::MemberColumn).data().toString(), u"user1"_s); // invalid: as written
        QCOMPARE(model.index(0, ImportChecksModel::TargetColumn).data().toString(), u"Private (5)"_s);
        QCOMPARE(model.index(1, ImportChecksModel::TargetColumn).data().toString(), QString());
        QCOMPARE(model.index(0, ImportChecksModel::StatusColumn).data().toString(), u"Ready"_s);
        QCOMPARE(model.index(3, 0).data(ImportChecksModel::StatusRole).toInt(), int(Status::Conflict));
        QCOMPARE(model.index(0, ImportChecksModel::MessageColumn).data().toString(), u"message 0"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ImportChecksModel)
#include "tst_importchecksmodel.moc"
