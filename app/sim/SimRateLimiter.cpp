#include "SimRateLimiter.h"

#include <cmath>

SimRateLimiter::Decision SimRateLimiter::take(qint64 owner, const QString &operation, int perMinute)
{
    constexpr qint64 WindowMs = 60'000;
    Decision decision;
    decision.limit = std::max(1, int(std::lround(perMinute * m_scale)));
    Window &window = m_windows[QString::number(owner) + u'/' + operation];
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
