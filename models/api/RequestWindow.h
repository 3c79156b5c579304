#pragma once

#include <QtGlobal>

#include <deque>

// At most `limit` requests in any `windowMs` interval (a sliding log). Since every fixed window a
// provider counts in is such an interval, the provider's limit is never exceeded, yet a burst (a
// roster load) goes out at once while the window has room. Time is passed in.
class RequestWindow
{
public:
    explicit RequestWindow(int limit = 0, qint64 windowMs = 60'000) { reset(limit, windowMs); }

    void reset(int limit, qint64 windowMs = 60'000)
    {
        m_limit = limit;
        m_windowMs = windowMs;
        m_sent.clear();
    }
    bool unlimited() const { return m_limit <= 0; }
    // Milliseconds until one more request fits (0: now).
    qint64 msUntilAvailable(qint64 nowMs)
    {
        if (unlimited())
            return 0;
        while (!m_sent.empty() && m_sent.front() + m_windowMs <= nowMs)
            m_sent.pop_front();
        if (int(m_sent.size()) < m_limit)
            return 0;
        return m_sent.front() + m_windowMs - nowMs;
    }
    void take(qint64 nowMs)
    {
        if (!unlimited())
            m_sent.push_back(nowMs);
    }

private:
    int m_limit = 0;
    qint64 m_windowMs = 60'000;
    std::deque<qint64> m_sent;
};
