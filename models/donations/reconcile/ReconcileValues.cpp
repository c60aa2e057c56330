#include "donations/reconcile/ReconcileValues.h"

#include "storage/SqlValues.h"

#include <QLocale>
#include <QSqlQuery>

namespace casedesk::ReconcileValues {

QString normalisedIban(const QString& iban)
{
    return iban.simplified().remove(QLatin1Char(' ')).toUpper();
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

ReconcileTarget payoutTarget(const QSqlQuery& row)
{
    ReconcileTarget payout;
    payout.kind = TargetKind::Payout;
    payout.id = row.value(0).toString();
    payout.date = SqlValues::isoDate(row.value(1));
    payout.amountCents = row.value(2).toLongLong();
    payout.reference = row.value(3).toString();
    payout.method = QStringLiteral("payout");
    payout.platform = row.value(4).toString();
    return payout;
}

} // namespace casedesk::ReconcileValues
