// The desk's own ledger records shared between the association's desks through the platform
// (docs/platform-api.md §3.2): donors (outbox entity "donor", kind "donor") and the gifts
// recorded on a desk (outbox entity "donation", kind "gift"). Private: never in the public API.
// A donation that came from the platform's read-only feed is not a gift: every desk receives it
// from the feed, so it is never pushed nor counted as waiting. The bank side of a gift (payout,
// reconciled) stays on the treasurer's desk.
#include "sync/kinds/KindEntries.h"
#include "sync/kinds/KindSupport.h"

#include "campaigns/CampaignRepository.h"
#include "common/Money.h"
#include "donations/ledger/Donation.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "sync/PullRules.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace casedesk {

namespace {

using SqlValues::uuidText;

class LedgerSync
{
    Q_DECLARE_TR_FUNCTIONS(LedgerSync)
};

// A donor as the desks share it; the platform reference is not a choice.
const ConflictFieldSpec kDonorFields[] = {
    { "name", QT_TRANSLATE_NOOP("ConflictResolver", "Name") },
    { "email", QT_TRANSLATE_NOOP("ConflictResolver", "E-mail") },
    { "address", QT_TRANSLATE_NOOP("ConflictResolver", "Address") },
    { "consentToContact", QT_TRANSLATE_NOOP("ConflictResolver", "Agrees to be contacted") },
    { "notes", QT_TRANSLATE_NOOP("ConflictResolver", "Notes") },
    { "legalKind", QT_TRANSLATE_NOOP("ConflictResolver", "Person or company") },
    { "siren", QT_TRANSLATE_NOOP("ConflictResolver", "SIREN") },
    { "receiptChoice", QT_TRANSLATE_NOOP("ConflictResolver", "Receipts") },
    { "consentDate", QT_TRANSLATE_NOOP("ConflictResolver", "Consent date") },
    { "consentSource", QT_TRANSLATE_NOOP("ConflictResolver", "Consent given through") },
};

// A gift recorded on a desk; its platform and import key are not choices, and its bank side
// (payout, reconciled) never travels.
const ConflictFieldSpec kGiftFields[] = {
    { "amountCents", QT_TRANSLATE_NOOP("ConflictResolver", "Amount") },
    { "currency", QT_TRANSLATE_NOOP("ConflictResolver", "Currency") },
    { "date", QT_TRANSLATE_NOOP("ConflictResolver", "Date") },
    { "donorId", QT_TRANSLATE_NOOP("ConflictResolver", "Donor") },
    { "campaignId", QT_TRANSLATE_NOOP("ConflictResolver", "Campaign") },
    { "method", QT_TRANSLATE_NOOP("ConflictResolver", "Method") },
    { "status", QT_TRANSLATE_NOOP("ConflictResolver", "Status") },
    { "platformOrderId", QT_TRANSLATE_NOOP("ConflictResolver", "Order") },
    { "note", QT_TRANSLATE_NOOP("ConflictResolver", "Note") },
    { "counterpartCents", QT_TRANSLATE_NOOP("ConflictResolver", "Counterpart") },
};

QJsonObject donorDocument(Database& database, const QUuid& uuid)
{
    const std::optional<Donor> donor = DonorRepository(database).load(uuid);
    if (!donor)
        return {};
    return { { QStringLiteral("name"), donor->name },
             { QStringLiteral("email"), donor->email },
             { QStringLiteral("address"), donor->address },
             { QStringLiteral("consentToContact"), donor->consentToContact },
             { QStringLiteral("platformRef"), donor->platformRef },
             { QStringLiteral("notes"), donor->notes },
             { QStringLiteral("legalKind"), DonorCodes::legalKind(donor->legalKind) },
             { QStringLiteral("siren"), donor->siren },
             { QStringLiteral("receiptChoice"), DonorCodes::receiptChoice(donor->receiptChoice) },
             // null when unknown: a document without the member is an older desk's, which keeps ours.
             { QStringLiteral("consentDate"),
               donor->consentDate.isValid() ? QJsonValue(donor->consentDate.toString(Qt::ISODate))
                                            : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("consentSource"), donor->consentSource } };
}

// Not the payout nor the reconciled flag: bank-side, they stay on the treasurer's desk.
QJsonObject giftDocument(Database& database, const QUuid& uuid)
{
    const std::optional<SharedGift> gift = DonationRepository(database).sharedGift(uuid);
    if (!gift)
        return {};
    QJsonObject json { { QStringLiteral("campaignId"), gift->campaign },
                       { QStringLiteral("amountCents"), gift->amountCents },
                       { QStringLiteral("currency"), gift->currency },
                       { QStringLiteral("date"), gift->date },
                       { QStringLiteral("method"), gift->method },
                       { QStringLiteral("platform"), gift->platform },
                       { QStringLiteral("platformOrderId"), gift->platformOrderId },
                       { QStringLiteral("status"), gift->status },
                       { QStringLiteral("note"), gift->note },
                       { QStringLiteral("importKey"), gift->importKey },
                       { QStringLiteral("counterpartCents"), gift->counterpartCents } };
    if (!gift->donor.isEmpty())
        json.insert(QStringLiteral("donorId"), gift->donor);
    return json;
}

// A donor as received. A member the document lacks (a desk of an older version never sends the
// receipt fields) keeps what this desk has, or the default for a donor new here. Empty `problem`
// when the document can be taken, else why not (translated).
Donor donorFrom(Database& database, const QUuid& uuid, const QJsonObject& data, QString* problem)
{
    Donor donor = DonorRepository(database).loadAny(uuid).value_or(Donor {});
    donor.sync = {};
    donor.sync.uuid = uuid;
    donor.name = data.value(QStringLiteral("name")).toString().trimmed();
    donor.email = data.value(QStringLiteral("email")).toString().trimmed();
    donor.address = data.value(QStringLiteral("address")).toString();
    donor.consentToContact = data.value(QStringLiteral("consentToContact")).toBool();
    donor.platformRef = data.value(QStringLiteral("platformRef")).toString().trimmed();
    donor.notes = data.value(QStringLiteral("notes")).toString();
    if (data.contains(QStringLiteral("legalKind"))) {
        const QString code = data.value(QStringLiteral("legalKind")).toString();
        if (const auto kind = DonorCodes::legalKindFromCode(code))
            donor.legalKind = *kind;
        else
            *problem = LedgerSync::tr("its legal kind \"%1\" is not person or company").arg(code);
    }
    if (data.contains(QStringLiteral("siren")))
        donor.siren = data.value(QStringLiteral("siren")).toString().trimmed();
    if (data.contains(QStringLiteral("receiptChoice"))) {
        const QString code = data.value(QStringLiteral("receiptChoice")).toString();
        if (const auto choice = DonorCodes::receiptChoiceFromCode(code))
            donor.receiptChoice = *choice;
        else
            *problem = LedgerSync::tr("its receipt choice \"%1\" is not per_gift, annual or none").arg(code);
    }
    if (data.contains(QStringLiteral("consentDate"))) {
        const QJsonValue date = data.value(QStringLiteral("consentDate"));
        donor.consentDate = QDate::fromString(date.toString(), QStringLiteral("yyyy-MM-dd"));
        if (!date.isNull() && !donor.consentDate.isValid())
            *problem
                = LedgerSync::tr("its consent date \"%1\" is not a date (YYYY-MM-DD)").arg(date.toString());
    }
    if (data.contains(QStringLiteral("consentSource")))
        donor.consentSource = data.value(QStringLiteral("consentSource")).toString().trimmed();
    return donor;
}

// A gift as received; its counterpart, when the document lacks it (an older desk's), is this
// desk's or none.
SharedGift giftFrom(Database& database, const QUuid& uuid, const QJsonObject& data)
{
    SharedGift g;
    g.uuid = uuid;
    g.campaign = data.value(QStringLiteral("campaignId")).toString().toLower();
    g.donor = data.value(QStringLiteral("donorId")).toString().toLower();
    g.amountCents = data.value(QStringLiteral("amountCents")).toInteger();
    g.currency = data.value(QStringLiteral("currency")).toString(QStringLiteral("EUR"));
    g.date = data.value(QStringLiteral("date")).toString();
    g.method = data.value(QStringLiteral("method")).toString();
    g.platform = data.value(QStringLiteral("platform")).toString();
    g.platformOrderId = data.value(QStringLiteral("platformOrderId")).toString();
    g.status = data.value(QStringLiteral("status")).toString();
    g.note = data.value(QStringLiteral("note")).toString();
    g.importKey = data.value(QStringLiteral("importKey")).toString();
    if (data.contains(QStringLiteral("counterpartCents")))
        g.counterpartCents = data.value(QStringLiteral("counterpartCents")).toInteger(-1);
    else if (const std::optional<Donation> local = DonationRepository(database).load(uuid))
        g.counterpartCents = local->counterpartCents;
    return g;
}

QString donorLabel(const QJsonObject& document)
{
    return document.value(QStringLiteral("name")).toString();
}

// "the gift of 25,00 € of 2/11/26"
QString giftLabel(const QJsonObject& document)
{
    const QString dateText = document.value(QStringLiteral("date")).toString();
    const QDate date = QDate::fromString(dateText, QStringLiteral("yyyy-MM-dd"));
    return LedgerSync::tr("the gift of %1 of %2")
        .arg(Money::format(document.value(QStringLiteral("amountCents")).toInteger()),
             date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : dateText);
}

PullOutcome leftOut(const char* what, const PulledRecord& record, const QString& problem)
{
    qCWarning(lcSync) << "left out" << what << uuidText(record.id) << ":" << problem;
    return PullOutcome::AlreadyKnown;
}

PullOutcome applyDonor(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    SyncedTable::Copy local;
    if (const auto outcome = PullRules::settle(context.database, KindEntries::donor(), record, &local))
        return *outcome;
    DonorRepository donors(context.database);
    if (record.deleted) {
        if (!local.exists || local.deleted)
            return PullOutcome::AlreadyKnown;
        const QString problem = donors.removeReceived(record.id, record.version);
        if (problem.isEmpty())
            return PullOutcome::Applied;
        context.notices.append(
            LedgerSync::tr("The donor \"%1\" deleted on the platform stays on this desk: %2.")
                .arg(donorLabel(donorDocument(context.database, record.id)), problem));
        return leftOut("donor", record, problem);
    }
    QString problem;
    const Donor received = donorFrom(context.database, record.id, record.data, &problem);
    if (problem.isEmpty())
        problem = donors.storeReceived(received, record.version);
    if (problem.isEmpty())
        return PullOutcome::Applied;
    context.notices.append(LedgerSync::tr("The donor \"%1\" received from the platform was left out: %2.")
                               .arg(donorLabel(record.data), problem));
    return leftOut("donor", record, problem);
}

PullOutcome applyGift(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    SyncedTable::Copy local;
    if (const auto outcome = PullRules::settle(context.database, KindEntries::gift(), record, &local))
        return *outcome;
    DonationRepository gifts(context.database);
    if (record.deleted) {
        if (!local.exists || local.deleted)
            return PullOutcome::AlreadyKnown;
        const QString label = giftLabel(giftDocument(context.database, record.id));
        const QString problem = gifts.removeReceived(record.id, record.version);
        if (problem.isEmpty())
            return PullOutcome::Applied;
        context.notices.append(
            LedgerSync::tr("The deletion of %1 received from the platform was left out: %2.")
                .arg(label, problem));
        return leftOut("gift", record, problem);
    }
    const QString problem
        = gifts.storeReceived(giftFrom(context.database, record.id, record.data), record.version);
    if (problem.isEmpty())
        return PullOutcome::Applied;
    QString notice = LedgerSync::tr("%1 received from the platform was left out: %2.")
                         .arg(giftLabel(record.data), problem);
    notice[0] = notice.at(0).toUpper();
    context.notices.append(notice);
    return leftOut("gift", record, problem);
}

void writeDonor(Database& database, const QUuid& uuid, const QJsonObject& data, std::optional<qint64> version)
{
    QString problem;
    const Donor decided = donorFrom(database, uuid, data, &problem);
    if (problem.isEmpty())
        problem = DonorRepository(database).storeReceived(decided, version.value_or(0));
    if (!problem.isEmpty())
        throw DatabaseError(
            LedgerSync::tr("The donor %1 cannot be written: %2.").arg(uuidText(uuid), problem));
}

void writeGift(Database& database, const QUuid& uuid, const QJsonObject& data, std::optional<qint64> version)
{
    const QString problem
        = DonationRepository(database).storeReceived(giftFrom(database, uuid, data), version.value_or(0));
    if (!problem.isEmpty())
        throw DatabaseError(
            LedgerSync::tr("The gift %1 cannot be written: %2.").arg(uuidText(uuid), problem));
}

// The ledger's locks and links decide: a locked gift, a donor gifts still name.
void refuseDeletion(const QUuid& uuid, const QString& problem)
{
    if (!problem.isEmpty())
        throw DatabaseError(
            LedgerSync::tr("The record %1 cannot be deleted: %2.").arg(uuidText(uuid), problem));
}

void tombstoneDonor(Database& database, const QUuid& uuid, std::optional<qint64> version)
{
    refuseDeletion(uuid, DonorRepository(database).removeReceived(uuid, version));
}

void tombstoneGift(Database& database, const QUuid& uuid, std::optional<qint64> version)
{
    refuseDeletion(uuid, DonationRepository(database).removeReceived(uuid, version));
}

// The report's line for a donor or gift the platform refused (422): the record, the platform's
// answer and the fields its problem document names.
QString refusal(const QString& what, const QJsonObject& problem, const QString& failure)
{
    QStringList fields;
    for (const QJsonValue& error : problem.value(QStringLiteral("errors")).toArray())
        fields.append(
            error.toObject().value(QStringLiteral("pointer")).toString().section(QLatin1Char('/'), -1));
    if (fields.isEmpty())
        return LedgerSync::tr("%1 was not sent: %2").arg(what, failure);
    return LedgerSync::tr("%1 was not sent: %2 Check: %3.")
        .arg(what, failure, fields.join(QStringLiteral(", ")));
}

QString donorRefusal(const QJsonObject& document, const QJsonObject& problem, const QString& failure)
{
    return refusal(LedgerSync::tr("The donor \"%1\"").arg(donorLabel(document)), problem, failure);
}

QString giftRefusal(const QJsonObject& document, const QJsonObject& problem, const QString& failure)
{
    return refusal(LedgerSync::tr("The gift of %1 of %2")
                       .arg(Money::format(document.value(QStringLiteral("amountCents")).toInteger()),
                            document.value(QStringLiteral("date")).toString()),
                   problem, failure);
}

// A donor's or gift's field in the conflict view: amounts, dates, codes and ids as the ledger
// shows them.
std::optional<QString> fieldText(Database& database, const QString& key, const QJsonValue& value)
{
    if (key == QLatin1String("amountCents") || key == QLatin1String("counterpartCents"))
        return Money::format(value.toInteger());
    if (key == QLatin1String("legalKind")) {
        const auto kind = DonorCodes::legalKindFromCode(value.toString());
        return kind ? DonorCodes::legalKindLabel(*kind) : value.toString();
    }
    if (key == QLatin1String("receiptChoice")) {
        const auto choice = DonorCodes::receiptChoiceFromCode(value.toString());
        return choice ? DonorCodes::receiptChoiceLabel(*choice) : value.toString();
    }
    if (key == QLatin1String("consentToContact"))
        return value.toBool() ? LedgerSync::tr("Yes") : LedgerSync::tr("No");
    if (key == QLatin1String("date") || key == QLatin1String("consentDate")) {
        const QDate date = QDate::fromString(value.toString(), QStringLiteral("yyyy-MM-dd"));
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : value.toString();
    }
    if (key == QLatin1String("method")) {
        const auto method = DonationCodes::methodFromCode(value.toString());
        return method ? DonationCodes::methodLabel(*method) : value.toString();
    }
    if (key == QLatin1String("status")) {
        const auto status = DonationCodes::statusFromCode(value.toString());
        return status ? DonationCodes::statusLabel(*status) : value.toString();
    }
    if (key == QLatin1String("donorId"))
        return DonorRepository(database)
            .nameOf(QUuid::fromString(value.toString()))
            .value_or(value.toString());
    if (key == QLatin1String("campaignId"))
        return CampaignRepository(database)
            .titleOf(QUuid::fromString(value.toString()))
            .value_or(value.toString());
    return std::nullopt;
}

bool isFeedDonation(Database& database, const QUuid& uuid)
{
    return DonationRepository(database).isFeedDonation(uuid);
}

// A gift's donor must reach the platform too: one the feed created, whose own entry never was, is
// queued with the gift so a colleague's desk can take it.
void queueDonorsOfGifts(Database& database)
{
    KindSupport::queueDonors(database, DonorRepository(database).unsentDonorsOfQueuedGifts());
}

} // namespace

