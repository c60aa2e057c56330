// What the desk queues but the contract does not carry: the association's profile (the contract
// has no kind for it), and the bank side of the treasurer's desk (accounts, statements and their
// lines, reconciliation matches and periods). Two desks reconciling the same statement would
// match its lines twice and fight over its periods (docs/platform-api.md §3.2).
#include "sync/kinds/KindEntries.h"

#include "campaigns/AssociationRepository.h"
#include "donations/ledger/BankRepository.h"
#include "donations/reconcile/ReconciliationPeriodRepository.h"
#include "donations/reconcile/ReconciliationRepository.h"

namespace casedesk {

namespace {

SyncKind deskKind(const QString& entity, const QString& table)
{
    SyncKind k;
    k.entity = entity;
    k.table = table;
    return k;
}

} // namespace

const SyncKind& KindEntries::association()
{
    static const SyncKind kind = deskKind(AssociationRepository::kEntity, AssociationRepository::kTable);
    return kind;
}

const SyncKind& KindEntries::bankAccount()
{
    static const SyncKind kind = deskKind(BankRepository::kAccountEntity, BankRepository::kAccountTable);
    return kind;
}

// A statement and its lines are one aggregate: a line's change queues its statement.
const SyncKind& KindEntries::bankStatement()
{
    static const SyncKind kind = deskKind(BankRepository::kStatementEntity, BankRepository::kStatementTable);
    return kind;
}

const SyncKind& KindEntries::reconciliationMatch()
{
    static const SyncKind kind
        = deskKind(ReconciliationRepository::kMatchEntity, ReconciliationRepository::kMatchTable);
    return kind;
}

const SyncKind& KindEntries::reconciliationPeriod()
{
    static const SyncKind kind
        = deskKind(ReconciliationPeriodRepository::kEntity, ReconciliationPeriodRepository::kTable);
    return kind;
}

} // namespace casedesk
