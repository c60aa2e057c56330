// ReceiptRepository's reads: receipts, the register, the declaration, and the gifts still to
// receipt (the planner's candidates).
#include "procedures/DeadlineCalculator.h"
#include "receipts/ReceiptRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"

#include <QRegularExpression>

namespace casedesk {

namespace {

const QString kReceiptColumns = QStringLiteral(
    "number, year, sequence, kind, form, donor_uuid, donor_name, donor_address, donor_siren, amount_cents, "
    "period_from, period_to, issued_on, issuing_desk, status, cancelled_on, cancel_reason, replaces_uuid, "
    "(SELECT o.number FROM receipts o WHERE o.uuid = receipts.replaces_uuid), file_name, pdf_sha256");

Receipt readReceipt(const QSqlQuery& q)
{
    Receipt r;
    r.sync = SyncColumns::read(q);
    int c = SyncColumns::kCount;
    r.number = q.value(c++).toString();
    r.year = q.value(c++).toInt();
    r.sequence = q.value(c++).toInt();
    r.kind = ReceiptCodes::kindFromCode(q.value(c++).toString()).value_or(ReceiptKind::Gift);
    r.form = ReceiptCodes::formFromCode(q.value(c++).toString()).value_or(ReceiptForm::Individual);
    r.donorUuid = QUuid::fromString(q.value(c++).toString());
    r.donorName = q.value(c++).toString();
    r.donorAddress = q.value(c++).toString();
    r.donorSiren = q.value(c++).toString();
    r.amountCents = q.value(c++).toLongLong();
    r.periodFrom = SqlValues::isoDate(q.value(c++));
    r.periodTo = SqlValues::isoDate(q.value(c++));
    r.issuedOn = SqlValues::isoDate(q.value(c++));
    r.issuingDesk = q.value(c++).toString();
    r.status = ReceiptCodes::statusFromCode(q.value(c++).toString()).value_or(ReceiptStatus::Issued);
    r.cancelledOn = SqlValues::isoDate(q.value(c++));
    r.cancelReason = q.value(c++).toString();
    r.replacesUuid = QUuid::fromString(q.value(c++).toString());
    r.replacesNumber = q.value(c++).toString();
    r.fileName = q.value(c++).toString();
    r.pdfSha256 = q.value(c++).toString();
    return r;
}

ReceiptMethod receiptMethod(const QString& donationMethod)
{
    if (donationMethod == QLatin1String("cash"))
        return ReceiptMethod::Cash;
    if (donationMethod == QLatin1String("cheque"))
        return ReceiptMethod::Cheque;
    return ReceiptMethod::Transfer; // card, transfer, direct debit, a platform's card payment
}

// The second working day after 1 May: art. 223 CGI's date for a year closed on 31 December.
QDate declarationDeadline(int year)
{
    const QDate first = DeadlineCalculator::nextWorkingDay(QDate(year + 1, 5, 2), HolidayRegion::Metropole);
    return DeadlineCalculator::nextWorkingDay(first.addDays(1), HolidayRegion::Metropole);
}

} // namespace

void ReceiptRepository::loadGifts(Receipt& receipt)
{
    receipt.gifts.clear();
    Database::CachedQuery q = m_database.execCached(
        QStringLiteral("SELECT g.donation_uuid, d.date, d.method, g.gift_cents, g.counterpart_cents, "
                       "g.receipted_cents, d.campaign_title FROM receipt_gifts g "
                       "LEFT JOIN donations d ON d.uuid = g.donation_uuid WHERE g.receipt_uuid = ? "
                       "ORDER BY d.date, d.id"),
        { SqlValues::uuidText(receipt.sync.uuid) });
    while (q.next()) {
        ReceiptGift gift;
        gift.donationUuid = QUuid::fromString(q.value(0).toString());
        gift.date = SqlValues::isoDate(q.value(1));
        gift.method = receiptMethod(q.value(2).toString());
        gift.giftCents = q.value(3).toLongLong();
        gift.counterpartCents = q.value(4).toLongLong();
        gift.receiptedCents = q.value(5).toLongLong();
        gift.campaignTitle = q.value(6).toString();
        receipt.gifts.append(gift);
    }
}

std::optional<Receipt> ReceiptRepository::load(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT %1, %2 FROM receipts WHERE uuid = ?")
                                      .arg(SyncColumns::list(), kReceiptColumns),
                                  { SqlValues::uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    Receipt receipt = readReceipt(q);
    loadGifts(receipt);
    return receipt;
}

std::optional<QUuid> ReceiptRepository::resolve(const QString& reference, QString* errorMessage)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d{4})-0*(\\d{1,9})\\s*$"));
    if (const QRegularExpressionMatch m = number.match(reference); m.hasMatch()) {
        const QVariant uuid
            = m_database.scalar(QStringLiteral("SELECT uuid FROM receipts WHERE year = ? AND sequence = ?"),
                                { m.captured(1).toInt(), m.captured(2).toInt() });
        if (uuid.isNull()) {
            *errorMessage = tr("No receipt has the number \"%1\".").arg(reference.trimmed());
            return std::nullopt;
        }
        return QUuid::fromString(uuid.toString());
    }
    return SqlValues::resolveUuidPrefix(
        m_database, kTable, reference,
        { tr("Receipt \"%1\": give its number (2027-00001) or at least 4 characters of its UUID."),
          tr("No receipt has the identifier \"%1\"."),
          tr("Receipt identifier \"%1\" matches several receipts; give its number.") },
        errorMessage);
}

