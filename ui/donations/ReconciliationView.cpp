#include "donations/ReconciliationView.h"

#include "common/Attempt.h"
#include "common/LayoutMemory.h"
#include "donations/ManualMatchPane.h"
#include "donations/PeriodsPane.h"
#include "donations/ProposalsPane.h"
#include "donations/ReconcileTables.h"
#include "donations/ledger/BankRepository.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/reconcile/ReconciliationJob.h"
#include "donations/reconcile/ReconciliationLists.h"
#include "donations/reconcile/ReconciliationPeriodRepository.h"
#include "donations/reconcile/ReconciliationRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

ReconciliationView::ReconciliationView(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_reconcile(std::make_unique<ReconciliationRepository>(database))
    , m_periodRepository(std::make_unique<ReconciliationPeriodRepository>(database))
    , m_lists(std::make_unique<ReconciliationLists>(database))
    , m_banks(std::make_unique<BankRepository>(database))
    , m_donations(std::make_unique<DonationRepository>(database))
    , m_account(new QComboBox(this))
    , m_find(new QPushButton(tr("Find matches"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_proposals(new ProposalsPane(*m_reconcile, this))
    , m_manual(new ManualMatchPane(*m_reconcile, *m_lists, *m_donations, this))
    , m_periods(new PeriodsPane(*m_periodRepository, *m_banks, this))
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_proposals);
    splitter->addWidget(m_manual);
    splitter->addWidget(m_periods);
    // Most room for the lists a treasurer works in; the handles between the panes are dragged
    // to give one more rows, and the sizes are remembered for the next time.
    splitter->setSizes({ 300, 420, 110 });
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setHandleWidth(8);
    LayoutMemory::remember(splitter, QStringLiteral("reconciliation-panes"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildTopRow());
    layout->addWidget(splitter, 1);

    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        discardJob();
        m_proposals->setProposals({});
        m_proposalsFound = false;
        m_status->clear();
        refreshPanes();
    });
    connect(m_find, &QPushButton::clicked, this, &ReconciliationView::findMatches);
    connect(m_cancel, &QPushButton::clicked, this, &ReconciliationView::cancelMatching);
    connect(m_manual, &ManualMatchPane::matched, m_proposals, &ProposalsPane::dropTouching);
    connect(m_proposals, &ProposalsPane::decided, this, &ReconciliationView::onDecided);
    connect(m_manual, &ManualMatchPane::decided, this, &ReconciliationView::onDecided);
    connect(m_periods, &PeriodsPane::decided, this, &ReconciliationView::onDecided);
    connect(m_periods, &PeriodsPane::readFailed, m_status, &QLabel::setText);
    reload();
}

// Waits for a running engine to notice the cancel: it never outlives the desk it reads.
ReconciliationView::~ReconciliationView() = default;

QLayout* ReconciliationView::buildTopRow()
{
    m_account->setMinimumContentsLength(30);
    m_cancel->setEnabled(false);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    // Object names let tests (and style sheets) find the controls without knowing the layout.
    m_find->setObjectName(QStringLiteral("findMatchesButton"));
    m_cancel->setObjectName(QStringLiteral("cancelMatchingButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Account"), this));
    top->addWidget(m_account);
    top->addWidget(m_find);
    top->addWidget(m_cancel);
    top->addWidget(m_progress, 1);
    top->addWidget(m_status, 2);
    return top;
}

// --- reading ---------------------------------------------------------------------------------

void ReconciliationView::setAccount(const QString& iban)
{
    const int index = m_account->findData(iban.isEmpty() ? QString() : Iban::normalise(iban));
    if (index >= 0)
        m_account->setCurrentIndex(index);
}

QString ReconciliationView::account() const
{
    return m_account->currentData().toString();
}

bool ReconciliationView::isMatching() const
{
    return m_job != nullptr;
}

QList<Proposal> ReconciliationView::proposals() const
{
    return m_proposals->proposals().items();
}

QTableView* ReconciliationView::proposalTable() const
{
    return m_proposals->table();
}

BankCreditTable* ReconciliationView::creditTable() const
{
    return m_manual->creditTable();
}

MatchTargetTable* ReconciliationView::targetTable() const
{
    return m_manual->targetTable();
}

QTableView* ReconciliationView::periodTable() const
{
    return m_periods->table();
}

void ReconciliationView::reload()
{
    reloadAccounts();
    refreshPanes();
}

