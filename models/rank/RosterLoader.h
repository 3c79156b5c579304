#pragma once

#include "domain/ApiError.h"
#include "domain/Roster.h"

#include <QByteArray>
#include <QObject>
#include <QSet>

class GroupReader;

// Reads a group's roles and then every member page, reporting progress. A new start() or cancel()
// makes answers of the previous run be ignored (generation counter).
//
// The listing is bounded by what the roles' counts justify, so a reader whose pages never end (a
// token that repeats or keeps changing) fails with a clear error instead of growing forever.
class RosterLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterLoader)

public:
    explicit RosterLoader(GroupReader *reader, QObject *parent = nullptr);

    // Both readers ask for 100 members a page.
    static constexpr qint64 MembersPerPage = 100;
    // The absolute page ceiling of one load: 10 million members at 100 a page. Such a roster takes
    // gigabytes and hours of the read budget, beyond anything Rankdesk can show; it also bounds a
    // listing whose roles give no counts.
    static constexpr qint64 MaxPages = 100'000;
    // With counts, a load may take twice the pages they need plus one a role (the public reader
    // ends every role with a short page) plus this slack, and twice the members plus
    // SlackPages * MembersPerPage: room for short pages and members joining during a long load.
    static constexpr qint64 SlackPages = 100;
    // Room reserved up front for the members the roles count, at most this many (a few MB): beyond
    // it the list grows only as members actually arrive, whatever the counts claim.
    static constexpr qint64 MaxReserve = 100'000;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // The page bound of the current (or last) load.
    qint64 maxPages() const { return m_maxPages; }

signals:
    void rolesLoaded(const QList<Role> &roles);
    void progress(qint64 loaded, qint64 expected);
    void finished(const QList<Member> &members);
    void failed(const ApiError &error);

private:
    void fetchPage(const QString &token, quint64 generation);
    void fail(const ApiError &error);

    GroupReader *m_reader;
    quint64 m_generation = 0;
    bool m_running = false;
    qint64 m_expected = 0;
    qint64 m_maxPages = MaxPages;
    qint64 m_maxMembers = MaxPages * MembersPerPage;
    qint64 m_pages = 0;
    QSet<QByteArray> m_tokens; // SHA-1 of every page token asked for in this load
    QList<Member> m_members;
};
