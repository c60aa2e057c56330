#include "donations/PeriodsPane.h"

#include "common/Clock.h"
#include "common/RecordTable.h"
#include "donations/ClosePeriodDialog.h"
#include "donations/ReconcileDecision.h"
#include "donations/ledger/BankRepository.h"
#include "itemmodels/ReconciliationPeriodModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

PeriodsPane::PeriodsPane(ReconciliationPeriodRepository& periods, BankRepository& banks, QWidget* parent)
    : QGroupBox(tr("Reconciliation periods"), parent)
    , m_periods(periods)
    , m_banks(banks)
    , m_model(new ReconciliationPeriodModel(periods, this))
    , m_table(new QTableView(this))
    , m_close(new QPushButton(tr("Close period…"), this))
    , m_reopen(new QPushButton(tr("Reopen period…"), this))
{
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(ReconciliationPeriodModel::Account, 260);
    m_table->horizontalHeader()->resizeSection(ReconciliationPeriodModel::Balance, 140);
    fitColumnsToTitles(m_table, false);
    m_close->setObjectName(QStringLiteral("closePeriodButton"));
    m_reopen->setObjectName(QStringLiteral("reopenPeriodButton"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_close);
    buttons->addWidget(m_reopen);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_close, &QPushButton::clicked, this, &PeriodsPane::askClosePeriod);
    connect(m_reopen, &QPushButton::clicked, this, &PeriodsPane::askReopenPeriod);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeriodsPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeriodsPane::updateButtons);
    updateButtons();
}

void PeriodsPane::setAccount(const QString& accountIban)
{
    m_account = accountIban;
    refresh();
}

void PeriodsPane::refresh()
{
    runOrReport([this] { m_model->setAccount(m_account); },
                [this](const QString& message) { emit readFailed(message); });
}

bool PeriodsPane::closePeriod(const QString& iban, const QDate& start, const QDate& end)
{
    const ReconcileResult result
        = ReconcileDecision::attempt([&] { return m_periods.closePeriod(iban, start, end); });
    if (!ReconcileDecision::shown(this, result, tr("Close period")))
        return false;
    emit decided();
    return true;
}

bool PeriodsPane::reopenPeriod(int row, const QString& reason)
{
    const std::optional<ReconciliationPeriod> period = m_model->periodAt(row);
    if (!period)
        return false;
    const ReconcileResult result = ReconcileDecision::attempt(
        [&] { return m_periods.reopenPeriod(period->accountIban, period->start, reason); });
    if (!ReconcileDecision::shown(this, result, tr("Reopen period")))
        return false;
    emit decided();
    return true;
}

void PeriodsPane::askClosePeriod()
{
    QList<BankAccount> accounts;
    if (!runOrReport([&] { accounts = m_banks.accounts(); },
                     [this](const QString& message) { Dialogs::warn(this, tr("Close period"), message); }))
        return;
    ClosePeriodDialog dialog(accounts, m_account, Clock::today(), this);
    if (dialog.exec() == QDialog::Accepted)
        closePeriod(dialog.accountIban(), dialog.start(), dialog.end());
}

void PeriodsPane::askReopenPeriod()
{
    const QList<int> rows = ReconcileDecision::selectedRows(m_table);
    const std::optional<ReconciliationPeriod> period
        = rows.size() == 1 ? m_model->periodAt(rows.first()) : std::nullopt;
    if (!period)
        return;
    const QLocale locale = this->locale();
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Reopen period"),
        tr("Why reopen the period %1 to %2 of %3? The reason is kept in the period's log.")
            .arg(locale.toString(period->start, QLocale::ShortFormat),
                 locale.toString(period->end, QLocale::ShortFormat), Iban::grouped(period->accountIban)),
        {}, &ok);
    if (ok)
        reopenPeriod(rows.first(), reason);
}

void PeriodsPane::updateButtons()
{
    const QList<int> rows = ReconcileDecision::selectedRows(m_table);
    const std::optional<ReconciliationPeriod> period
        = rows.size() == 1 ? m_model->periodAt(rows.first()) : std::nullopt;
    m_reopen->setEnabled(period && period->closed);
}

} // namespace casedesk
