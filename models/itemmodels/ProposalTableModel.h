#pragma once

#include "donations/reconcile/ProposalList.h"

#include "itemmodels/TitledTableModel.h"

namespace casedesk {

// The engine's proposals for a QTableView: one row a proposal, described from what the engine
// read (ProposalList), with its reasons as every cell's tooltip. The list is the model's: a
// decision goes through accepted()/rejected(), which apply ProposalList's rules and reset the view.
class ProposalTableModel : public TitledTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Score,
        Rule,
        Date,
        Amount,
        BankLine,
        Matches,
        Reasons,
        ColumnCount
    };

    explicit ProposalTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    const ProposalList& proposals() const { return m_list; }
    void setProposals(ProposalList list);
    void accepted(const Proposal& proposal);
    void rejected(const Proposal& proposal);
    void keepOpen(const QSet<QString>& openLines);
    void clear();

    static QString ruleLabel(MatchRule rule);

private:
    static const char* const kColumnTitles[]; // in the order of Column
    QString cellText(const Proposal& proposal, int column) const;
    QString describeTargets(const Proposal& proposal) const;
    template<typename Change>
    void change(Change change);

    ProposalList m_list;
};

} // namespace casedesk
