#include "receipts/ReceiptRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncedTable.h"

#include <algorithm>

namespace casedesk {

namespace {

QString methodCode(const PlannedReceipt& planned)
{
    QString code;
    for (const ReceiptGift& gift : planned.gifts) {
        const QString method = ReceiptCodes::method(gift.method);
        if (code.isEmpty())
            code = method;
        else if (code != method)
            return QStringLiteral("mixed");
    }
    return code;
}

// What a receipt printed: the same on every desk, whatever happens to it after.
bool samePrinted(const Receipt& a, const Receipt& b)
{
    if (a.number != b.number || a.year != b.year || a.sequence != b.sequence || a.kind != b.kind
        || a.form != b.form || a.donorUuid != b.donorUuid || a.donorName != b.donorName
        || a.donorAddress != b.donorAddress || a.donorSiren != b.donorSiren || a.amountCents != b.amountCents
        || a.periodFrom != b.periodFrom || a.periodTo != b.periodTo || a.issuedOn != b.issuedOn
        || a.issuingDesk != b.issuingDesk || a.replacesUuid != b.replacesUuid
        || a.gifts.size() != b.gifts.size())
        return false;
    for (const ReceiptGift& gift : a.gifts) {
        const auto same = [&gift](const ReceiptGift& other) {
            return other.donationUuid == gift.donationUuid && other.giftCents == gift.giftCents
                && other.counterpartCents == gift.counterpartCents
                && other.receiptedCents == gift.receiptedCents;
        };
        if (std::none_of(b.gifts.cbegin(), b.gifts.cend(), same))
            return false;
    }
    return true;
}

} // namespace

ReceiptRepository::ReceiptRepository(Database& database)
    : m_database(database)
{
}

std::optional<Receipt> ReceiptRepository::issue(const PlannedReceipt& planned, const QDate& issuedOn,
                                                const QString& deskId, QString* refusal)
{
    if (planned.gifts.isEmpty() || planned.amountCents() <= 0) {
        *refusal = tr("A receipt needs at least one gift with an amount to receipt.");
        return std::nullopt;
    }
    WriteTransaction transaction(m_database);
    for (const ReceiptGift& gift : planned.gifts) {
        const QString uuid = SqlValues::uuidText(gift.donationUuid);
        const QVariant status = m_database.scalar(
            QStringLiteral("SELECT status FROM donations WHERE uuid = ? AND deleted = 0"), { uuid });
        if (status.toString() != QLatin1String("paid")) {
            *refusal = tr("The gift of %1 dated %2 is no longer paid; no receipt was issued for it.")
                           .arg(planned.donorName, gift.date.toString(Qt::ISODate));
            return std::nullopt;
        }
        const QVariant taken = m_database.scalar(
            QStringLiteral("SELECT r.number FROM receipt_gifts g JOIN receipts r ON r.uuid = g.receipt_uuid "
                           "WHERE g.donation_uuid = ? AND g.active = 1"),
            { uuid });
        if (!taken.isNull()) {
            *refusal = tr("The gift of %1 dated %2 is already on receipt %3.")
                           .arg(planned.donorName, gift.date.toString(Qt::ISODate), taken.toString());
            return std::nullopt;
        }
    }
    // Under the write lock (BEGIN IMMEDIATE): no other process can number between this read and
    // the insert, and UNIQUE (year, sequence) would refuse it if one tried.
    const int year = issuedOn.year();
    // Numbers follow the dates within a year: a receipt dated before the year's last one would
    // carry a higher number for an earlier date.
    QSqlQuery latest = m_database.exec(
        QStringLiteral(
            "SELECT number, issued_on FROM receipts WHERE year = ? ORDER BY sequence DESC LIMIT 1"),
        { year });
    if (latest.next() && SqlValues::isoDate(latest.value(1)) > issuedOn) {
        *refusal
            = tr("Receipt %1 is dated %2: a receipt of the same year cannot be dated earlier, or the numbers "
                 "would not follow the dates.")
                  .arg(latest.value(0).toString(), latest.value(1).toString());
        return std::nullopt;
    }
    const int sequence
        = m_database
              .scalar(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) + 1 FROM receipts WHERE year = ?"),
                      { year })
              .toInt();
    Receipt receipt;
    receipt.sync.uuid = QUuid::createUuid();
    receipt.number = ReceiptCodes::number(year, sequence);
    receipt.year = year;
    receipt.sequence = sequence;
    receipt.kind = planned.kind;
    receipt.form = planned.form;
    receipt.donorUuid = planned.donorUuid;
    receipt.donorName = planned.donorName;
    receipt.donorAddress = planned.donorAddress;
    receipt.donorSiren = planned.donorSiren;
    receipt.amountCents = planned.amountCents();
    receipt.periodFrom = planned.periodFrom;
    receipt.periodTo = planned.periodTo;
    receipt.issuedOn = issuedOn;
    receipt.issuingDesk = deskId;
    receipt.gifts = planned.gifts;
    const QString now = Clock::nowUtcIso();
    const QString uuid = SqlValues::uuidText(receipt.sync.uuid);
    const QSqlQuery inserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO receipts (uuid, revision, created_at, updated_at, number, year, sequence, kind, "
            "form, donor_uuid, donor_name, donor_address, donor_siren, amount_cents, period_from, "
            "period_to, method, issued_on, issuing_desk) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { uuid, now, now, receipt.number, year, sequence, ReceiptCodes::kind(receipt.kind),
          ReceiptCodes::form(receipt.form), SqlValues::uuidText(receipt.donorUuid), receipt.donorName,
          receipt.donorAddress, receipt.donorSiren, receipt.amountCents,
          SqlValues::dateValue(receipt.periodFrom), SqlValues::dateValue(receipt.periodTo),
          methodCode(planned), SqlValues::dateValue(issuedOn), deskId });
    for (const ReceiptGift& gift : planned.gifts) {
        m_database.execCached(
            QStringLiteral(
                "INSERT INTO receipt_gifts (receipt_uuid, donation_uuid, gift_cents, counterpart_cents, "
                "receipted_cents) VALUES (?, ?, ?, ?, ?)"),
            { uuid, SqlValues::uuidText(gift.donationUuid), gift.giftCents, gift.counterpartCents,
              gift.receiptedCents });
    }
    Outbox::enqueue(m_database, kEntity, receipt.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();
    receipt.sync.localId = inserted.lastInsertId().toLongLong();
    receipt.sync.revision = 1;
    receipt.sync.createdAt = receipt.sync.updatedAt = SqlValues::instant(now);
    return receipt;
}

