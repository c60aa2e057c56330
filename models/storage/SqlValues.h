#pragma once

#include <QDate>
#include <QDateTime>
#include <QUuid>
#include <QVariant>

namespace casedesk::SqlValues {

// How values are written to and read from the desk's columns, in one place for every repository.

// A UUID as stored: lower-case, without braces.
QString uuidText(const QUuid& uuid);
// A date as stored (ISO 8601), or a typed NULL for a date that is not set.
QVariant dateValue(const QDate& date);
// A stored instant (ISO 8601, UTC) back as a UTC QDateTime.
QDateTime instant(const QVariant& value);

} // namespace casedesk::SqlValues
