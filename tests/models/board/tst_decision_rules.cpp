// DecisionRules as a table: each row a board of members (the first one its president), the
// statutes' rules, and who voted what; the outcome and the sentences that explain it.

#include "review/DecisionRules.h"

#include <QTest>
#include <QTranslator>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

// The board: one letter per member, the first the president. A approves, R rejects, X abstains,
// - has not voted, r is recused, q is recused but voted approve (a vote that must not count).
struct Board
{
    QList<RoundMember> members;
    QList<QUuid> recused;
    QList<ReviewVote> votes;
};

const QStringList kNames
    = { u"Hélène Marchand"_s, u"Paul Girard"_s,  u"Nadia Benali"_s, u"Louis Fabre"_s, u"Claire Martin"_s,
        u"Yves Roussel"_s,    u"Agnès Picard"_s, u"Marc Leroy"_s,   u"Inès Caron"_s };

Board board(const QString& letters)
{
    Board b;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        RoundMember member;
        member.uuid = QUuid::createUuid();
        member.name = kNames.at(i % kNames.size());
        member.role = i == 0 ? BoardRole::President : BoardRole::Administrator;
        b.members.append(member);
        const QChar letter = letters.at(i);
        if (letter == u'r' || letter == u'q')
            b.recused.append(member.uuid);
        std::optional<VoteChoice> choice;
        if (letter == u'A' || letter == u'q')
            choice = VoteChoice::Approve;
        else if (letter == u'R')
            choice = VoteChoice::Reject;
        else if (letter == u'X')
            choice = VoteChoice::Abstain;
        if (choice) {
            ReviewVote vote;
            vote.memberUuid = member.uuid;
            vote.choice = *choice;
            vote.reason = *choice == VoteChoice::Reject ? u"the risks are not assessed"_s : QString();
            vote.castAt = QDateTime(QDate(2026, 3, 16), QTime(10, 0), Qt::UTC).addSecs(i);
            b.votes.append(vote);
        }
    }
    return b;
}

BoardRules fraction(int numerator, int denominator, MajorityKind majority = MajorityKind::Simple)
{
    BoardRules rules;
    rules.quorumKind = QuorumKind::Fraction;
    rules.quorumNumerator = numerator;
    rules.quorumDenominator = denominator;
    rules.majority = majority;
    return rules;
}

BoardRules number(int members)
{
    BoardRules rules;
    rules.quorumKind = QuorumKind::Number;
    rules.quorumNumber = members;
    return rules;
}

BoardRules with(BoardRules rules, bool abstentionsCount, bool castingVote)
{
    rules.abstentionsCountAsCast = abstentionsCount;
    rules.presidentBreaksTie = castingVote;
    return rules;
}

} // namespace

Q_DECLARE_METATYPE(casedesk::BoardRules)
Q_DECLARE_METATYPE(casedesk::DecisionOutcome)

class TestDecisionRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The English plural forms ("1 rejects", "3 approve") come from the English catalogue.
        QVERIFY(m_english.load(u":/i18n/casedesk_en.qm"_s));
        QCoreApplication::installTranslator(&m_english);
    }

    void decisionFollowsTheStatutes_data();
    void decisionFollowsTheStatutes();
    void rejectionNamesEachMemberWithTheirReason();
    void aChangedVoteCountsOnlyAsTheLatest();
    void votesOfSomeoneNotInOfficeCountForNothing();

private:
    QTranslator m_english;
};

