#pragma once

#include "donations/reconcile/ReconcileTypes.h"
#include "donations/reconcile/ReconciliationRepository.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace casedesk {

class BankCreditTable;
class BankRepository;
class Database;
class DonationRepository;
class MatchTargetTable;
class ReconciliationJob;

// Reconciliation of one bank account (or all): the engine's proposals, found off the UI thread
// with progress and Cancel, to accept or reject; the unmatched bank credits beside the donations
// and payouts waiting for them, matched by hand (drag a credit onto a donation, or select and
// "Match"); unmatch; closing and reopening periods. Every decision is the repository's: a refusal
// comes back as a message and is shown as it is.
class ReconciliationView : public QWidget
{
    Q_OBJECT

public:
    // At most this many donations, and this many credits, are listed at once (the latest); the
    // search, and the account, narrow them. The engine still reads them all, on its own thread.
    static constexpr int kMaxTargetRows = 500;
    static constexpr int kMaxCreditRows = 500;
    // Donations waiting for a match are counted up to this many ("more than …" beyond).
    static constexpr int kCountAtMost = 20000;

    explicit ReconciliationView(Database& database, QWidget* parent = nullptr);
    ~ReconciliationView() override;

    // The account shown; empty = all accounts. Unknown IBANs are ignored.
    void setAccount(const QString& iban);
    QString account() const;
    bool isMatching() const;
    QList<Proposal> proposals() const { return m_proposals; }

    QTableWidget* proposalTable() const { return m_proposalTable; }
    BankCreditTable* creditTable() const { return m_credits; }
    MatchTargetTable* targetTable() const { return m_targets; }
    QTableWidget* periodTable() const { return m_periods; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }

public slots:
    // Re-reads the accounts, the tables and the periods (after an import elsewhere).
    void reload();
    // Runs the engine in the background; matchingFinished() when done (or cancelled).
    void findMatches();
    void cancelMatching();
    // Proposals by row of proposalTable(); false when one was refused (the message is shown).
    bool acceptProposals(const QList<int>& rows);
    bool rejectProposals(const QList<int>& rows);
    // Every proposal whose score is at least `minimumScore`.
    bool acceptAllAbove(int minimumScore);
    // The bank line of `creditRow` paid the donations and payouts of `targetRows`.
    bool matchByHand(int creditRow, const QList<int>& targetRows);
    bool unmatch(int creditRow);
    bool closePeriod(const QString& iban, const QDate& start, const QDate& end);
    bool reopenPeriod(int periodRow, const QString& reason);

signals:
    // The ledger changed (a match, an unmatch, a period): other views refresh.
    void ledgerChanged();
    void matchingFinished();

private:
    QWidget* buildProposalsBox();
    QWidget* buildManualBox();
    QWidget* buildPeriodsBox();
    void nameForTests();
    void connectActions();

    void reloadAccounts();
    void refreshTables();
    void refreshCredits();
    void appendCredits(const QList<BankCredit>& credits, bool reconciled);
    void refreshTargets();
    void refreshPeriods();
    void showProposals();
    void updateButtons();
    void setMatching(bool running);
    void discardJob();

    void onJobProgress(int done, int total);
    void onJobFinished();
    void onBankLineDropped(const QString& bankLineId, int row);
    void askClosePeriod();
    void askReopenPeriod();

    // Shows a refusal; after a success refreshes and emits ledgerChanged().
    bool decided(const ReconcileResult& result, const QString& title);
    bool decideProposals(const QList<Proposal>& chosen, bool accept);
    bool matchLine(const QString& bankLineId, const QList<int>& targetRows);
    void dropProposalsTouching(const Proposal& done);
    void pruneStaleProposals();

    QString describeTargets(const Proposal& proposal) const;
    QString describeTarget(const TargetRef& target) const;
    QString describeStoredTarget(const TargetRef& target) const;
    QList<int> selectedRows(const QTableWidget* table) const;
    TargetRef targetAt(int row) const;

    Database& m_database;
    std::unique_ptr<ReconciliationRepository> m_reconcile;
    std::unique_ptr<BankRepository> m_banks;
    std::unique_ptr<DonationRepository> m_donations;
    std::unique_ptr<ReconciliationJob> m_job;
    QList<Proposal> m_proposals;
    // The engine's view of what its proposals refer to (ReconciliationJob): to describe them.
    QHash<QString, BankCredit> m_creditById;
    QHash<QString, ReconcileTarget> m_targetById;
    QList<ReconciliationPeriod> m_periodList;

    QComboBox* m_account;
    QPushButton* m_find;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTableWidget* m_proposalTable;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QSpinBox* m_threshold;
    QPushButton* m_acceptAbove;
    BankCreditTable* m_credits;
    QLabel* m_creditCount = nullptr;
    QCheckBox* m_showReconciled;
    MatchTargetTable* m_targets;
    QLineEdit* m_targetSearch;
    QLabel* m_targetCount;
    QPushButton* m_match;
    QPushButton* m_unmatch;
    QTableWidget* m_periods;
    QPushButton* m_closePeriod;
    QPushButton* m_reopenPeriod;
};

} // namespace casedesk
