#include "common/Clock.h"

namespace casedesk::Clock {

namespace {
QDateTime& fixedNow()
{
    static QDateTime instant;
    return instant;
}
} // namespace

QDateTime nowUtc()
{
    return fixedNow().isValid() ? fixedNow() : QDateTime::currentDateTimeUtc();
}

QDate today()
{
    return nowUtc().toLocalTime().date();
}

QString toIso(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QString nowUtcIso()
{
    return toIso(nowUtc());
}

void setFixedNow(const QDateTime& instant)
{
    fixedNow() = instant.toUTC();
}

} // namespace casedesk::Clock
