#pragma once

#include <QDate>
#include <QString>

namespace casedesk::ReconcileValues {

// The small conversions the reconciliation's repositories share.

// An IBAN as typed, in the form the bank accounts table holds: upper case, no spaces (dashes are
// kept, unlike Iban::normalise).
QString normalisedIban(const QString& iban);
// A date in a message: the locale's short format.
QString shortDate(const QDate& date);

} // namespace casedesk::ReconcileValues
