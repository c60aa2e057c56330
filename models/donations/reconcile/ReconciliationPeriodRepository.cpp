#include "donations/reconcile/ReconciliationPeriodRepository.h"

#include "common/Clock.h"
#include "common/Money.h"
#include "donations/reconcile/ReconcileValues.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <QUuid>

namespace casedesk {

namespace {

using ReconcileValues::normalisedIban;
using ReconcileValues::shortDate;
using SqlValues::dateValue;
using SqlValues::isoDate;
using SqlValues::newUuid;
using SqlValues::returned;

} // namespace

ReconciliationPeriodRepository::ReconciliationPeriodRepository(Database& database)
    : m_database(database)
{
}

ReconcileResult ReconciliationPeriodRepository::closePeriod(const QString& accountIban, const QDate& start,
                                                            const QDate& end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return ReconcileResult::refused(tr("The period must end on or after its first day."));
    WriteTransaction transaction(m_database);
    const std::optional<QString> account = accountUuid(accountIban);
    if (!account)
        return ReconcileResult::refused(tr("There is no bank account %1 on the desk.").arg(accountIban));
    QSqlQuery overlap = m_database.exec(
        QStringLiteral(
            "SELECT start_date, end_date FROM reconciliation_periods WHERE account_uuid = ? AND state = "
            "'closed' AND deleted = 0 AND start_date <= ? AND end_date >= ? LIMIT 1"),
        { *account, dateValue(end), dateValue(start) });
    if (overlap.next())
        return ReconcileResult::refused(
            tr("The period overlaps the closed period %1 to %2.")
                .arg(shortDate(isoDate(overlap.value(0))), shortDate(isoDate(overlap.value(1)))));

    QSqlQuery statements = m_database.exec(
        QStringLiteral(
            "SELECT opening_cents, closing_cents FROM bank_statements WHERE account_uuid = ? AND deleted = 0 "
            "AND from_date >= ? AND to_date <= ? ORDER BY from_date, to_date"),
        { *account, dateValue(start), dateValue(end) });
    QVariant opening;
    QVariant closing;
    for (bool first = true; statements.next(); first = false) {
        if (first)
            opening = statements.value(0);
        closing = statements.value(1);
    }
    if (!opening.isValid())
        return ReconcileResult::refused(
            tr("No imported statement lies within %1 to %2: the balance cannot be checked.")
                .arg(shortDate(start), shortDate(end)));
    if (opening.isNull() || closing.isNull())
        return ReconcileResult::refused(
            tr("The statements of the period do not give their opening and closing "
               "balances: the balance cannot be checked."));
    const qint64 lines
        = m_database
              .scalar(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM bank_lines WHERE "
                                     "account_uuid = ? AND deleted = 0 AND booking_date BETWEEN ? AND ?"),
                      { *account, dateValue(start), dateValue(end) })
              .toLongLong();
    const qint64 expected = opening.toLongLong() + lines;
    if (expected != closing.toLongLong())
        return ReconcileResult::refused(tr("The balance does not agree: opening balance %1 plus the lines %2 "
                                           "makes %3, but the closing balance is %4 "
                                           "(a difference of %5).")
                                            .arg(Money::format(opening.toLongLong()), Money::format(lines),
                                                 Money::format(expected), Money::format(closing.toLongLong()),
                                                 Money::format(closing.toLongLong() - expected)));
    // Only credits are reconciled: the ledger has no expenses for a debit to match.
    const int open
        = m_database
              .scalar(
                  QStringLiteral("SELECT count(*) FROM bank_lines WHERE account_uuid = ? AND deleted = 0 "
                                 "AND reconciled = 0 AND amount_cents > 0 AND booking_date BETWEEN ? AND ?"),
                  { *account, dateValue(start), dateValue(end) })
              .toInt();
    if (open > 0)
        return ReconcileResult::refused(
            tr("%n credit(s) of the period are not reconciled yet; reconcile them before closing.", nullptr,
               open));

    const QString now = Clock::nowUtcIso();
    QString periodUuid
        = m_database
              .scalar(
                  QStringLiteral("SELECT uuid FROM reconciliation_periods WHERE account_uuid = ? AND "
                                 "start_date = ? AND end_date = ? AND state = 'reopened' AND deleted = 0"),
                  { *account, dateValue(start), dateValue(end) })
              .toString();
    qint64 revision = 1;
    if (periodUuid.isEmpty()) {
        periodUuid = newUuid();
        m_database.exec(
            QStringLiteral("INSERT INTO reconciliation_periods (uuid, revision, created_at, updated_at, "
                           "account_uuid, start_date, end_date, statement_balance_cents, state, closed_at) "
                           "VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'closed', ?)"),
            { periodUuid, now, now, *account, dateValue(start), dateValue(end), closing.toLongLong(), now });
    } else {
        revision = returned(m_database.exec(
                                QStringLiteral(
                                    "UPDATE reconciliation_periods SET state = 'closed', "
                                    "statement_balance_cents = ?, closed_at = ?, revision = revision + 1, "
                                    "updated_at = ? WHERE uuid = ? RETURNING revision"),
                                { closing.toLongLong(), now, now, periodUuid }))
                       .toLongLong();
    }
    m_database.exec(QStringLiteral("INSERT INTO reconciliation_period_log (period_uuid, action, at, reason) "
                                   "VALUES (?, 'closed', ?, '')"),
                    { periodUuid, now });
    Outbox::enqueue(m_database, kEntity, QUuid::fromString(periodUuid), Outbox::Operation::Upsert, revision);
    transaction.commit();
    return ReconcileResult::success();
}