QList<Receipt> ReceiptRepository::ofYear(int year)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1, %2 FROM receipts WHERE year = ? AND deleted = 0 ORDER BY sequence")
            .arg(SyncColumns::list(), kReceiptColumns),
        { year });
    QList<Receipt> receipts;
    while (q.next())
        receipts.append(readReceipt(q));
    for (Receipt& receipt : receipts)
        loadGifts(receipt);
    return receipts;
}

QList<Receipt> ReceiptRepository::ofDonor(const QUuid& donorUuid)
{
    QSqlQuery q
        = m_database.exec(QStringLiteral("SELECT %1, %2 FROM receipts WHERE donor_uuid = ? AND deleted = 0 "
                                         "ORDER BY year DESC, sequence DESC")
                              .arg(SyncColumns::list(), kReceiptColumns),
                          { SqlValues::uuidText(donorUuid) });
    QList<Receipt> receipts;
    while (q.next())
        receipts.append(readReceipt(q));
    return receipts;
}

QList<QUuid> ReceiptRepository::withoutPdf(int giftYear)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT uuid FROM receipts WHERE period_to BETWEEN ? AND ? AND deleted = 0 "
                       "AND status = 'issued' AND file_name = '' ORDER BY year, sequence"),
        { QDate(giftYear, 1, 1).toString(Qt::ISODate), QDate(giftYear, 12, 31).toString(Qt::ISODate) });
    QList<QUuid> uuids;
    while (q.next())
        uuids.append(QUuid::fromString(q.value(0).toString()));
    return uuids;
}

QList<int> ReceiptRepository::years()
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT DISTINCT year FROM receipts WHERE deleted = 0 ORDER BY year DESC"));
    QList<int> years;
    while (q.next())
        years.append(q.value(0).toInt());
    return years;
}

