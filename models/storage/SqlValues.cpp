#include "storage/SqlValues.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace casedesk::SqlValues {

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QVariant optionalUuid(const QUuid& uuid)
{
    return uuid.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(uuidText(uuid));
}

QString notNullText(const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime instant(const QVariant& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC); // Qt 6.4 has no QTimeZone::UTC (6.5+)
    return time;
}

QDate isoDate(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString newUuid()
{
    return uuidText(QUuid::createUuid());
}

QVariant returned(QSqlQuery query)
{
    const QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

QString prefixEnd(const QString& prefix)
{
    // U+FFFF sorts after every character of the Basic Multilingual Plane in UTF-8 byte order
    // (what BINARY and NOCASE compare), so [prefix, prefix + U+FFFF) holds every text that
    // starts with prefix.
    return prefix + QChar(0xFFFF);
}

QString likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

QList<QUuid> uuidsStartingWith(Database& database, const QString& table, const QString& key, int limit)
{
    QSqlQuery q = database.exec(
        QStringLiteral(
            "SELECT uuid FROM %1 WHERE deleted = 0 AND uuid >= ? AND uuid < ? ORDER BY uuid LIMIT ?")
            .arg(table),
        { key, prefixEnd(key), limit });
    QList<QUuid> found;
    while (q.next())
        found.append(QUuid::fromString(q.value(0).toString()));
    return found;
}

UuidPrefixMatch matchUuidPrefix(Database& database, const QString& table, const QString& reference)
{
    const QString key = reference.trimmed().toLower().remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    if (key.size() < 4)
        return { UuidPrefixMatch::Outcome::TooShort, {} };
    const QList<QUuid> found = uuidsStartingWith(database, table, key);
    if (found.isEmpty())
        return { UuidPrefixMatch::Outcome::None, {} };
    if (found.size() > 1)
        return { UuidPrefixMatch::Outcome::Several, {} };
    return { UuidPrefixMatch::Outcome::One, found.first() };
}

std::optional<QUuid> resolveUuidPrefix(Database& database, const QString& table, const QString& reference,
                                       const UuidPrefixWords& words, QString* errorMessage)
{
    const UuidPrefixMatch match = matchUuidPrefix(database, table, reference);
    switch (match.outcome) {
    case UuidPrefixMatch::Outcome::One:
        return match.uuid;
    case UuidPrefixMatch::Outcome::TooShort:
        *errorMessage = words.tooShort.arg(reference);
        break;
    case UuidPrefixMatch::Outcome::None:
        *errorMessage = words.none.arg(reference);
        break;
    case UuidPrefixMatch::Outcome::Several:
        *errorMessage = words.several.arg(reference);
        break;
    }
    return std::nullopt;
}

} // namespace casedesk::SqlValues
