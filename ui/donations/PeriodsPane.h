#pragma once

#include <QDate>
#include <QGroupBox>

class QPushButton;
class QTableView;

namespace casedesk {

class BankRepository;
class ReconciliationPeriodModel;
class ReconciliationPeriodRepository;

// The reconciliation periods of the account shown: closing one locks its lines and matches;
// reopening one asks why, and the reason is kept in the period's log.
class PeriodsPane : public QGroupBox
{
    Q_OBJECT

public:
    PeriodsPane(ReconciliationPeriodRepository& periods, BankRepository& banks, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    // Re-reads the periods; a storage error goes to readFailed().
    void setAccount(const QString& accountIban);
    void refresh();

    bool closePeriod(const QString& iban, const QDate& start, const QDate& end);
    bool reopenPeriod(int row, const QString& reason);

signals:
    void decided();
    // A read failed: the message for the user.
    void readFailed(const QString& message);

private:
    void askClosePeriod();
    void askReopenPeriod();
    void updateButtons();

    ReconciliationPeriodRepository& m_periods;
    BankRepository& m_banks;
    QString m_account;
    ReconciliationPeriodModel* m_model;
    QTableView* m_table;
    QPushButton* m_close;
    QPushButton* m_reopen;
};

} // namespace casedesk
