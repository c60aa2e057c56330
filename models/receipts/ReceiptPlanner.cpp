#include "receipts/ReceiptPlanner.h"

namespace casedesk {

namespace {

qint64 counterpartsOf(const CandidateDonor& donor)
{
    qint64 total = 0;
    for (const CandidateGift& gift : donor.gifts)
        total += gift.counterpartCents;
    return total;
}

ReceiptGift receiptGift(const CandidateGift& gift, qint64 receipted)
{
    ReceiptGift line;
    line.donationUuid = gift.donationUuid;
    line.date = gift.date;
    line.method = gift.method;
    line.giftCents = gift.amountCents;
    line.counterpartCents = gift.amountCents - receipted;
    line.receiptedCents = receipted;
    line.campaignTitle = gift.campaignTitle;
    return line;
}

PlannedReceipt receiptFor(const CandidateDonor& donor, ReceiptKind kind)
{
    PlannedReceipt receipt;
    receipt.kind = kind;
    receipt.form = donor.company ? ReceiptForm::Company : ReceiptForm::Individual;
    receipt.donorUuid = donor.uuid;
    receipt.donorName = donor.name.trimmed();
    receipt.donorAddress = donor.address.trimmed();
    receipt.donorSiren = donor.siren;
    return receipt;
}

SkippedDonor skippedDonor(const CandidateDonor& donor, SkipReason reason, int giftCount, qint64 cents)
{
    return { donor.uuid, donor.name, reason, giftCount, cents };
}

// The donor-level reasons: nothing of this donor's year is receipted.
std::optional<SkipReason> donorSkip(const CandidateDonor& donor)
{
    if (donor.erased)
        return SkipReason::Erased;
    if (donor.receiptChoice == QLatin1String("none"))
        return SkipReason::OptedOut;
    if (donor.name.trimmed().isEmpty())
        return SkipReason::NoName;
    if (donor.address.trimmed().isEmpty())
        return SkipReason::NoAddress;
    return std::nullopt;
}

} // namespace

qint64 PlannedReceipt::amountCents() const
{
    qint64 total = 0;
    for (const ReceiptGift& gift : gifts)
        total += gift.receiptedCents;
    return total;
}

qint64 ReceiptPlan::totalCents() const
{
    qint64 total = 0;
    for (const PlannedReceipt& receipt : receipts)
        total += receipt.amountCents();
    return total;
}

bool ReceiptPlanner::isMarkedDisproportion(const CandidateGift& gift, qint64 yearCounterpartCents,
                                           const ReceiptPolicy& policy)
{
    return gift.counterpartCents * 100 <= gift.amountCents * ReceiptPolicy::kCounterpartMaxPercent
        && yearCounterpartCents <= policy.counterpartCeilingCents;
}

qint64 ReceiptPlanner::receiptedCents(const CandidateGift& gift, qint64 yearCounterpartCents,
                                      const ReceiptPolicy& policy)
{
    if (gift.counterpartCents <= 0 || isMarkedDisproportion(gift, yearCounterpartCents, policy))
        return gift.amountCents;
    return std::max<qint64>(0, gift.amountCents - gift.counterpartCents);
}

ReceiptPlan ReceiptPlanner::plan(int year, const QList<CandidateDonor>& donors, ReceiptMode mode,
                                 const ReceiptPolicy& policy, bool applyThreshold)
{
    ReceiptPlan plan;
    for (const CandidateDonor& donor : donors) {
        qint64 given = 0;
        for (const CandidateGift& gift : donor.gifts)
            given += gift.amountCents;
        if (const auto reason = donorSkip(donor)) {
            plan.skipped.append(skippedDonor(donor, *reason, int(donor.gifts.size()), given));
            continue;
        }
        const qint64 counterparts = counterpartsOf(donor);
        QList<ReceiptGift> lines;
        int swallowed = 0;
        qint64 swallowedCents = 0;
        for (const CandidateGift& gift : donor.gifts) {
            const qint64 receipted = receiptedCents(gift, counterparts, policy);
            if (receipted > 0) {
                lines.append(receiptGift(gift, receipted));
            } else {
                ++swallowed;
                swallowedCents += gift.amountCents;
            }
        }
        if (swallowed > 0)
            plan.skipped.append(
                skippedDonor(donor, SkipReason::CounterpartTooLarge, swallowed, swallowedCents));
        const bool annual = mode == ReceiptMode::Annual
            || (mode == ReceiptMode::DonorChoice && donor.receiptChoice == QLatin1String("annual"));
        if (annual && !lines.isEmpty()) {
            PlannedReceipt receipt = receiptFor(donor, ReceiptKind::Annual);
            receipt.periodFrom = QDate(year, 1, 1);
            receipt.periodTo = QDate(year, 12, 31);
            receipt.gifts = lines;
            if (applyThreshold && receipt.amountCents() < policy.thresholdCents) {
                plan.skipped.append(skippedDonor(donor, SkipReason::UnderThreshold, int(lines.size()),
                                                 receipt.amountCents()));
            } else {
                plan.receipts.append(receipt);
            }
            continue;
        }
        int under = 0;
        qint64 underCents = 0;
        for (const ReceiptGift& line : std::as_const(lines)) {
            if (applyThreshold && line.receiptedCents < policy.thresholdCents) {
                ++under;
                underCents += line.receiptedCents;
                continue;
            }
            PlannedReceipt receipt = receiptFor(donor, ReceiptKind::Gift);
            receipt.periodFrom = line.date;
            receipt.periodTo = line.date;
            receipt.gifts = { line };
            plan.receipts.append(receipt);
        }
        if (under > 0)
            plan.skipped.append(skippedDonor(donor, SkipReason::UnderThreshold, under, underCents));
    }
    return plan;
}

QString ReceiptPlanner::reasonCode(SkipReason reason)
{
    switch (reason) {
    case SkipReason::NoAddress:
        return QStringLiteral("no_address");
    case SkipReason::NoName:
        return QStringLiteral("no_name");
    case SkipReason::OptedOut:
        return QStringLiteral("opted_out");
    case SkipReason::UnderThreshold:
        return QStringLiteral("under_threshold");
    case SkipReason::CounterpartTooLarge:
        return QStringLiteral("counterpart");
    case SkipReason::Erased:
        return QStringLiteral("erased");
    }
    return {};
}

QString ReceiptPlanner::reasonLabel(SkipReason reason)
{
    switch (reason) {
    case SkipReason::NoAddress:
        return tr("no postal address (the receipt must state it)");
    case SkipReason::NoName:
        return tr("no name");
    case SkipReason::OptedOut:
        return tr("asked for no receipt");
    case SkipReason::UnderThreshold:
        return tr("under the receipt threshold");
    case SkipReason::CounterpartTooLarge:
        return tr("the counterpart is worth the whole gift");
    case SkipReason::Erased:
        return tr("identity erased at the donor's request");
    }
    return {};
}

} // namespace casedesk
