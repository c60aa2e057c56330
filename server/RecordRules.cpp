#include "RecordRules.h"

#include "LedgerRules.h"
#include "ReviewRules.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace casedesk::platform::RecordRules {

namespace {

const QStringList kCampaignStatuses
    = { QStringLiteral("draft"),     QStringLiteral("in_review"), QStringLiteral("approved"),
        QStringLiteral("published"), QStringLiteral("funded"),    QStringLiteral("closed"),
        QStringLiteral("withdrawn") };

const QStringList kProcedureStatuses
    = { QStringLiteral("preparing"), QStringLiteral("pending"), QStringLiteral("decided"),
        QStringLiteral("closed"), QStringLiteral("withdrawn") };
const QStringList kMilestoneKinds
    = { QStringLiteral("contested-act"), QStringLiteral("filing"),   QStringLiteral("pleading"),
        QStringLiteral("hearing"),       QStringLiteral("decision"), QStringLiteral("notification"),
        QStringLiteral("deadline"),      QStringLiteral("other") };

const QStringList kDonationStatuses = { QStringLiteral("pending"), QStringLiteral("paid"),
                                        QStringLiteral("refunded"), QStringLiteral("cancelled") };

// Public allowlists. `opposingParty` stays desk-only: naming the other side in public is a
// legal decision the desk does not record yet.
const QStringList kPublicCampaignFields
    = { QStringLiteral("title"),  QStringLiteral("summary"),     QStringLiteral("description"),
        QStringLiteral("cause"),  QStringLiteral("harm"),        QStringLiteral("legalBasis"),
        QStringLiteral("court"),  QStringLiteral("goalCents"),   QStringLiteral("endDate"),
        QStringLiteral("status"), QStringLiteral("howMoneyUsed") };
const QStringList kPublicBudgetLineFields = { QStringLiteral("uuid"), QStringLiteral("kind"),
                                              QStringLiteral("label"), QStringLiteral("amountCents") };
const QStringList kPublicPressFields
    = { QStringLiteral("uuid"), QStringLiteral("title"), QStringLiteral("outlet"), QStringLiteral("url"),
        QStringLiteral("date") };
const QStringList kPublicNewsFields = { QStringLiteral("campaignId"), QStringLiteral("title"),
                                        QStringLiteral("body"), QStringLiteral("publishedAt") };
// A milestone the jurists chose to show: what happened and when, never their note.
const QStringList kPublicMilestoneFields = { QStringLiteral("campaignId"), QStringLiteral("kind"),
                                             QStringLiteral("date"), QStringLiteral("title") };
const QStringList kPublicEvidenceFields
    = { QStringLiteral("campaignId"), QStringLiteral("number"), QStringLiteral("title"),
        QStringLiteral("date"),       QStringLiteral("sha256"), QStringLiteral("size"),
        QStringLiteral("mediaType") };

QJsonObject pick(const QJsonObject& from, const QStringList& fields)
{
    QJsonObject picked;
    for (const QString& field : fields) {
        if (from.contains(field))
            picked.insert(field, from.value(field));
    }
    return picked;
}

QJsonArray pickEach(const QJsonArray& items, const QStringList& fields)
{
    QJsonArray picked;
    for (const QJsonValue& item : items)
        picked.append(pick(item.toObject(), fields));
    return picked;
}

QJsonObject fieldError(const QString& pointer, const QString& detail)
{
    return { { QStringLiteral("pointer"), pointer }, { QStringLiteral("detail"), detail } };
}

bool isWholeNonNegative(const QJsonValue& value)
{
    // Within int64 (the contract's format) before any cast: casting a double beyond it is undefined
    // behaviour, and 1e26 is valid JSON (found by fuzz_server_bodies).
    const double number = value.toDouble(-1);
    return value.isDouble() && number >= 0 && number < kInt64Bound && number == std::floor(number);
}

void requireString(const QJsonObject& data, const QString& field, bool nonEmpty, QJsonArray* errors)
{
    const QJsonValue value = data.value(field);
    if (!value.isString() || (nonEmpty && value.toString().trimmed().isEmpty()))
        errors->append(fieldError(QStringLiteral("/data/") + field,
                                  nonEmpty ? QStringLiteral("must be a non-empty string")
                                           : QStringLiteral("must be a string")));
}

void optionalString(const QJsonObject& data, const QString& field, QJsonArray* errors)
{
    if (data.contains(field) && !data.value(field).isString())
        errors->append(fieldError(QStringLiteral("/data/") + field, QStringLiteral("must be a string")));
}

void optionalCents(const QJsonObject& data, const QString& field, const QString& pointer, QJsonArray* errors)
{
    if (data.contains(field) && !isWholeNonNegative(data.value(field)))
        errors->append(fieldError(pointer, QStringLiteral("must be a whole, non-negative number")));
}

void validateCampaign(const QJsonObject& data, QJsonArray* errors)
{
    if (!kCampaignStatuses.contains(data.value(QStringLiteral("status")).toString()))
        errors->append(
            fieldError(QStringLiteral("/data/status"),
                       QStringLiteral("must be one of: ") + kCampaignStatuses.join(QStringLiteral(", "))));
    optionalString(data, QStringLiteral("title"), errors);
    optionalCents(data, QStringLiteral("goalCents"), QStringLiteral("/data/goalCents"), errors);
    if (data.contains(QStringLiteral("private")) && !data.value(QStringLiteral("private")).isObject())
        errors->append(fieldError(QStringLiteral("/data/private"), QStringLiteral("must be an object")));
    const QJsonValue lines = data.value(QStringLiteral("budgetLines"));
    if (!lines.isUndefined() && !lines.isArray()) {
        errors->append(fieldError(QStringLiteral("/data/budgetLines"), QStringLiteral("must be an array")));
        return;
    }
    const QJsonArray lineArray = lines.toArray();
    for (qsizetype i = 0; i < lineArray.size(); ++i) {
        optionalCents(lineArray.at(i).toObject(), QStringLiteral("amountCents"),
                      QStringLiteral("/data/budgetLines/%1/amountCents").arg(i), errors);
    }
}

void requireCampaign(const QJsonObject& data, const std::function<bool(const QString&)>& campaignExists,
                     QJsonArray* errors)
{
    const QString campaignId = data.value(QStringLiteral("campaignId")).toString();
    if (QUuid::fromString(campaignId).isNull())
        errors->append(fieldError(QStringLiteral("/data/campaignId"), QStringLiteral("must be a UUID")));
    else if (!campaignExists(campaignId.toLower()))
        errors->append(fieldError(QStringLiteral("/data/campaignId"),
                                  QStringLiteral("no live campaign has this id on the platform")));
}

void optionalDate(const QJsonObject& data, const QString& field, QJsonArray* errors)
{
    if (data.contains(field)
        && !QDate::fromString(data.value(field).toString(), QStringLiteral("yyyy-MM-dd")).isValid())
        errors->append(
            fieldError(QStringLiteral("/data/") + field, QStringLiteral("must be a date YYYY-MM-DD")));
}

// Feed records come from the payment side; as for the desk's writes, only what is there is checked.
void validateDonation(const QJsonObject& data, QJsonArray* errors)
{
    optionalCents(data, QStringLiteral("amountCents"), QStringLiteral("/data/amountCents"), errors);
    if (data.contains(QStringLiteral("status"))
        && !kDonationStatuses.contains(data.value(QStringLiteral("status")).toString()))
        errors->append(
            fieldError(QStringLiteral("/data/status"),
                       QStringLiteral("must be one of: ") + kDonationStatuses.join(QStringLiteral(", "))));
    optionalDate(data, QStringLiteral("date"), errors);
    for (const QString& field :
         { QStringLiteral("currency"), QStringLiteral("orderId"), QStringLiteral("payoutId") })
        optionalString(data, field, errors);
    const QJsonValue donor = data.value(QStringLiteral("donor"));
    if (!donor.isUndefined() && !donor.isObject())
        errors->append(fieldError(QStringLiteral("/data/donor"), QStringLiteral("must be an object")));
    if (donor.isObject() && donor.toObject().contains(QStringLiteral("consentToContact"))
        && !donor.toObject().value(QStringLiteral("consentToContact")).isBool())
        errors->append(fieldError(QStringLiteral("/data/donor/consentToContact"),
                                  QStringLiteral("must be true or false")));
}

void validatePayout(const QJsonObject& data, QJsonArray* errors)
{
    optionalDate(data, QStringLiteral("date"), errors);
    optionalString(data, QStringLiteral("reference"), errors);
    for (const QString& field : { QStringLiteral("grossCents"), QStringLiteral("commissionCents"),
                                  QStringLiteral("paymentFeesCents"), QStringLiteral("netCents") })
        optionalCents(data, field, QStringLiteral("/data/") + field, errors);
    const QJsonValue ids = data.value(QStringLiteral("donationIds"));
    bool valid = ids.isUndefined() || ids.isArray();
    for (const QJsonValue& id : ids.toArray())
        valid = valid && id.isString();
    if (!valid)
        errors->append(
            fieldError(QStringLiteral("/data/donationIds"), QStringLiteral("must be an array of strings")));
}

void validateEvidence(const QJsonObject& data, QJsonArray* errors)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(data.value(QStringLiteral("sha256")).toString()).hasMatch())
        errors->append(
            fieldError(QStringLiteral("/data/sha256"), QStringLiteral("must be 64 lower-case hex digits")));
    optionalCents(data, QStringLiteral("size"), QStringLiteral("/data/size"), errors);
    if (data.contains(QStringLiteral("public")) && !data.value(QStringLiteral("public")).isBool())
        errors->append(fieldError(QStringLiteral("/data/public"), QStringLiteral("must be true or false")));
}

