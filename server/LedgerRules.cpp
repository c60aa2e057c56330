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

const QStringList kGiftStatuses = { QStringLiteral("pending"), QStringLiteral("paid"),
                                    QStringLiteral("refunded"), QStringLiteral("cancelled") };
const QStringList kGiftMethods
    = { QStringLiteral("platform"), QStringLiteral("card"), QStringLiteral("transfer"),
        QStringLiteral("cheque"),   QStringLiteral("cash"), QStringLiteral("direct_debit") };
const QStringList kDonorLegalKinds = { QStringLiteral("person"), QStringLiteral("company") };
const QStringList kDonorReceiptChoices
    = { QStringLiteral("per_gift"), QStringLiteral("annual"), QStringLiteral("none") };

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

} // namespace

bool isLedgerKind(const QString& kind)
{
    return kind == kDonor || kind == kGift;
}

QHash<QString, QStringList> codeLists()
{
    return { { QStringLiteral("GiftData.status"), kGiftStatuses },
             { QStringLiteral("GiftData.method"), kGiftMethods },
             { QStringLiteral("DonorData.legalKind"), kDonorLegalKinds },
             { QStringLiteral("DonorData.receiptChoice"), kDonorReceiptChoices } };
}

void validate(const QString& kind, const QJsonObject& data,
              const std::function<bool(const QString&)>& campaignExists, QJsonArray* errors)
{
    if (kind == kDonor)
        validateDonor(data, errors);
    else if (kind == kGift)
        validateGift(data, campaignExists, errors);
}

} // namespace casedesk::platform::LedgerRules
