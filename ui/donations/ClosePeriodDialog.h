#pragma once

#include "donations/ledger/BankAccount.h"

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace casedesk {

// Asks which account and which dates to close. Whether the period may close (the balance agrees,
// every credit is reconciled) is the repository's answer, shown by the caller.
class ClosePeriodDialog : public QDialog
{
    Q_OBJECT

public:
    // Proposes `currentIban` (or the first account) and the last whole month before `today`.
    ClosePeriodDialog(const QList<BankAccount>& accounts, const QString& currentIban, const QDate& today,
                      QWidget* parent = nullptr);

    QString accountIban() const;
    QDate start() const;
    QDate end() const;

private:
    QComboBox* m_account;
    QDateEdit* m_start;
    QDateEdit* m_end;
};

} // namespace casedesk