const SyncKind& KindEntries::donor()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.entity = DonorRepository::kEntity;
        k.wireKind = QStringLiteral("donor");
        k.collection = QStringLiteral("donors");
        k.table = DonorRepository::kTable;
        k.conflictFields = kDonorFields;
        k.document = donorDocument;
        k.applyPulled = applyDonor;
        k.writeDecided = writeDonor;
        k.tombstoneDecided = tombstoneDonor;
        k.label = donorLabel;
        k.fieldText = fieldText;
        k.refusal = donorRefusal;
        return k;
    }();
    return kind;
}

const SyncKind& KindEntries::gift()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.entity = DonationRepository::kEntity;
        k.wireKind = QStringLiteral("gift");
        k.collection = QStringLiteral("gifts");
        k.table = DonationRepository::kTable;
        k.references = { { QStringLiteral("campaign"), QStringLiteral("campaignId") },
                         { QStringLiteral("donor"), QStringLiteral("donorId") } };
        k.conflictFields = kGiftFields;
        k.document = giftDocument;
        k.applyPulled = applyGift;
        k.writeDecided = writeGift;
        k.tombstoneDecided = tombstoneGift;
        k.label = giftLabel;
        k.fieldText = fieldText;
        k.staysOnDesk = isFeedDonation;
        k.staysOnDeskSql = DonationRepository::feedEntryCondition;
        k.beforePush = queueDonorsOfGifts;
        k.refusal = giftRefusal;
        return k;
    }();
    return kind;
}

} // namespace casedesk
