#include "storage/SqlValues.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace casedesk::SqlValues {

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
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

UuidPrefixMatch matchUuidPrefix(Database& database, const QString& table, const QString& reference)
{
    const QString key = reference.trimmed().toLower().remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    if (key.size() < 4)
        return { UuidPrefixMatch::Outcome::TooShort, {} };
    // [key, key + U+FFFF): every UUID text that starts with key, as a range on the unique index.
    QSqlQuery q = database.exec(
        QStringLiteral("SELECT uuid FROM %1 WHERE deleted = 0 AND uuid >= ? AND uuid < ? LIMIT 2").arg(table),
        { key, key + QChar(0xFFFF) });
    QList<QUuid> found;
    while (q.next())
        found.append(QUuid::fromString(q.value(0).toString()));
    if (found.isEmpty())
        return { UuidPrefixMatch::Outcome::None, {} };
    if (found.size() > 1)
        return { UuidPrefixMatch::Outcome::Several, {} };
    return { UuidPrefixMatch::Outcome::One, found.first() };
}

} // namespace casedesk::SqlValues
