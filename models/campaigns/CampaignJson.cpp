#include "campaigns/CampaignJson.h"

#include "campaigns/CampaignText.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace casedesk::CampaignJson {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignJson)
};

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue syncJson(const SyncState& sync)
{
    QJsonObject object {
        { QStringLiteral("uuid"), sync.uuid.toString(QUuid::WithoutBraces) },
        { QStringLiteral("revision"), sync.revision },
        { QStringLiteral("createdAt"), Clock::toIso(sync.createdAt) },
        { QStringLiteral("updatedAt"), Clock::toIso(sync.updatedAt) },
    };
    object.insert(QStringLiteral("serverVersion"),
                  sync.serverVersion ? QJsonValue(*sync.serverVersion) : QJsonValue(QJsonValue::Null));
    return object;
}

// Demo and import files and the platform give money as integer cents; reject fractions, negatives
// and amounts beyond 100 billion euros. The bound comes before any cast: casting a double beyond
// qint64 is undefined behaviour, and 1e26 is valid JSON (a goal pulled from the platform); and the
// fees multiply an amount by up to 10,000 basis points, which must stay within qint64.
constexpr double kMaxCents = 1e13;

bool centsField(const QJsonObject& object, const QString& key, const QString& where, qint64* cents,
                QString* error)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > kMaxCents || number != std::floor(number)) {
        *error = Text::tr("%1: \"%2\" must be a whole, non-negative number of cents.").arg(where, key);
        return false;
    }
    *cents = static_cast<qint64>(number);
    return true;
}

} // namespace

QJsonObject toJson(const Campaign& c, const FeeSettings& fees)
{
    QJsonArray lines;
    for (const BudgetLine& line : c.budgetLines) {
        lines.append(QJsonObject { { QStringLiteral("uuid"), line.uuid.toString(QUuid::WithoutBraces) },
                                   { QStringLiteral("kind"), CampaignCodes::budgetKind(line.kind) },
                                   { QStringLiteral("label"), line.label },
                                   { QStringLiteral("amountCents"), line.amountCents } });
    }
    QJsonArray articles;
    for (const PressArticle& article : c.pressArticles) {
        articles.append(QJsonObject { { QStringLiteral("uuid"), article.uuid.toString(QUuid::WithoutBraces) },
                                      { QStringLiteral("title"), article.title },
                                      { QStringLiteral("outlet"), article.outlet },
                                      { QStringLiteral("url"), article.url.toString() },
                                      { QStringLiteral("date"), isoDate(article.date) } });
    }
    const FeeBreakdown breakdown = computeFees(c.goalCents, fees);
    return QJsonObject {
        { QStringLiteral("sync"), syncJson(c.sync) },
        { QStringLiteral("title"), c.title },
        { QStringLiteral("summary"), c.summary },
        { QStringLiteral("description"), c.description },
        { QStringLiteral("cause"), CampaignCodes::cause(c.cause) },
        { QStringLiteral("harm"), c.harm },
        { QStringLiteral("legalBasis"), c.legalBasis },
        { QStringLiteral("court"), c.court },
        { QStringLiteral("opposingParty"), c.opposingParty },
        { QStringLiteral("goalCents"), c.goalCents },
        { QStringLiteral("endDate"), isoDate(c.endDate) },
        { QStringLiteral("status"), CampaignCodes::status(c.status) },
        { QStringLiteral("howMoneyUsed"), c.howMoneyUsed },
        { QStringLiteral("lawyer"), c.lawyer },
        { QStringLiteral("lawyerAssessment"), c.lawyerAssessment },
        { QStringLiteral("risks"), c.risks },
        { QStringLiteral("adverseCostsCents"), c.adverseCostsCents },
        { QStringLiteral("whyAssociation"), c.whyAssociation },
        { QStringLiteral("budgetLines"), lines },
        { QStringLiteral("budgetTotalCents"), c.budgetTotalCents() },
        { QStringLiteral("pressArticles"), articles },
        { QStringLiteral("fees"),
          QJsonObject { { QStringLiteral("grossCents"), breakdown.grossCents },
                        { QStringLiteral("commissionCents"), breakdown.commissionCents },
                        { QStringLiteral("flatFeeCents"), breakdown.flatFeeCents },
                        { QStringLiteral("netCents"), breakdown.netCents } } },
    };
}

QStringList deskOnlyKeys()
{
    return { QStringLiteral("lawyer"), QStringLiteral("lawyerAssessment"), QStringLiteral("risks"),
             QStringLiteral("adverseCostsCents"), QStringLiteral("whyAssociation") };
}

