#pragma once

#include "donations/reconcile/ReconcileTypes.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace casedesk {

// The engine's proposals while the treasurer decides them, with what the engine read to make
// them (to describe a proposal without asking the desk again). The rules of what a decision
// leaves in the list live here, beside the engine that made them, not in a window:
//  - an accepted proposal takes its bank line, its payout and its targets: every other proposal
//    that shares one of them is gone (it could no longer be accepted);
//  - a rejected proposal goes alone (its pairs are never proposed again, others stay);
//  - a proposal whose bank line was reconciled meanwhile (by hand, on another desk) is stale.
class ProposalList
{
public:
    ProposalList() = default;
    ProposalList(QList<Proposal> proposals, QHash<QString, BankCredit> credits,
                 QHash<QString, ReconcileTarget> targets);

    const QList<Proposal>& items() const { return m_proposals; }
    int size() const { return int(m_proposals.size()); }
    bool isEmpty() const { return m_proposals.isEmpty(); }
    const Proposal& at(int row) const { return m_proposals.at(row); }
    // The proposals at these rows, in the order given; rows out of range are passed over.
    QList<Proposal> at(const QList<int>& rows) const;
    QList<Proposal> atOrAbove(int minimumScore) const;

    // What the engine read: the bank credit and the donation or payout a proposal names (an
    // empty value when it did not read it).
    BankCredit credit(const QString& bankLineId) const { return m_credits.value(bankLineId); }
    const ReconcileTarget* target(const QString& targetId) const;

    void accepted(const Proposal& proposal);
    void rejected(const Proposal& proposal);
    // The bank lines the proposals name, to ask the desk which are still open.
    QStringList bankLineIds() const;
    // Drops the proposals whose bank line is not among `openLines` any more.
    void keepOpen(const QSet<QString>& openLines);
    void clear();

    static bool sameProposal(const Proposal& a, const Proposal& b);
    static bool sharesSomething(const Proposal& a, const Proposal& b);

private:
    QList<Proposal> m_proposals;
    QHash<QString, BankCredit> m_credits;
    QHash<QString, ReconcileTarget> m_targets;
};

} // namespace casedesk
