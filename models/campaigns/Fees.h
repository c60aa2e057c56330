#pragma once

#include <QtGlobal>

namespace casedesk {

// What the crowdfunding platform takes: a flat fee per campaign and a commission on what is
// raised. Desk settings; the defaults match the platform CaseDesk was modelled on, where a
// 10,000 EUR goal leaves 9,400 EUR for the case.
struct FeeSettings
{
    qint64 flatCampaignFeeCents = 10000; // 100 EUR
    int commissionBasisPoints = 500; // 5.00 %

    bool operator==(const FeeSettings&) const = default;
};

struct FeeBreakdown
{
    qint64 grossCents = 0;
    qint64 commissionCents = 0;
    qint64 flatFeeCents = 0;
    qint64 netCents = 0; // what reaches the legal action, never below zero
};

// Commission rounded half up to the cent.
FeeBreakdown computeFees(qint64 grossCents, const FeeSettings& settings);

} // namespace casedesk
