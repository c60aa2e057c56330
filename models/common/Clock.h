#pragma once

#include <QDate>
#include <QDateTime>

namespace casedesk {

// The one place that reads the time, so tests can pin it.
namespace Clock {

QDateTime nowUtc();
QDate today();
// ISO 8601 UTC with milliseconds, the form every stored instant uses ("2026-11-26T12:00:00.000Z").
QString nowUtcIso();
QString toIso(const QDateTime& instant);

// Tests only: freeze the clock (an invalid value unfreezes it).
void setFixedNow(const QDateTime& instant);

} // namespace Clock
} // namespace casedesk