QJsonObject associationToJson(const Association& a)
{
    return QJsonObject {
        { QStringLiteral("name"), a.name },
        { QStringLiteral("legalForm"), a.legalForm },
        { QStringLiteral("rna"), a.rna },
        { QStringLiteral("siren"), a.siren },
        { QStringLiteral("address"), a.address },
        { QStringLiteral("purpose"), a.purpose },
        { QStringLiteral("generalInterest"), a.generalInterest },
        { QStringLiteral("signatoryName"), a.signatoryName },
        { QStringLiteral("signatoryRole"), a.signatoryRole },
        { QStringLiteral("receiptCategory"), a.receiptCategory },
        { QStringLiteral("receiptPlace"), a.receiptPlace },
    };
}

bool fromJson(const QJsonObject& o, const QDate& today, Campaign* c, QString* error)
{
    const QString where = Text::tr("Campaign \"%1\"").arg(o.value(QStringLiteral("title")).toString());
    c->title = o.value(QStringLiteral("title")).toString();
    c->summary = o.value(QStringLiteral("summary")).toString();
    c->description = o.value(QStringLiteral("description")).toString();
    c->harm = o.value(QStringLiteral("harm")).toString();
    c->legalBasis = o.value(QStringLiteral("legalBasis")).toString();
    c->court = o.value(QStringLiteral("court")).toString();
    c->opposingParty = o.value(QStringLiteral("opposingParty")).toString();
    c->howMoneyUsed = o.value(QStringLiteral("howMoneyUsed")).toString();
    // Desk-only: absent from what the platform sends, which then leaves the desk's own alone.
    c->lawyer = o.value(QStringLiteral("lawyer")).toString();
    c->lawyerAssessment = o.value(QStringLiteral("lawyerAssessment")).toString();
    c->risks = o.value(QStringLiteral("risks")).toString();
    c->whyAssociation = o.value(QStringLiteral("whyAssociation")).toString();
    c->adverseCostsCents = 0;
    if (o.contains(QStringLiteral("adverseCostsCents"))
        && !centsField(o, QStringLiteral("adverseCostsCents"), where, &c->adverseCostsCents, error))
        return false;
    const auto cause = CampaignCodes::causeFromCode(o.value(QStringLiteral("cause")).toString());
    const auto status = CampaignCodes::statusFromCode(o.value(QStringLiteral("status")).toString());
    if (!cause || !status) {
        *error = Text::tr("%1: unknown cause or status.").arg(where);
        return false;
    }
    c->cause = *cause;
    c->status = *status;
    if (!centsField(o, QStringLiteral("goalCents"), where, &c->goalCents, error))
        return false;
    if (o.contains(QStringLiteral("endInDays")))
        c->endDate = today.addDays(o.value(QStringLiteral("endInDays")).toInt());
    else
        c->endDate = QDate::fromString(o.value(QStringLiteral("endDate")).toString(), Qt::ISODate);

    c->budgetLines.clear();
    for (const QJsonValue& value : o.value(QStringLiteral("budgetLines")).toArray()) {
        const QJsonObject line = value.toObject();
        const auto kind = CampaignCodes::budgetKindFromCode(line.value(QStringLiteral("kind")).toString());
        if (!kind) {
            *error = Text::tr("%1: unknown budget line kind \"%2\".")
                         .arg(where, line.value(QStringLiteral("kind")).toString());
            return false;
        }
        BudgetLine budgetLine { {}, *kind, line.value(QStringLiteral("label")).toString(), 0 };
        if (!centsField(line, QStringLiteral("amountCents"), where, &budgetLine.amountCents, error))
            return false;
        c->budgetLines.append(budgetLine);
    }
    c->pressArticles.clear();
    for (const QJsonValue& value : o.value(QStringLiteral("pressArticles")).toArray()) {
        const QJsonObject article = value.toObject();
        c->pressArticles.append(
            { {},
              article.value(QStringLiteral("title")).toString(),
              article.value(QStringLiteral("outlet")).toString(),
              QUrl(article.value(QStringLiteral("url")).toString()),
              QDate::fromString(article.value(QStringLiteral("date")).toString(), Qt::ISODate) });
    }
    return true;
}

bool associationFromJson(const QJsonObject& o, Association* a, QString* error)
{
    a->name = o.value(QStringLiteral("name")).toString();
    a->legalForm = o.value(QStringLiteral("legalForm")).toString();
    a->rna = o.value(QStringLiteral("rna")).toString();
    a->siren = o.value(QStringLiteral("siren")).toString();
    a->address = o.value(QStringLiteral("address")).toString();
    a->purpose = o.value(QStringLiteral("purpose")).toString();
    a->generalInterest = o.value(QStringLiteral("generalInterest")).toBool();
    a->signatoryName = o.value(QStringLiteral("signatoryName")).toString();
    a->signatoryRole = o.value(QStringLiteral("signatoryRole")).toString();
    a->receiptCategory = o.value(QStringLiteral("receiptCategory")).toString();
    a->receiptPlace = o.value(QStringLiteral("receiptPlace")).toString();
    const QList<FieldProblem> problems = AssociationRules::validate(*a);
    if (!problems.isEmpty()) {
        *error = problems.first().message;
        return false;
    }
    return true;
}

} // namespace casedesk::CampaignJson
