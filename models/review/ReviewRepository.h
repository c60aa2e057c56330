#pragma once

#include "review/DecisionRules.h"
#include "review/DossierSnapshot.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// Who acts: the desk's owner (a board member) or the desk's staff (no member).
struct ReviewActor
{
    std::optional<QUuid> member;
    QString name; // the member's name, or the staff's user name
};

// Where a campaign stands with its board, for the Campaigns list and the workflow.
struct ReviewStanding
{
    enum class State
    {
        NotSubmitted, // never submitted, or back to draft since
        Open, // a round waits for votes
        ChangedSinceRound, // in review, but the dossier changed: a new round must open
        Approved, // the latest round approved the current snapshot
        Rejected
    };
    State state = State::NotSubmitted;
    std::optional<ReviewRound> latest;
    int votesCast = 0; // in the open round
    int votesExpected = 0;
    // The Approve transition needs a positive decision on the snapshot the desk holds now.
    bool approvedOnCurrentSnapshot = false;
    QString currentFingerprint; // the dossier as the desk holds it now
};

// A round "waiting for my vote".
struct WaitingRound
{
    ReviewRound round;
    QString campaignTitle;
};

// The one owner of review_rounds, review_votes, review_recusals and review_comments (one .cpp per
// table). Every write is one transaction, queued for sync. What a member may not do is refused
// with a sentence that names who and why, and changes nothing.
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    static inline const QString kRoundEntity = QStringLiteral("review_round");
    static inline const QString kRoundTable = QStringLiteral("review_rounds");
    static inline const QString kVoteEntity = QStringLiteral("review_vote");
    static inline const QString kVoteTable = QStringLiteral("review_votes");
    static inline const QString kRecusalEntity = QStringLiteral("review_recusal");
    static inline const QString kRecusalTable = QStringLiteral("review_recusals");
    static inline const QString kCommentEntity = QStringLiteral("review_comment");
    static inline const QString kCommentTable = QStringLiteral("review_comments");

    explicit ReviewRepository(Database& database);

    // --- rounds (ReviewRepository.cpp) ---
    // Submits the campaign: captures the snapshot and opens round N+1 with the members in office
    // today and the statutes' rules; a draft moves to "in review" in the same transaction. Refused
    // (nullopt, *refusal) while the review checklist misses something, a round is open on the same
    // snapshot, there is no member in office, or the campaign is past review.
    // CampaignRepository::changeStatus to "in review" comes here (one path); `note` goes into the
    // campaign's status history.
    std::optional<ReviewRound> start(const QUuid& campaignUuid, const ReviewActor& by, QString* refusal,
                                     const QString& note = {});
    // Closes the open round as superseded when the dossier no longer matches its fingerprint
    // (`because` says what changed, computed from the two snapshots). Returns true when it did.
    // Every read below settles first, so a stale round is never shown as open nor voted on.
    bool settle(const QUuid& campaignUuid);
    // Back to draft: the open round closes as superseded with that reason. Runs in the caller's
    // transaction (CampaignRepository::changeStatus).
    void supersedeOpenRound(const QUuid& campaignUuid, const QString& because);
    // Records the decision of the open round when its quorum is met: approved, or rejected with
    // the campaign back to draft and the reasons in its status history. Refused without quorum.
    std::optional<Decision> decide(const QUuid& roundUuid, const ReviewActor& by, QString* refusal);

    std::optional<ReviewRound> round(const QUuid& roundUuid);
    // A campaign's rounds, newest first.
    QList<ReviewRound> rounds(const QUuid& campaignUuid);
    std::optional<ReviewRound> openRound(const QUuid& campaignUuid);
    ReviewStanding standing(const QUuid& campaignUuid);
    // The decision the round's current votes make (recorded or not).
    Decision decisionOf(const ReviewRound& round);
    QList<WaitingRound> waitingFor(const QUuid& member);
    // What changed since the last round `member` voted or commented in (the previous round when
    // none), field by field; empty for a first round.
    QList<SnapshotChange> changesFor(const ReviewRound& round, const std::optional<QUuid>& member);

    // --- votes (ReviewVotes.cpp) ---
    // A vote cast on the member's own desk, signed with `privateKey` (which must match the
    // member's registered public key). Refused: not a member in office when the round opened,
    // retired since, recused, round decided or superseded, a rejection without its reason.
    std::optional<ReviewVote> vote(const QUuid& roundUuid, const QUuid& member, VoteChoice choice,
                                   const QString& reason, const QByteArray& privateKey, QString* refusal);
    // A vote given at a meeting or by e-mail, recorded by the secretary (a member in office with
    // the secretary's role) and marked so.
    std::optional<ReviewVote> record(const QUuid& roundUuid, const QUuid& member, VoteChoice choice,
                                     const QString& reason, const QUuid& secretary, RecordedFrom from,
                                     const QString& note, QString* refusal);
    // Every vote of the round, oldest first (the history); the current ones are the latest per member.
    QList<ReviewVote> votes(const QUuid& roundUuid);
    QList<ReviewVote> currentVotes(const QUuid& roundUuid);

    // --- recusals (ReviewRecusals.cpp) ---
    // Declares a conflict of interest: the member is recused for this round (and the next rounds
    // of the campaign carry it). Refused after the member voted in the round, or without a nature.
    std::optional<Recusal> recuse(const QUuid& roundUuid, const QUuid& member, const QString& nature,
                                  const std::optional<QUuid>& recordedBy, QString* refusal);
    QList<Recusal> recusals(const QUuid& roundUuid);

    // --- comments (ReviewComments.cpp) ---
    std::optional<ReviewComment> comment(const QUuid& roundUuid, const QString& section, const QString& body,
                                         const ReviewActor& by, const QUuid& parent, QString* refusal);
    QString setResolved(const QUuid& commentUuid, bool resolved, const ReviewActor& by);
    // Oldest first; replies after their parent.
    QList<ReviewComment> comments(const QUuid& roundUuid);
    // A comment named on the command line: its full UUID or an unambiguous prefix.
    std::optional<QUuid> resolveComment(const QString& reference, QString* errorMessage);

    // --- sync: written by UUID with the platform's version, never queued; a vote for a round
    // this desk holds as decided or superseded is refused (the sentence names the member and the
    // round), and so is a vote whose signature another vote already carries.
    QString storeReceived(const ReviewRound& round, qint64 serverVersion);
    QString storeReceived(const ReviewVote& vote, qint64 serverVersion);
    QString storeReceived(const Recusal& recusal, qint64 serverVersion);
    QString storeReceived(const ReviewComment& comment, qint64 serverVersion);

    // A full UUID, an unambiguous prefix, or "latest" for the campaign's newest round.
    std::optional<QUuid> resolveRound(const QUuid& campaignUuid, const QString& reference,
                                      QString* errorMessage);

    // Who this desk acts as: its owner (BoardRepository::deskOwner) or the desk's staff.
    ReviewActor deskActor();
    // How a vote of the round reads: checked against the key the member had when the round opened,
    // or the one registered since (a member who made a key during the round).
    VoteCheck checkOf(const ReviewRound& round, const ReviewVote& vote);
    // "round 2 of "Recours contre l'arrêté"", for sentences ("Round 2..." when it starts one).
    QString roundLabel(const ReviewRound& round, bool startsSentence = false);

private:
    std::optional<ReviewRound> latestRound(const QUuid& campaignUuid);
    void closeRound(const ReviewRound& round, RoundStatus status, const QString& by, const QString& decision,
                    const QString& because);
    // Why `member` may not take part in `round` (vote, be recorded, recuse): not a member when
    // it opened, retired since, recused, the round closed; empty when they may.
    QString whyNotTakingPart(const ReviewRound& round, const QUuid& member);
    QString memberName(const ReviewRound& round, const QUuid& member);
    // The previous round's recusals, carried into `round` (members still in office).
    void carryRecusals(const ReviewRound& previous, const ReviewRound& round);
    void insertVote(ReviewVote& vote);

    Database& m_database;
};

} // namespace casedesk
