#pragma once

#include "campaigns/Association.h"
#include "campaigns/Campaign.h"

#include <QCoreApplication>
#include <QStringList>

namespace casedesk {

// The result of asking whether a campaign may move to a status: when refused, `reasons` says
// exactly why, one sentence per missing or wrong thing, in the user's language.
struct TransitionCheck
{
    bool allowed = false;
    QStringList reasons;
};

// Draft -> In review -> Approved -> Published -> Funded -> Closed, with Withdrawn reachable from
// any open status, and a way back to Draft before publication.
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)

public:
    static QList<CampaignStatus> nextStatuses(CampaignStatus from);
    // Fields that must be filled before the board can review the dossier, as sentences.
    static QStringList missingForReview(const Campaign& campaign, const QDate& today);
    static TransitionCheck check(const Campaign& campaign, CampaignStatus target,
                                 const Association& association, const QDate& today);
};

} // namespace casedesk
