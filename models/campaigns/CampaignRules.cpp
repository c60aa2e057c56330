#include "campaigns/CampaignRules.h"

#include "campaigns/CampaignText.h"
#include "common/AmountRules.h"
#include "common/Money.h"

namespace casedesk {

QList<FieldProblem> CampaignRules::validate(const Campaign& campaign, const QLocale& locale)
{
    QList<FieldProblem> problems;
    const QString goal = AmountRules::problem(AmountRules::Kind::Goal, campaign.goalCents, locale);
    if (!goal.isEmpty())
        problems.append({ QStringLiteral("goal"), goal });
    for (int i = 0; i < campaign.budgetLines.size(); ++i) {
        const QString line = AmountRules::problem(AmountRules::Kind::BudgetLine,
                                                  campaign.budgetLines.at(i).amountCents, locale);
        if (!line.isEmpty())
            problems.append(
                { QStringLiteral("budget.%1").arg(i + 1), tr("Budget line %1: %2").arg(i + 1).arg(line) });
    }
    // The costs the association may be ordered to pay: bounded like a goal, 0 when none.
    if (campaign.adverseCostsCents < 0) {
        problems.append(
            { QStringLiteral("adverseCosts"), tr("Adverse costs: an amount cannot be negative.") });
    } else if (campaign.adverseCostsCents > AmountRules::kMaxGoalCents) {
        problems.append(
            { QStringLiteral("adverseCosts"),
              tr("Adverse costs: %1 is more than the %2 CaseDesk accepts here; check the number of zeros.")
                  .arg(Money::format(campaign.adverseCostsCents, locale),
                       Money::format(AmountRules::kMaxGoalCents, locale)) });
    }
    return problems;
}

QString CampaignRules::budgetWarning(const Campaign& campaign, const FeeSettings& fees, const QLocale& locale)
{
    if (campaign.goalCents <= 0)
        return {};
    qint64 forTheCase = 0;
    for (const BudgetLine& line : campaign.budgetLines) {
        if (line.kind != BudgetKind::PlatformFees)
            forTheCase += line.amountCents;
    }
    const qint64 reaching = computeFees(campaign.goalCents, fees).netCents;
    if (forTheCase <= reaching)
        return {};
    return tr("The budget lines for the case add up to %1, but only %2 reaches the case once the "
              "platform's commission and flat fee are paid: %3 is missing. Raise the goal, or the "
              "platform fees line and lower another.")
        .arg(Money::format(forTheCase, locale), Money::format(reaching, locale),
             Money::format(forTheCase - reaching, locale));
}

bool CampaignRules::receivesGifts(CampaignStatus status)
{
    return status == CampaignStatus::Published || status == CampaignStatus::Funded;
}

QString CampaignRules::whyNoGifts(const QString& title, CampaignStatus status)
{
    if (status == CampaignStatus::Closed || status == CampaignStatus::Withdrawn)
        return tr("Campaign: \"%1\" is \"%2\" and no longer collects; gifts are recorded for published or "
                  "funded campaigns.")
            .arg(title, CampaignText::status(status));
    return tr("Campaign: \"%1\" is \"%2\" and does not collect yet; gifts are recorded for published or "
              "funded campaigns.")
        .arg(title, CampaignText::status(status));
}

} // namespace casedesk
