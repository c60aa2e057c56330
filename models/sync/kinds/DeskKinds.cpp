// What the desk queues but the contract does not carry: the association's profile (the contract
// has no kind for it), and the bank side of the treasurer's desk (accounts, statements and their
// lines, reconciliation matches and periods). Two desks reconciling the same statement would
// match its lines twice and fight over its periods (docs/platform-api.md §3.2).
#include "sync/kinds/KindEntries.h"

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
    static const SyncKind kind = deskKind(QStringLiteral("association"), QStringLiteral("association"));
    return kind;
}

const SyncKind& KindEntries::bankAccount()
{
    static const SyncKind kind = deskKind(QStringLiteral("bank_account"), QStringLiteral("bank_accounts"));
    return kind;
}

// A statement and its lines are one aggregate: a line's change queues its statement.
const SyncKind& KindEntries::bankStatement()
{
    static const SyncKind kind
        = deskKind(QStringLiteral("bank_statement"), QStringLiteral("bank_statements"));
    return kind;
}

const SyncKind& KindEntries::reconciliationMatch()
{
    static const SyncKind kind
        = deskKind(QStringLiteral("reconciliation_match"), QStringLiteral("reconciliation_matches"));
    return kind;
}

const SyncKind& KindEntries::reconciliationPeriod()
{
    static const SyncKind kind
        = deskKind(QStringLiteral("reconciliation_period"), QStringLiteral("reconciliation_periods"));
    return kind;
}

} // namespace casedesk
