#include "LedgerRules.h"

#include "RecordRules.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>
#include <QUuid>

#include <cmath>
#include <optional>

namespace casedesk::platform::LedgerRules {

namespace {

const QString kDonor = QStringLiteral("donor");
const QString kGift = QStringLiteral("gift");
const QString kReceipt = QStringLiteral("receipt");

const QStringList kGiftStatuses = { QStringLiteral("pending"), QStringLiteral("paid"),
                                    QStringLiteral("refunded"), QStringLiteral("cancelled") };
const QStringList kGiftMethods
    = { QStringLiteral("platform"), QStringLiteral("card"), QStringLiteral("transfer"),
        QStringLiteral("cheque"),   QStringLiteral("cash"), QStringLiteral("direct_debit") };
const QStringList kDonorLegalKinds = { QStringLiteral("person"), QStringLiteral("company") };
const QStringList kDonorReceiptChoices
    = { QStringLiteral("per_gift"), QStringLiteral("annual"), QStringLiteral("none") };
const QStringList kReceiptKinds = { QStringLiteral("gift"), QStringLiteral("annual") };
const QStringList kReceiptForms = { QStringLiteral("individual"), QStringLiteral("company") };
const QStringList kReceiptStatuses = { QStringLiteral("issued"), QStringLiteral("cancelled") };

void problem(const QString& field, const QString& detail, QJsonArray* errors)
{
    errors->append(QJsonObject { { QStringLiteral("pointer"), QStringLiteral("/data/") + field },
                                 { QStringLiteral("detail"), detail } });
}

void optionalStrings(const QJsonObject& data, const QStringList& fields, QJsonArray* errors)
{
    for (const QString& field : fields) {
        if (data.contains(field) && !data.value(field).isString())
            problem(field, QStringLiteral("must be a string"), errors);
    }
}

void requireCode(const QJsonObject& data, const QString& field, const QStringList& codes, QJsonArray* errors)
{
    if (!codes.contains(data.value(field).toString()))
        problem(field, QStringLiteral("must be one of: ") + codes.join(QStringLiteral(", ")), errors);
}

// A whole number of cents, 0 or more; nullopt (and the problem) when it is not one.
std::optional<double> wholeCents(const QJsonObject& data, const QString& field, QJsonArray* errors)
{
    const QJsonValue amount = data.value(field);
    const double cents = amount.toDouble(-1);
    // Compared as a double: casting one beyond int64 is undefined behaviour.
    if (!amount.isDouble() || cents < 0 || cents >= kInt64Bound || cents != std::floor(cents)) {
        problem(field, QStringLiteral("must be a whole, non-negative number"), errors);
        return std::nullopt;
    }
    return cents;
}

// The members a desk of an older version does not send are optional; when present, they are
// checked.
void validateDonorReceipts(const QJsonObject& data, QJsonArray* errors)
{
    if (data.contains(QStringLiteral("legalKind")))
        requireCode(data, QStringLiteral("legalKind"), kDonorLegalKinds, errors);
    if (data.contains(QStringLiteral("receiptChoice")))
        requireCode(data, QStringLiteral("receiptChoice"), kDonorReceiptChoices, errors);
    static const QRegularExpression nineDigits(QRegularExpression::anchoredPattern(QStringLiteral("\\d{9}")));
    const QJsonValue siren = data.value(QStringLiteral("siren"));
    if (!siren.isUndefined()
        && (!siren.isString()
            || (!siren.toString().isEmpty() && !nineDigits.match(siren.toString()).hasMatch())))
        problem(QStringLiteral("siren"), QStringLiteral("must be empty or 9 digits"), errors);
    const QJsonValue consentDate = data.value(QStringLiteral("consentDate"));
    if (!consentDate.isUndefined() && !consentDate.isNull()
        && !QDate::fromString(consentDate.toString(), QStringLiteral("yyyy-MM-dd")).isValid())
        problem(QStringLiteral("consentDate"), QStringLiteral("must be a date YYYY-MM-DD or null"), errors);
    optionalStrings(data, { QStringLiteral("consentSource") }, errors);
}

void validateDonor(const QJsonObject& data, QJsonArray* errors)
{
    const QJsonValue name = data.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        problem(QStringLiteral("name"), QStringLiteral("must be a non-empty string"), errors);
    if (data.contains(QStringLiteral("consentToContact"))
        && !data.value(QStringLiteral("consentToContact")).isBool())
        problem(QStringLiteral("consentToContact"), QStringLiteral("must be true or false"), errors);
    optionalStrings(data,
                    { QStringLiteral("email"), QStringLiteral("address"), QStringLiteral("notes"),
                      QStringLiteral("platformRef") },
                    errors);
    validateDonorReceipts(data, errors);
}

void validateGift(const QJsonObject& data, const std::function<bool(const QString&)>& campaignExists,
                  QJsonArray* errors)
{
    const QString campaignId = data.value(QStringLiteral("campaignId")).toString();
    if (QUuid::fromString(campaignId).isNull())
        problem(QStringLiteral("campaignId"), QStringLiteral("must be a UUID"), errors);
    else if (!campaignExists(campaignId.toLower()))
        problem(QStringLiteral("campaignId"), QStringLiteral("no live campaign has this id on the platform"),
                errors);
    const std::optional<double> cents = wholeCents(data, QStringLiteral("amountCents"), errors);
    // The value of a reward the donor received: absent from an older desk's gift.
    if (data.contains(QStringLiteral("counterpartCents"))) {
        const std::optional<double> counterpart
            = wholeCents(data, QStringLiteral("counterpartCents"), errors);
        if (counterpart && cents && *counterpart > *cents)
            problem(QStringLiteral("counterpartCents"), QStringLiteral("must not be more than amountCents"),
                    errors);
    }
    requireCode(data, QStringLiteral("status"), kGiftStatuses, errors);
    requireCode(data, QStringLiteral("method"), kGiftMethods, errors);
    if (!QDate::fromString(data.value(QStringLiteral("date")).toString(), QStringLiteral("yyyy-MM-dd"))
             .isValid())
        problem(QStringLiteral("date"), QStringLiteral("must be a date YYYY-MM-DD"), errors);
    // An anonymous gift names no donor: the member is absent or null.
    const QJsonValue donor = data.value(QStringLiteral("donorId"));
    if (!donor.isUndefined() && !donor.isNull() && QUuid::fromString(donor.toString()).isNull())
        problem(QStringLiteral("donorId"), QStringLiteral("must be a UUID"), errors);
    optionalStrings(data,
                    { QStringLiteral("currency"), QStringLiteral("platform"),
                      QStringLiteral("platformOrderId"), QStringLiteral("note"),
                      QStringLiteral("importKey") },
                    errors);
}

void requireDate(const QJsonObject& data, const QString& field, QJsonArray* errors)
{
    if (!QDate::fromString(data.value(field).toString(), QStringLiteral("yyyy-MM-dd")).isValid())
        problem(field, QStringLiteral("must be a date YYYY-MM-DD"), errors);
}

// A tax receipt as its issuing desk numbered it: its amount is the sum of its gifts' receipted
// amounts, and a cancelled one says when and why.
void validateReceipt(const QJsonObject& data, QJsonArray* errors)
{
    const QJsonValue number = data.value(QStringLiteral("number"));
    if (!number.isString() || number.toString().isEmpty())
        problem(QStringLiteral("number"), QStringLiteral("must be a non-empty string"), errors);
    for (const QString& field : { QStringLiteral("year"), QStringLiteral("sequence") }) {
        if (data.value(field).toDouble(0) < 1)
            problem(field, QStringLiteral("must be a whole number above 0"), errors);
    }
    requireCode(data, QStringLiteral("kind"), kReceiptKinds, errors);
    requireCode(data, QStringLiteral("form"), kReceiptForms, errors);
    requireCode(data, QStringLiteral("status"), kReceiptStatuses, errors);
    if (QUuid::fromString(data.value(QStringLiteral("donorId")).toString()).isNull())
        problem(QStringLiteral("donorId"), QStringLiteral("must be a UUID"), errors);
    const QJsonValue name = data.value(QStringLiteral("donorName"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        problem(QStringLiteral("donorName"), QStringLiteral("must be a non-empty string"), errors);
    for (const QString& field :
         { QStringLiteral("periodFrom"), QStringLiteral("periodTo"), QStringLiteral("issuedOn") })
        requireDate(data, field, errors);
    const std::optional<double> amount = wholeCents(data, QStringLiteral("amountCents"), errors);
    const QJsonValue gifts = data.value(QStringLiteral("gifts"));
    double sum = 0;
    for (const QJsonValue& gift : gifts.toArray()) {
        const QJsonObject item = gift.toObject();
        if (QUuid::fromString(item.value(QStringLiteral("donationId")).toString()).isNull())
            problem(QStringLiteral("gifts"), QStringLiteral("each gift's donationId must be a UUID"), errors);
        sum += item.value(QStringLiteral("receiptedCents")).toDouble(0);
    }
    if (!gifts.isArray() || gifts.toArray().isEmpty())
        problem(QStringLiteral("gifts"), QStringLiteral("must list at least one gift"), errors);
    else if (amount && (*amount <= 0 || sum != *amount))
        problem(QStringLiteral("amountCents"),
                QStringLiteral("must be above 0 and the sum of the gifts' receiptedCents"), errors);
    if (data.value(QStringLiteral("status")).toString() == QStringLiteral("cancelled")) {
        requireDate(data, QStringLiteral("cancelledOn"), errors);
        if (data.value(QStringLiteral("cancelReason")).toString().trimmed().isEmpty())
            problem(QStringLiteral("cancelReason"), QStringLiteral("must say why the receipt is cancelled"),
                    errors);
    }
    optionalStrings(data,
                    { QStringLiteral("donorAddress"), QStringLiteral("donorSiren"),
                      QStringLiteral("issuingDesk"), QStringLiteral("cancelReason") },
                    errors);
}

} // namespace

bool isLedgerKind(const QString& kind)
{
    return kind == kDonor || kind == kGift || kind == kReceipt;
}

QHash<QString, QStringList> codeLists()
{
    return { { QStringLiteral("GiftData.status"), kGiftStatuses },
             { QStringLiteral("GiftData.method"), kGiftMethods },
             { QStringLiteral("DonorData.legalKind"), kDonorLegalKinds },
             { QStringLiteral("DonorData.receiptChoice"), kDonorReceiptChoices },
             { QStringLiteral("ReceiptData.kind"), kReceiptKinds },
             { QStringLiteral("ReceiptData.form"), kReceiptForms },
             { QStringLiteral("ReceiptData.status"), kReceiptStatuses } };
}

void validate(const QString& kind, const QJsonObject& data,
              const std::function<bool(const QString&)>& campaignExists, QJsonArray* errors)
{
    if (kind == kDonor)
        validateDonor(data, errors);
    else if (kind == kGift)
        validateGift(data, campaignExists, errors);
    else if (kind == kReceipt)
        validateReceipt(data, errors);
}

} // namespace casedesk::platform::LedgerRules
