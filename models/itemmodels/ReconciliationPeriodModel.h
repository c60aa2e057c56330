#pragma once

#include "donations/reconcile/ReconciliationPeriodRepository.h"

#include <QAbstractTableModel>

namespace casedesk {

// The reconciliation periods of an account (or all), closed or reopened, for a QTableView.
class ReconciliationPeriodModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Account,
        Start,
        End,
        Balance,
        State,
        ColumnCount
    };

    explicit ReconciliationPeriodModel(ReconciliationPeriodRepository& periods, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads; a storage error is a DatabaseError, for the caller to show.
    void setAccount(const QString& accountIban);
    void reload();

    // The period of `row`; nullopt out of range.
    std::optional<ReconciliationPeriod> periodAt(int row) const;

private:
    ReconciliationPeriodRepository& m_periods;
    QString m_account;
    QList<ReconciliationPeriod> m_rows;
};

} // namespace casedesk
