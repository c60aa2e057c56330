#pragma once

#include "donations/reconcile/ReconciliationPeriodRepository.h"

#include "itemmodels/RecordTableModel.h"

namespace casedesk {

// The reconciliation periods of an account (or all), closed or reopened, for a QTableView.
class ReconciliationPeriodModel : public RecordTableModel<ReconciliationPeriod>
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

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Re-reads; a storage error is a DatabaseError, for the caller to show.
    void setAccount(const QString& accountIban);
    void reload();

    // The period of `row`; nullopt out of range.
    std::optional<ReconciliationPeriod> periodAt(int row) const;

private:
    static const char* const kColumnTitles[]; // in the order of Column
    ReconciliationPeriodRepository& m_periods;
    QString m_account;
};

} // namespace casedesk