QString ReceiptRepository::cancel(const QUuid& uuid, const QString& reason, const QDate& on)
{
    if (reason.trimmed().isEmpty())
        return tr("Reason: say why the receipt is cancelled (it is kept in the register with it).");
    WriteTransaction transaction(m_database);
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT number, status, revision FROM receipts WHERE uuid = ? AND deleted = 0"),
        { SqlValues::uuidText(uuid) });
    if (!q.next())
        return tr("No receipt %1 on this desk.").arg(SqlValues::uuidText(uuid));
    const QString number = q.value(0).toString();
    if (q.value(1).toString() == QLatin1String("cancelled"))
        return tr("Receipt %1 is already cancelled.").arg(number);
    const qint64 revision = q.value(2).toLongLong() + 1;
    m_database.exec(
        QStringLiteral("UPDATE receipts SET status = 'cancelled', cancelled_on = ?, cancel_reason = ?, "
                       "revision = ?, updated_at = ? WHERE uuid = ?"),
        { SqlValues::dateValue(on), reason.trimmed(), revision, Clock::nowUtcIso(),
          SqlValues::uuidText(uuid) });
    m_database.exec(QStringLiteral("UPDATE receipt_gifts SET active = 0 WHERE receipt_uuid = ?"),
                    { SqlValues::uuidText(uuid) });
    Outbox::enqueue(m_database, kEntity, uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    return {};
}