void TestDecisionRules::decisionFollowsTheStatutes_data()
{
    QTest::addColumn<BoardRules>("rules");
    QTest::addColumn<QString>("votes");
    QTest::addColumn<DecisionOutcome>("outcome");
    QTest::addColumn<bool>("tieBroken");
    QTest::addColumn<QStringList>("fragments");

    const auto approved = DecisionOutcome::Approved;
    const auto rejected = DecisionOutcome::Rejected;
    const auto noQuorum = DecisionOutcome::NoQuorum;
    const BoardRules half = fraction(1, 2);

    QTest::newRow("quorum met, simple majority reached")
        << half << u"AAARX-r"_s << approved << false
        << QStringList { u"5 of 7 members in office took part, 1 recused; quorum (half: 4) met."_s,
                         u"3 approve, 1 rejects, 1 abstains: simple majority of votes cast reached."_s };
    QTest::newRow("quorum not met: no decision")
        << half << u"AAR----"_s << noQuorum << false
        << QStringList { u"3 of 7 members in office took part; quorum (half: 4) not met."_s,
                         u"no decision until the quorum is met"_s };
    QTest::newRow("quorum rounds up: half of 5 is 3")
        << half << u"AA---"_s << noQuorum << false << QStringList { u"quorum (half: 3) not met"_s };
    QTest::newRow("quorum as a number, met")
        << number(3) << u"AAR----"_s << approved << false
        << QStringList { u"quorum (3 members) met"_s, u"2 approve, 1 rejects, 0 abstain"_s };
    QTest::newRow("quorum as a number, not met")
        << number(4) << u"AAR----"_s << noQuorum << false << QStringList { u"quorum (4 members) not met"_s };
    QTest::newRow("quorum of two thirds, not met") << fraction(2, 3) << u"AAA---"_s << noQuorum << false
                                                   << QStringList { u"quorum (two thirds: 4) not met"_s };
    QTest::newRow("tie, the president approves and decides")
        << half << u"AARR---"_s << approved << true
        << QStringList { u"an equal split, decided by the president's casting vote (for)"_s };
    QTest::newRow("tie, the president rejects and decides")
        << half << u"RAAR---"_s << rejected << true
        << QStringList { u"decided by the president's casting vote (against)"_s };
    QTest::newRow("tie without a casting vote is rejected")
        << with(half, false, false) << u"AARR---"_s << rejected << false
        << QStringList { u"the statutes give the president no casting vote"_s };
    QTest::newRow("tie while the president abstains is rejected")
        << half << u"XAARR--"_s << rejected << false
        << QStringList { u"the president (Hélène Marchand) abstained"_s,
                         u"2 approve, 2 reject, 1 abstains"_s };
    QTest::newRow("tie while the president has not voted is rejected")
        << half << u"-AARR--"_s << rejected << false
        << QStringList { u"the president (Hélène Marchand) has not voted"_s };
    QTest::newRow("tie while the president is recused is rejected")
        << half << u"rAARR--"_s << rejected << false << QStringList { u"no president takes part"_s };
    QTest::newRow("abstentions not counted: approved")
        << with(half, false, true) << u"AAXRXX-"_s << approved << false
        << QStringList { u"2 approve, 1 rejects, 3 abstain: simple majority of votes cast reached."_s };
    QTest::newRow("abstentions counted as cast: rejected")
        << with(half, true, true) << u"AAXRXX-"_s << rejected << false
        << QStringList { u"simple majority of votes cast not reached."_s };
    QTest::newRow("every vote an abstention: rejected")
        << half << u"XXXX---"_s << rejected << false << QStringList { u"0 approve, 0 reject, 4 abstain"_s };
    QTest::newRow("recusals count for neither quorum nor votes")
        << half << u"AAARrr-"_s << approved << false
        << QStringList { u"4 of 7 members in office took part, 2 recused; quorum (half: 4) met."_s };
    QTest::newRow("recusals can leave the quorum unmet")
        << half << u"AArrr--"_s << noQuorum << false
        << QStringList { u"2 of 7 members in office took part, 3 recused"_s };
    QTest::newRow("a recused member's vote does not count")
        << half << u"AARRq--"_s << approved << true
        << QStringList { u"4 of 7 members in office took part, 1 recused"_s,
                         u"2 approve, 2 reject, 0 abstain"_s };
    QTest::newRow("unanimity reached, abstention not counted")
        << fraction(1, 2, MajorityKind::Unanimity) << u"AAAAX--"_s << approved << false
        << QStringList { u"unanimity of votes cast reached"_s };
    QTest::newRow("unanimity broken by an abstention counted as cast")
        << with(fraction(1, 2, MajorityKind::Unanimity), true, true) << u"AAAAX--"_s << rejected << false
        << QStringList { u"unanimity of votes cast not reached"_s };
    QTest::newRow("unanimity broken by a rejection")
        << fraction(1, 2, MajorityKind::Unanimity) << u"AAAAR--"_s << rejected << false
        << QStringList { u"4 approve, 1 rejects"_s };
    QTest::newRow("two thirds reached exactly")
        << fraction(1, 2, MajorityKind::TwoThirds) << u"AAAARR-"_s << approved << false
        << QStringList { u"two-thirds majority of votes cast reached"_s };
    QTest::newRow("two thirds missed")
        << fraction(1, 2, MajorityKind::TwoThirds) << u"AAARR--"_s << rejected << false
        << QStringList { u"two-thirds majority of votes cast not reached"_s };
    QTest::newRow("absolute majority missed where a simple one would pass")
        << fraction(1, 2, MajorityKind::Absolute) << u"AAARXX-"_s << rejected << false
        << QStringList { u"absolute majority of the members in office not reached"_s };
    QTest::newRow("absolute majority reached")
        << fraction(1, 2, MajorityKind::Absolute) << u"AAAAR--"_s << approved << false
        << QStringList { u"absolute majority of the members in office reached"_s };
    QTest::newRow("absolute majority tie among members not recused, the president decides")
        << fraction(1, 2, MajorityKind::Absolute) << u"AAARrX-"_s << approved << true
        << QStringList { u"1 recused"_s, u"casting vote (for)"_s };
}

