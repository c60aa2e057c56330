#include "review/DecisionRules.h"

#include <QHash>
#include <QSet>

namespace casedesk {

namespace {

// The sentence's name of a choice (ReviewCodes' translated words live with the review's records;
// the decision needs only these two).
QString choiceWord(VoteChoice choice)
{
    switch (choice) {
    case VoteChoice::Approve:
        return DecisionRules::tr("for");
    case VoteChoice::Reject:
        return DecisionRules::tr("against");
    case VoteChoice::Abstain:
        return DecisionRules::tr("abstaining");
    }
    return {};
}

QString majorityName(MajorityKind majority)
{
    switch (majority) {
    case MajorityKind::Simple:
        return DecisionRules::tr("simple majority of votes cast");
    case MajorityKind::Absolute:
        return DecisionRules::tr("absolute majority of the members in office");
    case MajorityKind::TwoThirds:
        return DecisionRules::tr("two-thirds majority of votes cast");
    case MajorityKind::Unanimity:
        return DecisionRules::tr("unanimity of votes cast");
    }
    return {};
}

} // namespace

Decision DecisionRules::decide(const BoardRules& rules, const QList<RoundMember>& inOffice,
                               const QList<QUuid>& recused, const QList<ReviewVote>& currentVotes)
{
    Decision d;
    QHash<QUuid, RoundMember> members;
    for (const RoundMember& member : inOffice)
        members.insert(member.uuid, member);
    d.inOffice = int(members.size());

    QSet<QUuid> recusedMembers;
    for (const QUuid& uuid : recused) {
        if (members.contains(uuid))
            recusedMembers.insert(uuid);
    }
    d.recused = int(recusedMembers.size());

    // Each member's vote is the latest cast; a vote of someone not in office, or recused, counts
    // for nothing.
    QHash<QUuid, ReviewVote> votes;
    for (const ReviewVote& vote : currentVotes) {
        if (!members.contains(vote.memberUuid) || recusedMembers.contains(vote.memberUuid))
            continue;
        const auto known = votes.constFind(vote.memberUuid);
        if (known == votes.constEnd() || known->castAt <= vote.castAt)
            votes.insert(vote.memberUuid, vote);
    }
    for (const ReviewVote& vote : std::as_const(votes)) {
        if (vote.choice == VoteChoice::Approve)
            ++d.approve;
        else if (vote.choice == VoteChoice::Reject)
            ++d.reject;
        else
            ++d.abstain;
    }
    d.tookPart = d.approve + d.reject + d.abstain;
    d.notVoted = d.inOffice - d.recused - d.tookPart;
    d.quorum = rules.quorumOf(d.inOffice);

    // "5 of 7 members in office took part, 1 recused; quorum (half: 4) met."
    QString participation = tr("%1 of %n member(s) in office took part", nullptr, d.inOffice).arg(d.tookPart);
    if (d.recused > 0)
        participation += tr(", %n recused", nullptr, d.recused);
    const bool quorumMet = d.tookPart >= d.quorum;
    // "half: 4" for a fraction, "3 members" for a number.
    const QString quorum = rules.quorumKind == QuorumKind::Fraction
        ? tr("%1: %2", "a quorum's fraction and the members it makes: half: 4")
              .arg(rules.quorumShortName())
              .arg(d.quorum)
        : rules.quorumShortName();
    d.explanation.append(quorumMet ? tr("%1; quorum (%2) met.").arg(participation, quorum)
                                   : tr("%1; quorum (%2) not met.").arg(participation, quorum));

    // "3 approve, 1 rejects, 1 abstains"
    const QString counts = tr("%n approve(s)", nullptr, d.approve) + tr(", %n reject(s)", nullptr, d.reject)
        + tr(", %n abstain(s)", nullptr, d.abstain);
    if (!quorumMet) {
        d.outcome = DecisionOutcome::NoQuorum;
        d.explanation.append(tr("%1: no decision until the quorum is met.").arg(counts));
        return d;
    }

    const int cast = d.approve + d.reject + (rules.abstentionsCountAsCast ? d.abstain : 0);
    bool reached = false;
    bool tie = false;
    switch (rules.majority) {
    case MajorityKind::Simple:
        reached = d.approve * 2 > cast;
        tie = cast > 0 && d.approve * 2 == cast;
        break;
    case MajorityKind::Absolute: {
        const int voters = d.inOffice - d.recused;
        reached = d.approve * 2 > voters;
        tie = voters > 0 && d.approve * 2 == voters;
        break;
    }
    case MajorityKind::TwoThirds:
        reached = cast > 0 && d.approve * 3 >= 2 * cast;
        break;
    case MajorityKind::Unanimity:
        reached = d.approve >= 1 && d.reject == 0 && (!rules.abstentionsCountAsCast || d.abstain == 0);
        break;
    }

    const QString majority = majorityName(rules.majority);
    if (tie) {
        // The president's vote decides an equal split when the statutes say so and the
        // president voted for or against; otherwise the dossier is not approved.
        std::optional<VoteChoice> presidentVote;
        QString presidentName;
        for (const RoundMember& member : inOffice) {
            if (member.role != BoardRole::President || recusedMembers.contains(member.uuid))
                continue;
            presidentName = member.name;
            if (votes.contains(member.uuid))
                presidentVote = votes.value(member.uuid).choice;
        }
        if (rules.presidentBreaksTie && presidentVote && *presidentVote != VoteChoice::Abstain) {
            reached = *presidentVote == VoteChoice::Approve;
            d.tieBrokenByPresident = true;
            d.explanation.append(
                tr("%1: an equal split, decided by the president's casting vote (%2): %3 %4.")
                    .arg(counts, choiceWord(*presidentVote), majority,
                         reached ? tr("reached") : tr("not reached")));
        } else {
            reached = false;
            QString why;
            if (!rules.presidentBreaksTie)
                why = tr("the statutes give the president no casting vote");
            else if (presidentName.isEmpty())
                why = tr("no president takes part");
            else if (presidentVote)
                why = tr("the president (%1) abstained").arg(presidentName);
            else
                why = tr("the president (%1) has not voted").arg(presidentName);
            d.explanation.append(
                tr("%1: an equal split, and %2: %3 not reached.").arg(counts, why, majority));
        }
    } else {
        d.explanation.append(reached ? tr("%1: %2 reached.").arg(counts, majority)
                                     : tr("%1: %2 not reached.").arg(counts, majority));
    }

    d.outcome = reached ? DecisionOutcome::Approved : DecisionOutcome::Rejected;
    if (d.outcome == DecisionOutcome::Rejected) {
        for (const RoundMember& member : inOffice) {
            const auto vote = votes.constFind(member.uuid);
            if (vote == votes.constEnd() || vote->choice != VoteChoice::Reject)
                continue;
            d.rejectionReasons.append(
                vote->reason.trimmed().isEmpty()
                    ? tr("%1: no reason given").arg(member.name)
                    : QStringLiteral("%1: %2").arg(member.name, vote->reason.trimmed()));
        }
    }
    return d;
}

} // namespace casedesk
