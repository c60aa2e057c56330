// DonationRepository's reads: the donation, the list's pages, a donor's history, payouts, and
// why a donation is locked. Its writes are in DonationRepository.cpp.
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/PayoutRepository.h"
#include "storage/SyncedTable.h"

#include "common/Money.h"
#include "donations/ledger/BankAccount.h"
#include "donations/ledger/DonationListSql.h"
#include "donations/ledger/DonationWords.h"
#include "donations/ledger/DonorRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"

#include <QLocale>

namespace casedesk {

namespace {

using SqlValues::instant;
using SqlValues::uuidText;

// A donation of the platform's read-only feed (LedgerFeed imports them with the platform name
// "platform", so their import keys are "platform:<orderId>").
const QString kFeedDonation = QStringLiteral("substr(coalesce(%1.import_key, ''), 1, 9) = 'platform:'");

QString donationColumns()
{
    return SyncColumns::list()
        + QStringLiteral(", campaign_uuid, donor_uuid, amount_cents, currency, date, method, platform, "
                         "platform_order_id, status, payout_uuid, reconciled, import_key, note, "
                         "counterpart_cents");
}

Donation donationFrom(const QSqlQuery& q)
{
    Donation d;
    d.sync = SyncColumns::read(q);
    const int c = SyncColumns::kCount;
    d.campaignUuid = QUuid::fromString(q.value(c).toString());
    d.donorUuid = QUuid::fromString(q.value(c + 1).toString());
    d.amountCents = q.value(c + 2).toLongLong();
    d.currency = q.value(c + 3).toString();
    d.date = QDate::fromString(q.value(c + 4).toString(), Qt::ISODate);
    d.method = DonationCodes::methodFromCode(q.value(c + 5).toString()).value_or(DonationMethod::Transfer);
    d.platform = q.value(c + 6).toString();
    d.platformOrderId = q.value(c + 7).toString();
    d.status = DonationCodes::statusFromCode(q.value(c + 8).toString()).value_or(DonationStatus::Paid);
    d.payoutUuid = QUuid::fromString(q.value(c + 9).toString());
    d.reconciled = q.value(c + 10).toBool();
    d.importKey = q.value(c + 11).toString();
    d.note = q.value(c + 12).toString();
    d.counterpartCents = q.value(c + 13).toLongLong();
    return d;
}

DonationRow rowFrom(const QSqlQuery& q)
{
    DonationRow row;
    row.uuid = QUuid::fromString(q.value(0).toString());
    row.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    row.donorUuid = QUuid::fromString(q.value(2).toString());
    row.donorName = q.value(3).toString();
    row.campaignUuid = QUuid::fromString(q.value(4).toString());
    row.campaignTitle = q.value(5).toString();
    row.amountCents = q.value(6).toLongLong();
    row.currency = q.value(7).toString();
    row.method = DonationCodes::methodFromCode(q.value(8).toString()).value_or(DonationMethod::Transfer);
    row.status = DonationCodes::statusFromCode(q.value(9).toString()).value_or(DonationStatus::Paid);
    row.platform = q.value(10).toString();
    row.platformOrderId = q.value(11).toString();
    row.reconciled = q.value(12).toBool();
    row.counterpartCents = q.value(13).toLongLong();
    return row;
}

} // namespace

QString DonationRepository::lockReason(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral(
            "SELECT d.amount_cents, d.date, d.donor_name, l.booking_date, a.iban, p.start_date, p.end_date, "
            "p.closed_at FROM donations d "
            "JOIN reconciliation_matches m ON m.target_uuid = d.uuid AND m.state = 'accepted' AND m.deleted "
            "= 0 "
            "JOIN bank_lines l ON l.uuid = m.bank_line_uuid "
            "JOIN reconciliation_periods p ON p.account_uuid = l.account_uuid AND p.state = 'closed' "
            "  AND p.deleted = 0 AND l.booking_date BETWEEN p.start_date AND p.end_date "
            "JOIN bank_accounts a ON a.uuid = l.account_uuid "
            "WHERE d.uuid = ? LIMIT 1"),
        { uuidText(uuid) });
    if (!q.next())
        return {};
    const QLocale locale;
    const auto day = [&](int column) {
        return locale.toString(QDate::fromString(q.value(column).toString(), Qt::ISODate),
                               QLocale::ShortFormat);
    };
    const QString what
        = describeDonation(q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                           q.value(2).toString());
    const QString closedOn = locale.toString(instant(q.value(7)).toLocalTime().date(), QLocale::ShortFormat);
    return capitalised(
        tr("%1 is reconciled with the bank line of %2 on %3, in the period %4 – %5 closed on "
           "%6; reopen that period to change it.")
            .arg(what, day(3), Iban::grouped(q.value(4).toString()), day(5), day(6), closedOn));
}

