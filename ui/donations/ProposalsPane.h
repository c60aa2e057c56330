#pragma once

#include "donations/reconcile/ProposalList.h"

#include <QGroupBox>

class QPushButton;
class QSpinBox;
class QTableView;

namespace casedesk {

class ProposalTableModel;
class ReconciliationRepository;

// The engine's proposals, to accept or reject (those selected, or every one at or above a
// score). Goes through every chosen proposal, so that one refusal (a locked period) does not
// stop the rest, then says what was refused and why.
class ProposalsPane : public QGroupBox
{
    Q_OBJECT

public:
    ProposalsPane(ReconciliationRepository& reconcile, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    const ProposalList& proposals() const;
    void setProposals(ProposalList proposals);
    // While the engine runs nothing can be decided.
    void setBusy(bool busy);

    bool acceptRows(const QList<int>& rows);
    bool rejectRows(const QList<int>& rows);
    bool acceptAllAbove(int minimumScore);
    // A match made elsewhere (by hand) took a bank line and targets: what shares them goes.
    void dropTouching(const Proposal& done);
    // Drops the proposals whose bank line is not among `openLines` (reconciled meanwhile).
    void keepOpen(const QSet<QString>& openLines);

signals:
    // At least one proposal was decided: the ledger changed.
    void decided();

private:
    bool decide(const QList<Proposal>& chosen, bool accept);
    void updateButtons();

    ReconciliationRepository& m_reconcile;
    ProposalTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QSpinBox* m_threshold;
    QPushButton* m_acceptAbove;
    bool m_busy = false;
};

} // namespace casedesk
