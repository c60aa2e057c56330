#include "donations/ManualMatchPane.h"

#include "common/LayoutMemory.h"
#include "common/RecordTable.h"
#include "donations/ReconcileDecision.h"
#include "donations/ReconcileTables.h"
#include "donations/reconcile/ReconciliationRepository.h"
#include "itemmodels/BankCreditModel.h"
#include "itemmodels/MatchTargetModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace casedesk {

using ReconcileDecision::selectedRows;

ManualMatchPane::ManualMatchPane(ReconciliationRepository& reconcile, ReconciliationLists& lists,
                                 DonationRepository& donations, QWidget* parent)
    : QGroupBox(tr("Match by hand"), parent)
    , m_reconcile(reconcile)
    , m_creditModel(new BankCreditModel(lists, this))
    , m_targetModel(new MatchTargetModel(lists, donations, this))
    , m_match(new QPushButton(tr("Match"), this))
    , m_unmatch(new QPushButton(tr("Unmatch"), this))
{
    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->setChildrenCollapsible(false);
    sides->addWidget(buildCreditSide());
    sides->addWidget(buildTargetSide());
    LayoutMemory::remember(sides, QStringLiteral("reconciliation-sides"));
    auto* hint
        = new QLabel(tr("Drag a bank credit onto a donation, or select a credit and the donations it paid, "
                        "then press Match."),
                     this);
    hint->setWordWrap(true);
    m_match->setObjectName(QStringLiteral("matchButton"));
    m_unmatch->setObjectName(QStringLiteral("unmatchButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_match);
    buttons->addWidget(m_unmatch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sides, 1);
    layout->addLayout(buttons);

    connect(m_showReconciled, &QCheckBox::toggled, this, &ManualMatchPane::refreshCredits);
    connect(m_targetSearch, &QLineEdit::textChanged, this, &ManualMatchPane::refreshTargets);
    connect(m_targets, &MatchTargetTable::bankLineDropped, this, &ManualMatchPane::onBankLineDropped);
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
    // The counts follow the rows fetched as the lists scroll.
    connect(m_creditModel, &QAbstractItemModel::rowsInserted, this, &ManualMatchPane::showCreditCount);
    connect(m_targetModel, &QAbstractItemModel::rowsInserted, this, &ManualMatchPane::showTargetCount);
    connect(m_creditModel, &BankCreditModel::readFailed, m_creditCount, &QLabel::setText);
    connect(m_targetModel, &MatchTargetModel::readFailed, m_targetCount, &QLabel::setText);
    for (QAbstractItemView* view : std::initializer_list<QAbstractItemView*> { m_credits, m_targets }) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ManualMatchPane::updateButtons);
        connect(view->model(), &QAbstractItemModel::modelReset, this, &ManualMatchPane::updateButtons);
    }
    updateButtons();
}

QWidget* ManualMatchPane::buildCreditSide()
{
    auto* side = new QWidget(this);
    m_credits = new BankCreditTable(m_creditModel, side);
    m_credits->horizontalHeader()->resizeSection(BankCreditModel::Label, 200);
    m_credits->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToTitles(m_credits, false);
    m_showReconciled = new QCheckBox(tr("Show reconciled credits too"), side);
    m_showReconciled->setObjectName(QStringLiteral("showReconciledBox"));
    m_creditCount = new QLabel(side);
    m_creditCount->setObjectName(QStringLiteral("creditCountLabel"));
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Bank credits not reconciled"), side));
    header->addStretch(1);
    header->addWidget(m_showReconciled);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_credits, 1);
    layout->addWidget(m_creditCount);
    return side;
}

QWidget* ManualMatchPane::buildTargetSide()
{
    auto* side = new QWidget(this);
    m_targets = new MatchTargetTable(side);
    m_targets->setModel(m_targetModel);
    m_targets->horizontalHeader()->resizeSection(MatchTargetModel::Who, 180);
    m_targets->horizontalHeader()->setStretchLastSection(true);
    fitColumnsToTitles(m_targets, false);
    m_targetSearch = new QLineEdit(side);
    m_targetSearch->setObjectName(QStringLiteral("targetSearchEdit"));
    m_targetSearch->setPlaceholderText(tr("Search a donor, an e-mail or an order id"));
    m_targetSearch->setClearButtonEnabled(true);
    m_targetCount = new QLabel(side);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Donations and payouts not reconciled"), side));
    header->addWidget(m_targetSearch, 1);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_targets, 1);
    layout->addWidget(m_targetCount);
    return side;
}