// From the receipted gifts to their donations (CROSS JOIN keeps that order): a read as long as
// the receipts, never a scan of the whole ledger, whatever the statistics say.
QList<ReceiptToRedo> ReceiptRepository::toRedo()
{
    QSqlQuery q = m_database.exec(QStringLiteral(
        "SELECT r.uuid, r.number, r.donor_name, d.uuid, d.date, d.amount_cents, "
        "CASE WHEN d.deleted = 1 THEN 'deleted' ELSE d.status END "
        "FROM receipt_gifts g CROSS JOIN donations d ON d.uuid = g.donation_uuid "
        "CROSS JOIN receipts r ON r.uuid = g.receipt_uuid "
        "WHERE g.active = 1 AND (d.deleted = 1 OR d.status <> 'paid') ORDER BY r.year, r.sequence"));
    QList<ReceiptToRedo> rows;
    while (q.next()) {
        rows.append({ QUuid::fromString(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
                      QUuid::fromString(q.value(3).toString()), SqlValues::isoDate(q.value(4)),
                      q.value(5).toLongLong(), q.value(6).toString() });
    }
    return rows;
}

ReceiptDeclaration ReceiptRepository::declaration(int year)
{
    ReceiptDeclaration declaration;
    declaration.year = year;
    // Gifts received in `year`: a per-gift receipt's date, an annual receipt's period.
    const QString from = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString to = QDate(year, 12, 31).toString(Qt::ISODate);
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT status, COUNT(*), COALESCE(SUM(amount_cents), 0) FROM receipts "
                       "WHERE deleted = 0 AND period_to BETWEEN ? AND ? GROUP BY status"),
        { from, to });
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("issued")) {
            declaration.receiptCount = q.value(1).toInt();
            declaration.totalCents = q.value(2).toLongLong();
        } else {
            declaration.cancelledLeftOut = q.value(1).toInt();
        }
    }
    declaration.deadline = declarationDeadline(year);
    return declaration;
}

QString ReceiptRepository::otherIssuingDesk(const QString& deskId)
{
    return m_database
        .scalar(
            QStringLiteral("SELECT issuing_desk FROM receipts WHERE issuing_desk <> ? AND issuing_desk <> '' "
                           "ORDER BY created_at DESC LIMIT 1"),
            { deskId })
        .toString();
}

QList<int> ReceiptRepository::gapsIn(int year)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT sequence FROM receipts WHERE year = ? ORDER BY sequence"), { year });
    QList<int> gaps;
    int expected = 1;
    while (q.next()) {
        const int sequence = q.value(0).toInt();
        for (; expected < sequence; ++expected)
            gaps.append(expected);
        expected = sequence + 1;
    }
    return gaps;
}

QList<CandidateDonor> ReceiptRepository::candidates(int year, const QUuid& donorUuid)
{
    const QString from = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString to = QDate(year, 12, 31).toString(Qt::ISODate);
    QString sql = QStringLiteral(
        "SELECT p.uuid, p.name, p.address, p.legal_kind, p.siren, p.receipt_choice, "
        "p.erased_at IS NOT NULL, d.uuid, d.date, d.amount_cents, d.counterpart_cents, d.method, "
        "d.campaign_title "
        "FROM donations d JOIN donors p ON p.uuid = d.donor_uuid "
        "WHERE d.deleted = 0 AND d.date BETWEEN ? AND ? AND d.status = 'paid' AND d.currency = 'EUR' "
        "AND NOT EXISTS (SELECT 1 FROM receipt_gifts g WHERE g.donation_uuid = d.uuid AND g.active = 1) ");
    QVariantList values { from, to };
    if (!donorUuid.isNull()) {
        sql += QStringLiteral("AND d.donor_uuid = ? ");
        values.append(SqlValues::uuidText(donorUuid));
    }
    sql += QStringLiteral("ORDER BY p.sort_key, p.uuid, d.date, d.id");
    QSqlQuery q = m_database.exec(sql, values);
    QList<CandidateDonor> donors;
    while (q.next()) {
        const QUuid uuid = QUuid::fromString(q.value(0).toString());
        if (donors.isEmpty() || donors.last().uuid != uuid) {
            CandidateDonor donor;
            donor.uuid = uuid;
            donor.name = q.value(1).toString();
            donor.address = q.value(2).toString();
            donor.siren = q.value(4).toString();
            donor.company = q.value(3).toString() == QLatin1String("company") || !donor.siren.isEmpty();
            donor.receiptChoice = q.value(5).toString();
            donor.erased = q.value(6).toBool();
            donors.append(donor);
        }
        CandidateGift gift;
        gift.donationUuid = QUuid::fromString(q.value(7).toString());
        gift.date = SqlValues::isoDate(q.value(8));
        gift.amountCents = q.value(9).toLongLong();
        gift.counterpartCents = q.value(10).toLongLong();
        gift.method = receiptMethod(q.value(11).toString());
        gift.campaignTitle = q.value(12).toString();
        donors.last().gifts.append(gift);
    }
    return donors;
}

} // namespace casedesk