void optionalUuid(const QJsonObject& data, const QString& field, QJsonArray* errors)
{
    if (data.contains(field) && QUuid::fromString(data.value(field).toString()).isNull())
        errors->append(fieldError(QStringLiteral("/data/") + field, QStringLiteral("must be a UUID")));
}

void optionalBool(const QJsonObject& data, const QString& field, QJsonArray* errors)
{
    if (data.contains(field) && !data.value(field).isBool())
        errors->append(fieldError(QStringLiteral("/data/") + field, QStringLiteral("must be true or false")));
}

void requireOneOf(const QJsonObject& data, const QString& field, const QStringList& codes, QJsonArray* errors)
{
    if (!codes.contains(data.value(field).toString()))
        errors->append(fieldError(QStringLiteral("/data/") + field,
                                  QStringLiteral("must be one of: ") + codes.join(QStringLiteral(", "))));
}

// Procedures are the association's own: never public, so only their shape is checked.
void validateProcedure(const QJsonObject& data, QJsonArray* errors)
{
    requireString(data, QStringLiteral("court"), true, errors);
    requireString(data, QStringLiteral("kind"), true, errors);
    requireOneOf(data, QStringLiteral("status"), kProcedureStatuses, errors);
    optionalUuid(data, QStringLiteral("appealsId"), errors);
    for (const QString& field :
         { QStringLiteral("courtName"), QStringLiteral("caseNumber"), QStringLiteral("lawyer"),
           QStringLiteral("parties"), QStringLiteral("region"), QStringLiteral("notes") })
        optionalString(data, field, errors);
}

