// Reconciliation on a real desk: accepting, rejecting and matching by hand write the matches, the
// flags, revisions and outbox entries together; a closed period refuses changes with a message and
// leaves the data as it was; a reopen is logged; the background job reports progress and cancels.

#include "FixedClock.h"
#include "ReconcileFixtures.h"
#include "TempDesk.h"
#include "donations/reconcile/ReconciliationEngine.h"
#include "donations/reconcile/ReconciliationJob.h"
#include "donations/reconcile/ReconciliationPeriodRepository.h"
#include "donations/reconcile/ReconciliationRepository.h"
#include "storage/DatabaseError.h"

#include <QSignalSpy>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kIban = QStringLiteral("FR7630006000011234567890189");

} // namespace

class TestReconciliationRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_desk = std::make_unique<TempDesk>();
        CASEDESK_VERIFY_DESK(*m_desk);
        Database& db = m_desk->database();
        m_account = ledger::account(db, kIban);
        // March: 1,000.00 + 150.00 + 50.00 + 60.00 - 20.00 = 1,240.00
        const QString march
            = ledger::statement(db, m_account, QDate(2026, 3, 1), QDate(2026, 3, 31), 100000, 124000);
        m_statement = march;
        m_payoutLine = ledger::line(db, m_account, march, QDate(2026, 3, 10), 15000,
                                    QStringLiteral("VIR ULULE SAS PO-77"));
        m_dupontLine = ledger::line(db, m_account, march, QDate(2026, 3, 12), 5000,
                                    QStringLiteral("VIR M DUPONT JEAN"));
        m_depositLine
            = ledger::line(db, m_account, march, QDate(2026, 3, 20), 6000, QStringLiteral("REMISE CHEQUES"));
        ledger::line(db, m_account, march, QDate(2026, 3, 25), -2000, QStringLiteral("FRAIS AVOCAT"));
        m_payout = ledger::payout(db, QDate(2026, 3, 6), 15000, QStringLiteral("PO-77"));
        m_dupont = ledger::donation(db, QDate(2026, 3, 11), 5000, QStringLiteral("transfer"),
                                    QStringLiteral("Jean Dupont"));
        m_decoy = ledger::donation(db, QDate(2026, 3, 12), 5000, QStringLiteral("transfer"),
                                   QStringLiteral("Anne Autre"));
        m_cheque1 = ledger::donation(db, QDate(2026, 3, 18), 4000, QStringLiteral("cheque"));
        m_cheque2 = ledger::donation(db, QDate(2026, 3, 18), 2000, QStringLiteral("cheque"));
        m_repository = std::make_unique<ReconciliationRepository>(db);
        m_periods = std::make_unique<ReconciliationPeriodRepository>(db);
    }

    void cleanup()
    {
        m_periods.reset();
        m_repository.reset();
        m_desk.reset();
    }

    void loadsOnlyWhatIsOpen()
    {
        const ReconcileInputs inputs = m_repository->loadInputs(kIban);
        QCOMPARE(inputs.credits.size(), 3); // the debit is not a credit
        QCOMPARE(inputs.targets.size(), 5);
        QVERIFY(m_repository->loadInputs(QStringLiteral("FR0000000000000000000000000")).credits.isEmpty());
    }

    void acceptWritesEverythingInOneGo()
    {
        const QList<Proposal> proposals = propose();
        QCOMPARE(proposals.size(), 3);
        for (const Proposal& proposal : proposals)
            QVERIFY2(m_repository->accept(proposal).ok, qPrintable(proposal.bankLineId));
        Database& db = m_desk->database();
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM reconciliation_matches WHERE state = 'accepted'")), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bank_lines WHERE reconciled = 1")), 3);
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT reconciled || '/' || revision FROM donations WHERE uuid = ?"),
                      { m_dupont })
                .toString(),
            QStringLiteral("1/2"));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT reconciled FROM donations WHERE uuid = ?"), { m_decoy }).toInt(),
            0);
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT reconciled FROM payouts WHERE uuid = ?"), { m_payout }).toInt(),
            1);
        // Outbox: 4 matches, 1 payout, and the statement (the lines' aggregate) once; the donations'
        // revisions move but they are not queued (the bank side is not part of a shared gift).
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'reconciliation_match'")),
                 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'donation'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'payout'")), 1);
        QCOMPARE(
            db.scalar(QStringLiteral(
                          "SELECT revision FROM outbox WHERE entity = 'bank_statement' AND entity_uuid = ?"),
                      { m_statement })
                .toInt(),
            4);
        // Accepted twice: refused, nothing more written.
        const ReconcileResult again = m_repository->accept(proposals.first());
        QVERIFY(!again.ok);
        QVERIFY2(again.message.contains(QStringLiteral("already reconciled")), qPrintable(again.message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reconciliation_matches")), 4);
        QVERIFY(propose().isEmpty());
    }

    void rejectedIsNeverProposedAgain()
    {
        const Proposal dupont = proposalFor(m_dupontLine);
        QCOMPARE(dupont.targets.first().id, m_dupont);
        QVERIFY(m_repository->reject(dupont).ok);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM reconciliation_matches WHERE state = 'rejected'")), 1);
        // The line is still open; the next best donation is proposed instead of the rejected one.
        const Proposal next = proposalFor(m_dupontLine);
        QCOMPARE(next.targets.first().id, m_decoy);
        QVERIFY(m_repository->reject(next).ok);
        QVERIFY(proposalFor(m_dupontLine).bankLineId.isEmpty());
    }

    void manualMatchMustAddUp()
    {
        const QList<TargetRef> short_
            = { { TargetKind::Donation, m_cheque1, 0 }, { TargetKind::Donation, m_dupont, 0 } };
        ReconcileResult result = m_repository->matchManually(m_depositLine, short_);
        QVERIFY(!result.ok);
        QCOMPARE(result.message,
                 QStringLiteral("The chosen donations and payouts add up to €90.00 but the bank line is "
                                "€60.00: a difference of -€30.00."));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reconciliation_matches")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);

        result = m_repository->matchManually(
            m_depositLine,
            { { TargetKind::Donation, m_cheque1, 0 }, { TargetKind::Donation, m_cheque2, 0 } });
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reconciliation_matches WHERE manual = 1")), 2);
        const QList<StoredMatch> matches = m_repository->matchesOf(m_depositLine);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.first().target.amountCents, 4000); // the desk's amount, not the caller's
    }

    void unmatchUndoes()
    {
        QVERIFY(m_repository->accept(proposalFor(m_dupontLine)).ok);
        QVERIFY(m_repository->unmatch(m_dupontLine).ok);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reconciliation_matches WHERE deleted = 1")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM donations WHERE reconciled = 1")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bank_lines WHERE reconciled = 1")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'reconciliation_match' AND "
                                      "operation = 'delete'")),
                 1);
        QVERIFY(!m_repository->unmatch(m_dupontLine).ok);
        QCOMPARE(proposalFor(m_dupontLine).targets.first().id, m_dupont);
    }

    void closeNeedsReconciledCreditsAndAgreeingBalance()
    {
        ReconcileResult result = m_periods->closePeriod(kIban, QDate(2026, 3, 1), QDate(2026, 3, 31));
        QVERIFY(!result.ok);
        QCOMPARE(result.message,
                 QStringLiteral(
                     "3 credit(s) of the period are not reconciled yet; reconcile them before closing."));
        acceptAll();
        // April's statement says 1,245.00 but 1,240.00 + 3.00 is 1,243.00.
        const QString april = ledger::statement(m_desk->database(), m_account, QDate(2026, 4, 1),
                                                QDate(2026, 4, 30), 124000, 124500);
        ledger::line(m_desk->database(), m_account, april, QDate(2026, 4, 2), -300);
        ledger::line(m_desk->database(), m_account, april, QDate(2026, 4, 3), 600);
        result = m_periods->closePeriod(kIban, QDate(2026, 4, 1), QDate(2026, 4, 30));
        QVERIFY(!result.ok);
        QCOMPARE(
            result.message,
            QStringLiteral("The balance does not agree: opening balance €1,240.00 plus the lines €3.00 "
                           "makes €1,243.00, but the closing balance is €1,245.00 (a difference of €2.00)."));
        result = m_periods->closePeriod(kIban, QDate(2026, 5, 1), QDate(2026, 5, 31));
        QCOMPARE(result.message,
                 QStringLiteral("No imported statement lies within 01/05/2026 to 31/05/2026: the balance "
                                "cannot be checked."));
        QVERIFY(!m_periods->closePeriod(QStringLiteral("FR00"), QDate(2026, 3, 1), QDate(2026, 3, 31)).ok);

        result = m_periods->closePeriod(QStringLiteral("fr76 3000 6000 0112 3456 7890 189"),
                                        QDate(2026, 3, 1), QDate(2026, 3, 31));
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(m_periods->isLocked(kIban, QDate(2026, 3, 15)));
        QVERIFY(!m_periods->isLocked(kIban, QDate(2026, 4, 1)));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM reconciliation_period_log WHERE action = 'closed'")),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'reconciliation_period'")),
                 1);
        QVERIFY(!m_periods->closePeriod(kIban, QDate(2026, 3, 15), QDate(2026, 3, 31)).ok); // overlaps
    }

    void lockedPeriodRefusesAndLeavesTheData()
    {
        acceptAll();
        QVERIFY(m_periods->closePeriod(kIban, QDate(2026, 3, 1), QDate(2026, 3, 31)).ok);
        const int matchesBefore
            = count(QStringLiteral("SELECT count(*) FROM reconciliation_matches WHERE deleted = 0"));
        const QString outboxBefore = outboxState();

        const ReconcileResult result = m_repository->unmatch(m_dupontLine);
        QVERIFY(!result.ok);
        QCOMPARE(result.message,
                 QStringLiteral("The bank line of 12/03/2026 is in the closed period 01/03/2026 to "
                                "31/03/2026: reopen the period (with a reason) to change it."));
        QVERIFY(!m_repository->reject(proposalForLine(m_dupontLine, m_dupont)).ok);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reconciliation_matches WHERE deleted = 0")),
                 matchesBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bank_lines WHERE reconciled = 1")), 3);
        QCOMPARE(outboxState(), outboxBefore);

        // Behind the repository's back, the schema's triggers still refuse.
        bool refused = false;
        try {
            m_desk->database().exec(QStringLiteral("UPDATE bank_lines SET label = 'x' WHERE uuid = ?"),
                                    { m_dupontLine });
        } catch (const DatabaseError& error) {
            refused = error.message().contains(QStringLiteral("locked:"));
        }
        QVERIFY(refused);
    }

    void reopenIsLoggedWithItsReason()
    {
        acceptAll();
        QVERIFY(m_periods->closePeriod(kIban, QDate(2026, 3, 1), QDate(2026, 3, 31)).ok);
        ReconcileResult result = m_periods->reopenPeriod(kIban, QDate(2026, 3, 12), QStringLiteral("  "));
        QVERIFY(!result.ok);
        QVERIFY(result.message.contains(QStringLiteral("reason")));
        QVERIFY(!m_periods->reopenPeriod(kIban, QDate(2026, 4, 12), QStringLiteral("typo")).ok);

        result = m_periods->reopenPeriod(kIban, QDate(2026, 3, 12),
                                         QStringLiteral("Wrong donor for the 12 March transfer"));
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(m_desk->database()
                     .scalar(QStringLiteral(
                         "SELECT action || ': ' || reason FROM reconciliation_period_log ORDER BY id DESC"))
                     .toString(),
                 QStringLiteral("reopened: Wrong donor for the 12 March transfer"));
        QVERIFY(!m_periods->isLocked(kIban, QDate(2026, 3, 12)));
        QVERIFY(m_repository->unmatch(m_dupontLine).ok);
        const QList<ReconciliationPeriod> periods = m_periods->periods(kIban);
        QCOMPARE(periods.size(), 1);
        QVERIFY(!periods.first().closed);

        // Closing the same period again reuses its record: one period, its log growing.
        QVERIFY(m_repository->accept(proposalFor(m_dupontLine)).ok);
        QVERIFY(m_periods->closePeriod(kIban, QDate(2026, 3, 1), QDate(2026, 3, 31)).ok);
        QCOMPARE(m_periods->periods().size(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reconciliation_period_log")), 3);
    }

    void payoutLinksItsDonations()
    {
        Database& db = m_desk->database();
        const QString payout
            = ledger::payout(db, QDate(2026, 3, 20), 9000, QStringLiteral("ULULE-9"), 10000, 800, 200);
        const QString a = ledger::donation(db, QDate(2026, 3, 2), 6000, QStringLiteral("platform"),
                                           QStringLiteral("A"), QStringLiteral("801"), payout);
        const QString b = ledger::donation(db, QDate(2026, 3, 3), 4000, QStringLiteral("platform"),
                                           QStringLiteral("B"), QStringLiteral("802"), payout);
        Proposal link;
        for (const Proposal& proposal : propose()) {
            if (proposal.payoutId == payout)
                link = proposal;
        }
        QCOMPARE(link.rule, MatchRule::PayoutDonations);
        QCOMPARE(link.targets.size(), 2);
        QVERIFY(m_repository->accept(link).ok);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM donations WHERE platform = 'ulule' AND reconciled = 1")),
                 2);
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT payout_uuid FROM donations WHERE uuid = ?"), { a }).toString(),
            payout);
        QVERIFY(!m_repository->reject(link).ok);
        Q_UNUSED(b);
    }

    void jobRunsOffTheCallingThread()
    {
        Database& db = m_desk->database();
        {
            WriteTransaction transaction(db);
            for (int i = 0; i < 3000; ++i) {
                const QDate day = QDate(2026, 1, 1).addDays(i % 300);
                ledger::line(db, m_account, m_statement, day, 100000 + i);
                ledger::donation(db, day.addDays(-1), 100000 + i);
            }
            transaction.commit();
        }
        ReconciliationJob job(m_desk->path(), kIban);
        QSignalSpy progress(&job, &ReconciliationJob::progress);
        QSignalSpy finished(&job, &ReconciliationJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY(!job.isRunning());
        QVERIFY2(job.errorMessage().isEmpty(), qPrintable(job.errorMessage()));
        QCOMPARE(job.proposals().size(), 3003);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
    }

    void jobCancels()
    {
        ReconciliationJob job(m_desk->path());
        QSignalSpy finished(&job, &ReconciliationJob::finished);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(20000));
        QVERIFY(job.wasCancelled());
        QVERIFY(job.proposals().isEmpty());

        // A desk that cannot be opened: the message comes back, nothing is proposed.
        ReconciliationJob broken(m_desk->dirPath());
        QSignalSpy brokenFinished(&broken, &ReconciliationJob::finished);
        broken.start();
        QVERIFY(brokenFinished.wait(20000));
        QVERIFY(!broken.errorMessage().isEmpty());
        QVERIFY(broken.proposals().isEmpty());
    }

