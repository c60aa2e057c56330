#pragma once

#include <QCoreApplication>
#include <QString>

namespace casedesk {

// How a campaign's review state reads in the Campaigns list.
class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewText)

public:
    // "In review — round 2 open", "Draft — round 1 rejected": the campaign's status, and its
    // latest round (status code and number) when it has one.
    // "In review · round 2": the campaign's status and its latest round's number, for a narrow list.
    static QString withRoundNumber(const QString& campaignStatus, int roundNumber);
    static QString withReviewState(const QString& campaignStatus, const QString& roundStatusCode,
                                   int roundNumber);
};

} // namespace casedesk
