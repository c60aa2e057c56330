#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace casedesk {
class Database;
}

namespace casedesk::SqlValues {

// How values are written to and read from the desk's columns, in one place for every repository.

// A UUID as stored: lower-case, without braces.
QString uuidText(const QUuid& uuid);
// A UUID as stored, or a typed NULL for a reference that is not set.
QVariant optionalUuid(const QUuid& uuid);
// Text for a NOT NULL column: trimmed, and never a null QString (it would bind as NULL).
QString notNullText(const QString& value);
// A date as stored (ISO 8601), or a typed NULL for a date that is not set.
QVariant dateValue(const QDate& date);
// A stored instant (ISO 8601, UTC) back as a UTC QDateTime.
QDateTime instant(const QVariant& value);
// A stored date (ISO 8601) back as a QDate; invalid for NULL.
QDate isoDate(const QVariant& value);
// A new record's UUID, as stored.
QString newUuid();

// The value an UPDATE ... RETURNING gave. Such a statement counts as "in progress" until it is
// finished, and SQLite refuses to COMMIT while one is (the change itself is done at once).
QVariant returned(QSqlQuery query);

// The first string after every string that starts with `prefix`, for a range on an index
// ("key >= ? AND key < ?"), which SQLite answers from the index where LIKE would scan.
QString prefixEnd(const QString& prefix);
// `text` for a LIKE pattern written with ESCAPE '\': its %, _ and backslash match themselves.
QString likeEscaped(QString text);

// The live records of `table` whose UUID starts with `key` (lower case, without braces), found
// as a range on the UUID's index; at most `limit`.
QList<QUuid> uuidsStartingWith(Database& database, const QString& table, const QString& key, int limit = 2);

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

// How a repository words the outcomes for its own records; %1 in each is the reference as typed.
struct UuidPrefixWords
{
    QString tooShort;
    QString none;
    QString several;
};
// The record matchUuidPrefix() finds, or nothing and the matching sentence in *errorMessage.
std::optional<QUuid> resolveUuidPrefix(Database& database, const QString& table, const QString& reference,
                                       const UuidPrefixWords& words, QString* errorMessage);

} // namespace casedesk::SqlValues
