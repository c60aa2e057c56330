#include "itemmodels/ReconciliationPeriodModel.h"

#include "common/Money.h"
#include "donations/ledger/BankAccount.h"

#include <QLocale>

namespace casedesk {

ReconciliationPeriodModel::ReconciliationPeriodModel(ReconciliationPeriodRepository& periods, QObject* parent)
    : QAbstractTableModel(parent)
    , m_periods(periods)
{
}

int ReconciliationPeriodModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconciliationPeriodModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconciliationPeriodModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Balance)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const ReconciliationPeriod& period = m_rows.at(index.row());
    const QLocale locale;
    switch (index.column()) {
    case Account:
        return Iban::grouped(period.accountIban);
    case Start:
        return locale.toString(period.start, QLocale::ShortFormat);
    case End:
        return locale.toString(period.end, QLocale::ShortFormat);
    case Balance:
        return Money::format(period.statementBalanceCents, locale);
    case State:
        return period.closed ? tr("Closed") : tr("Reopened");
    default:
        return {};
    }
}

QVariant ReconciliationPeriodModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Account:
        return tr("Account");
    case Start:
        return tr("First day");
    case End:
        return tr("Last day");
    case Balance:
        return tr("Statement balance");
    case State:
        return tr("State");
    default:
        return {};
    }
}

void ReconciliationPeriodModel::setAccount(const QString& accountIban)
{
    m_account = accountIban;
    reload();
}

void ReconciliationPeriodModel::reload()
{
    QList<ReconciliationPeriod> rows = m_periods.periods(m_account);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

std::optional<ReconciliationPeriod> ReconciliationPeriodModel::periodAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

} // namespace casedesk
