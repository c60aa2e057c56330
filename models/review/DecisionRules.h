#pragma once

#include "board/BoardRules.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace casedesk {

enum class DecisionOutcome
{
    NoQuorum, // too few members took part: no decision can be recorded yet
    Approved,
    Rejected
};

// What a round's votes decide under its rules, with the arithmetic in sentences.
struct Decision
{
    DecisionOutcome outcome = DecisionOutcome::NoQuorum;
    int inOffice = 0;
    int recused = 0;
    int tookPart = 0; // voted (approve, reject or abstain), recused excluded
    int notVoted = 0;
    int quorum = 0;
    int approve = 0;
    int reject = 0;
    int abstain = 0;
    bool tieBrokenByPresident = false;
    // "5 of 7 members in office took part, 1 recused; quorum (half: 4) met." "3 approve, 1
    // rejects, 1 abstains: simple majority of votes cast reached."
    QStringList explanation;
    QStringList rejectionReasons; // "Name: reason", for a negative decision

    bool quorumMet() const { return outcome != DecisionOutcome::NoQuorum; }
};

// The decision arithmetic (pure): members in office when the round opened, the recused among
// them, and each member's current vote (the latest cast). Recused members count neither for the
// quorum nor in the votes; the quorum is taken of the members in office.
class DecisionRules
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRules)

public:
    static Decision decide(const BoardRules& rules, const QList<RoundMember>& inOffice,
                           const QList<QUuid>& recused, const QList<ReviewVote>& currentVotes);
};

} // namespace casedesk
