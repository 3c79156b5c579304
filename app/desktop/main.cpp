// rankdesk: the desktop console. Builds the object graph and nothing more.
#include "MainWindow.h"
#include "SimulatorHost.h"
#include "domain/Translations.h"
#include "storage/BatchStore.h"
#include "storage/HistoryStore.h"
#include "storage/RosterCache.h"
#include "domain/Logging.h"
#include <QSettings>
#include <QLineEdit>
#include <QInputDialog>
#include "api/Async.h"
#include "secrets/SecretStore.h"
#include "profiles/ProfileKeys.h"
#include "profiles/ProfileStore.h"

#include <QApplication>

#include <csignal>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

namespace {

// The sandbox key exists only in this process's memory.
QString randomKey()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

// The PostgreSQL password when RANKDESK_PG_PASSWORD is not set: the system keychain, else asked for
// and, if the user wishes, saved there. Without a keychain it is used for this session only.
static QString postgresPassword(SecretStore &keychain, const PostgresSettings &pg)
{
    const QString name = Database::secretName(pg);
    if (const auto stored = Async::await(keychain.read(name)); stored && stored.value())
        return *stored.value();
    bool ok = false;
    const QString password = QInputDialog::getText(nullptr, QApplication::translate("main", "PostgreSQL history"),
                                                   QApplication::translate("main", "Password of %1 for %2 on %3:")
                                                       .arg(pg.user, pg.database, pg.host),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return {};
    if (QMessageBox::question(nullptr, QApplication::translate("main", "PostgreSQL history"),
                              QApplication::translate("main", "Save this password in the system keychain?"))
        == QMessageBox::Yes) {
        if (const auto saved = Async::await(keychain.write(name, password)); !saved)
            QMessageBox::information(nullptr, QApplication::translate("main", "PostgreSQL history"),
                                     QApplication::translate("main", "%1\nThe password is used for this session only.")
                                         .arg(saved.error().userText()));
    }
    return password;
}

int main(int argc, char **argv)
{
    // Past a file-size limit a write fails (and the history says so) instead of the kernel killing us.
    std::signal(SIGXFSZ, SIG_IGN);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rankdesk"));
    QApplication::setApplicationName(QStringLiteral("rankdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rankdesk"));
    QApplication::setApplicationVersion(QStringLiteral(RANKDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("rankdesk"));
    Translations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Rankdesk: promote, demote and re-rank the members of Roblox groups.\n"
        "Without --group it opens the profile used last; at first, the Sandbox, a simulated group that needs no key.\n"
        "With --group the API key is read from RANKDESK_API_KEY or asked for."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption group(QStringLiteral("group"), QApplication::translate("main", "Group id to open."), QStringLiteral("id"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QApplication::translate("main", "One base URL for every Roblox host."), QStringLiteral("url"));
    const QCommandLineOption reader(QStringLiteral("reader"), QApplication::translate("main", "opencloud or public."), QStringLiteral("kind"), QStringLiteral("opencloud"));
    const QCommandLineOption writer(QStringLiteral("writer"), QApplication::translate("main", "opencloud, hyra, series or wesk (key from RANKDESK_<WRITER>_KEY; in the Sandbox, its own)."), QStringLiteral("kind"), QStringLiteral("opencloud"));
    const QCommandLineOption sandboxMembers(QStringLiteral("sandbox-members"), QApplication::translate("main", "Size of the sandbox group."), QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "History database file."), QStringLiteral("file"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QApplication::translate("main", "Save a picture of the window once loaded, then quit."), QStringLiteral("png"));
    const QCommandLineOption pg(QStringLiteral("pg"), QApplication::translate("main", "A shared PostgreSQL history: HOST[:PORT]/DATABASE (password from RANKDESK_PG_PASSWORD, the system keychain, or asked for)."), QStringLiteral("location"));
    const QCommandLineOption pgUser(QStringLiteral("pg-user"), QApplication::translate("main", "PostgreSQL user (default: your login name)."), QStringLiteral("user"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QApplication::translate("main", "Log every request and step (to stderr and the log file)."));
    const QCommandLineOption rememberStorage(QStringLiteral("remember-storage"), QApplication::translate("main", "Keep --pg/--pg-user (or, without --pg, the local file) as the history to open from now on."));
    parser.addOptions({group, baseUrl, reader, writer, sandboxMembers, db, screenshot, pg, pgUser, rememberStorage, verbose});
    parser.process(app);
    const QString logFile = Logging::install(Logging::defaultDirectory(), parser.isSet(verbose), parser.isSet(verbose));
    qCInfo(lcApp).noquote() << "rankdesk" << QCoreApplication::applicationVersion() << "starts; log:" << logFile;

    // The history's location: --pg, else the remembered one (settings hold no password), else SQLite.
    QSettings settings;
    if (parser.isSet(rememberStorage)) {
        settings.setValue(QStringLiteral("storage/postgres"), parser.value(pg));
        settings.setValue(QStringLiteral("storage/postgresUser"), parser.value(pgUser));
    }
    const QString pgSpec = parser.isSet(pg) || parser.isSet(db) ? parser.value(pg) : settings.value(QStringLiteral("storage/postgres")).toString();
    const QString pgUserName = parser.isSet(pgUser) ? parser.value(pgUser) : settings.value(QStringLiteral("storage/postgresUser")).toString();
    KeychainSecretStore keychain;
    Result<Database> database = Database::openConfigured(pgSpec, pgUserName, parser.value(db), QStringLiteral("history"),
                                                     [&keychain](const PostgresSettings &where) { return postgresPassword(keychain, where); });
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Rankdesk"), database.error().userText());
        return 1;
    }
    HistoryStore history(database.value());
    BatchStore batches(database.value());
    QNetworkAccessManager nam;
    RosterCache rosterCache(database.value());
    MainWindow window(&nam, &history, nullptr, &batches);
    window.setRosterCache(&rosterCache);
    window.setKeychain(&keychain); // profile keys: the system keychain, else this session only

    // The Sandbox: the simulator in-process on a free loopback port, with a key made for this run.
    SimConfig sandboxConfig;
    sandboxConfig.members = parser.value(sandboxMembers).toInt();
    const QString sandboxKey = randomKey();
    sandboxConfig.keys.append(SimKey{sandboxKey, 255, true, true, false});
    // Keys for the sandbox's hosted ranking services, on their top plans.
    const QHash<ConnectionProfile::WriterKind, QString> sandboxWriterKeys{
        {ConnectionProfile::WriterKind::Hyra, randomKey()},
        {ConnectionProfile::WriterKind::Series, randomKey()},
        {ConnectionProfile::WriterKind::Wesk, randomKey()}};
    sandboxConfig.hostedKeys = {{QStringLiteral("hyra"), sandboxWriterKeys.value(ConnectionProfile::WriterKind::Hyra), {}},
                                {QStringLiteral("series"), sandboxWriterKeys.value(ConnectionProfile::WriterKind::Series), QStringLiteral("premium")},
                                {QStringLiteral("wesk"), sandboxWriterKeys.value(ConnectionProfile::WriterKind::Wesk), QStringLiteral("pro")}};
    SimulatorHost sandbox(sandboxConfig);
    ConnectionProfile sandboxProfile;
    sandboxProfile.name = QApplication::translate("main", "Sandbox");
    sandboxProfile.groupId = sandboxConfig.groupId;
    sandboxProfile.hyraWorkspaceId = HostedKey::defaultHyraWorkspace();
    if (sandbox.start()) {
        sandboxProfile.setAllBaseUrls(sandbox.baseUrl());
        window.setSandbox(sandboxProfile, sandboxKey, sandboxWriterKeys);
    }

    const auto writerKind = ConnectionProfile::writerKindFromName(parser.value(writer)).value_or(ConnectionProfile::WriterKind::OpenCloud);
    if (parser.isSet(group)) {
        ConnectionProfile profile;
        profile.groupId = parser.value(group).toLongLong();
        profile.name = QApplication::translate("main", "Group %1").arg(profile.groupId);
        if (parser.isSet(baseUrl))
            profile.setAllBaseUrls(QUrl(parser.value(baseUrl)));
        if (parser.value(reader) == u"public")
            profile.reader = ConnectionProfile::ReaderKind::Public;
        profile.writer = writerKind;
        window.openProfile(profile, ProfileKeys::fromEnvironment(QStringLiteral("opencloud")).key,
                           ProfileKeys::fromEnvironment(profile.writerName()).key);
    } else if (const QString last = window.profiles()->lastOpened(); !parser.isSet(writer) && !last.isEmpty()
                                                                       && (last != ProfileStore::sandboxId() || sandbox.port() != 0)) {
        window.openStoredProfile(last); // where the user left off
    } else if (sandbox.port() != 0) {
        window.openSandbox(writerKind);
    } else {
        QMessageBox::warning(&window, QApplication::translate("main", "Rankdesk"),
                             QApplication::translate("main", "The sandbox could not start on this machine's loopback address."));
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QObject::connect(&window, &MainWindow::rosterLoaded, &window, [&window, path] {
            QTimer::singleShot(300, &window, [&window, path] {
                window.grab().save(path);
                QApplication::quit();
            });
        });
    }
    return app.exec();
}
