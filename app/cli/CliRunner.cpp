#include "CliRunner.h"

#include "api/Connection.h"
#include "api/Async.h"
#include "api/AuditLogReader.h"
#include "api/UserDirectory.h"
#include "rank/AuditLogImport.h"
#include "domain/Logging.h"
#include "secrets/SecretStore.h"
#include "profiles/ProfileKeys.h"
#include "profiles/ProfileStore.h"
#include "exchange/CsvImport.h"
#include "exchange/ImportChecker.h"
#include "exchange/HistoryExport.h"
#include "exchange/ImportExport.h"
#include "itemmodels/MembersModel.h"
#include "jobs/BatchPlanner.h"
#include "jobs/BatchRunner.h"
#include "jobs/BatchService.h"
#include "storage/BatchStore.h"
#include "itemmodels/MembersViewModel.h"
#include "rank/RankChangeService.h"
#include "rank/RosterLoader.h"
#include "storage/HistoryStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QNetworkAccessManager>

#include <unistd.h>

namespace {

using Async::await;

QJsonObject roleJson(qint64 id, const QString &name, int rank)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("rank"), rank}};
}

// Columns padded to their widest cell; the last column is not padded.
QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &cell : header)
        widths.append(cell.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    QString text;
    auto line = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        text += u'\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return text;
}

// A whole number within [low, high], else nullopt (a usage error names the option and the range).
std::optional<qint64> wholeNumber(const QString &text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

constexpr qint64 MaxRobloxId = 9'007'199'254'740'991; // 2^53 - 1: every id Roblox hands out, as JSON keeps it

} // namespace

// Reads every role and member, waiting for the loader (the CLI runs one command at a time).
Result<CliRunner::Roster> CliRunner::loadRoster(Connection &connection)
{
    RosterLoader loader(connection.reader());
    Roster roster;
    std::optional<ApiError> error;
    QEventLoop loop;
    QObject::connect(&loader, &RosterLoader::rolesLoaded, &loop, [&roster](const QList<Role> &r) { roster.roles = r; });
    QObject::connect(&loader, &RosterLoader::finished, &loop, [&](const QList<Member> &m) {
        roster.members = m;
        loop.quit();
    });
    QObject::connect(&loader, &RosterLoader::failed, &loop, [&](const ApiError &e) {
        error = e;
        loop.quit();
    });
    loader.start();
    loop.exec();
    if (error)
        return *error;
    return roster;
}

int CliRunner::exitCodeFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    // Another program runs (or paused) the batch: not a failure of this one, and not a refusal.
    if (error.providerCode.startsWith(QStringLiteral("rankdesk.batch-lease")) || error.providerCode == u"rankdesk.batch-paused")
        return Busy;
    switch (error.kind) {
    case Kind::Auth:
    case Kind::Permission: return AuthFailed;
    case Kind::NotFound: return NotFound;
    case Kind::Invalid:
    case Kind::Conflict: return Refused;
    case Kind::RateLimited:
    case Kind::Quota:
    case Kind::Unavailable:
    case Kind::Network: return Unreachable;
    case Kind::Storage:
    case Kind::Internal: return Failure;
    }
    return Failure;
}

int CliRunner::fail(const ApiError &error)
{
    if (m_json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                           {QStringLiteral("error"),
                                            QJsonObject{{QStringLiteral("kind"), ApiError::kindName(error.kind)},
                                                        {QStringLiteral("httpStatus"), error.httpStatus},
                                                        {QStringLiteral("code"), error.providerCode},
                                                        {QStringLiteral("message"), error.message},
                                                        {QStringLiteral("text"), error.userText()}}}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    }
    m_err << tr("rankdesk-cli: %1").arg(error.userText()) << Qt::endl;
    return exitCodeFor(error);
}

int CliRunner::usage(const QString &message)
{
    m_err << tr("rankdesk-cli: %1").arg(message) << Qt::endl << tr("Try 'rankdesk-cli --help'.") << Qt::endl;
    return Usage;
}

