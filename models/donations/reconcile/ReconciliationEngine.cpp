#include "donations/reconcile/ReconciliationEngine.h"

#include "common/Money.h"
#include "donations/reconcile/BankText.h"
#include "donations/reconcile/DepositSearch.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

namespace casedesk {

namespace {

constexpr int kProgressEvery = 2048;
const QString kCheque = QStringLiteral("cheque");
const QString kCash = QStringLiteral("cash");
const QString kPlatform = QStringLiteral("platform");

// Why a rule-1 candidate matched: the text found in the bank label.
enum class Clue : quint8
{
    None,
    Reference,
    DonorName
};

struct Candidate
{
    int credit = 0;
    int target = 0;
    int score = 0;
    int distance = 0; // |days| between the credit and the target
    Clue clue = Clue::None;
};

// One run of the engine over one set of inputs.
class Matcher
{
public:
    Matcher(const ReconcileInputs& inputs, const ReconcileOptions& options,
            const ReconciliationEngine::Progress& progress, const std::atomic_bool* cancel)
        : m_in(inputs)
        , m_options(options)
        , m_progress(progress)
        , m_cancel(cancel)
    {
    }

    QList<Proposal> run()
    {
        prepare();
        matchSingles();
        if (!cancelled())
            matchDeposits();
        if (!cancelled())
            linkPayouts();
        report(m_total, m_total);
        return m_out;
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void report(int done, int total) const
    {
        if (m_progress)
            m_progress(std::min(done, total), total);
    }

    void prepare();
    void indexRejected();
    void matchSingles();
    void collectCandidates(int credit, std::vector<Candidate>& out) const;
    bool scoreCandidate(int credit, int target, Candidate* candidate) const;
    int payoutScore(int credit, int target) const;
    void acceptSingles(std::vector<Candidate>& candidates);
    void matchDeposits();
    bool findDeposit(int credit, const std::vector<DepositSearch::Item>& pool);
    void addDeposit(int credit, const std::vector<int>& chosen);
    void linkPayouts();
    void proposePayoutLink(int payout, const std::vector<int>& donations);

    bool isRejected(int credit, int target) const
    {
        return m_rejected.contains((quint64(quint32(credit)) << 32) | quint32(target));
    }
    const ReconcileTarget& target(int index) const { return m_in.targets.at(index); }
    const BankCredit& credit(int index) const { return m_in.credits.at(index); }
    TargetRef refOf(int index) const
    {
        return { target(index).kind, target(index).id, target(index).amountCents };
    }
    QString distanceReason(int days) const;

    const ReconcileInputs& m_in;
    const ReconcileOptions& m_options;
    const ReconciliationEngine::Progress& m_progress;
    const std::atomic_bool* m_cancel;
    int m_total = 0;

    std::vector<qint64> m_creditDay;
    std::vector<QString> m_creditText; // search form, padded with spaces
    std::vector<int> m_creditRank; // position in (date, id) order
    std::vector<int> m_creditOrder;
    std::vector<qint64> m_targetDay;
    std::vector<int> m_targetRank; // position in id order
    std::vector<QString> m_targetReference; // search forms, empty when too short to trust
    std::vector<QString> m_targetName;
    std::vector<QString> m_targetSwappedName; // "DUPONT JEAN" for "JEAN DUPONT"
    std::vector<int> m_byAmount; // targets sorted by (amount, date, id)
    QHash<qint64, std::pair<int, int>> m_amountRange; // amount -> [begin, end) in m_byAmount
    QSet<quint64> m_rejected;
    std::vector<char> m_creditUsed;
    std::vector<char> m_targetUsed;
    QList<Proposal> m_out;
};

void Matcher::prepare()
{
    const int credits = int(m_in.credits.size());
    const int targets = int(m_in.targets.size());
    m_total = 2 * credits + targets;
    m_creditDay.resize(credits);
    m_creditText.resize(credits);
    for (int i = 0; i < credits; ++i) {
        const BankCredit& c = credit(i);
        m_creditDay[i] = c.date.toJulianDay();
        const QString text = BankText::searchForm(c.label + QLatin1Char(' ') + c.reference + QLatin1Char(' ')
                                                  + c.counterparty);
        m_creditText[i] = QLatin1Char(' ') + text + QLatin1Char(' ');
    }
    m_creditOrder.resize(credits);
    std::iota(m_creditOrder.begin(), m_creditOrder.end(), 0);
    std::sort(m_creditOrder.begin(), m_creditOrder.end(), [this](int a, int b) {
        return std::tie(m_creditDay[a], credit(a).id) < std::tie(m_creditDay[b], credit(b).id);
    });
    m_creditRank.resize(credits);
    for (int i = 0; i < credits; ++i)
        m_creditRank[m_creditOrder[i]] = i;

    m_targetDay.resize(targets);
    m_targetReference.resize(targets);
    m_targetName.resize(targets);
    m_targetSwappedName.resize(targets);
    for (int i = 0; i < targets; ++i) {
        m_targetDay[i] = target(i).date.toJulianDay();
        m_targetReference[i] = BankText::referenceForm(target(i).reference);
        if (target(i).kind == TargetKind::Donation) {
            m_targetName[i] = BankText::referenceForm(target(i).donorName);
            m_targetSwappedName[i] = BankText::swappedName(m_targetName[i]);
        }
    }
    std::vector<int> byId(targets);
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(), [this](int a, int b) { return target(a).id < target(b).id; });
    m_targetRank.resize(targets);
    for (int i = 0; i < targets; ++i)
        m_targetRank[byId[i]] = i;

