#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

// Per key owner and operation, a one-minute window as Open Cloud documents it
// (x-ratelimit-limit/remaining/reset, 429 with retry-after when spent).
class SimRateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int resetSeconds = 0;
    };

    explicit SimRateLimiter(double scale) : m_scale(scale) { m_clock.start(); }

    bool enabled() const { return m_scale > 0; }
    // A documented rate limit: scaled by --rate-scale.
    Decision take(qint64 owner, const QString &operation, int perMinute);
    // A window of any length; scaled says whether --rate-scale applies (plan quotas do not scale).
    Decision take(const QString &bucket, int limit, qint64 windowMs, bool scaled);

private:
    struct Window
    {
        qint64 startMs = 0;
        int used = 0;
    };
    double m_scale;
    QElapsedTimer m_clock;
    QHash<QString, Window> m_windows;
};
