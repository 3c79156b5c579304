// Shipped translations are complete: lupdate is re-run on a copy of every .ts file against today's
// sources, and the copy must have no unfinished, vanished or obsolete entry. Plural forms work.
#include "domain/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QScopeGuard>
#include <QTranslator>

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("tsFile");
        const QDir dir(QStringLiteral(RANKDESK_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")});
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
    void complete()
    {
        QFETCH(QString, tsFile);
        QTemporaryDir work;
        const QString copy = work.filePath(QFileInfo(tsFile).fileName());
        QVERIFY(QFile::copy(tsFile, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString root = QStringLiteral(RANKDESK_SOURCE_DIR);
        QStringList args{root + QStringLiteral("/models"), root + QStringLiteral("/ui"), root + QStringLiteral("/app/desktop"),
                         root + QStringLiteral("/app/cli"), QStringLiteral("-locations"), QStringLiteral("none"),
                         QStringLiteral("-ts"), copy};
        if (tsFile.endsWith(QStringLiteral("_en.ts")))
            args.prepend(QStringLiteral("-pluralonly"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(RANKDESK_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile updated(copy);
        QVERIFY(updated.open(QIODevice::ReadOnly));
        const QByteArray text = updated.readAll();
        for (const char *state : {"type=\"unfinished\"", "type=\"vanished\"", "type=\"obsolete\""})
            QVERIFY2(!text.contains(state), qPrintable(QStringLiteral("%1 has %2 entries; run the update_translations target and translate them")
                                                           .arg(QFileInfo(tsFile).fileName(), QString::fromLatin1(state))));
    }

    // Each shipped language is embedded and loads, with its plural forms.
    void languages_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("promote");
        QTest::addColumn<QString>("oneMember");
        QTest::addColumn<QString>("manyMembers");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Befördern") << QStringLiteral("1 Mitglied") << QStringLiteral("3 Mitglieder");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Ascender") << QStringLiteral("1 miembro") << QStringLiteral("3 miembros");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("&Promover") << QStringLiteral("1 membro") << QStringLiteral("3 membros");
    }
    void languages()
    {
        QFETCH(QString, code);
        QFETCH(QString, promote);
        QFETCH(QString, oneMember);
        QFETCH(QString, manyMembers);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(code), QStringLiteral("rankdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Promote"), promote);
        QCOMPARE(QCoreApplication::translate("CliRunner", "%n member(s)", nullptr, 1), oneMember);
        QCOMPARE(QCoreApplication::translate("CliRunner", "%n member(s)", nullptr, 3), manyMembers);
        bool listed = false;
        for (const Translations::Language &language : Translations::available())
            listed = listed || language.code == code;
        QVERIFY(listed); // offered in View → Language
    }

    void englishPlurals()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln member(s)", nullptr, 1), QStringLiteral("1 member"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln member(s)", nullptr, 3000), QStringLiteral("3,000 members"));
        QCOMPARE(QCoreApplication::translate("CliRunner", "%n member(s)", nullptr, 2), QStringLiteral("2 members"));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
