#pragma once

#include "donations/reconcile/ReconcileTypes.h"
#include "itemmodels/BankCreditModel.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace casedesk {

class BankCreditTable;
class BankRepository;
class Database;
class DonationRepository;
class ManualMatchPane;
class MatchTargetTable;
class PeriodsPane;
class ProposalsPane;
class ReconciliationJob;
class ReconciliationLists;
class ReconciliationPeriodRepository;
class ReconciliationRepository;

// Reconciliation of one bank account (or all), in three panes over item models: the engine's
// proposals (ProposalsPane), found off the UI thread with progress and Cancel; matching by hand
// (ManualMatchPane); the periods (PeriodsPane). This view holds the account, runs the engine, and
// refreshes every pane after any decision. Every decision is the repository's: a refusal comes
// back as a message and is shown as it is.
class ReconciliationView : public QWidget
{
    Q_OBJECT

public:
    // The lists show a page of the latest credits at first and fetch more as they scroll; the
    // engine still reads them all, on its own thread.
    static constexpr int kMaxCreditRows = BankCreditModel::kPageSize;

    explicit ReconciliationView(Database& database, QWidget* parent = nullptr);
    ~ReconciliationView() override;

    // The account shown; empty = all accounts. Unknown IBANs are ignored.
    void setAccount(const QString& iban);
    QString account() const;
    bool isMatching() const;
    QList<Proposal> proposals() const;

    QTableView* proposalTable() const;
    BankCreditTable* creditTable() const;
    MatchTargetTable* targetTable() const;
    QTableView* periodTable() const;
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
    QLayout* buildTopRow();
    void reloadAccounts();
    void refreshPanes();
    void onDecided();
    void setMatching(bool running);
    void discardJob();
    void onJobProgress(int done, int total);
    void onJobFinished();

    Database& m_database;
    std::unique_ptr<ReconciliationRepository> m_reconcile;
    std::unique_ptr<ReconciliationPeriodRepository> m_periodRepository;
    std::unique_ptr<ReconciliationLists> m_lists;
    std::unique_ptr<BankRepository> m_banks;
    std::unique_ptr<DonationRepository> m_donations;
    std::unique_ptr<ReconciliationJob> m_job;

    QComboBox* m_account;
    QPushButton* m_find;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    ProposalsPane* m_proposals;
    bool m_proposalsFound = false; // the proposals on screen are a finished run's
    ManualMatchPane* m_manual;
    PeriodsPane* m_periods;
};

} // namespace casedesk
