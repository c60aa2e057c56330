#include "cli/CampaignOutput.h"

#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRules.h"
#include "campaigns/CampaignText.h"
#include "campaigns/Workflow.h"
#include "cli/CliContext.h"
#include "cli/Values.h"
#include "common/Clock.h"
#include "settings/SettingsRepository.h"

namespace casedesk::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignOutput)
};

// "In review (in_review), Withdrawn (withdrawn)": what comes next, and the code to type for it.
QString nextStatusCodes(CampaignStatus status)
{
    QStringList next;
    for (CampaignStatus target : Workflow::nextStatuses(status))
        next.append(
            QStringLiteral("%1 (%2)").arg(CampaignText::status(target), CampaignCodes::status(target)));
    return next.join(QStringLiteral(", "));
}

void printCampaignFields(CliContext& context, const Campaign& c)
{
    context.printFields({
        { Text::tr("UUID"), c.sync.uuid.toString(QUuid::WithoutBraces) },
        { Text::tr("Title"), c.title },
        { Text::tr("Status"),
          QStringLiteral("%1 (%2)").arg(CampaignText::status(c.status), CampaignCodes::status(c.status)) },
        { Text::tr("Next statuses"), nextStatusCodes(c.status) },
        { Text::tr("Cause"),
          QStringLiteral("%1 (%2)").arg(CampaignText::cause(c.cause), CampaignCodes::cause(c.cause)) },
        { Text::tr("Summary"), c.summary },
        { Text::tr("Court"), c.court },
        { Text::tr("Opposing party"), c.opposingParty },
        { Text::tr("Legal basis"), c.legalBasis },
        { Text::tr("Goal"), Values::money(c.goalCents) },
        { Text::tr("End date"), Values::date(c.endDate) },
        { Text::tr("Revision"), QString::number(c.sync.revision) },
        { Text::tr("Created"), Values::instant(c.sync.createdAt) },
        { Text::tr("Updated"), Values::instant(c.sync.updatedAt) },
    });
    context.print();
    context.printBlock(Text::tr("Harm"), c.harm);
    context.print();
    context.printBlock(Text::tr("Description"), c.description);
    context.print();
    context.printBlock(Text::tr("Use of funds"), c.howMoneyUsed);
    // Before the board: desk-only, never published.
    context.print();
    context.printFields({
        { Text::tr("Lawyer"), c.lawyer },
        { Text::tr("Adverse costs"), Values::money(c.adverseCostsCents) },
    });
    context.print();
    context.printBlock(Text::tr("Lawyer's assessment"), c.lawyerAssessment);
    context.print();
    context.printBlock(Text::tr("Risks"), c.risks);
    context.print();
    context.printBlock(Text::tr("Why the association"), c.whyAssociation);
}

void printBudget(CliContext& context, const Campaign& c)
{
    context.print(Text::tr("Budget:"));
    if (c.budgetLines.isEmpty()) {
        context.print(Text::tr("  no lines"));
        return;
    }
    QList<QStringList> rows;
    for (int i = 0; i < c.budgetLines.size(); ++i) {
        const BudgetLine& line = c.budgetLines.at(i);
        rows.append({ QString::number(i + 1), CampaignText::budgetKind(line.kind),
                      Values::money(line.amountCents), line.label });
    }
    const QString total = c.budgetTotalCents() == c.goalCents
        ? Text::tr("total, equal to the goal")
        : Text::tr("total; the goal is %1").arg(Values::money(c.goalCents));
    rows.append({ QString(), QString(), Values::money(c.budgetTotalCents()), total });
    context.printTable({ Text::tr("#"), Text::tr("KIND"), Text::tr("AMOUNT"), Text::tr("LABEL") }, rows,
                       { 0, 2 });
    const QString warning = CampaignRules::budgetWarning(c, context.settings().feeSettings());
    if (!warning.isEmpty())
        context.print(Text::tr("Warning: %1").arg(warning));
}