void validateMilestone(const QJsonObject& data, QJsonArray* errors)
{
    if (QUuid::fromString(data.value(QStringLiteral("procedureId")).toString()).isNull())
        errors->append(fieldError(QStringLiteral("/data/procedureId"), QStringLiteral("must be a UUID")));
    requireOneOf(data, QStringLiteral("kind"), kMilestoneKinds, errors);
    if (!QDate::fromString(data.value(QStringLiteral("date")).toString(), QStringLiteral("yyyy-MM-dd"))
             .isValid())
        errors->append(fieldError(QStringLiteral("/data/date"), QStringLiteral("must be a date YYYY-MM-DD")));
    optionalDate(data, QStringLiteral("startDate"), errors);
    optionalUuid(data, QStringLiteral("sourceId"), errors);
    optionalBool(data, QStringLiteral("done"), errors);
    optionalBool(data, QStringLiteral("public"), errors);
    for (const QString& field : { QStringLiteral("title"), QStringLiteral("note"), QStringLiteral("ruleId") })
        optionalString(data, field, errors);
    if (data.value(QStringLiteral("public")).toBool()
        && data.value(QStringLiteral("kind")).toString() == QStringLiteral("deadline"))
        errors->append(
            fieldError(QStringLiteral("/data/public"),
                       QStringLiteral("a deadline is the association's own and cannot be public")));
}

// A reference, when present and a UUID, must name a record of `kind` the platform holds (live or
// a tombstone): the desk pushes what others refer to first, so a missing one is a desk's error.
void requireReference(const QJsonObject& data, const QString& field, const QString& kind,
                      const RecordLookup& lookup, QJsonArray* errors)
{
    const QUuid id = QUuid::fromString(data.value(field).toString());
    if (!id.isNull() && !lookup(kind, id.toString(QUuid::WithoutBraces)))
        errors->append(fieldError(QStringLiteral("/data/") + field,
                                  QStringLiteral("no %1 has this id on the platform").arg(kind)));
}

