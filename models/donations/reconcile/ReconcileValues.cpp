#include "donations/reconcile/ReconcileValues.h"

#include <QLocale>

namespace casedesk::ReconcileValues {

QString normalisedIban(const QString& iban)
{
    return iban.simplified().remove(QLatin1Char(' ')).toUpper();
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace casedesk::ReconcileValues
