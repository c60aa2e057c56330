#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace casedesk::platform {

// A token bucket per client (token id, or peer address on the public side): `rate` requests a
// second on average, bursts of up to `rate` requests.
class RateLimiter
{
public:
    explicit RateLimiter(double ratePerSecond);

    // 0 when the request may proceed, else the whole seconds to wait (Retry-After).
    int admit(const QString& client);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    double m_rate;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace casedesk::platform
