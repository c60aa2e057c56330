// Tax receipts shared between the association's desks through the platform (docs/platform-api.md
// §3.2): outbox entity "receipt", kind "receipt". Private: never in the public API. Only the
// issuing desk (its receipt settings) issues and cancels them; the others receive them read-only.
// What a receipt printed never changes: a received document that would rewrite it is left out
// with a line in the sync log, and only a cancellation is taken. The PDF a desk wrote (its file
// name and SHA-256) stays on that desk.
#include "sync/kinds/KindEntries.h"
#include "sync/kinds/KindSupport.h"

#include "common/Money.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "receipts/ReceiptRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "sync/PullRules.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace casedesk {

namespace {

using SqlValues::uuidText;

class ReceiptSync
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptSync)
};

// A receipt changes only by being cancelled, on the one issuing desk.
const ConflictFieldSpec kReceiptFields[] = {
    { "status", QT_TRANSLATE_NOOP("ConflictResolver", "Status") },
    { "cancelReason", QT_TRANSLATE_NOOP("ConflictResolver", "Reason for cancelling") },
};

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue uuidOrNull(const QUuid& uuid)
{
    return uuid.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(uuidText(uuid));
}

// A receipt's donor must reach the platform first: one the feed created was never sent.
void queueDonorsOfReceipts(Database& database)
{
    KindSupport::queueDonors(database, DonorRepository(database).unsentDonorsOfQueuedReceipts());
}

QJsonObject receiptDocument(Database& database, const QUuid& uuid)
{
    const std::optional<Receipt> receipt = ReceiptRepository(database).load(uuid);
    if (!receipt || receipt->sync.deleted)
        return {};
    QJsonArray gifts;
    for (const ReceiptGift& gift : receipt->gifts) {
        QJsonObject item { { QStringLiteral("donationId"), uuidText(gift.donationUuid) },
                           { QStringLiteral("giftCents"), gift.giftCents },
                           { QStringLiteral("counterpartCents"), gift.counterpartCents },
                           { QStringLiteral("receiptedCents"), gift.receiptedCents } };
        // A donation of the platform's feed has another UUID on each desk: its import key is the
        // same everywhere, so the other desks find it by that.
        const QString importKey
            = database
                  .scalar(QStringLiteral("SELECT import_key FROM donations WHERE uuid = ?"),
                          { uuidText(gift.donationUuid) })
                  .toString();
        if (!importKey.isEmpty())
            item.insert(QStringLiteral("importKey"), importKey);
        gifts.append(item);
    }
    return { { QStringLiteral("number"), receipt->number },
             { QStringLiteral("year"), receipt->year },
             { QStringLiteral("sequence"), receipt->sequence },
             { QStringLiteral("kind"), ReceiptCodes::kind(receipt->kind) },
             { QStringLiteral("form"), ReceiptCodes::form(receipt->form) },
             { QStringLiteral("donorId"), uuidText(receipt->donorUuid) },
             { QStringLiteral("donorName"), receipt->donorName },
             { QStringLiteral("donorAddress"), receipt->donorAddress },
             { QStringLiteral("donorSiren"), receipt->donorSiren },
             { QStringLiteral("amountCents"), receipt->amountCents },
             { QStringLiteral("periodFrom"), dateOrNull(receipt->periodFrom) },
             { QStringLiteral("periodTo"), dateOrNull(receipt->periodTo) },
             { QStringLiteral("issuedOn"), dateOrNull(receipt->issuedOn) },
             { QStringLiteral("issuingDesk"), receipt->issuingDesk },
             { QStringLiteral("status"), ReceiptCodes::status(receipt->status) },
             { QStringLiteral("cancelledOn"), dateOrNull(receipt->cancelledOn) },
             { QStringLiteral("cancelReason"), receipt->cancelReason },
             { QStringLiteral("replacesId"), uuidOrNull(receipt->replacesUuid) },
             { QStringLiteral("gifts"), gifts } };
}

