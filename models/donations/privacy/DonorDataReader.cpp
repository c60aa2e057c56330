#include "donations/privacy/DonorDataReader.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace casedesk {

namespace {

using SqlValues::isoDate;
using SqlValues::uuidText;

} // namespace

DonorDataReader::DonorDataReader(Database& database)
    : m_database(database)
{
}

std::optional<DonorData> DonorDataReader::read(const QUuid& donor)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT name, email, address, legal_kind, siren, coalesce(platform_ref, ''), notes, "
                       "receipt_choice, consent_to_contact, coalesce(consent_date, ''), consent_source, "
                       "created_at, updated_at, erased_at FROM donors WHERE uuid = ? AND deleted = 0"),
        { uuidText(donor) });
    if (!q.next())
        return std::nullopt;
    DonorData data;
    data.uuid = donor;
    data.name = q.value(0).toString();
    data.email = q.value(1).toString();
    data.address = q.value(2).toString();
    data.legalKind = q.value(3).toString();
    data.siren = q.value(4).toString();
    data.platformRef = q.value(5).toString();
    data.notes = q.value(6).toString();
    data.receiptChoice = q.value(7).toString();
    data.consentToContact = q.value(8).toBool();
    data.consentDate = q.value(9).toString();
    data.consentSource = q.value(10).toString();
    data.createdAt = SqlValues::instant(q.value(11));
    data.updatedAt = SqlValues::instant(q.value(12));
    if (!q.value(13).isNull())
        data.erasedAt = SqlValues::instant(q.value(13));
    q.finish();
    data.gifts = gifts(donor);
    data.receipts = receipts(donor);
    return data;
}

QList<BankLineReference> DonorDataReader::bankLinesOf(const QString& targetUuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT l.uuid, l.booking_date, l.amount_cents, l.label, l.bank_reference, "
                       "coalesce(a.iban, '') FROM reconciliation_matches m "
                       "JOIN bank_lines l ON l.uuid = m.bank_line_uuid "
                       "LEFT JOIN bank_accounts a ON a.uuid = l.account_uuid "
                       "WHERE m.target_uuid = ? AND m.deleted = 0 AND m.state = 'accepted' "
                       "ORDER BY l.booking_date, l.id"),
        { targetUuid });
    QList<BankLineReference> lines;
    while (q.next())
        lines.append({ q.value(0).toString(), isoDate(q.value(1)), q.value(2).toLongLong(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    return lines;
}

std::optional<PayoutReference> DonorDataReader::payout(const QString& uuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT platform, reference, date, net_cents FROM payouts WHERE uuid = ?"), { uuid });
    if (!q.next())
        return std::nullopt;
    PayoutReference payout {
        uuid, q.value(0).toString(), q.value(1).toString(), isoDate(q.value(2)), q.value(3).toLongLong(), {}
    };
    q.finish();
    payout.bankLines = bankLinesOf(uuid);
    return payout;
}

QList<DonorGiftData> DonorDataReader::gifts(const QUuid& donor)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral(
            "SELECT uuid, date, amount_cents, currency, coalesce(campaign_uuid, ''), campaign_title, "
            "status, method, platform, coalesce(platform_order_id, ''), counterpart_cents, note, "
            "coalesce(payout_uuid, '') FROM donations WHERE donor_uuid = ? AND deleted = 0 "
            "ORDER BY date, id"),
        { uuidText(donor) });
    QList<DonorGiftData> gifts;
    QStringList payouts;
    while (q.next()) {
        DonorGiftData gift;
        gift.uuid = q.value(0).toString();
        gift.date = isoDate(q.value(1));
        gift.amountCents = q.value(2).toLongLong();
        gift.currency = q.value(3).toString();
        gift.campaignUuid = q.value(4).toString();
        gift.campaignTitle = q.value(5).toString();
        gift.status = q.value(6).toString();
        gift.method = q.value(7).toString();
        gift.platform = q.value(8).toString();
        gift.platformOrderId = q.value(9).toString();
        gift.counterpartCents = q.value(10).toLongLong();
        gift.note = q.value(11).toString();
        gifts.append(gift);
        payouts.append(q.value(12).toString());
    }
    q.finish();
    for (int i = 0; i < gifts.size(); ++i) {
        gifts[i].bankLines = bankLinesOf(gifts.at(i).uuid);
        if (!payouts.at(i).isEmpty())
            gifts[i].payout = payout(payouts.at(i));
    }
    return gifts;
}

QList<DonorReceiptData> DonorDataReader::receipts(const QUuid& donor)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT uuid, number, year, kind, amount_cents, status, issued_on, period_from, "
                       "period_to, cancelled_on FROM receipts WHERE donor_uuid = ? AND deleted = 0 "
                       "ORDER BY year, sequence"),
        { uuidText(donor) });
    QList<DonorReceiptData> receipts;
    while (q.next()) {
        DonorReceiptData receipt;
        receipt.uuid = q.value(0).toString();
        receipt.number = q.value(1).toString();
        receipt.year = q.value(2).toInt();
        receipt.kind = q.value(3).toString();
        receipt.amountCents = q.value(4).toLongLong();
        receipt.status = q.value(5).toString();
        receipt.issuedOn = isoDate(q.value(6));
        receipt.periodFrom = isoDate(q.value(7));
        receipt.periodTo = isoDate(q.value(8));
        receipt.cancelledOn = isoDate(q.value(9));
        receipts.append(receipt);
    }
    q.finish();
    for (DonorReceiptData& receipt : receipts) {
        QSqlQuery covered = m_database.exec(
            QStringLiteral(
                "SELECT donation_uuid FROM receipt_gifts WHERE receipt_uuid = ? ORDER BY donation_uuid"),
            { receipt.uuid });
        while (covered.next())
            receipt.giftUuids.append(covered.value(0).toString());
    }
    return receipts;
}

} // namespace casedesk
