#include "campaigns/Fees.h"

#include <algorithm>

namespace casedesk {

FeeBreakdown computeFees(qint64 grossCents, const FeeSettings& settings)
{
    FeeBreakdown fees;
    fees.grossCents = std::max<qint64>(0, grossCents);
    fees.commissionCents = (fees.grossCents * settings.commissionBasisPoints + 5000) / 10000;
    fees.flatFeeCents = fees.grossCents > 0 ? settings.flatCampaignFeeCents : 0;
    fees.netCents = std::max<qint64>(0, fees.grossCents - fees.commissionCents - fees.flatFeeCents);
    return fees;
}

} // namespace casedesk