// A milestone belongs to a live procedure of its own campaign: under a deleted procedure nobody
// could see it, and under another campaign's it would show on the wrong public page.
void requireLiveProcedure(const QJsonObject& data, const RecordLookup& lookup, QJsonArray* errors)
{
    const QUuid id = QUuid::fromString(data.value(QStringLiteral("procedureId")).toString());
    if (id.isNull())
        return; // already reported as not a UUID
    const std::optional<StoredRecord> procedure
        = lookup(QStringLiteral("procedure"), id.toString(QUuid::WithoutBraces));
    if (!procedure || procedure->deleted)
        errors->append(fieldError(QStringLiteral("/data/procedureId"),
                                  QStringLiteral("no live procedure has this id on the platform")));
    else if (procedure->campaignId != data.value(QStringLiteral("campaignId")).toString().toLower())
        errors->append(fieldError(QStringLiteral("/data/campaignId"),
                                  QStringLiteral("must be the campaign of the milestone's procedure")));
}

const QHash<QString, QString>& kindsOfCollections()
{
    static const QHash<QString, QString> kinds = {
        { QStringLiteral("campaigns"), QStringLiteral("campaign") },
        { QStringLiteral("news"), QStringLiteral("news") },
        { QStringLiteral("evidence"), QStringLiteral("evidence") },
        { QStringLiteral("procedures"), QStringLiteral("procedure") },
        { QStringLiteral("milestones"), QStringLiteral("milestone") },
        { QStringLiteral("donations"), QStringLiteral("donation") },
        { QStringLiteral("payouts"), QStringLiteral("payout") },
        { QStringLiteral("donors"), QStringLiteral("donor") },
        { QStringLiteral("gifts"), QStringLiteral("gift") },
        { QStringLiteral("receipts"), QStringLiteral("receipt") },
    };
    static const QHash<QString, QString> withReview = [] {
        QHash<QString, QString> all = kinds;
        all.insert(ReviewRules::kindsOfCollections());
        return all;
    }();
    return withReview;
}

} // namespace

QString kindOfCollection(const QString& collection)
{
    return kindsOfCollections().value(collection);
}

QHash<QString, QStringList> codeLists()
{
    QHash<QString, QStringList> lists = LedgerRules::codeLists();
    lists.insert(ReviewRules::codeLists());
    lists.insert(QStringLiteral("CampaignData.status"), kCampaignStatuses);
    lists.insert(QStringLiteral("ProcedureData.status"), kProcedureStatuses);
    lists.insert(QStringLiteral("MilestoneData.kind"), kMilestoneKinds);
    lists.insert(QStringLiteral("DonationData.status"), kDonationStatuses);
    lists.insert(QStringLiteral("Collection"), kindsOfCollections().keys());
    lists.insert(QStringLiteral("Record.kind"), kindsOfCollections().values());
    return lists;
}

bool isWritableKind(const QString& kind)
{
    return kind == QStringLiteral("campaign") || kind == QStringLiteral("news")
        || kind == QStringLiteral("evidence") || kind == QStringLiteral("procedure")
        || kind == QStringLiteral("milestone") || LedgerRules::isLedgerKind(kind)
        || ReviewRules::isReviewKind(kind);
}

QJsonArray validate(const QString& kind, const QJsonObject& data, const RecordLookup& lookup,
                    const WriteContext& write)
{
    const auto campaignExists = [&lookup](const QString& id) {
        const std::optional<StoredRecord> campaign = lookup(QStringLiteral("campaign"), id);
        return campaign && !campaign->deleted;
    };
    QJsonArray errors;
    if (kind == QStringLiteral("campaign")) {
        validateCampaign(data, &errors);
    } else if (kind == QStringLiteral("news")) {
        requireCampaign(data, campaignExists, &errors);
        requireString(data, QStringLiteral("title"), true, &errors);
        optionalString(data, QStringLiteral("body"), &errors);
    } else if (kind == QStringLiteral("evidence")) {
        requireCampaign(data, campaignExists, &errors);
        validateEvidence(data, &errors);
    } else if (kind == QStringLiteral("procedure")) {
        requireCampaign(data, campaignExists, &errors);
        validateProcedure(data, &errors);
        requireReference(data, QStringLiteral("appealsId"), QStringLiteral("procedure"), lookup, &errors);
    } else if (kind == QStringLiteral("milestone")) {
        requireCampaign(data, campaignExists, &errors);
        validateMilestone(data, &errors);
        requireLiveProcedure(data, lookup, &errors);
        requireReference(data, QStringLiteral("sourceId"), QStringLiteral("milestone"), lookup, &errors);
    } else if (kind == QStringLiteral("donation")) {
        requireCampaign(data, campaignExists, &errors);
        validateDonation(data, &errors);
    } else if (kind == QStringLiteral("payout")) {
        requireCampaign(data, campaignExists, &errors);
        validatePayout(data, &errors);
    } else if (LedgerRules::isLedgerKind(kind)) {
        LedgerRules::validate(kind, data, campaignExists, &errors);
        requireReference(data, QStringLiteral("donorId"), QStringLiteral("donor"), lookup, &errors);
        requireReference(data, QStringLiteral("replacesId"), QStringLiteral("receipt"), lookup, &errors);
    } else if (ReviewRules::isReviewKind(kind)) {
        ReviewRules::validate(kind, write.id, data, lookup, write.search, &errors);
    }
    return errors;
}

