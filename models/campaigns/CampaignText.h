#pragma once

#include "campaigns/Campaign.h"

#include <QCoreApplication>

namespace casedesk {

// The words users see for the campaign enums and fields, translated.
class CampaignText
{
    Q_DECLARE_TR_FUNCTIONS(CampaignText)

public:
    static QString status(CampaignStatus status);
    static QString cause(Cause cause);
    static QString budgetKind(BudgetKind kind);
    // The verb on the button that moves a campaign to `target` ("Submit for review").
    static QString transitionAction(CampaignStatus target);
};

} // namespace casedesk