private:
    QList<Proposal> propose() { return ReconciliationEngine().run(m_repository->loadInputs()); }

    Proposal proposalFor(const QString& line)
    {
        for (const Proposal& proposal : propose()) {
            if (proposal.bankLineId == line)
                return proposal;
        }
        return {};
    }

    static Proposal proposalForLine(const QString& line, const QString& donation)
    {
        Proposal proposal;
        proposal.bankLineId = line;
        proposal.targets = { { TargetKind::Donation, donation, 5000 } };
        return proposal;
    }

    void acceptAll()
    {
        for (const Proposal& proposal : propose())
            QVERIFY(m_repository->accept(proposal).ok);
    }

    int count(const QString& sql) { return m_desk->database().scalar(sql).toInt(); }

    QString outboxState()
    {
        return m_desk->database()
            .scalar(QStringLiteral("SELECT group_concat(entity || entity_uuid || revision, ',') FROM outbox"))
            .toString();
    }

    FixedClock m_clock;
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<ReconciliationRepository> m_repository;
    std::unique_ptr<ReconciliationPeriodRepository> m_periods;
    QString m_account;
    QString m_statement;
    QString m_payoutLine;
    QString m_dupontLine;
    QString m_depositLine;
    QString m_payout;
    QString m_dupont;
    QString m_decoy;
    QString m_cheque1;
    QString m_cheque2;
};

QTEST_GUILESS_MAIN(TestReconciliationRepository)
#include "tst_reconciliation_repository.moc"