QJsonObject storedData(const QJsonObject& data)
{
    QJsonObject stored = data;
    stored.remove(QStringLiteral("sync"));
    return stored;
}

QString campaignIdOf(const QString& kind, const QString& id, const QJsonObject& data)
{
    if (kind == QStringLiteral("campaign"))
        return id;
    return data.value(QStringLiteral("campaignId")).toString().toLower();
}

QString statusOf(const QString& kind, const QJsonObject& data)
{
    return kind == QStringLiteral("campaign") ? data.value(QStringLiteral("status")).toString() : QString();
}

QJsonObject deskJson(const StoredRecord& record)
{
    return {
        { QStringLiteral("kind"), record.kind },
        { QStringLiteral("id"), record.id },
        { QStringLiteral("version"), record.version },
        { QStringLiteral("deleted"), record.deleted },
        { QStringLiteral("createdAt"), record.createdAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("updatedAt"), record.updatedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("data"), record.data },
    };
}

std::optional<QJsonObject> publicJson(const StoredRecord& record)
{
    if (record.deleted)
        return std::nullopt;
    QJsonObject view;
    if (record.kind == QStringLiteral("campaign")) {
        if (!PlatformStore::publicCampaignStatuses().contains(record.status))
            return std::nullopt;
        view = pick(record.data, kPublicCampaignFields);
        view.insert(
            QStringLiteral("budgetLines"),
            pickEach(record.data.value(QStringLiteral("budgetLines")).toArray(), kPublicBudgetLineFields));
        view.insert(
            QStringLiteral("pressArticles"),
            pickEach(record.data.value(QStringLiteral("pressArticles")).toArray(), kPublicPressFields));
    } else if (record.kind == QStringLiteral("news")) {
        view = pick(record.data, kPublicNewsFields);
    } else if (record.kind == QStringLiteral("evidence")) {
        if (!record.data.value(QStringLiteral("public")).toBool(true))
            return std::nullopt;
        view = pick(record.data, kPublicEvidenceFields);
    } else if (record.kind == QStringLiteral("milestone")) {
        if (!record.data.value(QStringLiteral("public")).toBool(false)
            || record.data.value(QStringLiteral("kind")).toString() == QStringLiteral("deadline"))
            return std::nullopt;
        view = pick(record.data, kPublicMilestoneFields);
    } else {
        return std::nullopt;
    }
    view.insert(QStringLiteral("id"), record.id);
    view.insert(QStringLiteral("version"), record.version);
    view.insert(QStringLiteral("updatedAt"), record.updatedAt.toString(Qt::ISODateWithMs));
    return view;
}

QString encodeCursor(qint64 version)
{
    return QString::fromLatin1(("c1." + QByteArray::number(version))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeCursor(const QString& cursor)
{
    if (cursor.isEmpty())
        return 0;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("c1."))
        return std::nullopt;
    bool ok = false;
    const qint64 version = decoded.decoded.mid(3).toLongLong(&ok);
    if (!ok || version < 0)
        return std::nullopt;
    return version;
}

QByteArray etag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

std::optional<qint64> versionFromEtag(const QByteArray& etag)
{
    QByteArray text = etag.trimmed();
    if (text.startsWith("W/"))
        text = text.mid(2);
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
        text = text.mid(1, text.size() - 2);
    bool ok = false;
    const qint64 version = text.toLongLong(&ok);
    if (!ok || version < 0)
        return std::nullopt;
    return version;
}

} // namespace casedesk::platform::RecordRules
