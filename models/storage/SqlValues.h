#pragma once

#include <QDate>
#include <QDateTime>
#include <QUuid>
#include <QVariant>

namespace casedesk {
class Database;
}

namespace casedesk::SqlValues {

// How values are written to and read from the desk's columns, in one place for every repository.

// A UUID as stored: lower-case, without braces.
QString uuidText(const QUuid& uuid);
// A date as stored (ISO 8601), or a typed NULL for a date that is not set.
QVariant dateValue(const QDate& date);
// A stored instant (ISO 8601, UTC) back as a UTC QDateTime.
QDateTime instant(const QVariant& value);

// A record named on the command line by its UUID or the first characters of it.
struct UuidPrefixMatch
{
    enum class Outcome
    {
        TooShort, // fewer than 4 characters: too likely to match several
        None,
        One,
        Several
    };
    Outcome outcome = Outcome::None;
    QUuid uuid; // when One
};
// The live record of `table` whose UUID starts with `reference` (braces, case and blanks
// ignored), found on the UUID's index. Each repository words the outcome for its own records.
UuidPrefixMatch matchUuidPrefix(Database& database, const QString& table, const QString& reference);

} // namespace casedesk::SqlValues
