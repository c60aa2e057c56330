#include "campaigns/Campaign.h"

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

template<typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, code] : table) {
        if (candidate == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& code)
{
    for (const auto& [candidate, candidateCode] : table) {
        if (code == QLatin1String(candidateCode))
            return candidate;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const std::array<std::pair<Enum, const char*>, N>& table)
{
    QList<Enum> values;
    for (const auto& entry : table)
        values.append(entry.first);
    return values;
}

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
