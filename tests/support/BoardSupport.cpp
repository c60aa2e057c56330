#include "BoardSupport.h"

#include "board/BoardRepository.h"
#include "common/Clock.h"
#include "review/ReviewRepository.h"

namespace casedesk::test {

QUuid seatSecretary(Database& database)
{
    BoardRepository board(database);
    for (const BoardMember& member : board.inOfficeOn(Clock::today())) {
        if (member.role == BoardRole::Secretary)
            return member.sync.uuid;
    }
    BoardMember secretary;
    secretary.name = QStringLiteral("Claire Martin");
    secretary.role = BoardRole::Secretary;
    secretary.from = QDate(2000, 1, 1);
    const QList<FieldProblem> problems = board.add(secretary);
    if (!problems.isEmpty())
        qFatal("seatSecretary: %s", qPrintable(problems.first().message));
    return secretary.sync.uuid;
}

QString approveThroughBoard(Database& database, const QUuid& campaign)
{
    const QUuid secretary = seatSecretary(database);
    ReviewRepository reviews(database);
    QString refusal;
    std::optional<ReviewRound> round = reviews.openRound(campaign);
    if (!round)
        round = reviews.start(campaign, reviews.deskActor(), &refusal);
    if (!round)
        return refusal;
    QList<QUuid> recused;
    for (const Recusal& recusal : reviews.recusals(round->sync.uuid))
        recused.append(recusal.memberUuid);
    for (const RoundMember& member : round->members) {
        if (!recused.contains(member.uuid)
            && !reviews.record(round->sync.uuid, member.uuid, VoteChoice::Approve, {}, secretary,
                               RecordedFrom::Meeting, QStringLiteral("séance"), &refusal))
            return refusal;
    }
    if (!reviews.decide(round->sync.uuid, reviews.deskActor(), &refusal))
        return refusal;
    return {};
}

} // namespace casedesk::test
