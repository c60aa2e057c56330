#pragma once

#include "campaigns/Association.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

enum class QuorumKind
{
    Number, // at least `quorumNumber` members take part
    Fraction // at least numerator/denominator of the members in office (rounded up)
};

enum class MajorityKind
{
    Simple, // more approvals than half the votes cast
    Absolute, // more approvals than half the members in office who are not recused
    TwoThirds, // at least two thirds of the votes cast
    Unanimity // every vote cast approves
};

// What the statutes (loi 1901) say about the board's decisions. The defaults are the most common
// statutes: a quorum of half the members, a simple majority of the votes cast, abstentions not
// counted as votes cast, the president's vote deciding a tie.
struct BoardRules
{
    QuorumKind quorumKind = QuorumKind::Fraction;
    int quorumNumber = 3;
    int quorumNumerator = 1;
    int quorumDenominator = 2;
    MajorityKind majority = MajorityKind::Simple;
    bool abstentionsCountAsCast = false;
    bool presidentBreaksTie = true;

    bool operator==(const BoardRules&) const = default;

    // The members needed for the quorum out of `inOffice`.
    int quorumOf(int inOffice) const;
    // Sentences for the UI and the minutes: "Quorum: half of the members in office (4 of 7)."
    QString describeQuorum(int inOffice) const;
    QString describeMajority() const;
    // One sentence each for the two remaining rules, for the UI's form and the minutes.
    QString describeAbstentions() const;
    QString describeCastingVote() const;
    // The quorum's short name in a decision's explanation: "half", "two thirds", "3/5", "3
    // members".
    QString quorumShortName() const;

    // As a round keeps them (review_rounds.rules) and back.
    QJsonObject toJson() const;
    static std::optional<BoardRules> fromJson(const QJsonObject& json);
};

class BoardRulesCheck
{
    Q_DECLARE_TR_FUNCTIONS(BoardRulesCheck)

public:
    // A quorum fraction above 1 or below 1 / 100, a number below 1: each a sentence naming the
    // field (FieldProblem keys "quorumNumber", "quorumFraction").
    static QList<FieldProblem> validate(const BoardRules& rules);
};

namespace BoardRuleCodes {
QString quorumKind(QuorumKind kind);
std::optional<QuorumKind> quorumKindFromCode(const QString& code);
QString majority(MajorityKind kind);
std::optional<MajorityKind> majorityFromCode(const QString& code);
QList<MajorityKind> allMajorities();
} // namespace BoardRuleCodes

} // namespace casedesk