void DonationRepository::ensureUnlocked(const QUuid& uuid)
{
    const QString reason = lockReason(uuid);
    if (!reason.isEmpty())
        throw DatabaseError(reason);
}

std::optional<Donation> DonationRepository::load(const QUuid& uuid)
{
    return SyncedTable(m_database, kTable).loadLive(uuid, donationColumns(), donationFrom);
}

std::optional<QUuid> DonationRepository::resolve(const QString& reference, QString* errorMessage)
{
    return SqlValues::resolveUuidPrefix(
        m_database, kTable, reference,
        { tr("Donation identifier \"%1\" is too short; give at least 4 characters of its UUID."),
          tr("No donation has the identifier \"%1\"."),
          tr("Donation identifier \"%1\" matches several donations; give more characters.") },
        errorMessage);
}

int DonationRepository::count(const DonationQuery& query, int atMost)
{
    const DonationListSql::Statement statement = DonationListSql::count(query, atMost);
    return m_database.scalar(statement.sql, statement.values).toInt();
}

QList<DonationRow> DonationRepository::rows(const DonationQuery& query, int offset, int limit,
                                            int expectedRows)
{
    DonationListSql::Statement statement = DonationListSql::rows(query, expectedRows);
    statement.values << limit << offset;
    QSqlQuery q = m_database.exec(statement.sql + QStringLiteral(" LIMIT ? OFFSET ?"), statement.values);
    QList<DonationRow> result;
    result.reserve(limit);
    while (q.next())
        result.append(rowFrom(q));
    return result;
}

