#pragma once

#include "donations/reconcile/ReconcileTypes.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casedesk {

class BankCreditModel;
class BankCreditTable;
class DonationRepository;
class MatchTargetModel;
class MatchTargetTable;
class ReconciliationLists;
class ReconciliationRepository;

// Matching by hand: the bank credits not reconciled beside the donations and payouts waiting for
// them; drag a credit onto a donation, or select a credit and the donations it paid and press
// Match. Reconciled credits are shown on demand, to be unmatched.
class ManualMatchPane : public QGroupBox
{
    Q_OBJECT

public:
    ManualMatchPane(ReconciliationRepository& reconcile, ReconciliationLists& lists,
                    DonationRepository& donations, QWidget* parent = nullptr);

    BankCreditTable* creditTable() const { return m_credits; }
    MatchTargetTable* targetTable() const { return m_targets; }

    // Each re-reads both lists; a storage error is said under the list it concerns.
    void setAccount(const QString& accountIban);
    void refresh();

    // The bank line of `creditRow` paid the donations and payouts of `targetRows`.
    bool matchByHand(int creditRow, const QList<int>& targetRows);
    bool unmatch(int creditRow);

signals:
    // A match by hand: the proposals that share its line or targets are gone.
    void matched(const Proposal& manual);
    // A match or an unmatch went through: the ledger changed.
    void decided();

private:
    QWidget* buildCreditSide();
    QWidget* buildTargetSide();
    void refreshCredits();
    void refreshTargets();
    void showCreditCount();
    void showTargetCount();
    bool matchLine(const QString& bankLineId, const QList<int>& targetRows);
    void onBankLineDropped(const QString& bankLineId, int row);
    void updateButtons();

    ReconciliationRepository& m_reconcile;
    BankCreditModel* m_creditModel;
    MatchTargetModel* m_targetModel;
    BankCreditTable* m_credits = nullptr;
    QLabel* m_creditCount = nullptr;
    QCheckBox* m_showReconciled = nullptr;
    MatchTargetTable* m_targets = nullptr;
    QLineEdit* m_targetSearch = nullptr;
    QLabel* m_targetCount = nullptr;
    QPushButton* m_match;
    QPushButton* m_unmatch;
};

} // namespace casedesk
