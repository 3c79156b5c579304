#include "SimRequestLog.h"

#include <QDateTime>
#include <QJsonArray>

void SimRequestLog::begin(const QString &method, const QString &path)
{
    m_pending = SimRequest {};
    m_pending.method = method;
    m_pending.path = path;
    m_pendingIsWrite = false;
}

void SimRequestLog::markWrite(const QString &via, qint64 userId)
{
    m_pending.via = via;
    m_pending.userId = userId;
    m_pendingIsWrite = true;
}

void SimRequestLog::setTarget(qint64 roleId, int rank)
{
    m_pending.toRoleId = roleId;
    m_pending.toRank = rank;
}

void SimRequestLog::finish(int status, bool replyLost)
{
    if (!m_pendingIsWrite)
        return;
    m_pending.sequence = m_nextSequence++;
    m_pending.timeMs = QDateTime::currentMSecsSinceEpoch();
    m_pending.status = status;
    m_pending.replyLost = replyLost;
    m_entries.push_back(std::move(m_pending));
    m_pending = SimRequest {};
    m_pendingIsWrite = false;
}

QJsonObject SimRequestLog::toJson() const
{
    QJsonArray requests;
    for (const SimRequest &r : m_entries) {
        // Unknown values are null rather than absent, so every entry has the same keys.
        requests.append(QJsonObject { { QStringLiteral("sequence"), r.sequence },
            { QStringLiteral("timeMs"), r.timeMs }, { QStringLiteral("method"), r.method },
            { QStringLiteral("path"), r.path }, { QStringLiteral("via"), r.via },
            { QStringLiteral("userId"), r.userId > 0 ? QJsonValue(r.userId) : QJsonValue() },
            { QStringLiteral("toRoleId"), r.toRoleId > 0 ? QJsonValue(r.toRoleId) : QJsonValue() },
            { QStringLiteral("toRank"), r.toRank >= 0 ? QJsonValue(r.toRank) : QJsonValue() },
            { QStringLiteral("status"), r.status }, { QStringLiteral("replyLost"), r.replyLost } });
    }
    return { { QStringLiteral("requests"), requests } };
}
