#include "donations/reconcile/ProposalList.h"

#include <algorithm>

namespace casedesk {

ProposalList::ProposalList(QList<Proposal> proposals, QHash<QString, BankCredit> credits,
                           QHash<QString, ReconcileTarget> targets)
    : m_proposals(std::move(proposals))
    , m_credits(std::move(credits))
    , m_targets(std::move(targets))
{
}

QList<Proposal> ProposalList::at(const QList<int>& rows) const
{
    QList<Proposal> chosen;
    for (int row : rows) {
        if (row >= 0 && row < m_proposals.size())
            chosen.append(m_proposals.at(row));
    }
    return chosen;
}

QList<Proposal> ProposalList::atOrAbove(int minimumScore) const
{
    QList<Proposal> chosen;
    std::copy_if(m_proposals.cbegin(), m_proposals.cend(), std::back_inserter(chosen),
                 [minimumScore](const Proposal& proposal) { return proposal.score >= minimumScore; });
    return chosen;
}

const ReconcileTarget* ProposalList::target(const QString& targetId) const
{
    const auto found = m_targets.constFind(targetId);
    return found == m_targets.cend() ? nullptr : &*found;
}

void ProposalList::accepted(const Proposal& proposal)
{
    m_proposals.removeIf([&proposal](const Proposal& other) { return sharesSomething(proposal, other); });
}

void ProposalList::rejected(const Proposal& proposal)
{
    m_proposals.removeIf([&proposal](const Proposal& other) { return sameProposal(proposal, other); });
}

QStringList ProposalList::bankLineIds() const
{
    QStringList lines;
    for (const Proposal& proposal : m_proposals) {
        if (!proposal.bankLineId.isEmpty())
            lines.append(proposal.bankLineId);
    }
    return lines;
}

void ProposalList::keepOpen(const QSet<QString>& openLines)
{
    m_proposals.removeIf([&openLines](const Proposal& proposal) {
        return !proposal.bankLineId.isEmpty() && !openLines.contains(proposal.bankLineId);
    });
}

void ProposalList::clear()
{
    m_proposals.clear();
    m_credits.clear();
    m_targets.clear();
}

bool ProposalList::sameProposal(const Proposal& a, const Proposal& b)
{
    return a.bankLineId == b.bankLineId && a.payoutId == b.payoutId && a.targets == b.targets;
}

bool ProposalList::sharesSomething(const Proposal& a, const Proposal& b)
{
    if (!a.bankLineId.isEmpty() && a.bankLineId == b.bankLineId)
        return true;
    if (!a.payoutId.isEmpty() && a.payoutId == b.payoutId)
        return true;
    return std::any_of(a.targets.cbegin(), a.targets.cend(), [&b](const TargetRef& target) {
        return std::any_of(b.targets.cbegin(), b.targets.cend(),
                           [&target](const TargetRef& other) { return other.id == target.id; });
    });
}

} // namespace casedesk