std::optional<DonationRow> DonationRepository::row(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT %1 FROM donations WHERE uuid = ? AND deleted = 0")
                                      .arg(DonationListSql::rowColumns()),
                                  { uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    return rowFrom(q);
}

void DonationRepository::forEachRow(const DonationQuery& query,
                                    const std::function<bool(const DonationRow&)>& visit)
{
    const DonationListSql::Statement statement = DonationListSql::rows(query, DonationListSql::kAllRows);
    QSqlQuery q = m_database.exec(statement.sql, statement.values); // forward-only
    while (q.next()) {
        if (!visit(rowFrom(q)))
            break;
    }
}

DonorHistory DonationRepository::donorHistory(const QUuid& donorUuid)
{
    DonorHistory history;
    const std::optional<Donor> donor = DonorRepository(m_database).loadAny(donorUuid);
    if (!donor)
        return history;
    history.donor = *donor;

    DonationQuery query;
    query.donor = donorUuid;
    forEachRow(query, [&](const DonationRow& row) {
        history.donations.append(row);
        if (row.status == DonationStatus::Paid) {
            history.paidCents += row.amountCents;
            ++history.paidCount;
        } else if (row.status == DonationStatus::Refunded) {
            history.refundedCents += row.amountCents;
        }
        if (!history.firstDate.isValid() || row.date < history.firstDate)
            history.firstDate = row.date;
        if (!history.lastDate.isValid() || row.date > history.lastDate)
            history.lastDate = row.date;
        return true;
    });
    return history;
}

namespace {

const QString kPayoutColumns = SyncColumns::list()
    + QStringLiteral(", campaign_uuid, platform, reference, date, gross_cents, commission_cents, "
                     "payment_fees_cents, net_cents, reconciled, import_key");

Payout payoutFrom(const QSqlQuery& q)
{
    Payout p;
    p.sync = SyncColumns::read(q);
    const int c = SyncColumns::kCount;
    p.campaignUuid = QUuid::fromString(q.value(c).toString());
    p.platform = q.value(c + 1).toString();
    p.reference = q.value(c + 2).toString();
    p.date = QDate::fromString(q.value(c + 3).toString(), Qt::ISODate);
    p.grossCents = q.value(c + 4).toLongLong();
    p.commissionCents = q.value(c + 5).toLongLong();
    p.paymentFeesCents = q.value(c + 6).toLongLong();
    p.netCents = q.value(c + 7).toLongLong();
    p.reconciled = q.value(c + 8).toBool();
    p.importKey = q.value(c + 9).toString();
    return p;
}

} // namespace

std::optional<Payout> DonationRepository::loadPayout(const QUuid& uuid)
{
    return SyncedTable(m_database, PayoutRepository::kTable).loadLive(uuid, kPayoutColumns, payoutFrom);
}

QList<Payout> DonationRepository::payouts(const QUuid& campaignUuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM payouts WHERE campaign_uuid = ? AND deleted = 0 ORDER BY date, id")
            .arg(kPayoutColumns),
        { uuidText(campaignUuid) });
    QList<Payout> result;
    while (q.next())
        result.append(payoutFrom(q));
    return result;
}

int DonationRepository::countOfDonor(const QUuid& donorUuid)
{
    return m_database
        .scalar(QStringLiteral("SELECT count(*) FROM donations WHERE donor_uuid = ? AND deleted = 0"),
                { uuidText(donorUuid) })
        .toInt();
}

std::optional<std::pair<QUuid, QString>> DonationRepository::findByImportKey(const QString& importKey)
{
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT uuid, status FROM donations WHERE import_key = ?"),
                                  { importKey });
    if (!q.next())
        return std::nullopt;
    return std::pair { QUuid::fromString(q.value(0).toString()), q.value(1).toString() };
}

std::optional<SharedGift> DonationRepository::sharedGift(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral(
            "SELECT campaign_uuid, coalesce(donor_uuid, ''), amount_cents, currency, date, method, "
            "platform, coalesce(platform_order_id, ''), status, note, coalesce(import_key, ''), "
            "counterpart_cents "
            "FROM donations d WHERE uuid = ? AND deleted = 0 AND NOT (%1)")
            .arg(feedCondition(QStringLiteral("d"))),
        { uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    return SharedGift { uuid,
                        q.value(0).toString(),
                        q.value(1).toString(),
                        q.value(2).toLongLong(),
                        q.value(3).toString(),
                        q.value(4).toString(),
                        q.value(5).toString(),
                        q.value(6).toString(),
                        q.value(7).toString(),
                        q.value(8).toString(),
                        q.value(9).toString(),
                        q.value(10).toString(),
                        q.value(11).toLongLong() };
}

QString DonationRepository::feedCondition(const QString& alias)
{
    return kFeedDonation.arg(alias);
}

QString DonationRepository::feedEntryCondition(const QString& alias)
{
    return QStringLiteral("(%1.entity = 'donation' AND EXISTS (SELECT 1 FROM donations fd WHERE fd.uuid = "
                          "%1.entity_uuid AND %2))")
        .arg(alias, feedCondition(QStringLiteral("fd")));
}

bool DonationRepository::isFeedDonation(const QUuid& uuid)
{
    return m_database
        .scalar(QStringLiteral("SELECT count(*) FROM donations d WHERE d.uuid = ? AND %1")
                    .arg(feedCondition(QStringLiteral("d"))),
                { uuidText(uuid) })
        .toInt();
}

} // namespace casedesk
