#pragma once

#include "campaigns/Association.h"
#include "campaigns/Campaign.h"
#include "campaigns/Fees.h"

#include <QCoreApplication>
#include <QLocale>

namespace casedesk {

// What a campaign's content must respect whoever writes it (the window, casedesk-cli), beside
// the workflow's checklist: amounts within AmountRules' bounds, and who may receive gifts.
class CampaignRules
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRules)

public:
    // What keeps a draft from being saved at all: a goal or budget line out of bounds. Keys are
    // "goal" and "budget.N" (N from 1), messages name the field.
    static QList<FieldProblem> validate(const Campaign& campaign, const QLocale& locale = QLocale());

    // The lines for the case itself (all but platform fees) against what reaches the case at the
    // goal: a sentence when they ask for more than will arrive, else empty.
    static QString budgetWarning(const Campaign& campaign, const FeeSettings& fees,
                                 const QLocale& locale = QLocale());

    // Gifts go to a campaign that collects: published, or funded (gifts still arrive after the
    // goal is met). A draft, one in review or approved does not collect yet; a closed or
    // withdrawn one no longer does.
    static bool receivesGifts(CampaignStatus status);
    // Why `title` cannot receive a gift now, for the message beside the campaign field.
    static QString whyNoGifts(const QString& title, CampaignStatus status);
};

} // namespace casedesk