std::optional<Receipt> ReceiptRepository::replace(const QUuid& uuid, const QString& reason, const QDate& on,
                                                  const QString& deskId, const ReceiptPolicy& policy,
                                                  QString* problem)
{
    const std::optional<Receipt> old = load(uuid);
    if (!old) {
        *problem = tr("No receipt %1 on this desk.").arg(SqlValues::uuidText(uuid));
        return std::nullopt;
    }
    WriteTransaction transaction(m_database);
    if (const QString refused = cancel(uuid, reason, on); !refused.isEmpty()) {
        *problem = refused;
        return std::nullopt;
    }
    // The gifts still paid, with the donor as recorded now (a corrected address, a SIREN).
    QList<CandidateDonor> donors = candidates(old->periodTo.year(), old->donorUuid);
    QList<CandidateGift> kept;
    for (const CandidateDonor& donor : std::as_const(donors)) {
        for (const CandidateGift& gift : donor.gifts) {
            for (const ReceiptGift& line : old->gifts) {
                if (line.donationUuid == gift.donationUuid)
                    kept.append(gift);
            }
        }
    }
    if (donors.isEmpty() || kept.isEmpty()) {
        *problem = tr("None of receipt %1's gifts is still paid: cancel it without a replacement.")
                       .arg(old->number);
        return std::nullopt;
    }
    CandidateDonor donor = donors.first();
    donor.gifts = kept;
    donor.receiptChoice = QStringLiteral("per_gift"); // an opt-out now does not void a receipt given
    const ReceiptMode mode = old->kind == ReceiptKind::Annual ? ReceiptMode::Annual : ReceiptMode::PerGift;
    const ReceiptPlan plan = ReceiptPlanner::plan(old->periodTo.year(), { donor }, mode, policy, false);
    if (plan.receipts.size() != 1) {
        *problem = plan.skipped.isEmpty()
            ? tr("Receipt %1 cannot be replaced by one receipt; cancel it and issue new ones.")
                  .arg(old->number)
            : tr("Receipt %1 cannot be replaced: %2.")
                  .arg(old->number, ReceiptPlanner::reasonLabel(plan.skipped.first().reason));
        return std::nullopt;
    }
    std::optional<Receipt> issued = issue(plan.receipts.first(), on, deskId, problem);
    if (!issued)
        return std::nullopt;
    Receipt replacement = *issued;
    m_database.exec(QStringLiteral("UPDATE receipts SET replaces_uuid = ? WHERE uuid = ?"),
                    { SqlValues::uuidText(uuid), SqlValues::uuidText(replacement.sync.uuid) });
    transaction.commit();
    replacement.replacesUuid = uuid;
    replacement.replacesNumber = old->number;
    return replacement;
}

QString ReceiptRepository::checkNewReceived(const Receipt& receipt)
{
    if (receipt.sequence <= 0 || receipt.number != ReceiptCodes::number(receipt.year, receipt.sequence))
        return tr("its number \"%1\" is not its year and order").arg(receipt.number);
    qint64 sum = 0;
    for (const ReceiptGift& gift : receipt.gifts) {
        if (gift.receiptedCents <= 0)
            return tr("it receipts a gift for nothing");
        sum += gift.receiptedCents;
    }
    if (receipt.gifts.isEmpty() || sum != receipt.amountCents)
        return tr("its amount is not the sum of its gifts");
    const QVariant taken = m_database.scalar(
        QStringLiteral("SELECT issuing_desk FROM receipts WHERE (number = ? OR (year = ? AND sequence = ?)) "
                       "AND uuid <> ?"),
        { receipt.number, receipt.year, receipt.sequence, SqlValues::uuidText(receipt.sync.uuid) });
    if (!taken.isNull())
        return tr("this desk already has a receipt numbered %1: only one desk may issue the receipts")
            .arg(receipt.number);
    if (!m_database
             .scalar(QStringLiteral("SELECT count(*) FROM donors WHERE uuid = ?"),
                     { SqlValues::uuidText(receipt.donorUuid) })
             .toInt())
        return tr("its donor is not on this desk");
    if (!receipt.replacesUuid.isNull()
        && !m_database
                .scalar(QStringLiteral("SELECT count(*) FROM receipts WHERE uuid = ?"),
                        { SqlValues::uuidText(receipt.replacesUuid) })
                .toInt())
        return tr("the receipt it replaces is not on this desk");
    for (const ReceiptGift& gift : receipt.gifts) {
        const QString donation = SqlValues::uuidText(gift.donationUuid);
        if (!m_database.scalar(QStringLiteral("SELECT count(*) FROM donations WHERE uuid = ?"), { donation })
                 .toInt())
            return tr("its gift %1 is not on this desk").arg(donation);
        const QVariant other = m_database.scalar(
            QStringLiteral("SELECT r.number FROM receipt_gifts g JOIN receipts r ON r.uuid = g.receipt_uuid "
                           "WHERE g.donation_uuid = ? AND g.active = 1"),
            { donation });
        if (receipt.status == ReceiptStatus::Issued && !other.isNull())
            return tr("its gift %1 is already on receipt %2 here").arg(donation, other.toString());
    }
    return {};
}