void ManualMatchPane::setAccount(const QString& accountIban)
{
    // A failed read leaves its message under the list, not a count of what is no longer read.
    if (runOrReport([&] { m_creditModel->setAccount(accountIban); },
                    [this](const QString& message) { m_creditCount->setText(message); }))
        showCreditCount();
    refreshTargets();
}

void ManualMatchPane::refresh()
{
    refreshCredits();
    refreshTargets();
}

void ManualMatchPane::refreshCredits()
{
    if (runOrReport([this] { m_creditModel->setShowReconciled(m_showReconciled->isChecked()); },
                    [this](const QString& message) { m_creditCount->setText(message); }))
        showCreditCount();
}

void ManualMatchPane::refreshTargets()
{
    if (runOrReport([this] { m_targetModel->setSearch(m_targetSearch->text()); },
                    [this](const QString& message) { m_targetCount->setText(message); }))
        showTargetCount();
}

void ManualMatchPane::showCreditCount()
{
    const int total = m_creditModel->openCount();
    const int listed = m_creditModel->openFetched();
    m_creditCount->setText(
        total > listed
            ? tr("The %1 latest of %L2 credits; choose an account to narrow them.").arg(listed).arg(total)
            : tr("%n credit(s) waiting for a match", nullptr, total));
}

void ManualMatchPane::showTargetCount()
{
    const int total = m_targetModel->donationCount();
    const int listed = m_targetModel->donationsFetched();
    if (total > MatchTargetModel::kCountAtMost)
        m_targetCount->setText(tr("The %1 latest of more than %L2 donations; search to find others.")
                                   .arg(listed)
                                   .arg(MatchTargetModel::kCountAtMost));
    else if (total > listed)
        m_targetCount->setText(
            tr("The %1 latest of %2 donations; search to find others.").arg(listed).arg(total));
    else
        m_targetCount->setText(
            tr("%n donation(s), %1 payout(s)", nullptr, total).arg(m_targetModel->payoutCount()));
}

bool ManualMatchPane::matchByHand(int creditRow, const QList<int>& targetRows)
{
    return matchLine(m_credits->lineId(creditRow), targetRows);
}

bool ManualMatchPane::matchLine(const QString& bankLineId, const QList<int>& targetRows)
{
    if (bankLineId.isEmpty())
        return false;
    Proposal manual;
    manual.bankLineId = bankLineId;
    for (int row : targetRows) {
        const TargetRef target = m_targetModel->targetAt(row);
        if (!target.id.isEmpty())
            manual.targets.append(target);
    }
    const ReconcileResult result = ReconcileDecision::attempt(
        [&] { return m_reconcile.matchManually(manual.bankLineId, manual.targets); });
    if (!ReconcileDecision::shown(this, result, tr("Match by hand")))
        return false;
    emit matched(manual);
    emit decided();
    return true;
}

void ManualMatchPane::onBankLineDropped(const QString& bankLineId, int row)
{
    // Dropped on one of several selected donations: the credit pays them all (a deposit).
    QList<int> rows = selectedRows(m_targets);
    if (!rows.contains(row))
        rows = { row };
    matchLine(bankLineId, rows);
}

bool ManualMatchPane::unmatch(int creditRow)
{
    const QString lineId = m_credits->lineId(creditRow);
    if (lineId.isEmpty())
        return false;
    const ReconcileResult result = ReconcileDecision::attempt([&] { return m_reconcile.unmatch(lineId); });
    if (!ReconcileDecision::shown(this, result, tr("Unmatch")))
        return false;
    emit decided();
    return true;
}

void ManualMatchPane::updateButtons()
{
    const QList<int> credit = selectedRows(m_credits);
    const bool oneCredit = credit.size() == 1;
    m_match->setEnabled(oneCredit && !m_credits->isReconciled(credit.first())
                        && !selectedRows(m_targets).isEmpty());
    m_unmatch->setEnabled(oneCredit && m_credits->isReconciled(credit.first()));
}

} // namespace casedesk
