#include "campaigns/Campaign.h"

#include "common/CodeTable.h"

#include <array>
#include <utility>

namespace casedesk {

qint64 Campaign::budgetTotalCents() const
{
    qint64 total = 0;
    for (const BudgetLine& line : budgetLines)
        total += line.amountCents;
    return total;
}

namespace CampaignCodes {

namespace {

using CodeTable::codeOf;
using CodeTable::valueOf;
using CodeTable::valuesOf;

constexpr std::array<std::pair<CampaignStatus, const char*>, 7> kStatuses = { {
    { CampaignStatus::Draft, "draft" },
    { CampaignStatus::InReview, "in_review" },
    { CampaignStatus::Approved, "approved" },
    { CampaignStatus::Published, "published" },
    { CampaignStatus::Funded, "funded" },
    { CampaignStatus::Closed, "closed" },
    { CampaignStatus::Withdrawn, "withdrawn" },
} };

constexpr std::array<std::pair<Cause, const char*>, 4> kCauses = { {
    { Cause::Environment, "environment" },
    { Cause::Health, "health" },
    { Cause::SocialRights, "social_rights" },
    { Cause::Other, "other" },
} };

constexpr std::array<std::pair<BudgetKind, const char*>, 6> kBudgetKinds = { {
    { BudgetKind::LawyerFees, "lawyer_fees" },
    { BudgetKind::CourtFees, "court_fees" },
    { BudgetKind::ExpertReports, "expert_reports" },
    { BudgetKind::Bailiff, "bailiff" },
    { BudgetKind::PlatformFees, "platform_fees" },
    { BudgetKind::Other, "other" },
} };

} // namespace

QString status(CampaignStatus value)
{
    return codeOf(kStatuses, value);
}
std::optional<CampaignStatus> statusFromCode(const QString& code)
{
    return valueOf(kStatuses, code);
}
QString cause(Cause value)
{
    return codeOf(kCauses, value);
}
std::optional<Cause> causeFromCode(const QString& code)
{
    return valueOf(kCauses, code);
}
QString budgetKind(BudgetKind value)
{
    return codeOf(kBudgetKinds, value);
}
std::optional<BudgetKind> budgetKindFromCode(const QString& code)
{
    return valueOf(kBudgetKinds, code);
}
QList<CampaignStatus> allStatuses()
{
    return valuesOf(kStatuses);
}
QList<Cause> allCauses()
{
    return valuesOf(kCauses);
}
QList<BudgetKind> allBudgetKinds()
{
    return valuesOf(kBudgetKinds);
}

} // namespace CampaignCodes
} // namespace casedesk
