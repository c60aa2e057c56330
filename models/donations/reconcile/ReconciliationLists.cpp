#include "donations/reconcile/ReconciliationLists.h"

#include "donations/reconcile/ReconcileValues.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace casedesk {

namespace {

using ReconcileValues::normalisedIban;
using SqlValues::isoDate;

QString accountCondition(const QString& accountIban)
{
    return accountIban.isEmpty()
        ? QString()
        : QStringLiteral(" AND l.account_uuid = (SELECT uuid FROM bank_accounts WHERE iban = ?)");
}

QVariantList accountValues(const QString& accountIban)
{
    return accountIban.isEmpty() ? QVariantList() : QVariantList { normalisedIban(accountIban) };
}

// The credits of one state, newest first: the statement that pages them along the index.
QString creditPage(const QString& accountIban)
{
    return QStringLiteral("SELECT l.id, l.uuid, l.booking_date, l.amount_cents, l.label, l.reference, "
                          "l.counterparty FROM bank_lines l INDEXED BY bank_lines_unreconciled "
                          "WHERE l.deleted = 0 AND l.reconciled = ? AND l.amount_cents > 0%1 "
                          "ORDER BY l.booking_date DESC, l.id DESC LIMIT ? OFFSET ?")
        .arg(accountCondition(accountIban));
}

BankCredit creditAt(const QSqlQuery& q)
{
    return { q.value(1).toString(), isoDate(q.value(2)),   q.value(3).toLongLong(),
             q.value(4).toString(), q.value(5).toString(), q.value(6).toString() };
}

} // namespace

ReconciliationLists::ReconciliationLists(Database& database)
    : m_database(database)
{
}

QList<BankCredit> ReconciliationLists::openCredits(const QString& accountIban, int offset, int limit)
{
    QVariantList values { 0 };
    values << accountValues(accountIban) << limit << offset;
    QSqlQuery q = m_database.exec(creditPage(accountIban), values);
    QList<BankCredit> result;
    while (q.next())
        result.append(creditAt(q));
    return result;
}

int ReconciliationLists::openCreditCount(const QString& accountIban)
{
    return m_database
        .scalar(QStringLiteral("SELECT count(*) FROM bank_lines l INDEXED BY bank_lines_unreconciled "
                               "WHERE l.deleted = 0 AND l.reconciled = 0 AND l.amount_cents > 0%1")
                    .arg(accountCondition(accountIban)),
                accountValues(accountIban))
        .toInt();
}

// The page of credits first (LIMIT applies to credits, not to their matches), then each credit's
// accepted matches with the donation's donor or the payout's reference beside them.
QList<ReconciledCredit> ReconciliationLists::reconciledCredits(const QString& accountIban, int limit)
{
    QVariantList values { 1 };
    values << accountValues(accountIban) << limit << 0;
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT c.*, m.target_kind, m.target_uuid, m.amount_cents, "
                       "coalesce(d.uuid, p.uuid) IS NOT NULL, coalesce(d.donor_name, p.reference) "
                       "FROM (%1) c "
                       "LEFT JOIN reconciliation_matches m ON m.bank_line_uuid = c.uuid "
                       "AND m.state = 'accepted' AND m.deleted = 0 "
                       "LEFT JOIN donations d ON m.target_kind = 'donation' AND d.uuid = m.target_uuid "
                       "AND d.deleted = 0 "
                       "LEFT JOIN payouts p ON m.target_kind = 'payout' AND p.uuid = m.target_uuid "
                       "AND p.deleted = 0 "
                       "ORDER BY c.booking_date DESC, c.id DESC, m.id")
            .arg(creditPage(accountIban)),
        values);
    QList<ReconciledCredit> result;
    while (q.next()) {
        if (result.isEmpty() || result.last().credit.id != q.value(1).toString())
            result.append({ creditAt(q), {} });
        if (q.value(7).isNull())
            continue; // reconciled by a payout link, or its match was undone on another desk
        const TargetKind kind
            = q.value(7).toString() == QLatin1String("payout") ? TargetKind::Payout : TargetKind::Donation;
        result.last().matches.append({ { kind, q.value(8).toString(), q.value(9).toLongLong() },
                                       q.value(10).toBool(),
                                       q.value(11).toString() });
    }
    return result;
}

QList<ReconcileTarget> ReconciliationLists::openPayouts()
{
    QSqlQuery q
        = m_database.exec(QStringLiteral("SELECT uuid, date, net_cents, reference, platform FROM payouts "
                                         "WHERE deleted = 0 AND reconciled = 0 ORDER BY date, id"));
    QList<ReconcileTarget> result;
    while (q.next())
        result.append(ReconcileValues::payoutTarget(q));
    return result;
}

QSet<QString> ReconciliationLists::openLines(const QStringList& bankLineIds)
{
    QSet<QString> open;
    // In slices: SQLite binds at most 32,766 values, and a few hundred keep each statement short.
    constexpr int kSlice = 500;
    for (qsizetype start = 0; start < bankLineIds.size(); start += kSlice) {
        const QStringList slice = bankLineIds.mid(start, kSlice);
        QVariantList values;
        for (const QString& id : slice)
            values.append(id);
        const QString marks = QStringLiteral("?, ").repeated(int(slice.size())).chopped(2);
        QSqlQuery q = m_database.exec(
            QStringLiteral(
                "SELECT uuid FROM bank_lines WHERE uuid IN (%1) AND deleted = 0 AND reconciled = 0")
                .arg(marks),
            values);
        while (q.next())
            open.insert(q.value(0).toString());
    }
    return open;
}

} // namespace casedesk