ReconcileResult ReconciliationPeriodRepository::reopenPeriod(const QString& accountIban, const QDate& date,
                                                             const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return ReconcileResult::refused(
            tr("Give a reason to reopen a closed period: it is kept in the period's log."));
    WriteTransaction transaction(m_database);
    const std::optional<QString> account = accountUuid(accountIban);
    if (!account)
        return ReconcileResult::refused(tr("There is no bank account %1 on the desk.").arg(accountIban));
    const QString periodUuid
        = m_database
              .scalar(
                  QStringLiteral(
                      "SELECT uuid FROM reconciliation_periods WHERE account_uuid = ? AND state = 'closed' "
                      "AND deleted = 0 AND ? BETWEEN start_date AND end_date"),
                  { *account, dateValue(date) })
              .toString();
    if (periodUuid.isEmpty())
        return ReconcileResult::refused(
            tr("No closed period of %1 contains %2.").arg(accountIban, shortDate(date)));
    const QString now = Clock::nowUtcIso();
    const QVariant revision = returned(m_database.exec(
        QStringLiteral("UPDATE reconciliation_periods SET state = 'reopened', "
                       "revision = revision + 1, updated_at = ? WHERE uuid = ? RETURNING revision"),
        { now, periodUuid }));
    m_database.exec(QStringLiteral("INSERT INTO reconciliation_period_log (period_uuid, action, at, reason) "
                                   "VALUES (?, 'reopened', ?, ?)"),
                    { periodUuid, now, reason.trimmed() });
    Outbox::enqueue(m_database, kEntity, QUuid::fromString(periodUuid), Outbox::Operation::Upsert,
                    revision.toLongLong());
    transaction.commit();
    return ReconcileResult::success();
}

bool ReconciliationPeriodRepository::isLocked(const QString& accountIban, const QDate& date)
{
    return m_database
        .scalar(QStringLiteral(
                    "SELECT EXISTS (SELECT 1 FROM reconciliation_periods p JOIN bank_accounts a ON a.uuid = "
                    "p.account_uuid WHERE a.iban = ? AND p.state = 'closed' AND p.deleted = 0 AND ? BETWEEN "
                    "p.start_date AND p.end_date)"),
                { normalisedIban(accountIban), dateValue(date) })
        .toBool();
}

QList<ReconciliationPeriod> ReconciliationPeriodRepository::periods(const QString& accountIban)
{
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "SELECT p.uuid, a.iban, p.start_date, p.end_date, p.statement_balance_cents, p.state FROM "
            "reconciliation_periods p JOIN bank_accounts a ON a.uuid = p.account_uuid WHERE p.deleted = 0 "
            "AND (? = '' OR a.iban = ?) ORDER BY a.iban, p.start_date"),
        { normalisedIban(accountIban), normalisedIban(accountIban) });
    QList<ReconciliationPeriod> periods;
    while (query.next()) {
        periods.append({ query.value(0).toString(), query.value(1).toString(), isoDate(query.value(2)),
                         isoDate(query.value(3)), query.value(4).toLongLong(),
                         query.value(5).toString() == QLatin1String("closed") });
    }
    return periods;
}

std::optional<QString> ReconciliationPeriodRepository::lockMessage(const QString& account,
                                                                   const QDate& bookingDate)
{
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "SELECT start_date, end_date FROM reconciliation_periods WHERE account_uuid = ? AND state = "
            "'closed' AND deleted = 0 AND ? BETWEEN start_date AND end_date LIMIT 1"),
        { account, dateValue(bookingDate) });
    if (!query.next())
        return std::nullopt;
    return tr("The bank line of %1 is in the closed period %2 to %3: reopen the period (with a reason) to "
              "change it.")
        .arg(shortDate(bookingDate), shortDate(isoDate(query.value(0))), shortDate(isoDate(query.value(1))));
}

// --- helpers ---------------------------------------------------------------------------------

std::optional<QString> ReconciliationPeriodRepository::accountUuid(const QString& iban)
{
    const QVariant uuid
        = m_database.scalar(QStringLiteral("SELECT uuid FROM bank_accounts WHERE iban = ? AND deleted = 0"),
                            { normalisedIban(iban) });
    if (!uuid.isValid() || uuid.isNull())
        return std::nullopt;
    return uuid.toString();
}

} // namespace casedesk
