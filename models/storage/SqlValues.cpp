#include "storage/SqlValues.h"

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

} // namespace casedesk::SqlValues