void ReconciliationView::reloadAccounts()
{
    const QString current = account();
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    m_account->addItem(tr("All accounts"), QString());
    runOrReport(
        [&] {
            for (const BankAccount& bank : m_banks->accounts())
                m_account->addItem(tr("%1 — %2").arg(bank.name, Iban::grouped(bank.iban)), bank.iban);
        },
        [this](const QString& message) { m_status->setText(message); });
    m_account->setCurrentIndex(std::max(0, m_account->findData(current)));
}

// The panes read pages (the latest credits and donations, the payouts, the periods), never the
// whole ledger: ReconciliationRepository::loadInputs is the engine's, on its own thread. A
// proposal whose bank line was reconciled meanwhile (by hand, another window) goes.
void ReconciliationView::refreshPanes()
{
    m_manual->setAccount(account());
    m_periods->setAccount(account());
    const QStringList lines = m_proposals->proposals().bankLineIds();
    if (!lines.isEmpty())
        runOrReport([&] { m_proposals->keepOpen(m_lists->openLines(lines)); },
                    [this](const QString& message) { m_status->setText(message); });
}

void ReconciliationView::onDecided()
{
    refreshPanes();
    // The count the last run announced follows the decisions.
    if (m_proposalsFound)
        m_status->setText(tr("%n proposal(s) left.", nullptr, m_proposals->proposals().size()));
    emit ledgerChanged();
}

// --- the engine ------------------------------------------------------------------------------

void ReconciliationView::findMatches()
{
    if (isMatching())
        return;
    m_proposals->setProposals({});
    m_job = std::make_unique<ReconciliationJob>(m_database.path(), account());
    connect(m_job.get(), &ReconciliationJob::progress, this, &ReconciliationView::onJobProgress);
    connect(m_job.get(), &ReconciliationJob::finished, this, &ReconciliationView::onJobFinished);
    setMatching(true);
    m_status->setText(tr("Looking for matches…"));
    m_job->start();
}

void ReconciliationView::cancelMatching()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_status->setText(tr("Cancelling…"));
}

void ReconciliationView::onJobProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
}

void ReconciliationView::onJobFinished()
{
    // Deleted later: this runs inside the job's own signal.
    ReconciliationJob* job = m_job.release();
    job->deleteLater();
    if (!job->errorMessage().isEmpty())
        m_status->setText(tr("The desk could not be read: %1").arg(job->errorMessage()));
    else if (job->wasCancelled())
        m_status->setText(tr("Cancelled."));
    else
        m_status->setText(tr("%n proposal(s).", nullptr, int(job->proposals().size())));
    m_proposals->setProposals(ProposalList(job->proposals(), job->credits(), job->targets()));
    m_proposalsFound = job->errorMessage().isEmpty() && !job->wasCancelled();
    setMatching(false);
    emit matchingFinished();
}

void ReconciliationView::setMatching(bool running)
{
    m_find->setEnabled(!running);
    m_cancel->setEnabled(running);
    // Busy (an endless bar) until the first progress report.
    m_progress->setRange(0, running ? 0 : 1);
    m_progress->setValue(0);
    m_progress->setVisible(running);
    m_proposals->setBusy(running);
}

// A job the user no longer waits for (another account chosen) finishes on its own and goes.
void ReconciliationView::discardJob()
{
    if (!m_job)
        return;
    m_job->cancel();
    disconnect(m_job.get(), nullptr, this, nullptr);
    ReconciliationJob* orphan = m_job.release();
    connect(orphan, &ReconciliationJob::finished, orphan, &QObject::deleteLater);
    setMatching(false);
}

// --- decisions, each its pane's --------------------------------------------------------------

bool ReconciliationView::acceptProposals(const QList<int>& rows)
{
    return m_proposals->acceptRows(rows);
}

bool ReconciliationView::rejectProposals(const QList<int>& rows)
{
    return m_proposals->rejectRows(rows);
}

bool ReconciliationView::acceptAllAbove(int minimumScore)
{
    return m_proposals->acceptAllAbove(minimumScore);
}

bool ReconciliationView::matchByHand(int creditRow, const QList<int>& targetRows)
{
    return m_manual->matchByHand(creditRow, targetRows);
}

bool ReconciliationView::unmatch(int creditRow)
{
    return m_manual->unmatch(creditRow);
}

bool ReconciliationView::closePeriod(const QString& iban, const QDate& start, const QDate& end)
{
    return m_periods->closePeriod(iban, start, end);
}

bool ReconciliationView::reopenPeriod(int periodRow, const QString& reason)
{
    return m_periods->reopenPeriod(periodRow, reason);
}

} // namespace casedesk
