#include "FixedClock.h"

#include "common/Clock.h"

namespace casedesk::test {

QDateTime FixedClock::defaultInstant()
{
    return QDateTime(QDate(2026, 3, 16), QTime(12, 0), Qt::UTC);
}

FixedClock::FixedClock(const QDateTime& instant)
{
    set(instant);
}

FixedClock::~FixedClock()
{
    Clock::setFixedNow(QDateTime());
}

void FixedClock::set(const QDateTime& instant)
{
    m_now = instant.toUTC();
    Clock::setFixedNow(m_now);
}

void FixedClock::advance(qint64 milliseconds)
{
    set(m_now.addMSecs(milliseconds));
}

QDate FixedClock::today() const
{
    return Clock::today();
}

} // namespace casedesk::test
