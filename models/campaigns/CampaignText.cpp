#include "campaigns/CampaignText.h"

namespace casedesk {

QString CampaignText::status(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft:
        return tr("Draft");
    case CampaignStatus::InReview:
        return tr("In review");
    case CampaignStatus::Approved:
        return tr("Approved");
    case CampaignStatus::Published:
        return tr("Published");
    case CampaignStatus::Funded:
        return tr("Funded");
    case CampaignStatus::Closed:
        return tr("Closed");
    case CampaignStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString CampaignText::cause(Cause cause)
{
    switch (cause) {
    case Cause::Environment:
        return tr("Environment");
    case Cause::Health:
        return tr("Health");
    case Cause::SocialRights:
        return tr("Social rights");
    case Cause::Other:
        return tr("Other");
    }
    return {};
}

QString CampaignText::budgetKind(BudgetKind kind)
{
    switch (kind) {
    case BudgetKind::LawyerFees:
        return tr("Lawyer fees");
    case BudgetKind::CourtFees:
        return tr("Court fees");
    case BudgetKind::ExpertReports:
        return tr("Expert reports");
    case BudgetKind::Bailiff:
        return tr("Bailiff");
    case BudgetKind::PlatformFees:
        return tr("Platform fees");
    case BudgetKind::Other:
        return tr("Other");
    }
    return {};
}

QString CampaignText::transitionAction(CampaignStatus target)
{
    switch (target) {
    case CampaignStatus::Draft:
        return tr("Back to draft");
    case CampaignStatus::InReview:
        return tr("Submit for review");
    case CampaignStatus::Approved:
        return tr("Approve");
    case CampaignStatus::Published:
        return tr("Publish");
    case CampaignStatus::Funded:
        return tr("Mark as funded");
    case CampaignStatus::Closed:
        return tr("Close");
    case CampaignStatus::Withdrawn:
        return tr("Withdraw");
    }
    return {};
}

} // namespace casedesk
