#pragma once

#include <QtGlobal>

#include <algorithm>

// A token bucket: `perMinute` requests a minute on average, at most `burst` at once. Time is
// passed in, so tests and the runner share one clock.
class RateBudget
{
public:
    explicit RateBudget(double perMinute = 0, double burst = 1) { reset(perMinute, burst); }

    void reset(double perMinute, double burst = 1)
    {
        m_perMs = perMinute / 60'000.0;
        m_burst = std::max(1.0, burst);
        m_tokens = m_burst;
        m_lastMs = -1;
    }
    bool unlimited() const { return m_perMs <= 0; }
    // Milliseconds until a request may go (0: now).
    qint64 msUntilAvailable(qint64 nowMs)
    {
        if (unlimited())
            return 0;
        refill(nowMs);
        return m_tokens >= 1.0 ? 0 : qint64((1.0 - m_tokens) / m_perMs) + 1;
    }
    void take(qint64 nowMs)
    {
        if (unlimited())
            return;
        refill(nowMs);
        m_tokens -= 1.0;
    }

private:
    void refill(qint64 nowMs)
    {
        if (m_lastMs >= 0)
            m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastMs) * m_perMs);
        m_lastMs = nowMs;
    }

    double m_perMs = 0;
    double m_burst = 1;
    double m_tokens = 1;
    qint64 m_lastMs = -1;
};