int CliRunner::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Rank members of a Roblox group from the command line.\n\n"
        "Commands:\n"
        "  roles                     list the group's roles\n"
        "  members [--filter TEXT]   list members (filter by name, display name or id; --role R)\n"
        "  promote USER              move a member one assignable rank up\n"
        "  demote USER               move a member one assignable rank down\n"
        "  set-rank USER RANK        RANK is a rank number, a role name or a role id\n"
        "  history                   rank changes, newest first: --user ID, --member TEXT, --role ID,\n"
        "                            --action, --outcome, --source, --batch, --from/--to DATE, --limit;\n"
        "                            --export FILE writes every matching row (.csv or .json)\n"
        "  check                     test the writer's key with a harmless call\n"
        "  bulk promote|demote|set-rank [RANK] (--role R | --users FILE | --all) [--yes]\n"
        "                            change many members in one stored, resumable batch\n"
        "  jobs list | resume ID | retry ID | pause ID | cancel ID | export ID FILE\n"
        "                            batches: finish, retry the failed items of, pause or cancel one\n"
        "                            (also one another program runs: it stops before its next request)\n"
        "  audit-import              bring the group's rank changes from Roblox's audit log into the\n"
        "                            history (an Open Cloud key with legacy-group:manage)\n"
        "  import FILE [--dry-run | --apply] [--map user=COL,target=COL,reason=COL]\n"
        "                            rank changes from a CSV file (Excel, LibreOffice, Google Sheets);\n"
        "                            a dry run (the default) checks every row against the live roster\n\n"
        "USER is a user id or a username. Keys are read from the environment, never from the\n"
        "command line (ps would show them): RANKDESK_API_KEY (Open Cloud), RANKDESK_HYRA_KEY,\n"
        "RANKDESK_SERIES_KEY, RANKDESK_WESK_KEY for --writer hyra|series|wesk.\n\n"
        "Exit codes: 0 done, 1 failure (the history database included), 2 usage, 3 refused,\n"
        "4 authentication or permission, 5 not found, 6 rate limited or unreachable,\n"
        "7 the batch is being run (or was paused) by another program."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("roles | members | promote | demote | set-rank | history"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), tr("One base URL for every Roblox host (the simulator)."), QStringLiteral("url"));
    const QCommandLineOption cloudUrl(QStringLiteral("cloud-url"), tr("Open Cloud base URL."), QStringLiteral("url"), QStringLiteral("https://apis.roblox.com"));
    const QCommandLineOption groupsUrl(QStringLiteral("groups-url"), tr("Groups API base URL."), QStringLiteral("url"), QStringLiteral("https://groups.roblox.com"));
    const QCommandLineOption usersUrl(QStringLiteral("users-url"), tr("Users API base URL."), QStringLiteral("url"), QStringLiteral("https://users.roblox.com"));
    const QCommandLineOption group(QStringLiteral("group"), tr("Group id (or RANKDESK_GROUP)."), QStringLiteral("id"));
    const QCommandLineOption reader(QStringLiteral("reader"), tr("opencloud (default) or public."), QStringLiteral("kind"), QStringLiteral("opencloud"));
    const QCommandLineOption writer(QStringLiteral("writer"), tr("opencloud (default), hyra, series or wesk."), QStringLiteral("kind"), QStringLiteral("opencloud"));
    const QCommandLineOption writerUrl(QStringLiteral("writer-url"), tr("Base URL of the hosted writer (default: its public API)."), QStringLiteral("url"));
    const QCommandLineOption composeDemote(QStringLiteral("compose-demote"), tr("WESK: demote through setRank (for Starter plans)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable JSON output."));
    const QCommandLineOption db(QStringLiteral("db"), tr("History database file."), QStringLiteral("file"));
    const QCommandLineOption pg(QStringLiteral("pg"), tr("A shared PostgreSQL history: HOST[:PORT]/DATABASE (password from RANKDESK_PG_PASSWORD)."), QStringLiteral("location"));
    const QCommandLineOption pgUser(QStringLiteral("pg-user"), tr("PostgreSQL user (default: your login name)."), QStringLiteral("user"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Reason stored with the change."), QStringLiteral("text"));
    const QCommandLineOption filter(QStringLiteral("filter"), tr("members: text to match."), QStringLiteral("text"));
    const QCommandLineOption role(QStringLiteral("role"), tr("members: only this role (rank, name or id)."), QStringLiteral("role"));
    const QCommandLineOption user(QStringLiteral("user"), tr("history: only this user id."), QStringLiteral("id"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("history: number of rows."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption users(QStringLiteral("users"), tr("bulk: a file of user ids or usernames, one a line."), QStringLiteral("file"));
    const QCommandLineOption all(QStringLiteral("all"), tr("bulk: every member of the group."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("bulk: apply without asking."));
    const QCommandLineOption applyAnyway(QStringLiteral("apply-anyway"), tr("bulk: write even where the role changed since the plan."));
    const QCommandLineOption ceiling(QStringLiteral("ceiling"), tr("bulk: refuse targets at or above this rank."), QStringLiteral("rank"));
    const QCommandLineOption protectedUsers(QStringLiteral("protected"), tr("bulk: a file of user ids bulk actions must skip."), QStringLiteral("file"));
    const QCommandLineOption member(QStringLiteral("member"), tr("history: part of a username, or a user id."), QStringLiteral("text"));
    const QCommandLineOption action(QStringLiteral("action"), tr("history: promote, demote or set-rank."), QStringLiteral("action"));
    const QCommandLineOption outcome(QStringLiteral("outcome"), tr("history: done, failed or skipped."), QStringLiteral("outcome"));
    const QCommandLineOption sourceOption(QStringLiteral("source"), tr("history: single, bulk, csv-import or revert."), QStringLiteral("source"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), tr("history: one batch's changes."), QStringLiteral("id"));
    const QCommandLineOption from(QStringLiteral("from"), tr("history: from this date (YYYY-MM-DD, UTC)."), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("history: until this date, inclusive (YYYY-MM-DD, UTC)."), QStringLiteral("date"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Log every request and step to stderr as well as the log file."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("import: check every row and change nothing (the default)."));
    const QCommandLineOption apply(QStringLiteral("apply"), tr("import: apply the valid rows as one stored, resumable batch."));
    const QCommandLineOption map(QStringLiteral("map"), tr("import: columns, e.g. user=2,target=Rank,reason=3 (number or header)."), QStringLiteral("spec"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), tr("import: comma, semicolon, tab or pipe (default: detected)."), QStringLiteral("d"));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"), tr("import: apply the valid rows even when others are invalid."));
    const QCommandLineOption exportPlan(QStringLiteral("export"), tr("import: write the checked plan to FILE (.csv or .json)."), QStringLiteral("file"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("A profile saved in Rankdesk (its name or id): group, providers, base URLs and keys. Other options override it."), QStringLiteral("name"));
    const QCommandLineOption hyraWorkspace(QStringLiteral("hyra-workspace"), tr("Hyra: the key's workspace id (for check)."), QStringLiteral("id"));
    const QCommandLineOption rateScale(QStringLiteral("rate-scale"), tr("Multiply the documented rate limits (a simulator with the same --rate-scale)."), QStringLiteral("x"), QStringLiteral("1"));
    parser.addOptions({baseUrl, cloudUrl, groupsUrl, usersUrl, group, reader, writer, writerUrl, composeDemote, json, db,
                       reason, filter, role, user, limit, users, all, yes, applyAnyway, ceiling, protectedUsers, rateScale, hyraWorkspace, profileOption,
                       dryRun, apply, map, delimiter, skipInvalid, exportPlan, pg, pgUser, verbose, member, action, outcome, sourceOption, batchOption, from, to});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    m_json = parser.isSet(json);
    // The log file always; stderr too with --verbose (stdout stays the command's answer).
    Logging::install(Logging::defaultDirectory(), parser.isSet(verbose), parser.isSet(verbose));
    qCInfo(lcApp).noquote() << "rankdesk-cli" << QCoreApplication::applicationVersion() << parser.positionalArguments().value(0);
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    static const QStringList commands{QStringLiteral("roles"), QStringLiteral("members"), QStringLiteral("promote"),
                                      QStringLiteral("demote"), QStringLiteral("set-rank"), QStringLiteral("history"),
                                      QStringLiteral("check"), QStringLiteral("bulk"), QStringLiteral("jobs"),
                                      QStringLiteral("import"), QStringLiteral("audit-import")};
    if (!commands.contains(command))
        return usage(command.isEmpty() ? tr("no command given") : tr("unknown command '%1'").arg(command));

    // A saved profile is the starting point; each option given overrides its part.
    ConnectionProfile profile;
    profile.name = QStringLiteral("cli");
    const bool saved = parser.isSet(profileOption);
    if (saved) {
        const Result<ConnectionProfile> found = savedProfile(parser.value(profileOption));
        if (!found)
            return usage(found.error().message);
        profile = found.value();
    }
    const auto given = [&parser, saved](const QCommandLineOption &option) { return !saved || parser.isSet(option); };
    if (given(group)) {
        const QString text = parser.isSet(group) ? parser.value(group) : qEnvironmentVariable("RANKDESK_GROUP");
        if (!text.isEmpty()) {
            const std::optional<qint64> id = wholeNumber(text, 1, MaxRobloxId);
            if (!id)
                return usage(tr("--group (or RANKDESK_GROUP) takes a group id, a whole number from 1 up; \"%1\" is not one").arg(text));
            profile.groupId = *id;
        } else {
            profile.groupId = 0;
        }
    }
    if (given(cloudUrl))
        profile.cloudBaseUrl = QUrl(parser.value(cloudUrl));
    if (given(groupsUrl))
        profile.groupsBaseUrl = QUrl(parser.value(groupsUrl));
    if (given(usersUrl))
        profile.usersBaseUrl = QUrl(parser.value(usersUrl));
    if (parser.isSet(baseUrl))
        profile.setAllBaseUrls(QUrl(parser.value(baseUrl)));
    if (given(reader)) {
        if (parser.value(reader) != u"public" && parser.value(reader) != u"opencloud")
            return usage(tr("--reader must be opencloud or public"));
        profile.reader = parser.value(reader) == u"public" ? ConnectionProfile::ReaderKind::Public : ConnectionProfile::ReaderKind::OpenCloud;
    }
    if (given(writer)) {
        const std::optional<ConnectionProfile::WriterKind> writerKind = ConnectionProfile::writerKindFromName(parser.value(writer));
        if (!writerKind)
            return usage(tr("--writer must be opencloud, hyra, series or wesk"));
        profile.writer = *writerKind;
    }
    if (given(composeDemote))
        profile.composeDemote = parser.isSet(composeDemote);
    {
        // Pacing is a guard rail too: a typo must not switch it off.
        bool ok = false;
        const double scale = parser.value(rateScale).toDouble(&ok);
        if (!ok || !std::isfinite(scale) || scale <= 0 || scale > 1000)
            return usage(tr("--rate-scale takes a number above 0 and up to 1000; \"%1\" is not one").arg(parser.value(rateScale)));
        profile.rateScale = scale;
    }
    if (parser.isSet(writerUrl))
        profile.writerBaseUrl = QUrl(parser.value(writerUrl));
    if (given(hyraWorkspace))
        profile.hyraWorkspaceId = parser.value(hyraWorkspace);

    // History does not need a connection.
    // The PostgreSQL password: RANKDESK_PG_PASSWORD, else the system keychain (where rankdesk saved it).
    KeychainSecretStore keychain;
    Result<Database> database = Database::openConfigured(parser.value(pg), parser.value(pgUser), parser.value(db), QStringLiteral("cli"),
                                                         [&keychain](const PostgresSettings &settings) {
                                                             const auto stored = await(keychain.read(Database::secretName(settings)));
                                                             return stored && stored.value() ? *stored.value() : QString();
                                                         });
    if (!database)
        return fail(database.error());
    HistoryStore history(database.value());
    BatchStore batches(database.value());
    // A malformed guard rail is refused whatever the command: it must never read as "none".
    if (const Result<GuardRails> rails = guardRails(parser, profile.groupId); !rails)
        return usage(rails.error().message);
    const bool jobsNeedConnection = args.value(1) == u"resume" || args.value(1) == u"retry";
    if (command == u"jobs" && !jobsNeedConnection)
        return jobs(nullptr, history, batches, args, parser);
    // A change that could not be recorded is never started: a read-only or locked history is said
    // before the first request.
    static const QStringList writing{QStringLiteral("promote"), QStringLiteral("demote"), QStringLiteral("set-rank"), QStringLiteral("bulk")};
    if (writing.contains(command) || command == u"jobs" || (command == u"import" && parser.isSet(apply)))
        if (const auto writable = database.value().checkWritable(); !writable)
            return fail(writable.error());

    if (command == u"history") {
        HistoryStore::Filter historyFilter;
        historyFilter.groupId = profile.groupId;
        if (parser.isSet(user)) {
            const std::optional<qint64> id = wholeNumber(parser.value(user), 1, MaxRobloxId);
            if (!id)
                return usage(tr("--user takes a user id, a whole number from 1 up; \"%1\" is not one").arg(parser.value(user)));
            historyFilter.userId = *id;
        }
        const std::optional<qint64> rowLimit = wholeNumber(parser.value(limit), 1, 1'000'000);
        if (!rowLimit)
            return usage(tr("--limit takes a number of rows from 1 to 1000000; \"%1\" is not one").arg(parser.value(limit)));
        historyFilter.limit = int(*rowLimit);
        historyFilter.member = parser.value(member);
        historyFilter.roleId = parser.value(role).toLongLong();
        historyFilter.action = parser.value(action);
        historyFilter.source = parser.value(sourceOption);
        historyFilter.batchId = parser.value(batchOption);
        if (parser.isSet(outcome)) {
            const QString name = parser.value(outcome);
            if (name != u"done" && name != u"failed" && name != u"skipped")
                return usage(tr("--outcome must be done, failed or skipped"));
            historyFilter.outcome = HistoryEntry::outcomeFromName(name);
        }
        for (const auto &[option, bound, dayOffset] : {std::tuple{&from, &historyFilter.from, 0}, std::tuple{&to, &historyFilter.to, 1}}) {
            if (!parser.isSet(*option))
                continue;
            const QDate date = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!date.isValid())
                return usage(tr("--%1 takes a date like 2026-11-23").arg(option->names().first()));
            *bound = date.addDays(dayOffset).startOfDay(Qt::UTC);
        }
        if (parser.isSet(exportPlan)) {
            const Result<qint64> written = HistoryExport::writeFile(history, historyFilter, parser.value(exportPlan));
            if (!written)
                return fail(written.error());
            m_out << tr("%n change(s) written to %1.", nullptr, int(written.value())).arg(parser.value(exportPlan)) << Qt::endl;
            return Ok;
        }
        const auto entries = history.recent(historyFilter);
        if (!entries)
            return fail(entries.error());
        QJsonArray array;
        QList<QStringList> rows;
        for (const HistoryEntry &e : entries.value()) {
            array.append(HistoryExport::toJson(e));
            rows.append({e.time.toString(Qt::ISODate), e.username.isEmpty() ? QString::number(e.userId) : e.username,
                         e.action, e.previousRoleName, e.newRoleName, HistoryEntry::outcomeName(e.outcome), e.error});
        }
        if (m_json)
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            m_out << table({tr("Time (UTC)"), tr("Member"), tr("Action"), tr("From"), tr("To"), tr("Outcome"), tr("Error")}, rows);
        return Ok;
    }

    if (profile.groupId <= 0)
        return usage(tr("no group: pass --group ID or set RANKDESK_GROUP"));
    // Keys: a saved profile's from the system keychain, else (and without a profile) the environment.
    ProfileKeys keys(&keychain);
    const auto keyFor = [&](const QString &provider) {
        return saved ? await(keys.find(profile.id, provider)).key : ProfileKeys::fromEnvironment(provider).key;
    };
    const QString apiKey = keyFor(QStringLiteral("opencloud"));
    if (apiKey.isEmpty() && profile.reader == ConnectionProfile::ReaderKind::OpenCloud)
        return usage(tr("no API key: set RANKDESK_API_KEY (or use --reader public for read-only commands)"));
    QString writerKey;
    if (profile.writer != ConnectionProfile::WriterKind::OpenCloud) {
        writerKey = keyFor(profile.writerName());
        if (writerKey.isEmpty() && command != u"roles" && command != u"members")
            return usage(tr("no %1 key: set %2").arg(profile.writerName(), ProfileKeys::environmentVariable(profile.writerName())));
    }

    QNetworkAccessManager nam;
    Connection connection(profile, apiKey, &nam, nullptr, writerKey);

    if (command == u"bulk")
        return bulk(connection, history, batches, args, parser);
    if (command == u"import")
        return import(connection, history, batches, args, parser);
    if (command == u"audit-import") {
        if (!connection.auditLog())
            return usage(tr("audit-import needs an Open Cloud key with legacy-group:manage in RANKDESK_API_KEY"));
        const Result<QList<Role>> roles = await(connection.reader()->roles());
        if (!roles)
            return fail(roles.error());
        AuditLogImport import(connection.auditLog(), &history, RankRules(roles.value()), profile.name, profile.groupId);
        QEventLoop loop;
        std::optional<ApiError> error;
        int imported = 0, known = 0;
        QObject::connect(&import, &AuditLogImport::finished, &loop, [&](int added, int already) {
            imported = added;
            known = already;
            loop.quit();
        });
        QObject::connect(&import, &AuditLogImport::failed, &loop, [&](const ApiError &e) {
            error = e;
            loop.quit();
        });
        import.start();
        loop.exec();
        if (error)
            return fail(*error);
        if (m_json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("imported"), imported},
                                               {QStringLiteral("alreadyKnown"), known}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        else
            m_out << tr("%n change(s) from the audit log added to the history", nullptr, imported)
                  << tr(" (%n made by Rankdesk, already there).", nullptr, known) << Qt::endl;
        return Ok;
    }
    if (command == u"jobs")
        return jobs(&connection, history, batches, args, parser);

    if (command == u"check") {
        const Result<QString> reached = await(connection.writer()->checkAccess());
        if (!reached)
            return fail(reached.error());
        if (m_json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("writer"), profile.writerName()},
                                               {QStringLiteral("reached"), reached.value()}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        else
            m_out << reached.value() << Qt::endl;
        return Ok;
    }

    if (command == u"roles") {
        const Result<QList<Role>> roles = await(connection.reader()->roles());
        if (!roles)
            return fail(roles.error());
        QJsonArray array;
        QList<QStringList> rows;
        const RankRules ladder(roles.value()); // sorted by rank; must outlive the loop
        for (const Role &r : ladder.roles()) {
            array.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name},
                                     {QStringLiteral("rank"), r.rank}, {QStringLiteral("memberCount"), r.memberCount}});
            rows.append({QString::number(r.rank), r.name, QString::number(r.id),
                         r.memberCount >= 0 ? QString::number(r.memberCount) : QString()});
        }
        if (m_json)
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            m_out << table({tr("Rank"), tr("Role"), tr("Role ID"), tr("Members")}, rows);
        return Ok;
    }

    if (command == u"members") {
        const Result<Roster> roster = loadRoster(connection);
        if (!roster)
            return fail(roster.error());
        const QList<Role> &roles = roster.value().roles;
        const QList<Member> &members = roster.value().members;
        MembersModel model;
        model.setRoster(roles, members);
        MembersViewModel view;
        view.setMembersModel(&model);
        if (parser.isSet(role)) {
            const Result<Role> wanted = RankRules(roles).resolve(parser.value(role));
            if (!wanted)
                return fail(wanted.error());
            view.setRoleFilter(wanted.value().id);
        }
        view.setFilterText(parser.value(filter));
        QJsonArray array;
        QList<QStringList> rows;
        for (int row = 0; row < view.rowCount(); ++row) {
            const int source = view.mapToSource(view.index(row, 0)).row();
            const Member m = model.memberAt(source);
            const Role r = model.roleAt(source);
            array.append(QJsonObject{{QStringLiteral("userId"), m.userId}, {QStringLiteral("username"), m.username},
                                     {QStringLiteral("displayName"), m.displayName}, {QStringLiteral("roleId"), r.id},
                                     {QStringLiteral("role"), r.name}, {QStringLiteral("rank"), r.rank},
                                     {QStringLiteral("memberSince"), m.memberSince.toString(Qt::ISODate)}});
            rows.append({QString::number(m.userId), m.username, m.displayName, r.name, QString::number(r.rank),
                         m.memberSince.isValid() ? m.memberSince.date().toString(Qt::ISODate) : QString()});
        }
        if (m_json)
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            m_out << table({tr("User ID"), tr("Username"), tr("Display name"), tr("Role"), tr("Rank"), tr("Member since")}, rows)
                  << tr("%n member(s)", nullptr, int(rows.size())) << Qt::endl;
        return Ok;
    }

    // promote / demote / set-rank
    ChangeRequest request;
    request.user = args.value(1);
    request.reason = parser.value(reason);
    if (request.user.isEmpty())
        return usage(tr("%1 needs a USER (user id or username)").arg(command));
    if (command == u"promote") {
        request.action = RankAction::Promote;
    } else if (command == u"demote") {
        request.action = RankAction::Demote;
    } else {
        request.action = RankAction::SetRank;
        request.target = args.value(2);
        if (request.target.isEmpty())
            return usage(tr("set-rank needs a RANK (rank number, role name or role id)"));
    }
    RankChangeService service(&connection, &history, &batches);
    const Result<ChangePlan> plan = await(service.prepare(request));
    if (!plan)
        return fail(plan.error());
    const Result<HistoryEntry> applied = await(service.apply(plan.value()));
    if (!applied)
        return fail(applied.error());
    // The history row says where the member landed (a provider may step along its own ladder).
    const ChangePlan &p = plan.value();
    const HistoryEntry &landed = applied.value();
    if (m_json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                           {QStringLiteral("action"), rankActionName(p.action)},
                                           {QStringLiteral("writer"), landed.backend},
                                           {QStringLiteral("userId"), p.member.userId},
                                           {QStringLiteral("username"), p.member.username},
                                           {QStringLiteral("from"), roleJson(p.current.id, p.current.name, p.current.rank)},
                                           {QStringLiteral("to"), roleJson(landed.newRoleId, landed.newRoleName, landed.newRank)},
                                           {QStringLiteral("historyId"), landed.id}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        m_out << tr("%1 (%2): %3 (rank %4) -> %5 (rank %6)")
                     .arg(p.member.username)
                     .arg(p.member.userId)
                     .arg(p.current.name)
                     .arg(p.current.rank)
                     .arg(landed.newRoleName)
                     .arg(landed.newRank)
              << Qt::endl;
    }
    return Ok;
}

int CliRunner::bulk(Connection &connection, HistoryStore &history, BatchStore &batches, const QStringList &args,
                    const QCommandLineParser &parser)
{
    const QString actionName = args.value(1);
    RankAction action = RankAction::Promote;
    if (actionName == u"demote")
        action = RankAction::Demote;
    else if (actionName == u"set-rank")
        action = RankAction::SetRank;
    else if (actionName != u"promote")
        return usage(tr("bulk needs promote, demote or set-rank"));
    const QString target = action == RankAction::SetRank ? args.value(2) : QString();
    if (action == RankAction::SetRank && target.isEmpty())
        return usage(tr("bulk set-rank needs a RANK (rank number, role name or role id)"));
    const bool byRole = parser.isSet(QStringLiteral("role"));
    const bool byFile = parser.isSet(QStringLiteral("users"));
    if (int(byRole) + int(byFile) + int(parser.isSet(QStringLiteral("all"))) != 1)
        return usage(tr("bulk needs exactly one of --role R, --users FILE or --all"));

    // The roster: who is in the group and in which role, as of now.
    const Result<Roster> roster = loadRoster(connection);
    if (!roster)
        return fail(roster.error());
    const QList<Role> &roles = roster.value().roles;
    const QList<Member> &members = roster.value().members;
    const RankRules rules(roles);

    QList<Member> selected;
    if (byRole) {
        const Result<Role> wanted = rules.resolve(parser.value(QStringLiteral("role")));
        if (!wanted)
            return fail(wanted.error());
        for (const Member &m : members)
            if (m.roleId == wanted.value().id)
                selected.append(m);
    } else if (byFile) {
        QFile file(parser.value(QStringLiteral("users")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return usage(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QHash<qint64, const Member *> byId;
        QHash<QString, const Member *> byName;
        for (const Member &m : members) {
            byId.insert(m.userId, &m);
            byName.insert(m.username.toLower(), &m);
        }
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString entry = QString::fromUtf8(file.readLine()).trimmed();
            if (entry.isEmpty() || entry.startsWith(u'#'))
                continue;
            bool numeric = false;
            const qint64 id = entry.toLongLong(&numeric);
            const Member *member = numeric ? byId.value(id) : byName.value(entry.toLower());
            if (!member) {
                m_err << tr("rankdesk-cli: line %1: %2 is not a member of the group; left out").arg(line).arg(entry) << Qt::endl;
                continue;
            }
            selected.append(*member);
        }
    } else {
        selected = members;
    }

    const Result<GuardRails> rails = guardRails(parser, connection.profile().groupId);
    if (!rails)
        return usage(rails.error().message);
    const BatchPlan plan = BatchPlanner::plan(rules, selected, action, target, rails.value());
    if (!m_json) {
        m_out << tr("%1 of %2 selected member(s) would change:").arg(plan.changes.size()).arg(selected.size()) << Qt::endl;
        for (auto it = plan.changesPerTargetRank.cbegin(); it != plan.changesPerTargetRank.cend(); ++it) {
            const Result<Role> role = rules.resolve(QString::number(it.key()));
            m_out << tr("  -> %1 (rank %2): %3").arg(role ? role.value().name : QString()).arg(it.key()).arg(it.value()) << Qt::endl;
        }
        QHash<QString, int> reasons;
        for (const UnchangedMember &u : plan.unchanged)
            ++reasons[u.reason];
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            m_out << tr("  unchanged (%1): %2").arg(it.value()).arg(it.key()) << Qt::endl;
    }
    if (plan.changes.isEmpty()) {
        if (m_json)
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("planned"), 0},
                                               {QStringLiteral("unchanged"), int(plan.unchanged.size())}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        return Ok;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!isatty(STDIN_FILENO))
            return usage(tr("bulk changes %n member(s); add --yes to apply them without a terminal", nullptr, int(plan.changes.size())));
        // Typing the number is the guard rail against a slip of the finger on a big batch.
        m_out << tr("Type %1 to apply these changes: ").arg(plan.changes.size()) << Qt::flush;
        QTextStream in(stdin);
        if (in.readLine().trimmed() != QString::number(plan.changes.size())) {
            m_out << tr("Nothing was changed.") << Qt::endl;
            return Refused;
        }
    }
    BatchService service(&connection, &batches, &history);
    service.setRules(rules);
    Batch batch = service.newBatch(rankActionName(action), QStringLiteral("bulk"));
    batch.target = target;
    batch.reason = parser.value(QStringLiteral("reason"));
    batch.applyAnyway = parser.isSet(QStringLiteral("apply-anyway"));
    return submitAndRun(service, batch, BatchPlanner::items(plan), rails.value(), parser);
}

int CliRunner::submitAndRun(BatchService &service, const Batch &batch, const QList<BatchItem> &items, const GuardRails &rails,
                            const QCommandLineParser &parser)
{
    service.setExtraGuardRails(rails); // the plan's guard rails are the run's too
    const Result<Batch> stored = service.batches()->create(batch, items);
    if (!stored)
        return fail(stored.error());
    if (!m_json)
        m_out << tr("Batch %1 stored; sending.").arg(stored.value().id) << Qt::endl;
    return runBatch(service, stored.value().id, false, parser);
}

Result<GuardRails> CliRunner::guardRails(const QCommandLineParser &parser, qint64 groupId)
{
    // Flags only tighten the group's saved guard rails (the desktop's); a malformed one is refused,
    // never read as "no guard rail".
    GuardRails flags;
    const auto usageError = [](const QString &text) { return ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.usage"), text); };
    if (parser.isSet(QStringLiteral("ceiling"))) {
        const QString text = parser.value(QStringLiteral("ceiling"));
        const std::optional<qint64> rank = wholeNumber(text, 1, 255);
        if (!rank)
            return usageError(tr("--ceiling takes a rank from 1 to 255; \"%1\" is not one").arg(text));
        flags.ceiling = int(*rank);
    }
    if (parser.isSet(QStringLiteral("protected"))) {
        QFile file(parser.value(QStringLiteral("protected")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return usageError(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        for (int line = 1; !file.atEnd(); ++line) {
            const QString entry = QString::fromUtf8(file.readLine()).trimmed();
            if (entry.isEmpty() || entry.startsWith(u'#'))
                continue;
            const std::optional<qint64> id = wholeNumber(entry, 1, MaxRobloxId);
            if (!id)
                return usageError(tr("--protected: line %1 of %2 is not a user id: \"%3\"").arg(line).arg(file.fileName(), entry));
            flags.protectedUsers.insert(*id);
        }
    }
    return BatchService::effectiveGuardRails(groupId, flags);
}

int CliRunner::import(Connection &connection, HistoryStore &history, BatchStore &batches, const QStringList &args,
                      const QCommandLineParser &parser)
{
    const QString path = args.value(1);
    if (path.isEmpty())
        return usage(tr("import needs a FILE"));
    if (parser.isSet(QStringLiteral("apply")) && parser.isSet(QStringLiteral("dry-run")))
        return usage(tr("import takes --dry-run or --apply, not both"));
    std::optional<QChar> delimiter;
    if (parser.isSet(QStringLiteral("delimiter"))) {
        static const QHash<QString, QChar> names{{QStringLiteral("comma"), u','}, {QStringLiteral(","), u','},
                                                 {QStringLiteral("semicolon"), u';'}, {QStringLiteral(";"), u';'},
                                                 {QStringLiteral("tab"), u'\t'}, {QStringLiteral("\t"), u'\t'},
                                                 {QStringLiteral("pipe"), u'|'}, {QStringLiteral("|"), u'|'}};
        const QString name = parser.value(QStringLiteral("delimiter")).toLower();
        if (!names.contains(name))
            return usage(tr("--delimiter must be comma, semicolon, tab or pipe"));
        delimiter = names.value(name);
    }
    const Result<GuardRails> rails = guardRails(parser, connection.profile().groupId);
    if (!rails)
        return usage(rails.error().message);

    // 1. Read the file through the mapping (guessed, or --map).
    const Result<ImportPreview> preview = CsvImport::previewFile(path, delimiter);
    if (!preview)
        return fail(preview.error());
    ImportMapping mapping = preview.value().mapping;
    if (parser.isSet(QStringLiteral("map"))) {
        const QStringList header = preview.value().records.isEmpty() ? QStringList() : preview.value().records.first().cells;
        const Result<ImportMapping> given = ImportMapping::parse(parser.value(QStringLiteral("map")), header, mapping.hasHeader);
        if (!given)
            return usage(given.error().message);
        mapping = given.value();
    }
    if (!mapping.isComplete())
        return usage(tr("cannot tell which columns hold the member and the target; pass --map user=COLUMN,target=COLUMN"));
    const bool live = isatty(STDERR_FILENO);
    const Result<ImportFile> file = CsvImport::readFile(path, delimiter, mapping, [this, live](qint64 done, qint64 total) {
        if (live && total > 0)
            m_err << tr("\rReading: %1%").arg(done * 100 / total) << Qt::flush;
        return true;
    });
    if (live)
        m_err << '\r' << Qt::flush;
    if (!file)
        return fail(file.error());
    const ImportFile &rows = file.value();

    // 2. Check every row against the live roster (strangers are looked up).
    const Result<Roster> roster = loadRoster(connection);
    if (!roster)
        return fail(roster.error());
    const ImportValidator validator(RankRules(roster.value().roles), roster.value().members, rails.value());
    ImportChecker checker(connection.users());
    const Result<QList<ImportCheck>> checked = await(checker.check(validator, rows.lines));
    if (!checked)
        return fail(checked.error());
    const QList<ImportCheck> &checks = checked.value();
    const ImportSummary summary = ImportValidator::summarise(checks);
    const int refused = summary.count(ImportCheck::Status::Invalid) + summary.count(ImportCheck::Status::Conflict);
    const QString fileName = QFileInfo(path).fileName();

    if (parser.isSet(QStringLiteral("export"))) {
        if (const auto written = ImportExport::writePlan(checks, fileName, rows.checksum, parser.value(QStringLiteral("export"))); !written)
            return fail(written.error());
    }
    const bool applying = parser.isSet(QStringLiteral("apply"));
    if (m_json && !applying) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ImportExport::writePlanJson(checks, fileName, rows.checksum, &buffer);
        m_out << QJsonDocument::fromJson(buffer.data()).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (!m_json) {
        m_out << tr("%1: %2, %3-separated, %n data row(s).", nullptr, int(checks.size()))
                     .arg(fileName, CsvTextDecoder::encodingName(rows.format.encoding), CsvImport::describeDelimiter(rows.format.delimiter))
              << Qt::endl;
        if (rows.fallbackLines > 0)
            m_out << tr("%n line(s) were not valid UTF-8 and were read as Windows-1252.", nullptr, int(rows.fallbackLines)) << Qt::endl;
        QList<QStringList> table_rows;
        for (const ImportCheck &c : checks)
            table_rows.append({QString::number(c.line), c.username.isEmpty() ? c.userText : c.username,
                               ImportCheck::statusName(c.status), c.message});
        m_out << table({tr("Line"), tr("Member"), tr("Status"), tr("Change or reason")}, table_rows);
        QStringList counts;
        for (ImportCheck::Status status : ImportCheck::AllStatuses)
            counts << tr("%1 %2").arg(summary.count(status)).arg(ImportCheck::statusName(status));
        m_out << counts.join(QStringLiteral(", ")) << Qt::endl;
    }
    if (!applying) {
        if (!m_json)
            m_out << tr("Dry run: nothing was changed. Apply with --apply.") << Qt::endl;
        return refused > 0 && !parser.isSet(QStringLiteral("skip-invalid")) ? Refused : Ok;
    }
    if (refused > 0 && !parser.isSet(QStringLiteral("skip-invalid"))) {
        m_err << tr("rankdesk-cli: nothing was applied: %n row(s) are invalid or conflict. Fix them, or pass --skip-invalid "
                    "to apply only the valid rows.", nullptr, refused)
              << Qt::endl;
        return Refused;
    }
    const QList<BatchItem> items = ImportValidator::batchItems(checks);
    if (items.isEmpty()) {
        m_out << tr("Nothing to apply: no row changes anything.") << Qt::endl;
        return Ok;
    }
    BatchService service(&connection, &batches, &history);
    service.setRules(RankRules(roster.value().roles));
    Batch batch = service.newBatch(QStringLiteral("import"), QStringLiteral("csv-import"));
    batch.target = fileName;
    batch.reason = parser.value(QStringLiteral("reason"));
    batch.sourceFile = fileName;
    batch.sourceChecksum = rows.checksum;
    batch.applyAnyway = parser.isSet(QStringLiteral("apply-anyway"));
    return submitAndRun(service, batch, items, rails.value(), parser);
}

int CliRunner::runBatch(BatchService &service, const QString &batchId, bool retryFailed, const QCommandLineParser &parser)
{
    BatchStore &batches = *service.batches();
    QEventLoop loop;
    QString pauseMessage;
    const bool live = isatty(STDERR_FILENO);
    QObject::connect(&service, &BatchService::progress, &loop, [this, live](const BatchCounts &c, double rate, int eta) {
        if (live)
            m_err << tr("\r%1/%2 done, %3 failed, %4 skipped, %5/min, ETA %6 s   ")
                         .arg(c.done).arg(c.total).arg(c.failed).arg(c.skipped).arg(qRound(rate)).arg(eta < 0 ? 0 : eta)
                  << Qt::flush;
    });
    // A pause ends the command once no request is out (idle): every answer still coming is recorded.
    QObject::connect(&service, &BatchService::finished, &loop, [&loop] { loop.quit(); });
    QObject::connect(&service, &BatchService::idle, &loop, [&loop] { loop.quit(); });
    QObject::connect(&service, &BatchService::paused, &loop, [&pauseMessage](const QString &message) { pauseMessage = message; });
    if (const auto started = service.start(batchId, retryFailed); !started)
        return fail(started.error());
    loop.exec();
    if (live)
        m_err << Qt::endl;
    const std::optional<ApiError> pauseError = service.runner() && service.runner()->isPaused() ? service.runner()->pauseError() : std::nullopt;
    const Result<BatchCounts> counted = batches.counts(batchId);
    if (!counted)
        return fail(counted.error());
    const BatchCounts counts = counted.value();
    if (m_json) {
        QJsonArray items;
        for (const BatchItem &item : batches.items(batchId).value_or_default())
            items.append(QJsonObject{{QStringLiteral("line"), item.sourceLine}, {QStringLiteral("userId"), item.userId},
                                     {QStringLiteral("username"), item.username}, {QStringLiteral("action"), item.action},
                                     {QStringLiteral("state"), BatchItem::stateName(item.state)}, {QStringLiteral("error"), item.error},
                                     {QStringLiteral("attempts"), item.attempts}});
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), !pauseError && counts.failed == 0},
                                           {QStringLiteral("batchId"), batchId},
                                           {QStringLiteral("state"), Batch::stateName(batches.batch(batchId).value_or_default().state)},
                                           {QStringLiteral("message"), pauseMessage},
                                           {QStringLiteral("done"), counts.done}, {QStringLiteral("failed"), counts.failed},
                                           {QStringLiteral("skipped"), counts.skipped}, {QStringLiteral("pending"), counts.pending + counts.running},
                                           {QStringLiteral("unknown"), counts.unknown}, {QStringLiteral("items"), items}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        m_out << tr("Batch %1: %2 done, %3 failed, %4 skipped, %5 pending.")
                     .arg(batchId).arg(counts.done).arg(counts.failed).arg(counts.skipped).arg(counts.pending + counts.running);
        if (counts.unknown > 0)
            m_out << tr(" %n sent, outcome not recorded yet (checked first on resume).", nullptr, counts.unknown);
        m_out << Qt::endl;
    }
    if (pauseError) {
        // Run as printed, the hint reaches the same group and history.
        // Every option that picks the group, the providers, the history and the guard rails, quoted for a shell.
        const auto quoted = [](const QString &value) {
            static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
            return plain.match(value).hasMatch() ? value : u'\'' + QString(value).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
        };
        QStringList again{QStringLiteral("rankdesk-cli")};
        for (const char *name : {"profile", "group", "db", "pg", "pg-user", "base-url", "cloud-url", "groups-url", "users-url", "reader",
                                 "writer", "writer-url", "hyra-workspace", "rate-scale", "ceiling", "protected"})
            if (parser.isSet(QString::fromLatin1(name)))
                again << QStringLiteral("--%1").arg(QString::fromLatin1(name)) << quoted(parser.value(QString::fromLatin1(name)));
        if (parser.isSet(QStringLiteral("compose-demote")))
            again << QStringLiteral("--compose-demote");
        again << QStringLiteral("jobs") << QStringLiteral("resume") << batchId;
        m_err << tr("rankdesk-cli: %1 Resume with: %2").arg(pauseMessage, again.join(u' ')) << Qt::endl;
        return exitCodeFor(*pauseError);
    }
    return counts.failed > 0 ? Failure : Ok;
}

int CliRunner::jobs(Connection *connection, HistoryStore &history, BatchStore &batches, const QStringList &args, const QCommandLineParser &parser)
{
    BatchService service(connection, &batches, &history);
    const QString verb = args.value(1);
    if (verb == u"list" || verb.isEmpty()) {
        const auto list = batches.batches();
        if (!list)
            return fail(list.error());
        QJsonArray array;
        QList<QStringList> rows;
        for (const Batch &b : list.value()) {
            const BatchCounts c = batches.counts(b.id).value_or_default();
            const bool open = b.state == Batch::State::Running || b.state == Batch::State::Paused;
            const std::optional<BatchLease> lease = open ? batches.liveLease(b.id).value_or_default() : std::nullopt;
            array.append(QJsonObject{{QStringLiteral("id"), b.id}, {QStringLiteral("created"), b.created.toString(Qt::ISODate)},
                                     {QStringLiteral("action"), b.action}, {QStringLiteral("target"), b.target},
                                     {QStringLiteral("source"), b.source},
                                     {QStringLiteral("state"), Batch::stateName(b.state)}, {QStringLiteral("message"), b.message},
                                     {QStringLiteral("total"), c.total}, {QStringLiteral("done"), c.done},
                                     {QStringLiteral("failed"), c.failed}, {QStringLiteral("skipped"), c.skipped},
                                     {QStringLiteral("pending"), c.pending + c.running}, {QStringLiteral("unknown"), c.unknown},
                                     {QStringLiteral("runBy"), lease ? lease->holder : QString()},
                                     {QStringLiteral("sourceFile"), b.sourceFile}, {QStringLiteral("sha256"), b.sourceChecksum}});
            rows.append({b.id, b.created.toString(Qt::ISODate), b.action + (b.target.isEmpty() ? QString() : u' ' + b.target),
                         Batch::stateName(b.state), tr("%1/%2").arg(c.done).arg(c.total), QString::number(c.failed),
                         QString::number(c.skipped), QString::number(c.remaining()), lease ? lease->holder : QString()});
        }
        if (m_json)
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            m_out << table({tr("Batch"), tr("Created (UTC)"), tr("Action"), tr("State"), tr("Done"), tr("Failed"), tr("Skipped"), tr("Pending"),
                            tr("Run by")},
                           rows);
        return Ok;
    }
    const QString id = args.value(2);
    if (id.isEmpty())
        return usage(tr("jobs %1 needs a batch id (see: rankdesk-cli jobs list)").arg(verb));
    if (verb == u"resume" || verb == u"retry") {
        const auto found = batches.batch(id);
        if (!found)
            return fail(found.error());
        // A resumed batch is checked against today's guard rails: the saved ones and these flags.
        const Result<GuardRails> rails = guardRails(parser, found.value().groupId);
        if (!rails)
            return usage(rails.error().message);
        service.setExtraGuardRails(rails.value());
        return runBatch(service, id, verb == u"retry", parser);
    }
    if (verb == u"export") {
        const QString path = args.value(3);
        if (path.isEmpty())
            return usage(tr("jobs export needs a batch id and a FILE"));
        const Result<int> written = service.exportResults(id, path);
        if (!written)
            return fail(written.error());
        m_out << tr("Results of batch %1 written to %2.").arg(id, path) << Qt::endl;
        return Ok;
    }
    if (verb == u"pause") {
        const Result<bool> asked = service.requestPause(id);
        if (!asked)
            return fail(asked.error());
        if (!asked.value())
            return fail(ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.batch-idle"), tr("Batch %1 is not being run by any program.").arg(id)));
        m_out << tr("Asked the program running batch %1 to pause before its next request.").arg(id) << Qt::endl;
        return Ok;
    }
    if (verb == u"cancel") {
        const int left = batches.counts(id).value_or_default().remaining();
        const auto lease = batches.liveLease(id).value_or_default();
        const Result<BatchService::CancelOutcome> cancelled = service.cancel(id);
        if (!cancelled)
            return fail(cancelled.error());
        if (cancelled.value() == BatchService::CancelOutcome::Requested) {
            m_out << tr("Batch %1 is being run by %2: asked it to cancel before its next request.").arg(id, lease ? lease->holder : tr("another program"))
                  << Qt::endl;
            return Ok;
        }
        const BatchCounts after = batches.counts(id).value_or_default();
        m_out << tr("Batch %1 cancelled; %n item(s) were not sent.", nullptr, left - after.remaining()).arg(id) << Qt::endl;
        if (after.unknown > 0)
            m_out << tr("%n item(s) had been sent before and their answer was lost; check those members.", nullptr, after.unknown) << Qt::endl;
        return Ok;
    }
    return usage(tr("jobs takes list, resume ID, retry ID, pause ID, cancel ID or export ID FILE"));
}

Result<ConnectionProfile> CliRunner::savedProfile(const QString &nameOrId)
{
    const ProfileStore store;
    for (const ConnectionProfile &candidate : store.profiles()) {
        if (candidate.id != nameOrId && candidate.name.compare(nameOrId, Qt::CaseInsensitive) != 0)
            continue;
        if (candidate.id == ProfileStore::sandboxId())
            return ApiError::local(ApiError::Kind::Invalid, QStringLiteral("rankdesk.usage"),
                                   tr("the Sandbox lives inside the rankdesk window; for the command line, start rankdesk-sim and pass --base-url"));
        return candidate;
    }
    QStringList names;
    for (const ConnectionProfile &candidate : store.profiles())
        if (candidate.id != ProfileStore::sandboxId())
            names << candidate.name;
    return ApiError::local(ApiError::Kind::NotFound, QStringLiteral("rankdesk.usage"),
                           names.isEmpty() ? tr("no saved profile '%1'; there are none yet (File → Profiles… in rankdesk)").arg(nameOrId)
                                           : tr("no saved profile '%1'; saved: %2").arg(nameOrId, names.join(QStringLiteral(", "))));
}
