#include "RosterLoader.h"

#include "api/GroupReader.h"
#include "api/HttpErrors.h"

#include <QCryptographicHash>

#include <algorithm>

RosterLoader::RosterLoader(GroupReader *reader, QObject *parent) : QObject(parent), m_reader(reader) { }

void RosterLoader::start()
{
    const quint64 generation = ++m_generation;
    m_running = true;
    m_members.clear();
    m_pages = 0;
    m_tokens.clear();
    m_reader->roles().then(this, [this, generation](const Result<QList<Role>> &roles) {
        if (generation != m_generation)
            return;
        if (!roles) {
            fail(roles.error());
            return;
        }
        // Counts are summed saturating at what the page ceiling can hold: a count past it cannot
        // be loaded anyway, and no sum overflows whatever a reader passes on.
        constexpr qint64 MaxExpected = MaxPages * MembersPerPage;
        m_expected = 0;
        qint64 memberRoles = 0;
        bool counted = true;
        for (const Role &role : roles.value()) {
            if (role.rank <= Role::GuestRank)
                continue;
            ++memberRoles;
            counted = counted && role.memberCount >= 0;
            m_expected = std::min(MaxExpected, m_expected + std::clamp<qint64>(role.memberCount, 0, MaxExpected));
        }
        memberRoles = std::min(memberRoles, MaxPages);
        if (counted) {
            const qint64 pagesNeeded = (m_expected + MembersPerPage - 1) / MembersPerPage;
            m_maxPages = std::min(MaxPages, 2 * pagesNeeded + memberRoles + SlackPages);
            m_maxMembers = std::min(MaxExpected, 2 * m_expected + SlackPages * MembersPerPage);
        } else {
            m_maxPages = MaxPages;
            m_maxMembers = MaxExpected;
        }
        m_members.reserve(std::min(m_expected, MaxReserve));
        emit rolesLoaded(roles.value());
        emit progress(0, m_expected);
        fetchPage(QString(), generation);
    });
}

void RosterLoader::cancel()
{
    ++m_generation;
    m_running = false;
    m_members = {};
    m_tokens.clear();
}

void RosterLoader::fail(const ApiError &error)
{
    m_running = false;
    m_members = {};
    m_tokens.clear();
    emit failed(error);
}

void RosterLoader::fetchPage(const QString &token, quint64 generation)
{
    m_reader->memberPage(token).then(this, [this, generation](const Result<MemberPage> &page) {
        if (generation != m_generation)
            return;
        if (!page) {
            fail(page.error());
            return;
        }
        ++m_pages;
        m_members.append(page.value().members);
        if (m_members.size() > m_maxMembers) {
            fail(HttpErrors::badAnswer(tr("the member list went past %1 members, more than the group's roles count (%2).")
                                           .arg(m_maxMembers).arg(m_expected)));
            return;
        }
        emit progress(m_members.size(), std::max(m_expected, qint64(m_members.size())));
        const QString &next = page.value().nextPageToken;
        if (next.isEmpty()) {
            m_running = false;
            m_tokens.clear();
            emit finished(std::exchange(m_members, {}));
            return;
        }
        if (m_pages >= m_maxPages) {
            fail(HttpErrors::badAnswer(
                m_maxPages < MaxPages
                    ? tr("the member list did not end within %1 pages, more than the %2 members the group's roles count need.")
                          .arg(m_maxPages).arg(m_expected)
                    : tr("the member list did not end within %1 pages, the most Rankdesk reads.").arg(m_maxPages)));
            return;
        }
        // A token given twice would make the same pages come round again and again.
        const QByteArray key = QCryptographicHash::hash(next.toUtf8(), QCryptographicHash::Sha1);
        if (m_tokens.contains(key)) {
            fail(HttpErrors::badAnswer(tr("the member list came back to a page it had already given (after %n page(s)), "
                                          "so it would never end.", nullptr, int(m_pages))));
            return;
        }
        m_tokens.insert(key);
        fetchPage(next, generation);
    });
}
