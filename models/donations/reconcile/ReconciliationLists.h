#pragma once

#include "donations/reconcile/ReconcileTypes.h"

#include <QList>
#include <QSet>
#include <QString>

namespace casedesk {

class Database;

// A reconciled credit with what it pays, each target described as the desk knows it now: the
// donor's name of a donation, the reference of a payout (`found` false when it was deleted).
struct MatchedTarget
{
    TargetRef target;
    bool found = false;
    QString name; // the donor's name (a donation), the payout's reference (a payout)
};

struct ReconciledCredit
{
    BankCredit credit;
    QList<MatchedTarget> matches;
};

// What the reconciliation window lists, a page at a time, read-only: the window never reads the
// whole ledger (ReconciliationRepository::loadInputs is the engine's, on its own thread). Credits
// come newest first along the index bank_lines_unreconciled, so a page costs its own rows
// whatever the number of lines; `accountIban` empty means every account.
class ReconciliationLists
{
public:
    explicit ReconciliationLists(Database& database);

    // The credits waiting for a match, rows [offset, offset + limit) of the newest first.
    QList<BankCredit> openCredits(const QString& accountIban, int offset, int limit);
    int openCreditCount(const QString& accountIban);
    // The latest reconciled credits with what each was matched to, in one query (not one per
    // credit and per target).
    QList<ReconciledCredit> reconciledCredits(const QString& accountIban, int limit);
    // The payouts not reconciled yet, oldest first (a few per month and campaign).
    QList<ReconcileTarget> openPayouts();
    // Which of these bank lines are still waiting for a match.
    QSet<QString> openLines(const QStringList& bankLineIds);

private:
    Database& m_database;
};

} // namespace casedesk
