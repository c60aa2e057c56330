#include "itemmodels/ProposalTableModel.h"

#include "common/Money.h"

#include <QLocale>

namespace casedesk {

const char* const ProposalTableModel::kColumnTitles[]
    = { QT_TR_NOOP("Score"),     QT_TR_NOOP("Rule"),    QT_TR_NOOP("Date"),   QT_TR_NOOP("Amount"),
        QT_TR_NOOP("Bank line"), QT_TR_NOOP("Matches"), QT_TR_NOOP("Reasons") };

ProposalTableModel::ProposalTableModel(QObject* parent)
    : TitledTableModel({ staticMetaObject.className(), kColumnTitles }, parent)
{
    static_assert(std::size(kColumnTitles) == ColumnCount);
}

int ProposalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_list.size();
}

QVariant ProposalTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_list.size())
        return {};
    const Proposal& proposal = m_list.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // A number, so that the column sorts and aligns as one.
        return index.column() == Score ? QVariant(proposal.score)
                                       : QVariant(cellText(proposal, index.column()));
    case Qt::ToolTipRole:
        return proposal.reasons.join(QLatin1Char('\n'));
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString ProposalTableModel::cellText(const Proposal& proposal, int column) const
{
    const QLocale locale;
    // A payout ↔ donations proposal has no bank line: it is dated and named by its payout.
    const ReconcileTarget* payout = m_list.target(proposal.payoutId);
    const bool payoutLink = proposal.bankLineId.isEmpty();
    const BankCredit credit = m_list.credit(proposal.bankLineId);
    switch (column) {
    case Rule:
        return ruleLabel(proposal.rule);
    case Date:
        return locale.toString(payoutLink ? (payout ? payout->date : QDate()) : credit.date,
                               QLocale::ShortFormat);
    case Amount:
        return Money::format(proposal.amountCents, locale);
    case BankLine:
        return payoutLink ? tr("(no bank line) payout %1").arg(payout ? payout->reference : QString())
                          : credit.label;
    case Matches:
        return describeTargets(proposal);
    case Reasons:
        return proposal.reasons.join(QStringLiteral("; "));
    default:
        return {};
    }
}

template<typename Change>
void ProposalTableModel::change(Change change)
{
    beginResetModel();
    change(m_list);
    endResetModel();
}

void ProposalTableModel::setProposals(ProposalList list)
{
    change([&list](ProposalList& mine) { mine = std::move(list); });
}

void ProposalTableModel::accepted(const Proposal& proposal)
{
    change([&proposal](ProposalList& list) { list.accepted(proposal); });
}

void ProposalTableModel::rejected(const Proposal& proposal)
{
    change([&proposal](ProposalList& list) { list.rejected(proposal); });
}

void ProposalTableModel::keepOpen(const QSet<QString>& openLines)
{
    change([&openLines](ProposalList& list) { list.keepOpen(openLines); });
}

void ProposalTableModel::clear()
{
    change([](ProposalList& list) { list.clear(); });
}

QString ProposalTableModel::ruleLabel(MatchRule rule)
{
    switch (rule) {
    case MatchRule::AmountAndReference:
        return tr("Amount and reference");
    case MatchRule::AmountAndDate:
        return tr("Amount and date");
    case MatchRule::Deposit:
        return tr("Deposit of several gifts");
    case MatchRule::PayoutDonations:
        return tr("Payout's donations");
    }
    return {};
}

QString ProposalTableModel::describeTargets(const Proposal& proposal) const
{
    const QLocale locale;
    QStringList parts;
    for (const TargetRef& target : proposal.targets) {
        const ReconcileTarget* found = m_list.target(target.id);
        if (!found)
            parts.append(tr("%1 (%2)").arg(Money::format(target.amountCents, locale), target.id.left(8)));
        else if (found->kind == TargetKind::Payout)
            parts.append(
                tr("payout %1, %2").arg(found->reference, Money::format(found->amountCents, locale)));
        else
            parts.append(tr("%1, %2").arg(found->donorName.isEmpty() ? tr("Anonymous") : found->donorName,
                                          Money::format(found->amountCents, locale)));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace casedesk
