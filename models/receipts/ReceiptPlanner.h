#pragma once

#include "receipts/Receipt.h"
#include "receipts/ReceiptPolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace casedesk {

// A paid gift that no active receipt covers yet, as the planner sees it.
struct CandidateGift
{
    QUuid donationUuid;
    QDate date;
    qint64 amountCents = 0;
    qint64 counterpartCents = 0;
    ReceiptMethod method = ReceiptMethod::Transfer;
    QString campaignTitle;
};

// A donor with such gifts in the year, and what the donor asked for.
struct CandidateDonor
{
    QUuid uuid;
    QString name;
    QString address;
    bool company = false; // recorded as a company, or has a SIREN
    QString siren;
    QString receiptChoice = QStringLiteral("per_gift"); // "per_gift", "annual", "none"
    bool erased = false;
    QList<CandidateGift> gifts; // in date order
};

// Per gift, annual, or each donor's own choice.
enum class ReceiptMode
{
    DonorChoice,
    PerGift,
    Annual
};

// Why the batch issues nothing for a donor (or for some of a donor's gifts).
enum class SkipReason
{
    NoAddress, // the Cerfa requires the donor's full address
    NoName,
    OptedOut, // the donor asked for no receipt
    UnderThreshold,
    CounterpartTooLarge, // the counterpart is worth the whole gift
    Erased // the donor's identity was erased (GDPR)
};

struct SkippedDonor
{
    QUuid donorUuid;
    QString donorName;
    SkipReason reason = SkipReason::NoAddress;
    int giftCount = 0;
    qint64 amountCents = 0;
};

// A receipt to issue, before it has a number.
struct PlannedReceipt
{
    ReceiptKind kind = ReceiptKind::Gift;
    ReceiptForm form = ReceiptForm::Individual;
    QUuid donorUuid;
    QString donorName;
    QString donorAddress;
    QString donorSiren;
    QDate periodFrom;
    QDate periodTo;
    QList<ReceiptGift> gifts;
    qint64 amountCents() const;
};

struct ReceiptPlan
{
    QList<PlannedReceipt> receipts;
    QList<SkippedDonor> skipped;
    qint64 totalCents() const;
};

// Which receipts a year's gifts call for (issue 13, "Which gifts"), without a database: the
// caller hands it the paid gifts no receipt covers yet (ReceiptCandidates).
// - A counterpart of "disproportion marquée" (each at most a quarter of its gift, the donor's year
//   of counterparts at most the policy's ceiling) is not deducted; any other is deducted from its
//   gift, and a gift it swallows whole gets no receipt.
// - The threshold applies when `applyThreshold` (the yearly batch), not to one donor asked for.
class ReceiptPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPlanner)

public:
    static ReceiptPlan plan(int year, const QList<CandidateDonor>& donors, ReceiptMode mode,
                            const ReceiptPolicy& policy, bool applyThreshold);
    // The receipted part of one gift, given the donor's counterparts of the year.
    static qint64 receiptedCents(const CandidateGift& gift, qint64 yearCounterpartCents,
                                 const ReceiptPolicy& policy);
    static bool isMarkedDisproportion(const CandidateGift& gift, qint64 yearCounterpartCents,
                                      const ReceiptPolicy& policy);

    static QString reasonLabel(SkipReason reason);
    static QString reasonCode(SkipReason reason); // "no_address", "opted_out", ...
};

} // namespace casedesk
