// The reconciliation engine on its own: each rule, the order between them, ties, rejected pairs,
// a cheque deposit, a payout with commission, nothing to match, and cancellation.

#include "donations/reconcile/BankText.h"
#include "donations/reconcile/ReconciliationEngine.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace casedesk;

namespace {

BankCredit credit(const QString& id, const QDate& date, qint64 cents, const QString& label = {})
{
    return { id, date, cents, label, {}, {} };
}

ReconcileTarget donation(const QString& id, const QDate& date, qint64 cents,
                         const QString& method = QStringLiteral("transfer"), const QString& donor = {})
{
    ReconcileTarget target;
    target.id = id;
    target.date = date;
    target.amountCents = cents;
    target.method = method;
    target.donorName = donor;
    return target;
}

ReconcileTarget payout(const QString& id, const QDate& date, qint64 net, const QString& reference)
{
    ReconcileTarget target;
    target.id = id;
    target.kind = TargetKind::Payout;
    target.date = date;
    target.amountCents = net;
    target.reference = reference;
    target.method = QStringLiteral("payout");
    target.platform = QStringLiteral("ulule");
    return target;
}

QStringList ids(const Proposal& proposal)
{
    QStringList list;
    for (const TargetRef& target : proposal.targets)
        list.append(target.id);
    return list;
}

// "line -> target+target" for every proposal, to compare whole outcomes at once.
QStringList outcome(const QList<Proposal>& proposals)
{
    QStringList lines;
    for (const Proposal& proposal : proposals)
        lines.append((proposal.bankLineId.isEmpty() ? proposal.payoutId : proposal.bankLineId)
                     + QStringLiteral(" -> ") + ids(proposal).join(QLatin1Char('+')));
    lines.sort();
    return lines;
}

const QDate kMonday(2026, 3, 16);

} // namespace

class TestReconciliationEngine : public QObject
{
    Q_OBJECT

private slots:
    // No translator is loaded: plurals read "day(s)", as the source strings say.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void amountAndReferenceComesFirst()
    {
        ReconcileInputs inputs;
        inputs.credits = { credit(QStringLiteral("L1"), kMonday, 15000,
                                  QStringLiteral("VIR SEPA ULULE SAS PO-2026-0042")) };
        // Same amount, same day, but no reference: loses to the payout named in the label.
        inputs.targets
            = { donation(QStringLiteral("D1"), kMonday, 15000),
                payout(QStringLiteral("P1"), kMonday.addDays(-2), 15000, QStringLiteral("PO-2026-0042")) };
        const QList<Proposal> proposals = ReconciliationEngine().run(inputs);
        QCOMPARE(proposals.size(), 1);
        const Proposal& proposal = proposals.first();
        QCOMPARE(proposal.rule, MatchRule::AmountAndReference);
        QCOMPARE(proposal.bankLineId, QStringLiteral("L1"));
        QCOMPARE(ids(proposal), QStringList { QStringLiteral("P1") });
        QCOMPARE(proposal.targets.first().kind, TargetKind::Payout);
        QCOMPARE(proposal.score, 98);
        QCOMPARE(proposal.reasons,
                 (QStringList { QStringLiteral("same amount"),
                                QStringLiteral("reference 'PO-2026-0042' in the label"),
                                QStringLiteral("2 day(s) apart") }));
    }

    void referenceMustBeAWholeWord()
    {
        ReconcileInputs inputs;
        inputs.credits = { credit(QStringLiteral("L1"), kMonday, 2500, QStringLiteral("VIR 123456 DON")) };
        ReconcileTarget order = donation(QStringLiteral("D1"), kMonday.addDays(-20), 2500);
        order.reference = QStringLiteral("1234");
        inputs.targets = { order };
        // "1234" is not in "123456", and 20 days is outside the transfer window.
        QVERIFY(ReconciliationEngine().run(inputs).isEmpty());
    }

