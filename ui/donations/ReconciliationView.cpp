#include "donations/ReconciliationView.h"

#include "common/Attempt.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "common/LayoutMemory.h"
#include "common/Money.h"
#include "common/RecordTable.h"
#include "donations/ClosePeriodDialog.h"
#include "donations/ReconcileTables.h"
#include "donations/ledger/BankRepository.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/reconcile/ReconciliationJob.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace casedesk {

namespace {

enum ProposalColumn
{
    ScoreColumn,
    RuleColumn,
    DateColumn,
    AmountColumn,
    BankLineColumn,
    MatchesColumn,
    ReasonsColumn,
    ProposalColumnCount
};

enum CreditColumn
{
    CreditDate,
    CreditAmount,
    CreditLabel,
    CreditCounterparty,
    CreditMatchedWith,
    CreditColumnCount
};

enum TargetColumn
{
    TargetDate,
    TargetAmount,
    TargetWho,
    TargetCampaign,
    TargetMethod,
    TargetColumnCount
};

enum PeriodColumn
{
    PeriodAccount,
    PeriodStart,
    PeriodEnd,
    PeriodBalance,
    PeriodState,
    PeriodColumnCount
};

// Storage failures are exceptions in models/; here they are one more message to show.
template<typename Action>
ReconcileResult guarded(Action action)
{
    ReconcileResult result;
    runOrReport([&] { result = action(); },
                [&result](const QString& message) { result = ReconcileResult::refused(message); });
    return result;
}

QTableWidgetItem* textItem(const QString& text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem* amountItem(qint64 cents, const QLocale& locale)
{
    auto* item = new QTableWidgetItem(Money::format(cents, locale));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString ruleLabel(MatchRule rule)
{
    switch (rule) {
    case MatchRule::AmountAndReference:
        return ReconciliationView::tr("Amount and reference");
    case MatchRule::AmountAndDate:
        return ReconciliationView::tr("Amount and date");
    case MatchRule::Deposit:
        return ReconciliationView::tr("Deposit of several gifts");
    case MatchRule::PayoutDonations:
        return ReconciliationView::tr("Payout's donations");
    }
    return {};
}

bool sameProposal(const Proposal& a, const Proposal& b)
{
    return a.bankLineId == b.bankLineId && a.payoutId == b.payoutId && a.targets == b.targets;
}

bool sharesSomething(const Proposal& a, const Proposal& b)
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

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    setUpRecordTable(table);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToTitles(table);
    return table;
}

} // namespace

ReconciliationView::ReconciliationView(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_reconcile(std::make_unique<ReconciliationRepository>(database))
    , m_banks(std::make_unique<BankRepository>(database))
    , m_donations(std::make_unique<DonationRepository>(database))
    , m_account(new QComboBox(this))
    , m_find(new QPushButton(tr("Find matches"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    m_account->setMinimumContentsLength(30);
    m_cancel->setEnabled(false);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Account"), this));
    top->addWidget(m_account);
    top->addWidget(m_find);
    top->addWidget(m_cancel);
    top->addWidget(m_progress, 1);
    top->addWidget(m_status, 2);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildProposalsBox());
    splitter->addWidget(buildManualBox());
    splitter->addWidget(buildPeriodsBox());
    // Most room for the lists a treasurer works in; the handles between the panes are dragged
    // to give one more rows, and the sizes are remembered for the next time.
    splitter->setSizes({ 300, 420, 110 });
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    splitter->setHandleWidth(8);
    LayoutMemory::remember(splitter, QStringLiteral("reconciliation-panes"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    nameForTests();
    connectActions();
    reload();
}

// Waits for a running engine to notice the cancel: it never outlives the desk it reads.
ReconciliationView::~ReconciliationView() = default;

QWidget* ReconciliationView::buildProposalsBox()
{
    auto* box = new QGroupBox(tr("Proposed matches"), this);
    m_proposalTable = makeTable(
        { tr("Score"), tr("Rule"), tr("Date"), tr("Amount"), tr("Bank line"), tr("Matches"), tr("Reasons") },
        box);
    m_proposalTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView* header = m_proposalTable->horizontalHeader();
    header->resizeSection(ScoreColumn, 60);
    header->resizeSection(RuleColumn, 160);
    header->resizeSection(DateColumn, 90);
    header->resizeSection(AmountColumn, 100);
    header->resizeSection(BankLineColumn, 260);
    header->resizeSection(MatchesColumn, 280);
    fitColumnsToTitles(m_proposalTable);
    m_accept = new QPushButton(tr("Accept selected"), box);
    m_reject = new QPushButton(tr("Reject selected"), box);
    m_threshold = new QSpinBox(box);
    m_threshold->setRange(0, 100);
    m_threshold->setValue(90);
    m_acceptAbove = new QPushButton(tr("Accept all at or above this score"), box);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("Score"), box));
    buttons->addWidget(m_threshold);
    buttons->addWidget(m_acceptAbove);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_proposalTable, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* ReconciliationView::buildManualBox()
{
    auto* box = new QGroupBox(tr("Match by hand"), this);
    m_credits = new BankCreditTable(box);
    m_credits->setColumnCount(CreditColumnCount);
    m_credits->setHorizontalHeaderLabels(
        { tr("Date"), tr("Amount"), tr("Bank label"), tr("From"), tr("Matched with") });
    m_credits->horizontalHeader()->resizeSection(CreditLabel, 200);
    m_credits->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToTitles(m_credits);
    m_showReconciled = new QCheckBox(tr("Show reconciled credits too"), box);
    auto* left = new QWidget(box);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* leftHeader = new QHBoxLayout;
    leftHeader->addWidget(new QLabel(tr("Bank credits not reconciled"), left));
    leftHeader->addStretch(1);
    leftHeader->addWidget(m_showReconciled);
    leftLayout->addLayout(leftHeader);
    leftLayout->addWidget(m_credits, 1);
    m_creditCount = new QLabel(left);
    leftLayout->addWidget(m_creditCount);

    m_targets = new MatchTargetTable(box);
    m_targets->setColumnCount(TargetColumnCount);
    m_targets->setHorizontalHeaderLabels(
        { tr("Date"), tr("Amount"), tr("Donor or payout"), tr("Campaign"), tr("Method") });
    m_targets->horizontalHeader()->resizeSection(TargetWho, 180);
    m_targets->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToTitles(m_targets);
    m_targetSearch = new QLineEdit(box);
    m_targetSearch->setPlaceholderText(tr("Search a donor, an e-mail or an order id"));
    m_targetSearch->setClearButtonEnabled(true);
    m_targetCount = new QLabel(box);
    auto* right = new QWidget(box);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* rightHeader = new QHBoxLayout;
    rightHeader->addWidget(new QLabel(tr("Donations and payouts not reconciled"), right));
    rightHeader->addWidget(m_targetSearch, 1);
    rightLayout->addLayout(rightHeader);
    rightLayout->addWidget(m_targets, 1);
    rightLayout->addWidget(m_targetCount);

    auto* sides = new QSplitter(Qt::Horizontal, box);
    sides->setChildrenCollapsible(false);
    sides->addWidget(left);
    sides->addWidget(right);
    LayoutMemory::remember(sides, QStringLiteral("reconciliation-sides"));
    m_match = new QPushButton(tr("Match"), box);
    m_unmatch = new QPushButton(tr("Unmatch"), box);
    auto* hint
        = new QLabel(tr("Drag a bank credit onto a donation, or select a credit and the donations it paid, "
                        "then press Match."),
                     box);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_match);
    buttons->addWidget(m_unmatch);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(sides, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* ReconciliationView::buildPeriodsBox()
{
    auto* box = new QGroupBox(tr("Reconciliation periods"), this);
    m_periods = makeTable(
        { tr("Account"), tr("First day"), tr("Last day"), tr("Statement balance"), tr("State") }, box);
    m_periods->horizontalHeader()->resizeSection(PeriodAccount, 260);
    m_periods->horizontalHeader()->resizeSection(PeriodBalance, 140);
    m_closePeriod = new QPushButton(tr("Close period…"), box);
    m_reopenPeriod = new QPushButton(tr("Reopen period…"), box);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_closePeriod);
    buttons->addWidget(m_reopenPeriod);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(m_periods, 1);
    layout->addLayout(buttons);
    return box;
}

// Object names let tests (and style sheets) find the controls without knowing the layout.
void ReconciliationView::nameForTests()
{
    m_find->setObjectName(QStringLiteral("findMatchesButton"));
    m_cancel->setObjectName(QStringLiteral("cancelMatchingButton"));
    m_accept->setObjectName(QStringLiteral("acceptProposalsButton"));
    m_reject->setObjectName(QStringLiteral("rejectProposalsButton"));
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_acceptAbove->setObjectName(QStringLiteral("acceptAboveButton"));
    m_showReconciled->setObjectName(QStringLiteral("showReconciledBox"));
    m_targetSearch->setObjectName(QStringLiteral("targetSearchEdit"));
    m_creditCount->setObjectName(QStringLiteral("creditCountLabel"));
    m_match->setObjectName(QStringLiteral("matchButton"));
    m_unmatch->setObjectName(QStringLiteral("unmatchButton"));
    m_closePeriod->setObjectName(QStringLiteral("closePeriodButton"));
    m_reopenPeriod->setObjectName(QStringLiteral("reopenPeriodButton"));
}

void ReconciliationView::connectActions()
{
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        discardJob();
        m_proposals.clear();
        m_status->clear();
        refreshTables();
    });
    connect(m_find, &QPushButton::clicked, this, &ReconciliationView::findMatches);
    connect(m_cancel, &QPushButton::clicked, this, &ReconciliationView::cancelMatching);
    connect(m_accept, &QPushButton::clicked, this,
            [this] { acceptProposals(selectedRows(m_proposalTable)); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { rejectProposals(selectedRows(m_proposalTable)); });
    connect(m_acceptAbove, &QPushButton::clicked, this, [this] { acceptAllAbove(m_threshold->value()); });
    connect(m_showReconciled, &QCheckBox::toggled, this, &ReconciliationView::refreshTables);
    connect(m_targetSearch, &QLineEdit::textChanged, this, [this] {
        refreshTargets();
        updateButtons();
    });
    connect(m_targets, &MatchTargetTable::bankLineDropped, this, &ReconciliationView::onBankLineDropped);
    connect(m_match, &QPushButton::clicked, this, [this] {
        const QList<int> credit = selectedRows(m_credits);
        if (credit.size() == 1)
            matchByHand(credit.first(), selectedRows(m_targets));
    });
    connect(m_unmatch, &QPushButton::clicked, this, [this] {
        const QList<int> credit = selectedRows(m_credits);
        if (credit.size() == 1)
            unmatch(credit.first());
    });
    connect(m_closePeriod, &QPushButton::clicked, this, &ReconciliationView::askClosePeriod);
    connect(m_reopenPeriod, &QPushButton::clicked, this, &ReconciliationView::askReopenPeriod);
    for (QTableWidget* table : { m_proposalTable, static_cast<QTableWidget*>(m_credits),
                                 static_cast<QTableWidget*>(m_targets), m_periods })
        connect(table, &QTableWidget::itemSelectionChanged, this, &ReconciliationView::updateButtons);
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

void ReconciliationView::reload()
{
    reloadAccounts();
    refreshTables();
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

// The window reads pages (the latest credits and donations, the payouts, the periods), never the
// whole ledger: ReconciliationRepository::loadInputs is the engine's, on its own thread.
void ReconciliationView::refreshTables()
{
    runOrReport(
        [this] {
            refreshCredits();
            refreshTargets();
            refreshPeriods();
            pruneStaleProposals();
        },
        [this](const QString& message) { m_status->setText(message); });
    showProposals();
}

void ReconciliationView::refreshCredits()
{
    m_credits->setRowCount(0);
    // Newest first, as the donations beside them.
    const QList<BankCredit> open = m_reconcile->openCredits(account(), kMaxCreditRows);
    const int total = m_reconcile->openCreditCount(account());
    appendCredits(open, false);
    m_creditCount->setText(total > open.size()
                               ? tr("The %1 latest of %L2 credits; choose an account to narrow them.")
                                     .arg(open.size())
                                     .arg(total)
                               : tr("%n credit(s) waiting for a match", nullptr, total));
    // Reconciled credits are listed only on demand: they are there to be unmatched, rarely.
    if (m_showReconciled->isChecked()) {
        appendCredits(m_reconcile->reconciledCredits(account(), kMaxCreditRows), true);
    }
}

void ReconciliationView::appendCredits(const QList<BankCredit>& credits, bool reconciled)
{
    const QLocale locale = this->locale();
    int row = m_credits->rowCount();
    m_credits->setRowCount(row + int(credits.size()));
    for (const BankCredit& credit : credits) {
        QTableWidgetItem* first = textItem(locale.toString(credit.date, QLocale::ShortFormat));
        first->setData(IdRole, credit.id);
        first->setData(AmountRole, credit.amountCents);
        QString matched;
        if (reconciled) {
            first->setData(ReconciledRole, true);
            first->setFlags(first->flags() & ~Qt::ItemIsDragEnabled);
            QStringList targets;
            for (const StoredMatch& match : m_reconcile->matchesOf(credit.id))
                targets.append(describeStoredTarget(match.target));
            matched = tr("✓ %1").arg(targets.join(QStringLiteral("; ")));
        }
        m_credits->setItem(row, CreditDate, first);
        m_credits->setItem(row, CreditAmount, amountItem(credit.amountCents, locale));
        m_credits->setItem(row, CreditLabel, textItem(credit.label));
        m_credits->item(row, CreditLabel)->setToolTip(credit.label);
        m_credits->setItem(row, CreditCounterparty, textItem(credit.counterparty));
        m_credits->setItem(row, CreditMatchedWith, textItem(matched));
        ++row;
    }
}

void ReconciliationView::refreshTargets()
{
    const QLocale locale = this->locale();
    const QString search = m_targetSearch->text().trimmed();
    m_targets->setRowCount(0);
    const auto append = [this, &locale](const QString& id, TargetKind kind, const QDate& date, qint64 cents,
                                        const QStringList& texts) {
        const int row = m_targets->rowCount();
        m_targets->insertRow(row);
        QTableWidgetItem* first = textItem(locale.toString(date, QLocale::ShortFormat));
        first->setData(IdRole, id);
        first->setData(KindRole, int(kind));
        first->setData(AmountRole, cents);
        m_targets->setItem(row, TargetDate, first);
        m_targets->setItem(row, TargetAmount, amountItem(cents, locale));
        for (int column = TargetWho; column < TargetColumnCount; ++column)
            m_targets->setItem(row, column, textItem(texts.value(column - TargetWho)));
    };

    // Payouts first: a platform's transfer is what most bank credits of a campaign are.
    QList<ReconcileTarget> payouts = m_reconcile->openPayouts();
    payouts.removeIf([&search](const ReconcileTarget& payout) {
        return !search.isEmpty() && !payout.reference.contains(search, Qt::CaseInsensitive);
    });
    for (const ReconcileTarget& payout : std::as_const(payouts))
        append(payout.id, TargetKind::Payout, payout.date, payout.amountCents,
               { tr("Payout %1").arg(payout.reference), payout.platform, tr("Platform payout") });

    DonationQuery query;
    query.reconciled = false;
    query.status = DonationStatus::Paid;
    query.search = search;
    runOrReport(
        [&] {
            // Counted no further than kCountAtMost: a million gifts would keep the window waiting.
            const int total = m_donations->count(query, kCountAtMost + 1);
            const QList<DonationRow> rows = m_donations->rows(query, 0, kMaxTargetRows, total);
            for (const DonationRow& donation : rows)
                append(SqlValues::uuidText(donation.uuid), TargetKind::Donation, donation.date,
                       donation.amountCents,
                       { donation.donorName.isEmpty() ? tr("Anonymous") : donation.donorName,
                         donation.campaignTitle, DonationCodes::methodLabel(donation.method) });
            if (total > kCountAtMost)
                m_targetCount->setText(tr("The %1 latest of more than %L2 donations; search to find others.")
                                           .arg(rows.size())
                                           .arg(kCountAtMost));
            else if (total > rows.size())
                m_targetCount->setText(
                    tr("The %1 latest of %2 donations; search to find others.").arg(rows.size()).arg(total));
            else
                m_targetCount->setText(
                    tr("%n donation(s), %1 payout(s)", nullptr, total).arg(payouts.size()));
        },
        [this](const QString& message) { m_targetCount->setText(message); });
}

void ReconciliationView::refreshPeriods()
{
    const QLocale locale = this->locale();
    m_periodList = m_reconcile->periods(account());
    m_periods->setRowCount(int(m_periodList.size()));
    for (int row = 0; row < m_periodList.size(); ++row) {
        const ReconciliationPeriod& period = m_periodList.at(row);
        m_periods->setItem(row, PeriodAccount, textItem(Iban::grouped(period.accountIban)));
        m_periods->setItem(row, PeriodStart, textItem(locale.toString(period.start, QLocale::ShortFormat)));
        m_periods->setItem(row, PeriodEnd, textItem(locale.toString(period.end, QLocale::ShortFormat)));
        m_periods->setItem(row, PeriodBalance, amountItem(period.statementBalanceCents, locale));
        m_periods->setItem(row, PeriodState, textItem(period.closed ? tr("Closed") : tr("Reopened")));
    }
}

void ReconciliationView::showProposals()
{
    const QLocale locale = this->locale();
    m_proposalTable->setRowCount(0);
    m_proposalTable->setRowCount(int(m_proposals.size()));
    for (int row = 0; row < m_proposals.size(); ++row) {
        const Proposal& proposal = m_proposals.at(row);
        const bool payoutLink = proposal.bankLineId.isEmpty();
        const BankCredit credit = m_creditById.value(proposal.bankLineId);
        const ReconcileTarget payout = m_targetById.value(proposal.payoutId);
        auto* score = new QTableWidgetItem;
        score->setData(Qt::DisplayRole, proposal.score);
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_proposalTable->setItem(row, ScoreColumn, score);
        m_proposalTable->setItem(row, RuleColumn, textItem(ruleLabel(proposal.rule)));
        m_proposalTable->setItem(
            row, DateColumn,
            textItem(locale.toString(payoutLink ? payout.date : credit.date, QLocale::ShortFormat)));
        m_proposalTable->setItem(row, AmountColumn, amountItem(proposal.amountCents, locale));
        m_proposalTable->setItem(
            row, BankLineColumn,
            textItem(payoutLink ? tr("(no bank line) payout %1").arg(payout.reference) : credit.label));
        m_proposalTable->setItem(row, MatchesColumn, textItem(describeTargets(proposal)));
        m_proposalTable->setItem(row, ReasonsColumn, textItem(proposal.reasons.join(QStringLiteral("; "))));
        const QString tip = proposal.reasons.join(QLatin1Char('\n'));
        for (int column = 0; column < ProposalColumnCount; ++column)
            m_proposalTable->item(row, column)->setToolTip(tip);
    }
    updateButtons();
}

void ReconciliationView::updateButtons()
{
    const bool running = isMatching();
    const bool proposalsChosen = !selectedRows(m_proposalTable).isEmpty();
    m_accept->setEnabled(!running && proposalsChosen);
    m_reject->setEnabled(!running && proposalsChosen);
    m_acceptAbove->setEnabled(!running && !m_proposals.isEmpty());
    const QList<int> credit = selectedRows(m_credits);
    const bool oneCredit = credit.size() == 1;
    m_match->setEnabled(oneCredit && !m_credits->isReconciled(credit.first())
                        && !selectedRows(m_targets).isEmpty());
    m_unmatch->setEnabled(oneCredit && m_credits->isReconciled(credit.first()));
    const QList<int> period = selectedRows(m_periods);
    m_reopenPeriod->setEnabled(period.size() == 1 && m_periodList.value(period.first()).closed);
}

// --- the engine ------------------------------------------------------------------------------

void ReconciliationView::findMatches()
{
    if (isMatching())
        return;
    m_proposals.clear();
    showProposals();
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
    m_proposals = job->proposals();
    m_creditById = job->credits();
    m_targetById = job->targets();
    setMatching(false);
    showProposals();
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
    updateButtons();
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

// --- decisions -------------------------------------------------------------------------------

bool ReconciliationView::acceptProposals(const QList<int>& rows)
{
    QList<Proposal> chosen;
    for (int row : rows) {
        if (row >= 0 && row < m_proposals.size())
            chosen.append(m_proposals.at(row));
    }
    return decideProposals(chosen, true);
}

bool ReconciliationView::rejectProposals(const QList<int>& rows)
{
    QList<Proposal> chosen;
    for (int row : rows) {
        if (row >= 0 && row < m_proposals.size())
            chosen.append(m_proposals.at(row));
    }
    return decideProposals(chosen, false);
}

bool ReconciliationView::acceptAllAbove(int minimumScore)
{
    QList<Proposal> chosen;
    for (const Proposal& proposal : std::as_const(m_proposals)) {
        if (proposal.score >= minimumScore)
            chosen.append(proposal);
    }
    return decideProposals(chosen, true);
}

// Goes through every chosen proposal, so one refusal (a locked period) does not stop the rest,
// then says what was refused and why.
bool ReconciliationView::decideProposals(const QList<Proposal>& chosen, bool accept)
{
    if (chosen.isEmpty())
        return true;
    QStringList refusals;
    int decidedCount = 0;
    for (const Proposal& proposal : chosen) {
        const ReconcileResult result
            = guarded([&] { return accept ? m_reconcile->accept(proposal) : m_reconcile->reject(proposal); });
        if (!result.ok) {
            refusals.append(result.message);
            continue;
        }
        ++decidedCount;
        if (accept)
            dropProposalsTouching(proposal);
        else
            m_proposals.removeIf(
                [&proposal](const Proposal& other) { return sameProposal(proposal, other); });
    }
    if (decidedCount > 0) {
        refreshTables();
        emit ledgerChanged();
    } else {
        showProposals();
    }
    if (!refusals.isEmpty()) {
        const QString title = accept ? tr("Accept matches") : tr("Reject matches");
        const QString intro = tr("%n proposal(s) could not be decided:", nullptr, int(refusals.size()));
        Dialogs::warn(this, title, intro + QStringLiteral("\n\n") + refusals.join(QLatin1Char('\n')));
    }
    return refusals.isEmpty();
}

bool ReconciliationView::matchByHand(int creditRow, const QList<int>& targetRows)
{
    return matchLine(m_credits->lineId(creditRow), targetRows);
}

bool ReconciliationView::matchLine(const QString& bankLineId, const QList<int>& targetRows)
{
    if (bankLineId.isEmpty())
        return false;
    Proposal manual;
    manual.bankLineId = bankLineId;
    for (int row : targetRows) {
        const TargetRef target = targetAt(row);
        if (!target.id.isEmpty())
            manual.targets.append(target);
    }
    const ReconcileResult result
        = guarded([&] { return m_reconcile->matchManually(manual.bankLineId, manual.targets); });
    if (result.ok)
        dropProposalsTouching(manual);
    return decided(result, tr("Match by hand"));
}

void ReconciliationView::onBankLineDropped(const QString& bankLineId, int row)
{
    // Dropped on one of several selected donations: the credit pays them all (a deposit).
    QList<int> rows = selectedRows(m_targets);
    if (!rows.contains(row))
        rows = { row };
    matchLine(bankLineId, rows);
}

bool ReconciliationView::unmatch(int creditRow)
{
    const QString lineId = m_credits->lineId(creditRow);
    if (lineId.isEmpty())
        return false;
    return decided(guarded([&] { return m_reconcile->unmatch(lineId); }), tr("Unmatch"));
}

bool ReconciliationView::closePeriod(const QString& iban, const QDate& start, const QDate& end)
{
    return decided(guarded([&] { return m_reconcile->closePeriod(iban, start, end); }), tr("Close period"));
}

bool ReconciliationView::reopenPeriod(int periodRow, const QString& reason)
{
    if (periodRow < 0 || periodRow >= m_periodList.size())
        return false;
    const ReconciliationPeriod period = m_periodList.at(periodRow);
    return decided(
        guarded([&] { return m_reconcile->reopenPeriod(period.accountIban, period.start, reason); }),
        tr("Reopen period"));
}

void ReconciliationView::askClosePeriod()
{
    QList<BankAccount> accounts;
    if (!runOrReport([&] { accounts = m_banks->accounts(); },
                     [this](const QString& message) { Dialogs::warn(this, tr("Close period"), message); }))
        return;
    ClosePeriodDialog dialog(accounts, account(), Clock::today(), this);
    if (dialog.exec() == QDialog::Accepted)
        closePeriod(dialog.accountIban(), dialog.start(), dialog.end());
}

void ReconciliationView::askReopenPeriod()
{
    const QList<int> rows = selectedRows(m_periods);
    if (rows.size() != 1 || rows.first() >= m_periodList.size())
        return;
    const ReconciliationPeriod& period = m_periodList.at(rows.first());
    const QLocale locale = this->locale();
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Reopen period"),
        tr("Why reopen the period %1 to %2 of %3? The reason is kept in the period's log.")
            .arg(locale.toString(period.start, QLocale::ShortFormat),
                 locale.toString(period.end, QLocale::ShortFormat), Iban::grouped(period.accountIban)),
        {}, &ok);
    if (ok)
        reopenPeriod(rows.first(), reason);
}

bool ReconciliationView::decided(const ReconcileResult& result, const QString& title)
{
    if (!result.ok) {
        Dialogs::warn(this, title, result.message);
        return false;
    }
    refreshTables();
    emit ledgerChanged();
    return true;
}

void ReconciliationView::dropProposalsTouching(const Proposal& done)
{
    m_proposals.removeIf([&done](const Proposal& other) { return sharesSomething(done, other); });
}

// A proposal whose bank line was reconciled meanwhile (by hand, another window) is gone.
void ReconciliationView::pruneStaleProposals()
{
    QStringList lines;
    for (const Proposal& proposal : std::as_const(m_proposals)) {
        if (!proposal.bankLineId.isEmpty())
            lines.append(proposal.bankLineId);
    }
    if (lines.isEmpty())
        return;
    const QSet<QString> open = m_reconcile->openLines(lines);
    m_proposals.removeIf([&open](const Proposal& proposal) {
        return !proposal.bankLineId.isEmpty() && !open.contains(proposal.bankLineId);
    });
}

// --- text ------------------------------------------------------------------------------------

QString ReconciliationView::describeTargets(const Proposal& proposal) const
{
    QStringList parts;
    for (const TargetRef& target : proposal.targets)
        parts.append(describeTarget(target));
    return parts.join(QStringLiteral("; "));
}

QString ReconciliationView::describeTarget(const TargetRef& target) const
{
    const QLocale locale = this->locale();
    const auto found = m_targetById.constFind(target.id);
    if (found == m_targetById.cend())
        return tr("%1 (%2)").arg(Money::format(target.amountCents, locale), target.id.left(8));
    if (found->kind == TargetKind::Payout)
        return tr("payout %1, %2").arg(found->reference, Money::format(found->amountCents, locale));
    const QString donor = found->donorName.isEmpty() ? tr("Anonymous") : found->donorName;
    return tr("%1, %2").arg(donor, Money::format(found->amountCents, locale));
}

QString ReconciliationView::describeStoredTarget(const TargetRef& target) const
{
    const QLocale locale = this->locale();
    const QUuid uuid = QUuid::fromString(target.id);
    if (target.kind == TargetKind::Payout) {
        const std::optional<Payout> payout = m_donations->loadPayout(uuid);
        return tr("payout %1, %2")
            .arg(payout ? payout->reference : target.id.left(8), Money::format(target.amountCents, locale));
    }
    const std::optional<DonationRow> donation = m_donations->row(uuid);
    const QString donor = !donation     ? target.id.left(8)
        : donation->donorName.isEmpty() ? tr("Anonymous")
                                        : donation->donorName;
    return tr("%1, %2").arg(donor, Money::format(target.amountCents, locale));
}

QList<int> ReconciliationView::selectedRows(const QTableWidget* table) const
{
    QList<int> rows;
    for (const QModelIndex& index : table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

TargetRef ReconciliationView::targetAt(int row) const
{
    const QTableWidgetItem* first = m_targets->item(row, TargetDate);
    if (!first)
        return {};
    return { TargetKind(first->data(KindRole).toInt()), first->data(IdRole).toString(),
             first->data(AmountRole).toLongLong() };
}

} // namespace casedesk
