#pragma once

#include <QDateTime>

namespace casedesk::test {

// Freezes casedesk::Clock for the lifetime of the object, so timestamps, "today" and the
// workflow's date checks do not depend on when the test runs. Unfreezes on destruction.
class FixedClock
{
public:
    // 2026-03-16 12:00 UTC: midday, so "today" is the same date in every time zone users have.
    static QDateTime defaultInstant();

    explicit FixedClock(const QDateTime& instant = defaultInstant());
    ~FixedClock();
    FixedClock(const FixedClock&) = delete;
    FixedClock& operator=(const FixedClock&) = delete;

    void set(const QDateTime& instant);
    // Moves the frozen clock forward, e.g. so two saves get different updated_at values.
    void advance(qint64 milliseconds);
    QDateTime now() const { return m_now; }
    QDate today() const;

private:
    QDateTime m_now;
};

} // namespace casedesk::test
