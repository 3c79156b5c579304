#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

// One rank-changing request as the simulator received it, whatever came of it.
struct SimRequest
{
    qint64 sequence = 0;
    qint64 timeMs = 0;
    QString method;
    QString path;
    QString via; // "opencloud", "hyra", "series", "wesk"
    qint64 userId = 0; // 0: not given or unreadable
    qint64 toRoleId = 0; // the role asked for (promote/demote: the one chosen); 0: not known
    int toRank = -1; // -1: not known
    int status = 0; // the status the simulator produced, sent or not
    bool replyLost = false; // the lostReplyRate fault dropped the connection instead of answering
};

// GET /_sim/requests: every rank-changing request whose key the simulator recognised, no-ops and
// refusals included. SimGroup's write log only has the changes that moved a member, so a client
// that sends the same change twice looks correct there; this log shows both requests. Usage, per
// request: begin(); the route calls markWrite()/setTarget() once it knows the request is a rank
// change with a known key; finish() records it. Appending is O(1) (1,000-item batches).
class SimRequestLog
{
public:
    void begin(const QString &method, const QString &path);
    void markWrite(const QString &via, qint64 userId);
    void setTarget(qint64 roleId, int rank);
    // The request being handled is a recognised rank change (finish() will record it).
    bool isWrite() const { return m_pendingIsWrite; }
    void finish(int status, bool replyLost);
    void clear()
    {
        m_entries.clear();
    } // sequence numbers go on, so entries from before stay distinct

    const std::vector<SimRequest> &entries() const { return m_entries; }
    QJsonObject toJson() const;

private:
    SimRequest m_pending;
    bool m_pendingIsWrite = false;
    qint64 m_nextSequence = 1;
    std::vector<SimRequest> m_entries;
};