void TestDecisionRules::decisionFollowsTheStatutes()
{
    QFETCH(BoardRules, rules);
    QFETCH(QString, votes);
    QFETCH(DecisionOutcome, outcome);
    QFETCH(bool, tieBroken);
    QFETCH(QStringList, fragments);

    const Board b = board(votes);
    const Decision decision = DecisionRules::decide(rules, b.members, b.recused, b.votes);
    const QString explanation = decision.explanation.join(u' ');
    QCOMPARE(int(decision.outcome), int(outcome));
    QCOMPARE(decision.tieBrokenByPresident, tieBroken);
    QCOMPARE(decision.inOffice, int(votes.size()));
    QCOMPARE(decision.tookPart + decision.recused + decision.notVoted, decision.inOffice);
    for (const QString& fragment : fragments)
        QVERIFY2(explanation.contains(fragment), qPrintable(explanation + u"\n  lacks: "_s + fragment));
}

void TestDecisionRules::rejectionNamesEachMemberWithTheirReason()
{
    const Board b = board(u"RRA----"_s);
    const Decision decision = DecisionRules::decide(number(3), b.members, b.recused, b.votes);
    QCOMPARE(decision.outcome, DecisionOutcome::Rejected);
    QCOMPARE(decision.rejectionReasons,
             (QStringList { u"Hélène Marchand: the risks are not assessed"_s,
                            u"Paul Girard: the risks are not assessed"_s }));
}

void TestDecisionRules::aChangedVoteCountsOnlyAsTheLatest()
{
    Board b = board(u"AAR----"_s);
    ReviewVote changed = b.votes.at(2);
    changed.choice = VoteChoice::Approve;
    changed.castAt = changed.castAt.addSecs(3600);
    b.votes.prepend(changed); // order in the list does not matter, the time does
    const Decision decision = DecisionRules::decide(number(3), b.members, b.recused, b.votes);
    QCOMPARE(decision.approve, 3);
    QCOMPARE(decision.reject, 0);
    QCOMPARE(decision.tookPart, 3);
    QVERIFY(decision.rejectionReasons.isEmpty());
}

void TestDecisionRules::votesOfSomeoneNotInOfficeCountForNothing()
{
    Board b = board(u"AR-"_s);
    ReviewVote stranger;
    stranger.memberUuid = QUuid::createUuid();
    stranger.choice = VoteChoice::Reject;
    stranger.castAt = QDateTime::currentDateTimeUtc();
    b.votes.append(stranger);
    const Decision decision = DecisionRules::decide(number(2), b.members, b.recused, b.votes);
    QCOMPARE(decision.tookPart, 2);
    QCOMPARE(decision.reject, 1);
}

QTEST_GUILESS_MAIN(TestDecisionRules)
#include "tst_decision_rules.moc"
