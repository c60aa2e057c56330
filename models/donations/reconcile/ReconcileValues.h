#pragma once

#include "donations/reconcile/ReconcileTypes.h"

#include <QDate>
#include <QString>

class QSqlQuery;

namespace casedesk::ReconcileValues {

// The small conversions the reconciliation's repositories share.

// An IBAN as typed, in the form the bank accounts table holds: upper case, no spaces (dashes are
// kept, unlike Iban::normalise).
QString normalisedIban(const QString& iban);
// A date in a message: the locale's short format.
QString shortDate(const QDate& date);
// A payout as a reconciliation target, from a row whose first columns are its uuid, date,
// net_cents, reference and platform, in that order.
ReconcileTarget payoutTarget(const QSqlQuery& row);

} // namespace casedesk::ReconcileValues