    void donorNameInTheLabel()
    {
        ReconcileInputs inputs;
        inputs.credits
            = { credit(QStringLiteral("L1"), kMonday, 4000, QStringLiteral("VIR DE M. LEFEVRE HELENE")) };
        inputs.targets = { donation(QStringLiteral("D1"), kMonday, 4000, QStringLiteral("transfer"),
                                    QStringLiteral("Paul Durand")),
                           donation(QStringLiteral("D2"), kMonday.addDays(-3), 4000,
                                    QStringLiteral("transfer"), QStringLiteral("Hélène Lefèvre")) };
        const QList<Proposal> proposals = ReconciliationEngine().run(inputs);
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(ids(proposals.first()), QStringList { QStringLiteral("D2") });
        QCOMPARE(proposals.first().score, 97);
        QVERIFY(
            proposals.first().reasons.contains(QStringLiteral("donor name 'Hélène Lefèvre' in the label")));
    }

    void amountWithinTheDateWindow()
    {
        ReconcileInputs inputs;
        inputs.credits = { credit(QStringLiteral("L1"), kMonday, 5000, QStringLiteral("VIREMENT")),
                           credit(QStringLiteral("L2"), kMonday, 7000, QStringLiteral("VIREMENT")) };
        inputs.targets = { donation(QStringLiteral("D-near"), kMonday.addDays(-2), 5000),
                           donation(QStringLiteral("D-far"), kMonday.addDays(5), 5000),
                           donation(QStringLiteral("D-outside"), kMonday.addDays(-8), 7000) };
        const QList<Proposal> proposals = ReconciliationEngine().run(inputs);
        QCOMPARE(outcome(proposals), QStringList { QStringLiteral("L1 -> D-near") });
        QCOMPARE(proposals.first().rule, MatchRule::AmountAndDate);
        QCOMPARE(proposals.first().score, 74);
        QCOMPARE(proposals.first().reasons,
                 (QStringList { QStringLiteral("same amount"), QStringLiteral("2 day(s) apart") }));
    }

