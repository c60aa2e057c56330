#pragma once

#include <Qt>

namespace casedesk {

// What the reconciliation models give besides their text, in every column of a row.
enum ReconcileItemRole
{
    IdRole = Qt::UserRole, // the bank line's, donation's or payout's uuid
    KindRole, // a target's TargetKind, as int
    AmountRole, // cents, as qlonglong
    ReconciledRole // a bank line already reconciled (only unmatch applies)
};

} // namespace casedesk
