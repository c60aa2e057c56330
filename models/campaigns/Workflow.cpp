#include "campaigns/Workflow.h"

#include "campaigns/CampaignText.h"
#include "common/Money.h"

namespace casedesk {

QList<CampaignStatus> Workflow::nextStatuses(CampaignStatus from)
{
    using S = CampaignStatus;
    switch (from) {
    case S::Draft:
        return { S::InReview, S::Withdrawn };
    case S::InReview:
        return { S::Approved, S::Draft, S::Withdrawn };
    case S::Approved:
        return { S::Published, S::Draft, S::Withdrawn };
    case S::Published:
        return { S::Funded, S::Closed, S::Withdrawn };
    case S::Funded:
        return { S::Closed };
    case S::Closed:
    case S::Withdrawn:
        return {};
    }
    return {};
}

QStringList Workflow::missingForReview(const Campaign& c, const QDate& today)
{
    QStringList missing;
    const auto require = [&missing](const QString& value, const QString& sentence) {
        if (value.trimmed().isEmpty())
            missing.append(sentence);
    };
    require(c.title, tr("Title is empty."));
    require(c.summary, tr("Summary is empty."));
    require(c.description, tr("Description is empty."));
    require(c.harm, tr("The harm the action fights is not described."));
    require(c.legalBasis, tr("Legal basis is empty."));
    require(c.court, tr("Court is empty."));
    require(c.opposingParty, tr("Opposing party is empty."));
    if (c.goalCents <= 0)
        missing.append(tr("Funding goal must be more than zero."));
    if (!c.endDate.isValid())
        missing.append(tr("End date is not set."));
    else if (c.endDate <= today)
        missing.append(tr("End date must be in the future."));
    if (c.budgetLines.isEmpty()) {
        missing.append(tr("The budget has no lines."));
    } else if (c.budgetTotalCents() != c.goalCents) {
        missing.append(tr("The budget lines add up to %1 but the funding goal is %2.")
                           .arg(Money::format(c.budgetTotalCents()), Money::format(c.goalCents)));
    }
    for (int i = 0; i < c.budgetLines.size(); ++i) {
        if (c.budgetLines.at(i).label.trimmed().isEmpty())
            missing.append(tr("Budget line %1 has no label.").arg(i + 1));
    }
    // Named as the editor's tab is, so the user finds where to write it.
    require(c.howMoneyUsed, tr("The \"Use of funds\" tab is empty."));
    // What the board asks before it approves an action (the "Before the board" group).
    require(c.lawyer, tr("The lawyer in charge of the case is not named."));
    require(c.lawyerAssessment, tr("The lawyer's assessment of the prospects is not written."));
    require(c.risks, tr("The risks of the action (adverse costs included) are not described."));
    require(c.whyAssociation, tr("Why the association is the one to act is not explained."));
    return missing;
}

TransitionCheck Workflow::check(const Campaign& campaign, CampaignStatus target,
                                const Association& association, const QDate& today)
{
    TransitionCheck result;
    if (!nextStatuses(campaign.status).contains(target)) {
        if (target == CampaignStatus::Published)
            result.reasons.append(tr("Only an approved campaign can be published; this one is \"%1\".")
                                      .arg(CampaignText::status(campaign.status)));
        else
            result.reasons.append(
                tr("A campaign cannot go from \"%1\" to \"%2\".")
                    .arg(CampaignText::status(campaign.status), CampaignText::status(target)));
        return result;
    }
    if (target == CampaignStatus::InReview)
        result.reasons = missingForReview(campaign, today);
    if (target == CampaignStatus::Published) {
        if (association.name.trimmed().isEmpty())
            result.reasons.append(tr("The association's profile has no name."));
        if (!AssociationRules::isValidRna(association.rna))
            result.reasons.append(
                tr("The association's profile needs a valid RNA number before publishing."));
        if (campaign.endDate.isValid() && campaign.endDate <= today)
            result.reasons.append(tr("End date must be in the future."));
    }
    result.allowed = result.reasons.isEmpty();
    return result;
}

} // namespace casedesk