QString ReceiptRepository::storeReceived(const Receipt& receipt, qint64 serverVersion)
{
    const std::optional<Receipt> local = load(receipt.sync.uuid);
    if (local && !samePrinted(*local, receipt))
        return tr("it changes receipt %1 as it was issued (its number, donor, amounts or gifts): a receipt "
                  "is never rewritten, only cancelled and replaced")
            .arg(local->number);
    if (local && local->status == ReceiptStatus::Cancelled && receipt.status == ReceiptStatus::Issued)
        return tr("receipt %1 is cancelled here: a cancelled receipt is never valid again")
            .arg(local->number);
    if (receipt.status == ReceiptStatus::Cancelled && receipt.cancelReason.trimmed().isEmpty())
        return tr("it is cancelled without a reason");
    WriteTransaction transaction(m_database);
    if (!local) {
        if (const QString problem = checkNewReceived(receipt); !problem.isEmpty())
            return problem;
    }
    // The Cerfa's box, from the gifts as this desk records them.
    QStringList donations;
    for (const ReceiptGift& gift : receipt.gifts)
        donations.append(QStringLiteral("'%1'").arg(SqlValues::uuidText(gift.donationUuid)));
    QSqlQuery methods = m_database.exec(
        QStringLiteral(
            "SELECT DISTINCT CASE WHEN method IN ('cash', 'cheque') THEN method ELSE 'transfer' END "
            "FROM donations WHERE uuid IN (%1)")
            .arg(donations.join(QLatin1Char(','))));
    QString method;
    while (methods.next())
        method = method.isEmpty() ? methods.value(0).toString() : QStringLiteral("mixed");
    if (method.isEmpty())
        method = local ? m_database
                             .scalar(QStringLiteral("SELECT method FROM receipts WHERE uuid = ?"),
                                     { SqlValues::uuidText(receipt.sync.uuid) })
                             .toString()
                       : QStringLiteral("transfer");
    const bool active = receipt.status == ReceiptStatus::Issued;
    SyncedTable(m_database, kTable)
        .storeReceived(
            receipt.sync.uuid, serverVersion,
            QStringLiteral("number, year, sequence, kind, form, donor_uuid, donor_name, donor_address, "
                           "donor_siren, amount_cents, period_from, period_to, method, issued_on, "
                           "issuing_desk, status, cancelled_on, cancel_reason, replaces_uuid"),
            { receipt.number, receipt.year, receipt.sequence, ReceiptCodes::kind(receipt.kind),
              ReceiptCodes::form(receipt.form), SqlValues::uuidText(receipt.donorUuid), receipt.donorName,
              receipt.donorAddress, receipt.donorSiren, receipt.amountCents,
              SqlValues::dateValue(receipt.periodFrom), SqlValues::dateValue(receipt.periodTo), method,
              SqlValues::dateValue(receipt.issuedOn), receipt.issuingDesk,
              ReceiptCodes::status(receipt.status),
              active ? QVariant() : SqlValues::dateValue(receipt.cancelledOn),
              active ? QString() : receipt.cancelReason.trimmed(),
              receipt.replacesUuid.isNull() ? QVariant() : SqlValues::uuidText(receipt.replacesUuid) });
    const QString uuid = SqlValues::uuidText(receipt.sync.uuid);
    if (local) {
        m_database.exec(QStringLiteral("UPDATE receipt_gifts SET active = ? WHERE receipt_uuid = ?"),
                        { int(active), uuid });
    } else {
        for (const ReceiptGift& gift : receipt.gifts) {
            m_database.execCached(
                QStringLiteral("INSERT INTO receipt_gifts (receipt_uuid, donation_uuid, gift_cents, "
                               "counterpart_cents, receipted_cents, active) VALUES (?, ?, ?, ?, ?, ?)"),
                { uuid, SqlValues::uuidText(gift.donationUuid), gift.giftCents, gift.counterpartCents,
                  gift.receiptedCents, int(active) });
        }
    }
    transaction.commit();
    return {};
}

QString ReceiptRepository::removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion)
{
    Q_UNUSED(serverVersion)
    const std::optional<Receipt> local = load(uuid);
    if (!local)
        return {};
    return tr("receipt %1 is never deleted: it stays in the register, cancelled if need be")
        .arg(local->number);
}

void ReceiptRepository::setPdf(const QUuid& uuid, const QString& fileName, const QString& sha256)
{
    WriteTransaction transaction(m_database);
    m_database.execCached(QStringLiteral("UPDATE receipts SET file_name = ?, pdf_sha256 = ? WHERE uuid = ?"),
                          { fileName, sha256, SqlValues::uuidText(uuid) });
    transaction.commit();
}

} // namespace casedesk
