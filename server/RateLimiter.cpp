#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace casedesk::platform {

RateLimiter::RateLimiter(double ratePerSecond)
    : m_rate(ratePerSecond)
{
    m_clock.start();
}

int RateLimiter::admit(const QString& client)
{
    if (m_rate <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        it = m_buckets.insert(client, Bucket { m_rate, now });
    Bucket& bucket = *it;
    bucket.tokens = std::min(m_rate, bucket.tokens + (now - bucket.lastMs) * m_rate / 1000.0);
    bucket.lastMs = now;
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
    }
    return std::max(1, static_cast<int>(std::ceil((1 - bucket.tokens) / m_rate)));
}

} // namespace casedesk::platform
