#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace casedesk {

// What the reconciliation engine reads and proposes. Plain values, no database: the repository
// fills them from the desk, the engine runs on any thread, tests and the benchmark build them.

// A bank line with money in (amount > 0) that is not reconciled yet.
struct BankCredit
{
    QString id; // the bank line's uuid
    QDate date; // booking date
    qint64 amountCents = 0;
    QString label;
    QString reference; // end-to-end id / creditor reference, when the bank gives one
    QString counterparty;
};

enum class TargetKind
{
    Donation,
    Payout
};

// Something a bank credit can pay: a donation (cheque, transfer, cash...) or a platform payout.
struct ReconcileTarget
{
    QString id; // the donation's or payout's uuid
    TargetKind kind = TargetKind::Donation;
    QDate date;
    qint64 amountCents = 0; // a donation's amount; a payout's net (what reaches the bank)
    QString reference; // a donation's platform order id; a payout's reference
    QString donorName; // donations only
    QString method; // donations: "cheque", "cash", "transfer", "platform"...; payouts: "payout"
    QString platform; // "ulule", "helloasso" or empty
    // Payout ↔ donations (rule 4): a donation's payout (payout_uuid), a payout's order ids,
    // commission and fees.
    QString payoutId;
    QStringList orderIds;
    qint64 grossCents = 0;
    qint64 commissionCents = 0;
    qint64 paymentFeesCents = 0;
    // A payout already matched to its bank credit still takes part in rule 4 (its donations may
    // not be linked yet), never in rules 1-3.
    bool reconciled = false;
};

struct TargetRef
{
    TargetKind kind = TargetKind::Donation;
    QString id;
    qint64 amountCents = 0;

    friend bool operator==(const TargetRef&, const TargetRef&) = default;
};

// Which rule produced a proposal, in the order the engine applies them.
enum class MatchRule
{
    AmountAndReference = 1, // exact amount, a reference or the donor's name in the bank text
    AmountAndDate = 2, // exact amount within the date window
    Deposit = 3, // one credit = several cheques / cash donations
    PayoutDonations = 4 // a payout's donations add up to its net (no bank line)
};

struct Proposal
{
    MatchRule rule = MatchRule::AmountAndReference;
    QString bankLineId; // empty for a payout ↔ donations proposal
    QString payoutId; // set for a payout ↔ donations proposal
    QList<TargetRef> targets;
    qint64 amountCents = 0; // the credit's amount (or the payout's net)
    int score = 0; // 0..100
    QStringList reasons; // translated short sentences
};

// A (bank line, target) pair the user rejected: never proposed again.
struct RejectedPair
{
    QString bankLineId;
    QString targetId;
};

struct ReconcileInputs
{
    QList<BankCredit> credits;
    QList<ReconcileTarget> targets;
    QList<RejectedPair> rejected;
};

struct ReconcileOptions
{
    int transferWindowDays = 7; // rule 2: a transfer is booked this many days either side
    int referenceWindowDays = 31; // rule 1: a reference in the label carries further
    int payoutMaxBusinessDays = 5; // a payout reaches the bank 1 to 5 business days after its date
    int depositWindowDays = 10; // rule 3: cheques are deposited up to this many days after receipt
    int maxDepositSize = 8; // rule 3: at most this many donations in one deposit
    int maxDepositCandidates = 16; // rule 3: the nearest candidates looked at per credit
    int maxCandidatesPerCredit = 16; // rules 1-2: the nearest same-amount targets looked at
    int depositSearchBudget = 400; // rule 3: subset-search steps per credit, so it stays bounded
};

} // namespace casedesk
