#pragma once

#include "storage/SyncState.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

namespace casedesk {

enum class CampaignStatus
{
    Draft,
    InReview,
    Approved,
    Published,
    Funded,
    Closed,
    Withdrawn
};
enum class Cause
{
    Environment,
    Health,
    SocialRights,
    Other
};
enum class BudgetKind
{
    LawyerFees,
    CourtFees,
    ExpertReports,
    Bailiff,
    PlatformFees,
    Other
};

struct BudgetLine
{
    QUuid uuid;
    BudgetKind kind = BudgetKind::LawyerFees;
    QString label;
    qint64 amountCents = 0;

    bool operator==(const BudgetLine&) const = default;
};

struct PressArticle
{
    QUuid uuid;
    QString title;
    QString outlet;
    QUrl url;
    QDate date;

    bool operator==(const PressArticle&) const = default;
};

// A crowdfunding campaign for one legal action: the case, its legal basis and its budget.
struct Campaign
{
    SyncState sync;
    QString title;
    QString summary;
    QString description; // Markdown
    Cause cause = Cause::Environment;
    QString harm;
    QString legalBasis;
    QString court;
    QString opposingParty;
    qint64 goalCents = 0;
    QDate endDate;
    CampaignStatus status = CampaignStatus::Draft;
    QString howMoneyUsed;
    // What the board asks before approving, desk-only (legal strategy, never on the public wire):
    // the lawyer in charge, their assessment of the prospects, the risks, the costs the
    // association may be ordered to pay if it loses, and why it is the one to act.
    QString lawyer;
    QString lawyerAssessment;
    QString risks;
    qint64 adverseCostsCents = 0;
    QString whyAssociation;
    QList<BudgetLine> budgetLines;
    QList<PressArticle> pressArticles;

    qint64 budgetTotalCents() const;
    // Only drafts are edited; a dossier under review or approved is what the board saw.
    bool isEditable() const { return status == CampaignStatus::Draft; }
    // Only a draft or a withdrawn campaign may be deleted: the others are what the board saw or
    // what the public sees.
    bool isDeletable() const
    {
        return status == CampaignStatus::Draft || status == CampaignStatus::Withdrawn;
    }
};

// Stable codes used in the database, JSON and the command line.
namespace CampaignCodes {
QString status(CampaignStatus status);
std::optional<CampaignStatus> statusFromCode(const QString& code);
QString cause(Cause cause);
std::optional<Cause> causeFromCode(const QString& code);
QString budgetKind(BudgetKind kind);
std::optional<BudgetKind> budgetKindFromCode(const QString& code);

QList<CampaignStatus> allStatuses();
QList<Cause> allCauses();
QList<BudgetKind> allBudgetKinds();
} // namespace CampaignCodes

} // namespace casedesk
