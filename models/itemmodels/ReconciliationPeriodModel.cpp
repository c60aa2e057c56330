#include "itemmodels/ReconciliationPeriodModel.h"

#include "common/Money.h"
#include "donations/ledger/BankAccount.h"

#include <QLocale>

namespace casedesk {

const char* const ReconciliationPeriodModel::kColumnTitles[]
    = { QT_TR_NOOP("Account"), QT_TR_NOOP("First day"), QT_TR_NOOP("Last day"),
        QT_TR_NOOP("Statement balance"), QT_TR_NOOP("State") };

ReconciliationPeriodModel::ReconciliationPeriodModel(ReconciliationPeriodRepository& periods, QObject* parent)
    : RecordTableModel({ staticMetaObject.className(), kColumnTitles }, parent)
    , m_periods(periods)
{
    static_assert(std::size(kColumnTitles) == ColumnCount);
}

QVariant ReconciliationPeriodModel::data(const QModelIndex& index, int role) const
{
    const ReconciliationPeriod* shown = rowAt(index);
    if (!shown)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Balance)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const ReconciliationPeriod& period = *shown;
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

void ReconciliationPeriodModel::setAccount(const QString& accountIban)
{
    m_account = accountIban;
    reload();
}

void ReconciliationPeriodModel::reload()
{
    resetRows(m_periods.periods(m_account));
}

std::optional<ReconciliationPeriod> ReconciliationPeriodModel::periodAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

} // namespace casedesk
