#include "CliRunner.h"

#include "api/Connection.h"
#include "itemmodels/MembersModel.h"
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
#include <QNetworkAccessManager>

namespace {

template<typename T>
T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

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

} // namespace

int CliRunner::exitCodeFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
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
        "  history                   recent rank changes (--user, --limit)\n"
        "  check                     test the writer's key with a harmless call\n\n"
        "USER is a user id or a username. Keys are read from the environment, never from the\n"
        "command line (ps would show them): RANKDESK_API_KEY (Open Cloud), RANKDESK_HYRA_KEY,\n"
        "RANKDESK_SERIES_KEY, RANKDESK_WESK_KEY for --writer hyra|series|wesk.\n\n"
        "Exit codes: 0 done, 1 failure, 2 usage, 3 refused, 4 authentication or permission,\n"
        "5 not found, 6 rate limited or unreachable."));
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
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Reason stored with the change."), QStringLiteral("text"));
    const QCommandLineOption filter(QStringLiteral("filter"), tr("members: text to match."), QStringLiteral("text"));
    const QCommandLineOption role(QStringLiteral("role"), tr("members: only this role (rank, name or id)."), QStringLiteral("role"));
    const QCommandLineOption user(QStringLiteral("user"), tr("history: only this user id."), QStringLiteral("id"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("history: number of rows."), QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({baseUrl, cloudUrl, groupsUrl, usersUrl, group, reader, writer, writerUrl, composeDemote, json, db,
                       reason, filter, role, user, limit});
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
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    static const QStringList commands{QStringLiteral("roles"), QStringLiteral("members"), QStringLiteral("promote"),
                                      QStringLiteral("demote"), QStringLiteral("set-rank"), QStringLiteral("history"),
                                      QStringLiteral("check")};
    if (!commands.contains(command))
        return usage(command.isEmpty() ? tr("no command given") : tr("unknown command '%1'").arg(command));

    ConnectionProfile profile;
    profile.name = QStringLiteral("cli");
    profile.groupId = (parser.isSet(group) ? parser.value(group) : qEnvironmentVariable("RANKDESK_GROUP")).toLongLong();
    profile.cloudBaseUrl = QUrl(parser.value(cloudUrl));
    profile.groupsBaseUrl = QUrl(parser.value(groupsUrl));
    profile.usersBaseUrl = QUrl(parser.value(usersUrl));
    if (parser.isSet(baseUrl))
        profile.setAllBaseUrls(QUrl(parser.value(baseUrl)));
    if (parser.value(reader) == u"public")
        profile.reader = ConnectionProfile::ReaderKind::Public;
    else if (parser.value(reader) != u"opencloud")
        return usage(tr("--reader must be opencloud or public"));
    const std::optional<ConnectionProfile::WriterKind> writerKind = ConnectionProfile::writerKindFromName(parser.value(writer));
    if (!writerKind)
        return usage(tr("--writer must be opencloud, hyra, series or wesk"));
    profile.writer = *writerKind;
    profile.composeDemote = parser.isSet(composeDemote);
    if (parser.isSet(writerUrl))
        profile.writerBaseUrl = QUrl(parser.value(writerUrl));

    // History does not need a connection.
    const QString dbPath = parser.isSet(db) ? parser.value(db) : Database::defaultSqlitePath();
    Result<Database> database = Database::openSqlite(dbPath, QStringLiteral("cli"));
    if (!database)
        return fail(database.error());
    HistoryStore history(database.value());

    if (command == u"history") {
        HistoryStore::Filter historyFilter;
        historyFilter.groupId = profile.groupId;
        historyFilter.userId = parser.value(user).toLongLong();
        historyFilter.limit = parser.value(limit).toInt();
        const auto entries = history.recent(historyFilter);
        if (!entries)
            return fail(entries.error());
        QJsonArray array;
        QList<QStringList> rows;
        for (const HistoryEntry &e : entries.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("groupId"), e.groupId},
                                     {QStringLiteral("userId"), e.userId},
                                     {QStringLiteral("username"), e.username},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("from"), roleJson(e.previousRoleId, e.previousRoleName, e.previousRank)},
                                     {QStringLiteral("to"), roleJson(e.newRoleId, e.newRoleName, e.newRank)},
                                     {QStringLiteral("backend"), e.backend},
                                     {QStringLiteral("outcome"), HistoryEntry::outcomeName(e.outcome)},
                                     {QStringLiteral("error"), e.error},
                                     {QStringLiteral("reason"), e.reason},
                                     {QStringLiteral("source"), e.source}});
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
    const QString apiKey = qEnvironmentVariable("RANKDESK_API_KEY");
    if (apiKey.isEmpty() && profile.reader == ConnectionProfile::ReaderKind::OpenCloud)
        return usage(tr("no API key: set RANKDESK_API_KEY (or use --reader public for read-only commands)"));
    QString writerKey;
    if (profile.writer != ConnectionProfile::WriterKind::OpenCloud) {
        const QByteArray variable = "RANKDESK_" + profile.writerName().toUpper().toLatin1() + "_KEY";
        writerKey = qEnvironmentVariable(variable.constData());
        if (writerKey.isEmpty() && (command == u"promote" || command == u"demote" || command == u"set-rank" || command == u"check"))
            return usage(tr("no %1 key: set %2").arg(profile.writerName(), QString::fromLatin1(variable)));
    }

    QNetworkAccessManager nam;
    Connection connection(profile, apiKey, &nam, nullptr, writerKey);

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
        RosterLoader loader(connection.reader());
        QList<Role> roles;
        QList<Member> members;
        ApiError error;
        bool failed = false;
        QEventLoop loop;
        QObject::connect(&loader, &RosterLoader::rolesLoaded, &loop, [&](const QList<Role> &r) { roles = r; });
        QObject::connect(&loader, &RosterLoader::finished, &loop, [&](const QList<Member> &m) { members = m; loop.quit(); });
        QObject::connect(&loader, &RosterLoader::failed, &loop, [&](const ApiError &e) { error = e; failed = true; loop.quit(); });
        loader.start();
        loop.exec();
        if (failed)
            return fail(error);
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
    RankChangeService service(&connection, &history);
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
