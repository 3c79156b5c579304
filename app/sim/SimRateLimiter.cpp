#include "SimRateLimiter.h"

#include <cmath>

SimRateLimiter::Decision SimRateLimiter::take(qint64 owner, const QString &operation, int perMinute)
{
    return take(QString::number(owner) + u'/' + operation, perMinute, 60'000, true);
}

SimRateLimiter::Decision SimRateLimiter::take(const QString &bucket, int limit, qint64 WindowMs, bool scaled)
{
    Decision decision;
    decision.limit = scaled ? std::max(1, int(std::lround(limit * m_scale))) : limit;
    Window &window = m_windows[bucket];
    const qint64 now = m_clock.elapsed();
    if (window.used == 0 || now - window.startMs >= WindowMs) {
        window.startMs = now;
        window.used = 0;
    }
    decision.resetSeconds = int(std::ceil(double(WindowMs - (now - window.startMs)) / 1000.0));
    if (window.used >= decision.limit) {
        decision.allowed = false;
        decision.remaining = 0;
        return decision;
    }
    ++window.used;
    decision.remaining = decision.limit - window.used;
    return decision;
}