    void payoutCreditedBusinessDaysLater()
    {
        ReconcileInputs inputs;
        const QDate friday(2026, 3, 13);
        inputs.credits
            = { credit(QStringLiteral("L1"), friday.addDays(4), 9000, QStringLiteral("VIREMENT RECU")) };
        inputs.targets = { payout(QStringLiteral("P1"), friday, 9000, QStringLiteral("X")) };
        const QList<Proposal> proposals = ReconciliationEngine().run(inputs);
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals.first().score, 83); // Tuesday: 2 business days after Friday
        QVERIFY(proposals.first().reasons.contains(QStringLiteral("2 business day(s) after the payout")));
        QCOMPARE(ReconciliationEngine::businessDaysBetween(friday, friday.addDays(3)), 1);
        QCOMPARE(ReconciliationEngine::businessDaysBetween(friday, friday.addDays(14)), 10);
        QCOMPARE(ReconciliationEngine::businessDaysBetween(friday.addDays(3), friday), -1);
    }

    void tiesAreBrokenTheSameWayWhateverTheInputOrder()
    {
        ReconcileInputs inputs;
        inputs.credits
            = { credit(QStringLiteral("La"), kMonday, 2000), credit(QStringLiteral("Lb"), kMonday, 2000) };
        inputs.targets = { donation(QStringLiteral("Dx"), kMonday.addDays(-1), 2000),
                           donation(QStringLiteral("Dy"), kMonday.addDays(-1), 2000) };
        const QStringList expected = { QStringLiteral("La -> Dx"), QStringLiteral("Lb -> Dy") };
        QCOMPARE(outcome(ReconciliationEngine().run(inputs)), expected);
        std::reverse(inputs.credits.begin(), inputs.credits.end());
        std::reverse(inputs.targets.begin(), inputs.targets.end());
        QCOMPARE(outcome(ReconciliationEngine().run(inputs)), expected);
    }

    void eachTargetIsUsedOnce()
    {
        ReconcileInputs inputs;
        inputs.credits = { credit(QStringLiteral("L1"), kMonday, 3000),
                           credit(QStringLiteral("L2"), kMonday.addDays(1), 3000) };
        inputs.targets = { donation(QStringLiteral("D1"), kMonday, 3000) };
        // The nearer credit wins the one donation; the other gets nothing.
        QCOMPARE(outcome(ReconciliationEngine().run(inputs)), QStringList { QStringLiteral("L1 -> D1") });
    }

    void rejectedPairIsNotProposedAgain()
    {
        ReconcileInputs inputs;
        inputs.credits = { credit(QStringLiteral("L1"), kMonday, 6000) };
        inputs.targets = { donation(QStringLiteral("D1"), kMonday, 6000),
                           donation(QStringLiteral("D2"), kMonday.addDays(-4), 6000) };
        QCOMPARE(outcome(ReconciliationEngine().run(inputs)), QStringList { QStringLiteral("L1 -> D1") });
        inputs.rejected = { { QStringLiteral("L1"), QStringLiteral("D1") } };
        QCOMPARE(outcome(ReconciliationEngine().run(inputs)), QStringList { QStringLiteral("L1 -> D2") });
        inputs.rejected.append({ QStringLiteral("L1"), QStringLiteral("D2") });
        QVERIFY(ReconciliationEngine().run(inputs).isEmpty());
    }

    void chequeDepositAddsUp()
    {
        ReconcileInputs inputs;
        const QDate received = kMonday.addDays(-2);
        inputs.credits
            = { credit(QStringLiteral("L1"), kMonday, 23000, QStringLiteral("REMISE CHEQUES 0012345")) };
        inputs.targets
            = { donation(QStringLiteral("C1"), received, 10000, QStringLiteral("cheque")),
                donation(QStringLiteral("C2"), received, 8000, QStringLiteral("cheque")),
                donation(QStringLiteral("C3"), received, 5000, QStringLiteral("cheque")),
                donation(QStringLiteral("C4"), received, 7000, QStringLiteral("cheque")),
                donation(QStringLiteral("C5"), received.addDays(-1), 3000, QStringLiteral("cheque")),
                // Cash is never mixed into a cheque deposit.
                donation(QStringLiteral("K1"), received, 13000, QStringLiteral("cash")) };
        const QList<Proposal> proposals = ReconciliationEngine().run(inputs);
        QCOMPARE(proposals.size(), 1);
        const Proposal& deposit = proposals.first();
        QCOMPARE(deposit.rule, MatchRule::Deposit);
        QCOMPARE(ids(deposit),
                 (QStringList { QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3") }));
        QCOMPARE(deposit.score, 71);
        QCOMPARE(deposit.reasons.first(), QStringLiteral("3 cheques of the same day add up to the credit"));
    }

    void depositAcrossDaysScoresLower()
    {
        ReconcileInputs inputs;
        inputs.credits = { credit(QStringLiteral("L1"), kMonday, 4500) };
        inputs.targets
            = { donation(QStringLiteral("C1"), kMonday.addDays(-3), 2500, QStringLiteral("cheque")),
                donation(QStringLiteral("C2"), kMonday.addDays(-1), 2000, QStringLiteral("cheque")),
                // After the credit: cannot be in the deposit.
                donation(QStringLiteral("C3"), kMonday.addDays(1), 2000, QStringLiteral("cheque")) };
        const QList<Proposal> proposals = ReconciliationEngine().run(inputs);
        QCOMPARE(outcome(proposals), QStringList { QStringLiteral("L1 -> C1+C2") });
        QCOMPARE(proposals.first().score, 59);
    }

    void singleMatchBeatsADeposit()
    {
        ReconcileInputs inputs;
        inputs.credits = { credit(QStringLiteral("L1"), kMonday, 3000) };
        inputs.targets
            = { donation(QStringLiteral("C1"), kMonday, 1000, QStringLiteral("cheque")),
                donation(QStringLiteral("C2"), kMonday, 2000, QStringLiteral("cheque")),
                donation(QStringLiteral("C3"), kMonday.addDays(-1), 3000, QStringLiteral("cheque")) };
        QCOMPARE(outcome(ReconciliationEngine().run(inputs)), QStringList { QStringLiteral("L1 -> C3") });
    }

    void payoutWithCommissionGathersItsDonations()
    {
        ReconcileInputs inputs;
        ReconcileTarget p = payout(QStringLiteral("P1"), kMonday, 9000, QStringLiteral("ULULE-PAYOUT-77"));
        p.grossCents = 10000;
        p.commissionCents = 800;
        p.paymentFeesCents = 200;
        p.orderIds = { QStringLiteral("8412301"), QStringLiteral("8412302") };
        const auto platformDonation = [](const QString& id, const QString& order, qint64 cents) {
            ReconcileTarget d = donation(id, QDate(2026, 3, 1), cents, QStringLiteral("platform"));
            d.platform = QStringLiteral("ulule");
            d.reference = order;
            return d;
        };
        ReconcileTarget pointing = platformDonation(QStringLiteral("D3"), QStringLiteral("8412303"), 2000);
        pointing.payoutId = QStringLiteral("P1");
        inputs.targets
            = { p, platformDonation(QStringLiteral("D1"), QStringLiteral("8412301"), 5000),
                platformDonation(QStringLiteral("D2"), QStringLiteral("8412302"), 3000), pointing,
                // Same amount as the payout's net, but a platform donation never reaches the bank alone.
                platformDonation(QStringLiteral("D4"), QStringLiteral("999"), 9000) };
        inputs.credits
            = { credit(QStringLiteral("L1"), kMonday.addDays(2), 9000, QStringLiteral("VIR ULULE")) };
        const QList<Proposal> proposals = ReconciliationEngine().run(inputs);
        QCOMPARE(outcome(proposals),
                 (QStringList { QStringLiteral("L1 -> P1"), QStringLiteral("P1 -> D1+D2+D3") }));
        const Proposal& link = proposals.last();
        QCOMPARE(link.rule, MatchRule::PayoutDonations);
        QVERIFY(link.bankLineId.isEmpty());
        QCOMPARE(link.score, 100);
        QCOMPARE(link.reasons.first(), QStringLiteral("3 donation(s) of the payout"));

        // One donation less: the sum no longer gives the net, nothing is proposed for the payout.
        inputs.targets.removeAt(3);
        QCOMPARE(outcome(ReconciliationEngine().run(inputs)), QStringList { QStringLiteral("L1 -> P1") });
    }

    void nothingMatched()
    {
        ReconcileInputs inputs;
        inputs.credits
            = { credit(QStringLiteral("L1"), kMonday, 1234), credit(QStringLiteral("L2"), kMonday, 999) };
        inputs.targets = { donation(QStringLiteral("D1"), kMonday, 1000),
                           donation(QStringLiteral("D2"), kMonday, 1235, QStringLiteral("cheque")) };
        QVERIFY(ReconciliationEngine().run(inputs).isEmpty());
        QVERIFY(ReconciliationEngine().run({}).isEmpty());
    }

    void cancelStopsEarlyAndProgressEnds()
    {
        ReconcileInputs inputs;
        for (int i = 0; i < 5000; ++i) {
            inputs.credits.append(credit(QStringLiteral("L%1").arg(i), kMonday.addDays(i % 300), 1000 + i));
            inputs.targets.append(donation(QStringLiteral("D%1").arg(i), kMonday.addDays(i % 300), 1000 + i));
        }
        int lastDone = -1;
        int lastTotal = 0;
        const QList<Proposal> all = ReconciliationEngine().run(inputs, [&](int done, int total) {
            QVERIFY(done <= total);
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        });
        QCOMPARE(all.size(), 5000);
        QCOMPARE(lastDone, lastTotal);
        std::atomic_bool cancel { true };
        QVERIFY(ReconciliationEngine().run(inputs, {}, &cancel).isEmpty());
    }

    void searchForm()
    {
        QCOMPARE(BankText::searchForm(QStringLiteral("  Vir. SEPA: Hélène-Lefèvre /PO-0042 ")),
                 QStringLiteral("VIR SEPA HELENE LEFEVRE PO 0042"));
    }
};

QTEST_GUILESS_MAIN(TestReconciliationEngine)
#include "tst_reconciliation_engine.moc"
