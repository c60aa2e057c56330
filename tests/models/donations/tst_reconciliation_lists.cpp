// What the reconciliation window lists, on a real desk: the waiting credits a page at a time,
// newest first and per account; the reconciled ones with what each paid, described in one query
// (a deleted donation by its short id); the open payouts; which lines are still open.

#include "ReconcileFixtures.h"
#include "TempDesk.h"
#include "donations/reconcile/ReconciliationLists.h"
#include "donations/reconcile/ReconciliationRepository.h"

#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kIban = QStringLiteral("FR7630006000011234567890189");
const QString kOtherIban = QStringLiteral("FR1420041010050500013M02606");

} // namespace

class TestReconciliationLists : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_desk = std::make_unique<TempDesk>();
        CASEDESK_VERIFY_DESK(*m_desk);
        Database& db = m_desk->database();
        const QString account = ledger::account(db, kIban);
        const QString march = ledger::statement(db, account, QDate(2026, 3, 1), QDate(2026, 3, 31), 0, 0);
        for (int day = 1; day <= 9; ++day)
            m_lines.append(ledger::line(db, account, march, QDate(2026, 3, day), 1000 * day,
                                        QStringLiteral("VIR %1").arg(day)));
        ledger::line(db, account, march, QDate(2026, 3, 10), -500, QStringLiteral("FRAIS"));
        const QString other = ledger::account(db, kOtherIban);
        const QString otherMarch = ledger::statement(db, other, QDate(2026, 3, 1), QDate(2026, 3, 31), 0, 0);
        m_otherLine
            = ledger::line(db, other, otherMarch, QDate(2026, 3, 15), 7000, QStringLiteral("VIR AUTRE"));
        m_lists = std::make_unique<ReconciliationLists>(db);
    }

    void cleanup()
    {
        m_lists.reset();
        m_desk.reset();
        m_lines.clear();
    }

    void waitingCreditsComeNewestFirstAPageAtATime()
    {
        QCOMPARE(m_lists->openCreditCount({}), 10);
        QCOMPARE(m_lists->openCreditCount(kIban), 9);
        const QList<BankCredit> first = m_lists->openCredits(kIban, 0, 4);
        const QList<BankCredit> second = m_lists->openCredits(kIban, 4, 4);
        const QList<BankCredit> last = m_lists->openCredits(kIban, 8, 4);
        QCOMPARE(first.size(), 4);
        QCOMPARE(first.first().id, m_lines.at(8));
        QCOMPARE(first.first().amountCents, 9000);
        QCOMPARE(second.first().id, m_lines.at(4));
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().id, m_lines.at(0));
        // The account's IBAN as typed, with spaces, is the same account.
        QCOMPARE(m_lists->openCredits(QStringLiteral("fr14 2004 1010 0505 0001 3m02 606"), 0, 10).size(), 1);
        // No debit is ever a credit to match.
        QCOMPARE(m_lists->openCredits({}, 0, 100).size(), 10);
    }

    void reconciledCreditsComeWithWhatEachPaid()
    {
        Database& db = m_desk->database();
        const QString durand = ledger::donation(db, QDate(2026, 3, 8), 5000, QStringLiteral("cheque"),
                                                QStringLiteral("Marie Durand"));
        const QString anonymous = ledger::donation(db, QDate(2026, 3, 8), 4000, QStringLiteral("cheque"));
        const QString payout = ledger::payout(db, QDate(2026, 3, 5), 7000, QStringLiteral("PO-12"));
        ReconciliationRepository repository(db);
        const ReconcileResult deposit = repository.matchManually(
            m_lines.at(8),
            { { TargetKind::Donation, durand, 5000 }, { TargetKind::Donation, anonymous, 4000 } });
        QVERIFY2(deposit.ok, qPrintable(deposit.message));
        QVERIFY(repository.matchManually(m_lines.at(6), { { TargetKind::Payout, payout, 7000 } }).ok);
        // A match whose donation was deleted later (another desk) still says what it was.
        QVERIFY(repository.unmatch(m_lines.at(6)).ok);
        QVERIFY(repository.matchManually(m_lines.at(6), { { TargetKind::Payout, payout, 7000 } }).ok);
        db.exec(QStringLiteral("UPDATE donations SET deleted = 1 WHERE uuid = ?"), { anonymous });

        const QList<ReconciledCredit> reconciled = m_lists->reconciledCredits(kIban, 10);
        QCOMPARE(reconciled.size(), 2);
        QCOMPARE(reconciled.at(0).credit.id, m_lines.at(8));
        QCOMPARE(reconciled.at(0).matches.size(), 2);
        QCOMPARE(reconciled.at(0).matches.at(0).target.id, durand);
        QVERIFY(reconciled.at(0).matches.at(0).found);
        QCOMPARE(reconciled.at(0).matches.at(0).name, QStringLiteral("Marie Durand"));
        QCOMPARE(reconciled.at(0).matches.at(1).target.amountCents, 4000);
        QVERIFY(!reconciled.at(0).matches.at(1).found);
        // The undone match is a tombstone: only the match in force is listed.
        QCOMPARE(reconciled.at(1).credit.id, m_lines.at(6));
        QCOMPARE(reconciled.at(1).matches.size(), 1);
        QCOMPARE(reconciled.at(1).matches.at(0).target.kind, TargetKind::Payout);
        QCOMPARE(reconciled.at(1).matches.at(0).name, QStringLiteral("PO-12"));
        // The limit counts credits, not their matches.
        QCOMPARE(m_lists->reconciledCredits(kIban, 1).size(), 1);
        QCOMPARE(m_lists->reconciledCredits(kIban, 1).first().matches.size(), 2);
        QVERIFY(m_lists->reconciledCredits(kOtherIban, 10).isEmpty());

        QCOMPARE(m_lists->openCreditCount(kIban), 7);
        QCOMPARE(m_lists->openLines({ m_lines.at(8), m_lines.at(7), QStringLiteral("nope") }),
                 QSet<QString> { m_lines.at(7) });
        QVERIFY(m_lists->openPayouts().isEmpty());
    }

    void openPayoutsComeOldestFirst()
    {
        Database& db = m_desk->database();
        ledger::payout(db, QDate(2026, 3, 20), 3000, QStringLiteral("PO-2"));
        ledger::payout(db, QDate(2026, 3, 5), 7000, QStringLiteral("PO-1"));
        const QList<ReconcileTarget> payouts = m_lists->openPayouts();
        QCOMPARE(payouts.size(), 2);
        QCOMPARE(payouts.at(0).reference, QStringLiteral("PO-1"));
        QCOMPARE(payouts.at(0).kind, TargetKind::Payout);
        QCOMPARE(payouts.at(0).amountCents, 7000);
        QCOMPARE(payouts.at(1).date, QDate(2026, 3, 20));
    }

private:
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<ReconciliationLists> m_lists;
    QStringList m_lines; // March 1st to 9th, 10.00 € a day more
    QString m_otherLine;
};

QTEST_MAIN(TestReconciliationLists)
#include "tst_reconciliation_lists.moc"