// A receipt as received. Empty `problem` when the document can be taken, else why not
// (translated): a document without a member a receipt needs (a desk of another version's, or
// tampered with) is never completed with this desk's guesses.
Receipt receiptFrom(Database& database, const QUuid& uuid, const QJsonObject& data, QString* problem)
{
    Receipt r;
    r.sync.uuid = uuid;
    for (const char* member : { "number", "year", "sequence", "kind", "form", "donorId", "donorName",
                                "amountCents", "periodFrom", "periodTo", "issuedOn", "status", "gifts" }) {
        if (!data.contains(QLatin1String(member))) {
            *problem = ReceiptSync::tr("its document has no \"%1\"").arg(QLatin1String(member));
            return r;
        }
    }
    r.number = data.value(QStringLiteral("number")).toString();
    r.year = data.value(QStringLiteral("year")).toInt();
    r.sequence = data.value(QStringLiteral("sequence")).toInt();
    const auto kind = ReceiptCodes::kindFromCode(data.value(QStringLiteral("kind")).toString());
    const auto form = ReceiptCodes::formFromCode(data.value(QStringLiteral("form")).toString());
    const auto status = ReceiptCodes::statusFromCode(data.value(QStringLiteral("status")).toString());
    if (!kind || !form || !status) {
        *problem = ReceiptSync::tr("its kind, form or status is not one this version knows");
        return r;
    }
    r.kind = *kind;
    r.form = *form;
    r.status = *status;
    r.donorUuid = uuidField(data, QStringLiteral("donorId"));
    r.donorName = data.value(QStringLiteral("donorName")).toString();
    r.donorAddress = data.value(QStringLiteral("donorAddress")).toString();
    r.donorSiren = data.value(QStringLiteral("donorSiren")).toString();
    r.amountCents = data.value(QStringLiteral("amountCents")).toInteger();
    r.periodFrom = dateField(data, QStringLiteral("periodFrom"));
    r.periodTo = dateField(data, QStringLiteral("periodTo"));
    r.issuedOn = dateField(data, QStringLiteral("issuedOn"));
    r.issuingDesk = data.value(QStringLiteral("issuingDesk")).toString();
    r.cancelledOn = dateField(data, QStringLiteral("cancelledOn"));
    r.cancelReason = data.value(QStringLiteral("cancelReason")).toString();
    r.replacesUuid = uuidField(data, QStringLiteral("replacesId"));
    for (const QJsonValue& value : data.value(QStringLiteral("gifts")).toArray()) {
        const QJsonObject item = value.toObject();
        ReceiptGift gift;
        gift.donationUuid = uuidField(item, QStringLiteral("donationId"));
        const QString importKey = item.value(QStringLiteral("importKey")).toString();
        if (!importKey.isEmpty()
            && database
                    .scalar(QStringLiteral("SELECT count(*) FROM donations WHERE uuid = ?"),
                            { uuidText(gift.donationUuid) })
                    .toInt()
                == 0) {
            if (const auto local = DonationRepository(database).findByImportKey(importKey))
                gift.donationUuid = local->first;
        }
        gift.giftCents = item.value(QStringLiteral("giftCents")).toInteger();
        gift.counterpartCents = item.value(QStringLiteral("counterpartCents")).toInteger();
        gift.receiptedCents = item.value(QStringLiteral("receiptedCents")).toInteger();
        r.gifts.append(gift);
    }
    if (r.donorUuid.isNull() || !r.periodFrom.isValid() || !r.periodTo.isValid() || !r.issuedOn.isValid())
        *problem = ReceiptSync::tr("its donor or one of its dates is missing");
    return r;
}

// "receipt 2027-00001 (Jeanne Martin, 25,00 €)"
QString receiptLabel(const QJsonObject& document)
{
    return ReceiptSync::tr("receipt %1 (%2, %3)")
        .arg(document.value(QStringLiteral("number")).toString(),
             document.value(QStringLiteral("donorName")).toString(),
             Money::format(document.value(QStringLiteral("amountCents")).toInteger()));
}

PullOutcome leftOut(const PulledRecord& record, const QString& problem)
{
    qCWarning(lcSync) << "left out receipt" << uuidText(record.id) << ":" << problem;
    return PullOutcome::AlreadyKnown;
}

QString capitalised(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    return sentence;
}

PullOutcome applyReceipt(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    SyncedTable::Copy local;
    if (const auto outcome = PullRules::settle(context.database, KindEntries::receipt(), record, &local))
        return *outcome;
    ReceiptRepository receipts(context.database);
    if (record.deleted) {
        if (!local.exists || local.deleted)
            return PullOutcome::AlreadyKnown;
        const QString problem = receipts.removeReceived(record.id, record.version);
        if (problem.isEmpty())
            return PullOutcome::Applied;
        context.notices.append(
            ReceiptSync::tr("The deletion received from the platform was left out: %1.").arg(problem));
        return leftOut(record, problem);
    }
    QString problem;
    const Receipt received = receiptFrom(context.database, record.id, record.data, &problem);
    if (problem.isEmpty())
        problem = receipts.storeReceived(received, record.version);
    if (problem.isEmpty())
        return PullOutcome::Applied;
    context.notices.append(capitalised(ReceiptSync::tr("%1 received from the platform was left out: %2.")
                                           .arg(receiptLabel(record.data), problem)));
    return leftOut(record, problem);
}

void writeReceipt(Database& database, const QUuid& uuid, const QJsonObject& data,
                  std::optional<qint64> version)
{
    QString problem;
    const Receipt decided = receiptFrom(database, uuid, data, &problem);
    if (problem.isEmpty())
        problem = ReceiptRepository(database).storeReceived(decided, version.value_or(0));
    if (!problem.isEmpty())
        throw DatabaseError(
            ReceiptSync::tr("The receipt %1 cannot be written: %2.").arg(uuidText(uuid), problem));
}

void tombstoneReceipt(Database& database, const QUuid& uuid, std::optional<qint64> version)
{
    const QString problem = ReceiptRepository(database).removeReceived(uuid, version);
    if (!problem.isEmpty())
        throw DatabaseError(
            ReceiptSync::tr("The record %1 cannot be deleted: %2.").arg(uuidText(uuid), problem));
}

std::optional<QString> fieldText(Database&, const QString& key, const QJsonValue& value)
{
    if (key == QLatin1String("status")) {
        const auto status = ReceiptCodes::statusFromCode(value.toString());
        return status ? ReceiptCodes::statusLabel(*status) : value.toString();
    }
    return std::nullopt;
}

} // namespace

const SyncKind& KindEntries::receipt()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.beforePush = queueDonorsOfReceipts;
        k.entity = ReceiptRepository::kEntity;
        k.wireKind = QStringLiteral("receipt");
        k.collection = QStringLiteral("receipts");
        k.table = ReceiptRepository::kTable;
        k.references = { { QStringLiteral("donor"), QStringLiteral("donorId") },
                         { QStringLiteral("gift"), QStringLiteral("gifts/donationId") },
                         { QStringLiteral("receipt"), QStringLiteral("replacesId") } };
        k.chainColumn = QStringLiteral("replaces_uuid");
        k.conflictFields = kReceiptFields;
        k.document = receiptDocument;
        k.applyPulled = applyReceipt;
        k.writeDecided = writeReceipt;
        k.tombstoneDecided = tombstoneReceipt;
        k.label = receiptLabel;
        k.fieldText = fieldText;
        return k;
    }();
    return kind;
}

} // namespace casedesk
