// What a decision leaves of the engine's proposals: an accepted one takes every proposal that
// shares its bank line, payout or a target; a rejected one goes alone; a reconciled line's go.

#include "donations/reconcile/ProposalList.h"

#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

TargetRef donation(const QString& id, qint64 cents = 1000)
{
    return { TargetKind::Donation, id, cents };
}

Proposal proposal(const QString& line, const QList<TargetRef>& targets, int score, const QString& payout = {})
{
    Proposal made;
    made.bankLineId = line;
    made.payoutId = payout;
    made.targets = targets;
    made.score = score;
    return made;
}

QStringList linesOf(const ProposalList& list)
{
    QStringList lines;
    for (const Proposal& item : list.items())
        lines.append(item.bankLineId.isEmpty() ? item.payoutId : item.bankLineId);
    return lines;
}

} // namespace

class TestProposalList : public QObject
{
    Q_OBJECT

private slots:
    void acceptingTakesEveryProposalSharingALineOrATarget()
    {
        ProposalList list(
            { proposal(u"L1"_s, { donation(u"D1"_s) }, 95), proposal(u"L1"_s, { donation(u"D2"_s) }, 70),
              proposal(u"L2"_s, { donation(u"D1"_s) }, 60), proposal(u"L3"_s, { donation(u"D3"_s) }, 80) },
            {}, {});
        list.accepted(list.at(0));
        QCOMPARE(linesOf(list), QStringList { u"L3"_s });
    }

    void acceptingAPayoutLinkTakesTheOtherLinksOfThatPayout()
    {
        ProposalList list({ proposal({}, { donation(u"D1"_s) }, 99, u"P1"_s),
                            proposal({}, { donation(u"D9"_s) }, 95, u"P1"_s),
                            proposal({}, { donation(u"D5"_s) }, 97, u"P2"_s) },
                          {}, {});
        list.accepted(list.at(0));
        QCOMPARE(linesOf(list), QStringList { u"P2"_s });
    }

    void rejectingRemovesThatProposalOnly()
    {
        ProposalList list(
            { proposal(u"L1"_s, { donation(u"D1"_s) }, 95), proposal(u"L1"_s, { donation(u"D2"_s) }, 70) },
            {}, {});
        list.rejected(list.at(0));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).targets.first().id, u"D2"_s);
    }

    void rowsAndScoresChooseInTheOrderGiven()
    {
        ProposalList list({ proposal(u"L1"_s, {}, 95), proposal(u"L2"_s, {}, 89), proposal(u"L3"_s, {}, 90) },
                          {}, {});
        QCOMPARE(linesOf(ProposalList(list.at({ 2, 7, -1, 0 }), {}, {})), (QStringList { u"L3"_s, u"L1"_s }));
        QCOMPARE(linesOf(ProposalList(list.atOrAbove(90), {}, {})), (QStringList { u"L1"_s, u"L3"_s }));
        QVERIFY(list.atOrAbove(96).isEmpty());
    }

    void proposalsOfLinesReconciledMeanwhileGo()
    {
        ProposalList list(
            { proposal(u"L1"_s, {}, 95), proposal({}, {}, 99, u"P1"_s), proposal(u"L2"_s, {}, 80) }, {}, {});
        QCOMPARE(list.bankLineIds(), (QStringList { u"L1"_s, u"L2"_s }));
        list.keepOpen({ u"L2"_s });
        // A payout link has no bank line: it stays.
        QCOMPARE(linesOf(list), (QStringList { u"P1"_s, u"L2"_s }));
    }

    void whatTheEngineReadDescribesTheProposals()
    {
        BankCredit credit;
        credit.id = u"L1"_s;
        credit.label = u"VIR DURAND"_s;
        ReconcileTarget target;
        target.id = u"D1"_s;
        target.donorName = u"Marie Durand"_s;
        ProposalList list({ proposal(u"L1"_s, { donation(u"D1"_s) }, 95) }, { { u"L1"_s, credit } },
                          { { u"D1"_s, target } });
        QCOMPARE(list.credit(u"L1"_s).label, u"VIR DURAND"_s);
        QVERIFY(list.target(u"D1"_s));
        QCOMPARE(list.target(u"D1"_s)->donorName, u"Marie Durand"_s);
        QVERIFY(!list.target(u"D2"_s));
        QVERIFY(list.credit(u"L2"_s).id.isEmpty());
        list.clear();
        QVERIFY(list.isEmpty());
        QVERIFY(!list.target(u"D1"_s));
    }
};

QTEST_APPLESS_MAIN(TestProposalList)
#include "tst_proposal_list.moc"
