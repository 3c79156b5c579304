#include "RosterLoader.h"

#include "api/GroupReader.h"

RosterLoader::RosterLoader(GroupReader *reader, QObject *parent) : QObject(parent), m_reader(reader) { }

void RosterLoader::start()
{
    const quint64 generation = ++m_generation;
    m_running = true;
    m_members.clear();
    m_reader->roles().then(this, [this, generation](const Result<QList<Role>> &roles) {
        if (generation != m_generation)
            return;
        if (!roles) {
            m_running = false;
            emit failed(roles.error());
            return;
        }
        m_expected = 0;
        for (const Role &role : roles.value())
            m_expected += role.rank > Role::GuestRank ? std::max<qint64>(role.memberCount, 0) : 0;
        m_members.reserve(m_expected);
        emit rolesLoaded(roles.value());
        emit progress(0, m_expected);
        fetchPage(QString(), generation);
    });
}

void RosterLoader::cancel()
{
    ++m_generation;
    m_running = false;
    m_members.clear();
}

void RosterLoader::fetchPage(const QString &token, quint64 generation)
{
    m_reader->memberPage(token).then(this, [this, generation](const Result<MemberPage> &page) {
        if (generation != m_generation)
            return;
        if (!page) {
            m_running = false;
            m_members.clear();
            emit failed(page.error());
            return;
        }
        m_members.append(page.value().members);
        emit progress(m_members.size(), std::max(m_expected, qint64(m_members.size())));
        if (!page.value().nextPageToken.isEmpty()) {
            fetchPage(page.value().nextPageToken, generation);
            return;
        }
        m_running = false;
        emit finished(std::exchange(m_members, {}));
    });
}
