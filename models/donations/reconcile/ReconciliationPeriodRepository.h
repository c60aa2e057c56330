#pragma once

#include "donations/reconcile/ReconcileResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

class Database;

struct ReconciliationPeriod
{
    QString uuid;
    QString accountIban;
    QDate start;
    QDate end;
    qint64 statementBalanceCents = 0;
    bool closed = true; // false once reopened
};

// The closed reconciliation periods of the bank accounts (schema v6) and their log: the one writer
// of reconciliation_periods and reconciliation_period_log. A period closes only when the imported
// statements within it agree with its lines and every credit in it is reconciled; a reopen needs a
// reason, which the log keeps. Apart from ReconciliationRepository (the matches), which asks it
// whether a line is locked before changing it. Each write is one WriteTransaction with its outbox
// entry.
class ReconciliationPeriodRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationPeriodRepository)

public:
    // Its records' name in the outbox and the registry of sync kinds (SyncKinds), and their table:
    // declared here once.
    static inline const QString kEntity = QStringLiteral("reconciliation_period");
    static inline const QString kTable = QStringLiteral("reconciliation_periods");

    explicit ReconciliationPeriodRepository(Database& database);

    ReconcileResult closePeriod(const QString& accountIban, const QDate& start, const QDate& end);
    // Reopens the closed period of the account that contains `date`; the reason is logged.
    ReconcileResult reopenPeriod(const QString& accountIban, const QDate& date, const QString& reason);
    bool isLocked(const QString& accountIban, const QDate& date);
    QList<ReconciliationPeriod> periods(const QString& accountIban = {});

    // Why a bank line of `account` (its uuid) booked on `bookingDate` may not change: the
    // closed period it is in, for the user; nothing when it is in none.
    std::optional<QString> lockMessage(const QString& account, const QDate& bookingDate);

private:
    std::optional<QString> accountUuid(const QString& iban);

    Database& m_database;
};

} // namespace casedesk