void printPress(CliContext& context, const Campaign& c)
{
    context.print(Text::tr("Press articles:"));
    if (c.pressArticles.isEmpty()) {
        context.print(Text::tr("  none"));
        return;
    }
    for (int i = 0; i < c.pressArticles.size(); ++i) {
        const PressArticle& article = c.pressArticles.at(i);
        context.print(
            QStringLiteral("%1. %2  %3: %4")
                .arg(QString::number(i + 1), Values::date(article.date), article.outlet, article.title));
        context.print(QStringLiteral("   ") + article.url.toString());
    }
}

void printReviewChecklist(CliContext& context, const Campaign& c)
{
    const QStringList missing = Workflow::missingForReview(c, Clock::today());
    if (missing.isEmpty()) {
        context.print(Text::tr("Ready for review: nothing is missing."));
        return;
    }
    context.print(Text::tr("Missing before review:"));
    for (const QString& sentence : missing)
        context.print(QStringLiteral("  - ") + sentence);
}

} // namespace

QJsonArray CampaignOutput::historyJson(const QList<CampaignRepository::StatusChange>& changes)
{
    QJsonArray array;
    for (const CampaignRepository::StatusChange& change : changes) {
        array.append(QJsonObject { { QStringLiteral("from"), CampaignCodes::status(change.from) },
                                   { QStringLiteral("to"), CampaignCodes::status(change.to) },
                                   { QStringLiteral("at"), Clock::toIso(change.at) },
                                   { QStringLiteral("note"), change.note } });
    }
    return array;
}

void CampaignOutput::printHistory(CliContext& context, const QList<CampaignRepository::StatusChange>& changes)
{
    QList<QStringList> rows;
    for (const CampaignRepository::StatusChange& change : changes) {
        // The creation had no status before it.
        rows.append({ Values::instant(change.at),
                      change.creation ? QStringLiteral("-") : CampaignText::status(change.from),
                      CampaignText::status(change.to), change.note });
    }
    context.printTable({ Text::tr("WHEN"), Text::tr("FROM"), Text::tr("TO"), Text::tr("NOTE") }, rows);
}

QJsonObject CampaignOutput::document(CliContext& context, const Campaign& campaign)
{
    QJsonObject object = CampaignJson::toJson(campaign, context.settings().feeSettings());
    object.insert(QStringLiteral("history"), historyJson(context.campaigns().history(campaign.sync.uuid)));
    return object;
}

QJsonObject CampaignOutput::rowJson(const CampaignRow& row)
{
    return QJsonObject {
        { QStringLiteral("uuid"), row.uuid.toString(QUuid::WithoutBraces) },
        { QStringLiteral("title"), row.title },
        { QStringLiteral("status"), CampaignCodes::status(row.status) },
        { QStringLiteral("cause"), CampaignCodes::cause(row.cause) },
        { QStringLiteral("court"), row.court },
        { QStringLiteral("goalCents"), row.goalCents },
        // The same empty string as CampaignJson::toJson when there is no end date.
        { QStringLiteral("endDate"), row.endDate.isValid() ? row.endDate.toString(Qt::ISODate) : QString() },
        { QStringLiteral("updatedAt"), Clock::toIso(row.updatedAt) },
    };
}

void CampaignOutput::print(CliContext& context, const Campaign& campaign)
{
    printCampaignFields(context, campaign);
    context.print();
    printBudget(context, campaign);
    context.print();
    printPress(context, campaign);
    context.print();
    context.print(Text::tr("Platform fees on the goal:"));
    context.printFields(Values::feeBreakdown(context.settings().feeSettings(), campaign.goalCents));
    if (campaign.status == CampaignStatus::Draft) {
        context.print();
        printReviewChecklist(context, campaign);
    }
    context.print();
    context.print(Text::tr("Status history:"));
    printHistory(context, context.campaigns().history(campaign.sync.uuid));
}

} // namespace casedesk::cli
