// The log: categorized lines in a file that rotates, debug lines only when verbose, and no secret
// in any line, whatever the message says.
#include "domain/Logging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Logging : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void cleanup() { Logging::uninstall(); }

    void categoriesAndLevels()
    {
        QTemporaryDir dir;
        const QString path = Logging::install(dir.path(), false, false);
        qCInfo(lcBatch) << "batch started";
        qCDebug(lcHttp) << "GET example.org/cloud/v2/groups/7";
        Logging::uninstall();
        const QByteArray quiet = read(path);
        QVERIFY(quiet.contains(" info rankdesk.batch: batch started\n"));
        QVERIFY(!quiet.contains("example.org")); // debug is off unless verbose

        Logging::install(dir.path(), true, false);
        qCDebug(lcHttp) << "GET example.org/cloud/v2/groups/7";
        Logging::uninstall();
        QVERIFY(read(path).contains(" debug rankdesk.http: GET example.org/cloud/v2/groups/7\n"));
        QCOMPARE(int(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)), 0);
    }

    void secretsNeverReachTheFile_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("a registered key") << u"request failed with key planted-key-9f8e7d6c in it"_s;
        QTest::newRow("a key in a URL path") << u"GET api.series.hr/basic/check-key/another-secret-4411 -> 200"_s;
    }
    void secretsNeverReachTheFile()
    {
        QFETCH(QString, message);
        QTemporaryDir dir;
        Logging::addSecret(u"planted-key-9f8e7d6c"_s);
        const QString path = Logging::install(dir.path(), true, false);
        qCWarning(lcHttp).noquote() << message;
        Logging::uninstall();
        const QByteArray log = read(path);
        QVERIFY(!log.isEmpty());
        QVERIFY(!log.contains("planted-key-9f8e7d6c"));
        QVERIFY(!log.contains("another-secret-4411"));
        QVERIFY(log.contains("•••"));
    }

    void rotatesAndKeepsThreeFiles()
    {
        QTemporaryDir dir;
        const QString path = Logging::install(dir.path(), false, false);
        const QString line(1000, u'x');
        for (int i = 0; i < 5 * int(Logging::MaxBytes / 1000); ++i)
            qCInfo(lcApp).noquote() << line;
        Logging::uninstall();
        QVERIFY(QFile(path).size() <= Logging::MaxBytes);
        for (int generation = 1; generation <= Logging::KeptFiles; ++generation)
            QVERIFY(QFile::exists(path + u'.' + QString::number(generation)));
        QVERIFY(!QFile::exists(path + u'.' + QString::number(Logging::KeptFiles + 1)));
        // Every file of the log, the one begun by the last rotation too, is its owner's only.
        const auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (int generation = 0; generation <= Logging::KeptFiles; ++generation) {
            const QString file = generation == 0 ? path : path + u'.' + QString::number(generation);
            QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), privateFile);
        }
        QCOMPARE(QFile::permissions(dir.path()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 privateFile | QFileDevice::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(tst_Logging)
#include "tst_logging.moc"
