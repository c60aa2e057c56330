#include "review/ReviewText.h"

#include "review/Review.h"

namespace casedesk {

QString ReviewText::withRoundNumber(const QString& campaignStatus, int roundNumber)
{
    return roundNumber > 0 ? tr("%1 · round %2").arg(campaignStatus).arg(roundNumber) : campaignStatus;
}

QString ReviewText::withReviewState(const QString& campaignStatus, const QString& roundStatusCode,
                                    int roundNumber)
{
    const std::optional<RoundStatus> status = ReviewCodes::roundStatusFromCode(roundStatusCode);
    if (!status || roundNumber <= 0)
        return campaignStatus;
    switch (*status) {
    case RoundStatus::Open:
        return tr("%1 — round %2 open").arg(campaignStatus).arg(roundNumber);
    case RoundStatus::Approved:
        return tr("%1 — round %2 approved").arg(campaignStatus).arg(roundNumber);
    case RoundStatus::Rejected:
        return tr("%1 — round %2 rejected").arg(campaignStatus).arg(roundNumber);
    case RoundStatus::Superseded:
        return tr("%1 — round %2 superseded").arg(campaignStatus).arg(roundNumber);
    }
    return campaignStatus;
}

} // namespace casedesk