    m_byAmount = byId;
    std::stable_sort(m_byAmount.begin(), m_byAmount.end(), [this](int a, int b) {
        return std::tie(target(a).amountCents, m_targetDay[a])
            < std::tie(target(b).amountCents, m_targetDay[b]);
    });
    for (int begin = 0; begin < targets;) {
        int end = begin;
        const qint64 amount = target(m_byAmount[begin]).amountCents;
        while (end < targets && target(m_byAmount[end]).amountCents == amount)
            ++end;
        m_amountRange.insert(amount, { begin, end });
        begin = end;
    }
    m_creditUsed.assign(credits, 0);
    m_targetUsed.assign(targets, 0);
    indexRejected();
}

void Matcher::indexRejected()
{
    if (m_in.rejected.isEmpty())
        return;
    QHash<QString, int> creditIndex;
    QHash<QString, int> targetIndex;
    for (int i = 0; i < m_in.credits.size(); ++i)
        creditIndex.insert(credit(i).id, i);
    for (int i = 0; i < m_in.targets.size(); ++i)
        targetIndex.insert(target(i).id, i);
    for (const RejectedPair& pair : m_in.rejected) {
        const auto c = creditIndex.constFind(pair.bankLineId);
        const auto t = targetIndex.constFind(pair.targetId);
        if (c != creditIndex.cend() && t != targetIndex.cend())
            m_rejected.insert((quint64(quint32(*c)) << 32) | quint32(*t));
    }
}

// Rules 1 and 2: one credit, one target of the same amount.
void Matcher::matchSingles()
{
    std::vector<Candidate> candidates;
    candidates.reserve(m_in.credits.size() * 2);
    for (int i = 0; i < int(m_creditOrder.size()); ++i) {
        if (i % kProgressEvery == 0) {
            if (cancelled())
                return;
            report(i, m_total);
        }
        collectCandidates(m_creditOrder[i], candidates);
    }
    acceptSingles(candidates);
}

// The nearest targets by date among those of exactly the credit's amount: a binary search in
// the amount's run, then outwards both ways.
void Matcher::collectCandidates(int creditIndex, std::vector<Candidate>& out) const
{
    const auto range = m_amountRange.constFind(credit(creditIndex).amountCents);
    if (range == m_amountRange.cend())
        return;
    const qint64 day = m_creditDay[creditIndex];
    const auto first = m_byAmount.begin() + range->first;
    const auto last = m_byAmount.begin() + range->second;
    const auto pivot
        = std::lower_bound(first, last, day, [this](int t, qint64 d) { return m_targetDay[t] < d; });
    auto below = pivot;
    auto above = pivot;
    int looked = 0;
    while (looked < m_options.maxCandidatesPerCredit && (below != first || above != last)) {
        const qint64 downGap
            = below != first ? day - m_targetDay[*(below - 1)] : std::numeric_limits<qint64>::max();
        const qint64 upGap = above != last ? m_targetDay[*above] - day : std::numeric_limits<qint64>::max();
        const bool takeUp = upGap <= downGap;
        if (std::min(downGap, upGap) > m_options.referenceWindowDays)
            break;
        const int t = takeUp ? *above++ : *--below;
        ++looked;
        Candidate candidate;
        if (scoreCandidate(creditIndex, t, &candidate))
            out.push_back(candidate);
    }
}

bool Matcher::scoreCandidate(int creditIndex, int t, Candidate* candidate) const
{
    const ReconcileTarget& target = this->target(t);
    if (target.method == kPlatform || target.reconciled || isRejected(creditIndex, t))
        return false; // platform donations reach the bank only inside a payout (rule 4)
    const int signedDays = int(m_creditDay[creditIndex] - m_targetDay[t]);
    *candidate = { creditIndex, t, 0, std::abs(signedDays), Clue::None };
    const QString& text = m_creditText[creditIndex];
    if (BankText::containsWords(text, m_targetReference[t]))
        candidate->clue = Clue::Reference;
    else if (BankText::containsWords(text, m_targetName[t])
             || BankText::containsWords(text, m_targetSwappedName[t]))
        candidate->clue = Clue::DonorName;
    if (candidate->clue != Clue::None) {
        candidate->score = 100 - std::min(candidate->distance, 10);
        return true;
    }
    if (target.kind == TargetKind::Payout) {
        candidate->score = payoutScore(creditIndex, t);
        return candidate->score > 0;
    }
    candidate->score = 80 - 3 * candidate->distance;
    return candidate->distance <= m_options.transferWindowDays;
}

// A payout is credited 1 to 5 business days after its date: best there, less before or after.
int Matcher::payoutScore(int creditIndex, int t) const
{
    const int businessDays
        = ReconciliationEngine::businessDaysBetween(target(t).date, credit(creditIndex).date);
    if (businessDays >= 1 && businessDays <= m_options.payoutMaxBusinessDays)
        return 85 - 2 * (businessDays - 1);
    if (businessDays == 0)
        return 75;
    if (businessDays > m_options.payoutMaxBusinessDays + 5)
        return 0;
    if (businessDays > m_options.payoutMaxBusinessDays)
        return 70 - 3 * (businessDays - m_options.payoutMaxBusinessDays);
    return businessDays >= -2 ? 55 : 0; // booked before the payout's date: only a typo's worth
}

void Matcher::acceptSingles(std::vector<Candidate>& candidates)
{
    std::sort(candidates.begin(), candidates.end(), [this](const Candidate& a, const Candidate& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.credit != b.credit)
            return m_creditRank[a.credit] < m_creditRank[b.credit];
        return m_targetRank[a.target] < m_targetRank[b.target];
    });
    for (const Candidate& c : candidates) {
        if (m_creditUsed[c.credit] || m_targetUsed[c.target])
            continue;
        m_creditUsed[c.credit] = m_targetUsed[c.target] = 1;
        Proposal proposal;
        proposal.rule = c.clue == Clue::None ? MatchRule::AmountAndDate : MatchRule::AmountAndReference;
        proposal.bankLineId = credit(c.credit).id;
        proposal.targets = { refOf(c.target) };
        proposal.amountCents = credit(c.credit).amountCents;
        proposal.score = c.score;
        proposal.reasons.append(ReconciliationEngine::tr("same amount"));
        if (c.clue == Clue::Reference)
            proposal.reasons.append(
                ReconciliationEngine::tr("reference '%1' in the label").arg(target(c.target).reference));
        else if (c.clue == Clue::DonorName)
            proposal.reasons.append(
                ReconciliationEngine::tr("donor name '%1' in the label").arg(target(c.target).donorName));
        proposal.reasons.append(distanceReason(c.distance));
        if (target(c.target).kind == TargetKind::Payout && c.clue == Clue::None)
            proposal.reasons.append(ReconciliationEngine::tr(
                "%n business day(s) after the payout", nullptr,
                ReconciliationEngine::businessDaysBetween(target(c.target).date, credit(c.credit).date)));
        m_out.append(proposal);
    }
}

QString Matcher::distanceReason(int days) const
{
    return days == 0 ? ReconciliationEngine::tr("same day")
                     : ReconciliationEngine::tr("%n day(s) apart", nullptr, days);
}

// Rule 3: the credits left, in date order, each against the cheques (then the cash) received in
// the days before it.
void Matcher::matchDeposits()
{
    QHash<QString, std::vector<DepositSearch::Item>> pools; // method -> unused donations by (date, id)
    for (int t = 0; t < int(m_in.targets.size()); ++t) {
        const ReconcileTarget& candidate = target(t);
        if (!m_targetUsed[t] && candidate.kind == TargetKind::Donation
            && (candidate.method == kCheque || candidate.method == kCash))
            pools[candidate.method].push_back({ t, candidate.amountCents, m_targetDay[t], m_targetRank[t] });
    }
    if (pools.isEmpty())
        return;
    for (auto& pool : pools)
        std::sort(pool.begin(), pool.end(), DepositSearch::earlier);
    const int credits = int(m_creditOrder.size());
    for (int i = 0; i < credits; ++i) {
        if (i % kProgressEvery == 0) {
            if (cancelled())
                return;
            report(credits + i, m_total);
        }
        const int c = m_creditOrder[i];
        if (m_creditUsed[c])
            continue;
        for (const QString& method : { kCheque, kCash }) {
            if (pools.contains(method) && findDeposit(c, pools[method]))
                break;
        }
    }
}

// The nearest unused donations dated within the window before the credit, same day first.
bool Matcher::findDeposit(int creditIndex, const std::vector<DepositSearch::Item>& pool)
{
    const qint64 goal = credit(creditIndex).amountCents;
    DepositSearch search(m_options); // one budget shared by every search for this credit
    const std::vector<DepositSearch::Item> window
        = search.window(pool, m_creditDay[creditIndex], goal,
                        [&](int t) { return !m_targetUsed[t] && !isRejected(creditIndex, t); });
    if (window.size() < 2)
        return false;
    const std::vector<int> chosen = search.find(window, goal);
    if (chosen.empty())
        return false;
    addDeposit(creditIndex, chosen);
    return true;
}

void Matcher::addDeposit(int creditIndex, const std::vector<int>& chosen)
{
    m_creditUsed[creditIndex] = 1;
    Proposal proposal;
    proposal.rule = MatchRule::Deposit;
    proposal.bankLineId = credit(creditIndex).id;
    proposal.amountCents = credit(creditIndex).amountCents;
    qint64 earliest = m_targetDay[chosen.front()];
    qint64 latest = earliest;
    for (const int t : chosen) {
        m_targetUsed[t] = 1;
        proposal.targets.append(refOf(t));
        earliest = std::min(earliest, m_targetDay[t]);
        latest = std::max(latest, m_targetDay[t]);
    }
    const int delay = int(m_creditDay[creditIndex] - latest);
    const int count = int(chosen.size());
    const bool cheques = target(chosen.front()).method == kCheque;
    if (earliest == latest) {
        proposal.score = std::max(55, 75 - 2 * std::min(delay, 10));
        proposal.reasons.append(
            cheques
                ? ReconciliationEngine::tr("%n cheques of the same day add up to the credit", nullptr, count)
                : ReconciliationEngine::tr("%n cash donations of the same day add up to the credit", nullptr,
                                           count));
    } else {
        const QLocale locale;
        const QString from = locale.toString(QDate::fromJulianDay(earliest), QLocale::ShortFormat);
        const QString to = locale.toString(QDate::fromJulianDay(latest), QLocale::ShortFormat);
        proposal.score = std::max(40, 65 - 2 * int(m_creditDay[creditIndex] - earliest));
        proposal.reasons.append(
            cheques
                ? ReconciliationEngine::tr("%n cheques from %1 to %2 add up to the credit", nullptr, count)
                      .arg(from, to)
                : ReconciliationEngine::tr("%n cash donations from %1 to %2 add up to the credit", nullptr,
                                           count)
                      .arg(from, to));
    }
    proposal.reasons.append(
        ReconciliationEngine::tr("deposited %n day(s) after the last one", nullptr, delay));
    m_out.append(proposal);
}

// Rule 4: a payout and the donations it paid out, found by the order ids it lists and by the
// donations that already point to it.
void Matcher::linkPayouts()
{
    QHash<QString, int> byOrderId; // "platform|order id" -> donation
    QHash<QString, std::vector<int>> byPayout; // payout id -> donations pointing to it
    std::vector<int> payouts;
    for (int t = 0; t < int(m_in.targets.size()); ++t) {
        const ReconcileTarget& candidate = target(t);
        if (candidate.kind == TargetKind::Payout) {
            payouts.push_back(t);
        } else if (candidate.method == kPlatform) {
            if (!candidate.reference.isEmpty())
                byOrderId.insert(candidate.platform + QLatin1Char('|') + candidate.reference, t);
            if (!candidate.payoutId.isEmpty())
                byPayout[candidate.payoutId].push_back(t);
        }
    }
    std::sort(payouts.begin(), payouts.end(),
              [this](int a, int b) { return m_targetRank[a] < m_targetRank[b]; });
    std::vector<char> linked(m_in.targets.size(), 0);
    for (const int payout : payouts) {
        std::vector<int> donations = byPayout.value(target(payout).id);
        for (const QString& orderId : target(payout).orderIds) {
            const auto found = byOrderId.constFind(target(payout).platform + QLatin1Char('|') + orderId);
            if (found != byOrderId.cend())
                donations.push_back(*found);
        }
        std::sort(donations.begin(), donations.end(),
                  [this](int a, int b) { return m_targetRank[a] < m_targetRank[b]; });
        donations.erase(std::unique(donations.begin(), donations.end()), donations.end());
        if (donations.empty()
            || std::any_of(donations.begin(), donations.end(), [&](int d) { return linked[d]; }))
            continue;
        qint64 sum = 0;
        for (const int d : donations)
            sum += target(d).amountCents;
        const ReconcileTarget& p = target(payout);
        if (sum - p.commissionCents - p.paymentFeesCents != p.amountCents)
            continue;
        for (const int d : donations)
            linked[d] = 1;
        proposePayoutLink(payout, donations);
    }
}

void Matcher::proposePayoutLink(int payout, const std::vector<int>& donations)
{
    const ReconcileTarget& p = target(payout);
    qint64 sum = 0;
    Proposal proposal;
    proposal.rule = MatchRule::PayoutDonations;
    proposal.payoutId = p.id;
    proposal.amountCents = p.amountCents;
    for (const int d : donations) {
        proposal.targets.append(refOf(d));
        sum += target(d).amountCents;
    }
    const bool grossAgrees = p.grossCents == 0 || p.grossCents == sum;
    proposal.score = grossAgrees ? 100 : 95;
    const auto money = [](qint64 cents) {
        return Money::format(cents);
    };
    proposal.reasons.append(
        ReconciliationEngine::tr("%n donation(s) of the payout", nullptr, int(donations.size())));
    proposal.reasons.append(
        ReconciliationEngine::tr("%1 less commission %2 and fees %3 is the net %4")
            .arg(money(sum), money(p.commissionCents), money(p.paymentFeesCents), money(p.amountCents)));
    if (!grossAgrees)
        proposal.reasons.append(
            ReconciliationEngine::tr("the payout's gross says %1").arg(money(p.grossCents)));
    m_out.append(proposal);
}

} // namespace

ReconciliationEngine::ReconciliationEngine(ReconcileOptions options)
    : m_options(options)
{
}

QList<Proposal> ReconciliationEngine::run(const ReconcileInputs& inputs, const Progress& progress,
                                          const std::atomic_bool* cancel) const
{
    QList<Proposal> proposals = Matcher(inputs, m_options, progress, cancel).run();
    std::stable_sort(proposals.begin(), proposals.end(), [](const Proposal& a, const Proposal& b) {
        return a.rule != b.rule ? a.rule < b.rule : a.score > b.score;
    });
    return proposals;
}

int ReconciliationEngine::businessDaysBetween(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -businessDaysBetween(to, from);
    const qint64 days = from.daysTo(to);
    const qint64 weeks = days / 7;
    int count = int(weeks * 5);
    for (QDate day = from.addDays(weeks * 7 + 1); day <= to; day = day.addDays(1))
        count += day.dayOfWeek() <= 5 ? 1 : 0;
    return count;
}

} // namespace casedesk
