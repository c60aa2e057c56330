// ReviewRepository: the votes of a round (review_votes), who may cast them, and the votes
// other desks send.

#include "review/ReviewRepository.h"

#include "board/BoardRepository.h"
#include "common/Clock.h"
#include "common/DateRules.h"
#include "review/VoteSignature.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

#include <QSqlQuery>

#include <algorithm>

namespace casedesk {

namespace {

using SqlValues::instant;
using SqlValues::uuidText;

const QString kOwnColumns
    = QStringLiteral("round_uuid, member_uuid, choice, reason, cast_at, form, recorded_by, "
                     "recorded_from, recorded_note, signature");
const QString kColumns = SyncColumns::list() + QStringLiteral(", ") + kOwnColumns;

ReviewVote voteFrom(const QSqlQuery& q)
{
    ReviewVote v;
    v.sync = SyncColumns::read(q);
    const int c = SyncColumns::kCount;
    v.roundUuid = QUuid::fromString(q.value(c).toString());
    v.memberUuid = QUuid::fromString(q.value(c + 1).toString());
    v.choice = ReviewCodes::choiceFromCode(q.value(c + 2).toString()).value_or(VoteChoice::Abstain);
    v.reason = q.value(c + 3).toString();
    v.castAt = instant(q.value(c + 4));
    v.form = ReviewCodes::formFromCode(q.value(c + 5).toString()).value_or(VoteForm::Signed);
    v.recordedBy = QUuid::fromString(q.value(c + 6).toString());
    v.recordedFrom
        = ReviewCodes::recordedFromFromCode(q.value(c + 7).toString()).value_or(RecordedFrom::None);
    v.recordedNote = q.value(c + 8).toString();
    v.signature = QByteArray::fromBase64(q.value(c + 9).toString().toLatin1());
    return v;
}

QVariantList ownValues(const ReviewVote& v)
{
    return { uuidText(v.roundUuid),
             uuidText(v.memberUuid),
             ReviewCodes::choice(v.choice),
             SqlValues::notNullText(v.reason),
             Clock::toIso(v.castAt),
             ReviewCodes::form(v.form),
             v.recordedBy.isNull() ? QString() : uuidText(v.recordedBy),
             ReviewCodes::recordedFrom(v.recordedFrom),
             SqlValues::notNullText(v.recordedNote),
             QString::fromLatin1(v.signature.toBase64()) };
}

} // namespace

QString ReviewRepository::memberName(const ReviewRound& round, const QUuid& member)
{
    for (const RoundMember& m : round.members) {
        if (m.uuid == member)
            return m.name;
    }
    if (const std::optional<BoardMember> known = BoardRepository(m_database).load(member))
        return known->name;
    return tr("the member %1").arg(uuidText(member));
}

QString ReviewRepository::whyNotTakingPart(const ReviewRound& round, const QUuid& member)
{
    const QString name = memberName(round, member);
    const std::optional<BoardMember> known = BoardRepository(m_database).load(member);
    if (!known)
        return tr("No board member has the identifier %1.").arg(uuidText(member));
    bool wasInOffice = false;
    for (const RoundMember& m : round.members)
        wasInOffice = wasInOffice || m.uuid == member;
    if (!wasInOffice)
        return tr("%1 was not a member of the board in office when %2 opened: they do not take part in it.")
            .arg(name, roundLabel(round));
    if (known->until.isValid() && known->until < Clock::today())
        return tr("%1 left the board on %2: they no longer take part in %3.")
            .arg(name, DateRules::format(known->until), roundLabel(round));
    for (const Recusal& recusal : recusals(round.sync.uuid)) {
        if (recusal.memberUuid == member)
            return tr("%1 declared a conflict of interest in %2 (%3): a recused member does not vote.")
                .arg(name, roundLabel(round), recusal.nature);
    }
    switch (round.status) {
    case RoundStatus::Open:
        return {};
    case RoundStatus::Superseded:
        return tr("%1 was superseded on %2 (%3): it takes nothing more; the next round will be on the new "
                  "version of the dossier.")
            .arg(roundLabel(round, true), DateRules::format(round.closedAt.toLocalTime().date()),
                 round.supersededBecause);
    case RoundStatus::Approved:
    case RoundStatus::Rejected:
        break;
    }
    return tr("%1 was decided on %2: it takes nothing more.")
        .arg(roundLabel(round, true), DateRules::format(round.closedAt.toLocalTime().date()));
}

std::optional<ReviewVote> ReviewRepository::vote(const QUuid& roundUuid, const QUuid& member,
                                                 VoteChoice choice, const QString& reason,
                                                 const QByteArray& privateKey, QString* refusal)
{
    WriteTransaction transaction(m_database);
    std::optional<ReviewRound> open = round(roundUuid);
    if (!open) {
        *refusal = tr("No review round has the identifier %1.").arg(uuidText(roundUuid));
        return std::nullopt;
    }
    settle(open->campaignUuid);
    open = round(roundUuid);
    *refusal = whyNotTakingPart(*open, member);
    if (!refusal->isEmpty())
        return std::nullopt;
    const QString name = memberName(*open, member);
    if (choice == VoteChoice::Reject && reason.trimmed().isEmpty()) {
        *refusal = tr("%1: a rejection needs its reason, for the other members and the minutes.").arg(name);
        return std::nullopt;
    }
    const std::optional<BoardMember> signer = BoardRepository(m_database).load(member);
    if (signer->publicKey.isEmpty()) {
        *refusal
            = tr("%1 has no signing key registered with the board: make one (board key) first.").arg(name);
        return std::nullopt;
    }
    if (!VoteSignature::matches(privateKey, signer->publicKey)) {
        *refusal = tr("The signing key on this computer is not the one registered for %1: the vote cannot be "
                      "signed in their name.")
                       .arg(name);
        return std::nullopt;
    }
    ReviewVote vote;
    vote.roundUuid = roundUuid;
    vote.memberUuid = member;
    vote.choice = choice;
    vote.reason = reason.trimmed();
    vote.castAt = Clock::nowUtc();
    vote.form = VoteForm::Signed;
    vote.signature = VoteSignature::sign(privateKey, VoteSignature::message(open->fingerprint, vote));
    // Ed25519 signs the same message the same way: the same vote in the same millisecond.
    if (m_database
            .scalar(QStringLiteral("SELECT 1 FROM review_votes WHERE signature = ?"),
                    { QString::fromLatin1(vote.signature.toBase64()) })
            .isValid()) {
        *refusal
            = tr("%1 has just cast this very vote in %2: it is counted once.").arg(name, roundLabel(*open));
        return std::nullopt;
    }
    insertVote(vote);
    transaction.commit();
    return vote;
}

std::optional<ReviewVote> ReviewRepository::record(const QUuid& roundUuid, const QUuid& member,
                                                   VoteChoice choice, const QString& reason,
                                                   const QUuid& secretary, RecordedFrom from,
                                                   const QString& note, QString* refusal)
{
    WriteTransaction transaction(m_database);
    std::optional<ReviewRound> open = round(roundUuid);
    if (!open) {
        *refusal = tr("No review round has the identifier %1.").arg(uuidText(roundUuid));
        return std::nullopt;
    }
    const std::optional<BoardMember> recorder = BoardRepository(m_database).load(secretary);
    if (!recorder || recorder->role != BoardRole::Secretary || !recorder->inOfficeOn(Clock::today())) {
        *refusal
            = tr("%1 is not the board's secretary in office: only the secretary records a vote given at a "
                 "meeting or by e-mail.")
                  .arg(recorder ? recorder->name : uuidText(secretary));
        return std::nullopt;
    }
    settle(open->campaignUuid);
    open = round(roundUuid);
    *refusal = whyNotTakingPart(*open, member);
    if (!refusal->isEmpty())
        return std::nullopt;
    const QString name = memberName(*open, member);
    if (choice == VoteChoice::Reject && reason.trimmed().isEmpty()) {
        *refusal = tr("%1: a rejection needs its reason, for the other members and the minutes.").arg(name);
        return std::nullopt;
    }
    if (from == RecordedFrom::None) {
        *refusal = tr("Say how %1 gave the vote (a meeting, an e-mail, a letter or a call).").arg(name);
        return std::nullopt;
    }
    ReviewVote vote;
    vote.roundUuid = roundUuid;
    vote.memberUuid = member;
    vote.choice = choice;
    vote.reason = reason.trimmed();
    vote.castAt = Clock::nowUtc();
    vote.form = VoteForm::Recorded;
    vote.recordedBy = secretary;
    vote.recordedFrom = from;
    vote.recordedNote = note.trimmed();
    insertVote(vote);
    transaction.commit();
    return vote;
}

void ReviewRepository::insertVote(ReviewVote& vote)
{
    vote.sync.uuid = QUuid::createUuid();
    const QString now = Clock::nowUtcIso();
    QSqlQuery insert = m_database.exec(
        QStringLiteral("INSERT INTO review_votes (uuid, revision, created_at, updated_at, %1) "
                       "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kOwnColumns),
        QVariantList { uuidText(vote.sync.uuid), now, now } + ownValues(vote));
    Outbox::enqueue(m_database, kVoteEntity, vote.sync.uuid, Outbox::Operation::Upsert, 1);
    SyncColumns::markCreated(vote.sync, insert.lastInsertId().toLongLong(), now);
}

QList<ReviewVote> ReviewRepository::votes(const QUuid& roundUuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral(
            "SELECT %1 FROM review_votes WHERE round_uuid = ? AND deleted = 0 ORDER BY cast_at, id")
            .arg(kColumns),
        { uuidText(roundUuid) });
    QList<ReviewVote> list;
    while (q.next())
        list.append(voteFrom(q));
    return list;
}

QList<ReviewVote> ReviewRepository::currentVotes(const QUuid& roundUuid)
{
    QList<ReviewVote> current;
    for (const ReviewVote& vote : votes(roundUuid)) {
        auto same = std::find_if(current.begin(), current.end(),
                                 [&vote](const ReviewVote& v) { return v.memberUuid == vote.memberUuid; });
        if (same != current.end())
            *same = vote; // the later one counts
        else
            current.append(vote);
    }
    return current;
}

QString ReviewRepository::storeReceived(const ReviewVote& vote, qint64 serverVersion)
{
    SyncedTable table(m_database, kVoteTable);
    const SyncedTable::Copy copy = table.copy(vote.sync.uuid);
    if (copy.knows(serverVersion))
        return {};
    const std::optional<ReviewRound> held = round(vote.roundUuid);
    if (!held)
        return tr("A vote arrived for a review round this desk does not hold (%1): it was not counted.")
            .arg(uuidText(vote.roundUuid));
    const QString name = memberName(*held, vote.memberUuid);
    if (copy.exists) { // the same vote again, as the platform confirms it: a vote never changes
        WriteTransaction transaction(m_database);
        table.storeServerVersion(vote.sync.uuid, serverVersion);
        transaction.commit();
        return {};
    }
    if (held->status == RoundStatus::Superseded)
        return tr("The vote of %1 reached %2, which was superseded on %3: it was not counted.")
            .arg(name, roundLabel(*held), DateRules::format(held->closedAt.toLocalTime().date()));
    if (!held->isOpen())
        return tr("The vote of %1 reached %2, which was decided on %3: it was not counted.")
            .arg(name, roundLabel(*held), DateRules::format(held->closedAt.toLocalTime().date()));
    if (!vote.signature.isEmpty()
        && m_database
               .scalar(QStringLiteral("SELECT 1 FROM review_votes WHERE signature = ? AND uuid <> ?"),
                       { QString::fromLatin1(vote.signature.toBase64()), uuidText(vote.sync.uuid) })
               .isValid())
        return tr("The vote of %1 in %2 carries the signature of a vote already counted: it was not counted "
                  "twice.")
            .arg(name, roundLabel(*held));
    WriteTransaction transaction(m_database);
    table.storeReceived(vote.sync.uuid, serverVersion, kOwnColumns, ownValues(vote));
    transaction.commit();
    return {};
}

} // namespace casedesk
