// The reconciliation view and the campaign fee report with real widgets over a real desk: the
// engine found in the background, a proposal accepted, manual matches (refused when the amounts
// do not add up, accepted by a drop), unmatch, closing and reopening a period; the report's exact
// figures, its charts and its CSV; and a screenshot of each at 1280x800.

#include "donations/CampaignReportView.h"
#include "donations/ReconcileTables.h"
#include "donations/ReconciliationView.h"

#include "Samples.h"
#include "Statements.h"
#include "TempDesk.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "common/Money.h"
#include "donations/ledger/BankRepository.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "donations/ledger/LedgerImport.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QDropEvent>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace casedesk;

namespace {

const QString kIban = QStringLiteral("FR7630006000011234567890189");

// test::creditLine(), valued on the day it is booked.
StatementLine creditLine(const QDate& date, qint64 cents, const QString& label, const QString& reference)
{
    StatementLine line = test::creditLine(date, cents, label, reference);
    line.valueDate = date;
    return line;
}

int rowWithId(const QAbstractItemView* table, const QString& id)
{
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IdRole).toString() == id)
            return row;
    }
    return -1;
}

QString cellText(const QAbstractItemView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

QString cellToolTip(const QAbstractItemView* table, int row, int column)
{
    return table->model()->index(row, column).data(Qt::ToolTipRole).toString();
}

int rowCount(const QAbstractItemView* table)
{
    return table->model()->rowCount();
}

void selectRows(QAbstractItemView* table, const QList<int>& rows)
{
    table->clearSelection();
    for (int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

bool saveScreenshot(QWidget& widget, const QString& path)
{
    widget.resize(1280, 800);
    widget.show();
    QCoreApplication::processEvents();
    return widget.grab().save(path);
}

} // namespace

class TestReconciliationView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findMatchesInTheBackgroundAndAccept();
    void manualMatchThatDoesNotAddUpChangesNothing();
    void dropACreditOnSeveralCheques();
    void closedPeriodsLockTheirLinesUntilReopenedWithAReason();
    void reportShowsTheExactFigures();
    void aLongLedgerListsItsLatestCreditsOnly();

private:
    QUuid addDonation(const QString& donor, qint64 cents, const QDate& date, DonationMethod method);
    bool findMatches(ReconciliationView& view);
    QPushButton* button(ReconciliationView& view, const char* name);

    std::unique_ptr<test::TempDesk> m_desk;
    QUuid m_campaign;
    QString m_credit50; // "VIR SEPA MARIE DURAND", 50 €
    QString m_credit120; // a deposit of two cheques, 70 € + 50 €
    QUuid m_durand;
    QUuid m_chequeMartin;
    QUuid m_chequeBernard;
};

void TestReconciliationView::init()
{
    m_desk = std::make_unique<test::TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    // Gifts typed by hand go to a campaign that collects: a published one.
    m_campaign
        = m_desk->campaigns()
              .import(test::collectingCampaign(Clock::today(), QStringLiteral("Recours contre la déviation")))
              .sync.uuid;

    ParsedStatement statement;
    statement.format = QStringLiteral("camt.053.001.08");
    statement.accountIban = kIban;
    statement.accountName = QStringLiteral("Compte courant");
    statement.currency = QStringLiteral("EUR");
    statement.statementId = QStringLiteral("STMT-2024-03");
    statement.fromDate = QDate(2024, 3, 1);
    statement.toDate = QDate(2024, 3, 31);
    statement.openingBalanceCents = 100000;
    statement.closingBalanceCents = 117000;
    statement.lines
        = { creditLine(QDate(2024, 3, 5), 5000, QStringLiteral("VIR SEPA MARIE DURAND DON RECOURS"),
                       QStringLiteral("REF-1")),
            creditLine(QDate(2024, 3, 12), 12000, QStringLiteral("REMISE DE 2 CHEQUES"),
                       QStringLiteral("REF-2")) };
    LedgerImport import(m_desk->database());
    const ImportResult result
        = import.commitStatement(import.previewStatement(statement, QStringLiteral("mars.xml")));
    QCOMPARE(result.imported, 2);
    const QList<BankLine> lines = BankRepository(m_desk->database()).lines(result.statementUuid);
    QCOMPARE(lines.size(), 2);
    m_credit50 = uuidText(lines.at(0).sync.uuid);
    m_credit120 = uuidText(lines.at(1).sync.uuid);

    m_durand = addDonation(QStringLiteral("Marie Durand"), 5000, QDate(2024, 3, 4), DonationMethod::Transfer);
    m_chequeMartin
        = addDonation(QStringLiteral("Jean Martin"), 7000, QDate(2024, 3, 8), DonationMethod::Cheque);
    m_chequeBernard
        = addDonation(QStringLiteral("Paul Bernard"), 5000, QDate(2024, 3, 9), DonationMethod::Cheque);
    Dialogs::setNextAnswer(std::nullopt);
    Dialogs::takeLastWarning();
}

void TestReconciliationView::cleanup()
{
    Dialogs::setNextAnswer(std::nullopt);
    m_desk.reset();
}

QUuid TestReconciliationView::addDonation(const QString& donorName, qint64 cents, const QDate& date,
                                          DonationMethod method)
{
    Donor donor;
    donor.name = donorName;
    if (!DonorRepository(m_desk->database()).create(donor).isEmpty())
        return {};
    Donation donation;
    donation.campaignUuid = m_campaign;
    donation.donorUuid = donor.sync.uuid;
    donation.amountCents = cents;
    donation.date = date;
    donation.method = method;
    donation.status = DonationStatus::Paid;
    if (!DonationRepository(m_desk->database()).create(donation).isEmpty())
        return {};
    return donation.sync.uuid;
}

QPushButton* TestReconciliationView::button(ReconciliationView& view, const char* name)
{
    return view.findChild<QPushButton*>(QString::fromLatin1(name));
}

// Clicks "Find matches" and waits for the job; the click itself must return at once.
bool TestReconciliationView::findMatches(ReconciliationView& view)
{
    QSignalSpy finished(&view, &ReconciliationView::matchingFinished);
    QTest::mouseClick(button(view, "findMatchesButton"), Qt::LeftButton);
    if (!view.isMatching() || !button(view, "cancelMatchingButton")->isEnabled()
        || !view.progressBar()->isVisible())
        return false;
    return finished.wait(20000) && !view.isMatching();
}

void TestReconciliationView::findMatchesInTheBackgroundAndAccept()
{
    ReconciliationView view(m_desk->database());
    view.resize(1280, 800);
    view.show();
    QCOMPARE(rowCount(view.creditTable()), 2);
    QCOMPARE(rowCount(view.targetTable()), 3);
    QVERIFY(findMatches(view));
    QVERIFY(!view.proposals().isEmpty());
    QCOMPARE(rowCount(view.proposalTable()), view.proposals().size());

    int row = -1;
    for (int i = 0; i < view.proposals().size(); ++i) {
        if (view.proposals().at(i).bankLineId == m_credit50)
            row = i;
    }
    QVERIFY2(row >= 0, "no proposal for the 50 € transfer");
    QCOMPARE(view.proposals().at(row).targets.size(), 1);
    QCOMPARE(view.proposals().at(row).targets.first().id, uuidText(m_durand));
    QVERIFY(cellText(view.proposalTable(), row, 5).contains(QStringLiteral("Marie Durand")));
    QVERIFY(!cellToolTip(view.proposalTable(), row, 0).isEmpty()); // the reasons

    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.grab().save(QStringLiteral("/tmp/reconciliation-view.png")));

    QSignalSpy changed(&view, &ReconciliationView::ledgerChanged);
    view.proposalTable()->selectRow(row);
    QPushButton* accept = button(view, "acceptProposalsButton");
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rowWithId(view.creditTable(), m_credit50), -1);
    QVERIFY(rowWithId(view.creditTable(), m_credit120) >= 0);
    QCOMPARE(rowWithId(view.targetTable(), uuidText(m_durand)), -1);
    QVERIFY(DonationRepository(m_desk->database()).load(m_durand)->reconciled);
    for (const Proposal& proposal : view.proposals())
        QVERIFY(proposal.bankLineId != m_credit50);
    // The count the run announced follows the decision.
    QCOMPARE(view.statusLabel()->text(),
             ReconciliationView::tr("%n proposal(s) left.", nullptr, int(view.proposals().size())));
    QVERIFY(Dialogs::takeLastWarning().isEmpty());
}

void TestReconciliationView::manualMatchThatDoesNotAddUpChangesNothing()
{
    ReconciliationView view(m_desk->database());
    view.resize(1280, 800);
    view.show();
    QSignalSpy changed(&view, &ReconciliationView::ledgerChanged);
    selectRows(view.creditTable(), { rowWithId(view.creditTable(), m_credit120) });
    selectRows(view.targetTable(), { rowWithId(view.targetTable(), uuidText(m_chequeMartin)) });
    QPushButton* match = button(view, "matchButton");
    QVERIFY(match->isEnabled());
    Dialogs::setNextAnswer(true); // dismisses the message box the match shows
    QTest::mouseClick(match, Qt::LeftButton);

    const QString message = Dialogs::takeLastWarning();
    QVERIFY2(message.contains(QStringLiteral("difference")), qPrintable(message));
    QVERIFY(message.contains(Money::format(5000))); // 120 € - 70 €
    QCOMPARE(changed.count(), 0);
    QVERIFY(rowWithId(view.creditTable(), m_credit120) >= 0);
    QVERIFY(rowWithId(view.targetTable(), uuidText(m_chequeMartin)) >= 0);
    QVERIFY(!DonationRepository(m_desk->database()).load(m_chequeMartin)->reconciled);
}

void TestReconciliationView::dropACreditOnSeveralCheques()
{
    ReconciliationView view(m_desk->database());
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy changed(&view, &ReconciliationView::ledgerChanged);
    const int creditRow = rowWithId(view.creditTable(), m_credit120);
    std::unique_ptr<QMimeData> mime(view.creditTable()->mimeDataForRow(creditRow));
    QVERIFY(mime);
    const int martin = rowWithId(view.targetTable(), uuidText(m_chequeMartin));
    const int bernard = rowWithId(view.targetTable(), uuidText(m_chequeBernard));
    selectRows(view.targetTable(), { martin, bernard });
    const QPoint onMartin
        = view.targetTable()->visualRect(view.targetTable()->model()->index(martin, 0)).center();
    // As a real drag does: the enter makes the table the drag's target, then the drop.
    QDragEnterEvent enter(onMartin, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.targetTable()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(onMartin, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.targetTable()->viewport(), &drop);

    QVERIFY2(Dialogs::takeLastWarning().isEmpty(), "the deposit adds up: no message");
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rowWithId(view.creditTable(), m_credit120), -1);
    DonationRepository donations(m_desk->database());
    QVERIFY(donations.load(m_chequeMartin)->reconciled);
    QVERIFY(donations.load(m_chequeBernard)->reconciled);
    QVERIFY(!donations.load(m_durand)->reconciled);
    // A reconciled line cannot be dragged again.
    view.findChild<QCheckBox*>(QStringLiteral("showReconciledBox"))->setChecked(true);
    const int reconciledRow = rowWithId(view.creditTable(), m_credit120);
    QVERIFY(reconciledRow >= 0);
    QVERIFY(!view.creditTable()->mimeDataForRow(reconciledRow));
    QVERIFY(cellText(view.creditTable(), reconciledRow, 4).contains(QStringLiteral("Jean Martin")));
}

void TestReconciliationView::closedPeriodsLockTheirLinesUntilReopenedWithAReason()
{
    ReconciliationView view(m_desk->database());
    view.resize(1280, 800);
    view.show();
    view.setAccount(kIban);
    QCOMPARE(view.account(), kIban);
    QSignalSpy changed(&view, &ReconciliationView::ledgerChanged);

    // Two credits are not reconciled: the period may not close, and the view says why.
    Dialogs::setNextAnswer(true);
    QVERIFY(!view.closePeriod(kIban, QDate(2024, 3, 1), QDate(2024, 3, 31)));
    QVERIFY(Dialogs::takeLastWarning().contains(QStringLiteral("2 credit")));
    QCOMPARE(rowCount(view.periodTable()), 0);

    QVERIFY(view.matchByHand(rowWithId(view.creditTable(), m_credit50),
                             { rowWithId(view.targetTable(), uuidText(m_durand)) }));
    QVERIFY(view.matchByHand(rowWithId(view.creditTable(), m_credit120),
                             { rowWithId(view.targetTable(), uuidText(m_chequeMartin)),
                               rowWithId(view.targetTable(), uuidText(m_chequeBernard)) }));
    QCOMPARE(rowCount(view.creditTable()), 0);
    QVERIFY(view.closePeriod(kIban, QDate(2024, 3, 1), QDate(2024, 3, 31)));
    QCOMPARE(rowCount(view.periodTable()), 1);
    QCOMPARE(cellText(view.periodTable(), 0, 4), QStringLiteral("Closed"));
    QCOMPARE(changed.count(), 3);

    // Locked: unmatching a line of the closed period is refused with the repository's words.
    view.findChild<QCheckBox*>(QStringLiteral("showReconciledBox"))->setChecked(true);
    const int reconciled = rowWithId(view.creditTable(), m_credit50);
    QVERIFY(reconciled >= 0);
    selectRows(view.creditTable(), { reconciled });
    QVERIFY(button(view, "unmatchButton")->isEnabled());
    QVERIFY(!button(view, "matchButton")->isEnabled());
    Dialogs::setNextAnswer(true);
    QTest::mouseClick(button(view, "unmatchButton"), Qt::LeftButton);
    QVERIFY(Dialogs::takeLastWarning().contains(QStringLiteral("closed period")));
    QVERIFY(DonationRepository(m_desk->database()).load(m_durand)->reconciled);

    // Reopened with a reason, the line can be unmatched: back among the unmatched credits.
    selectRows(view.periodTable(), { 0 });
    QVERIFY(button(view, "reopenPeriodButton")->isEnabled());
    Dialogs::setNextAnswer(true);
    QVERIFY(!view.reopenPeriod(0, QStringLiteral("  ")));
    QVERIFY(Dialogs::takeLastWarning().contains(QStringLiteral("reason")));
    Dialogs::setNextAnswer(true); // only used up if the reopening is refused
    QVERIFY2(view.reopenPeriod(0, QStringLiteral("Virement Durand mal affecté")),
             qPrintable(Dialogs::takeLastWarning()));
    Dialogs::setNextAnswer(std::nullopt);
    QCOMPARE(cellText(view.periodTable(), 0, 4), QStringLiteral("Reopened"));
    QVERIFY(view.unmatch(rowWithId(view.creditTable(), m_credit50)));
    view.findChild<QCheckBox*>(QStringLiteral("showReconciledBox"))->setChecked(false);
    QVERIFY(rowWithId(view.creditTable(), m_credit50) >= 0);
    QVERIFY(!DonationRepository(m_desk->database()).load(m_durand)->reconciled);
    QCOMPARE(changed.count(), 5);
}

void TestReconciliationView::reportShowsTheExactFigures()
{
    // Three platform gifts paid out by one payout (5 % commission, fees), one refunded, and the
    // cheques and transfer of init(): 50 + 70 + 50 € in March.
    ParsedPlatformExport data;
    data.platform = QStringLiteral("ulule");
    data.format = QStringLiteral("ulule-json");
    const auto gift = [](const QString& order, qint64 cents, const QDate& date, const QString& status) {
        PlatformDonation donation;
        donation.platform = QStringLiteral("ulule");
        donation.orderId = order;
        donation.campaignRef = QStringLiteral("recours");
        donation.donor.name = QStringLiteral("Donor %1").arg(order);
        donation.donor.email = QStringLiteral("%1@example.org").arg(order.toLower());
        donation.amountCents = cents;
        donation.currency = QStringLiteral("EUR");
        donation.date = date;
        donation.status = status;
        donation.payoutRef = status == QLatin1String("paid") ? QStringLiteral("PO-1") : QString();
        return donation;
    };
    data.donations = { gift(QStringLiteral("A1"), 10000, QDate(2024, 1, 15), QStringLiteral("paid")),
                       gift(QStringLiteral("A2"), 5000, QDate(2024, 2, 3), QStringLiteral("paid")),
                       gift(QStringLiteral("A3"), 3000, QDate(2024, 2, 20), QStringLiteral("paid")),
                       gift(QStringLiteral("A4"), 2000, QDate(2024, 2, 10), QStringLiteral("refunded")) };
    // 180.00 € less 9.00 € of commission and 3.60 € of fees: 167.40 € reach the bank.
    data.payouts = { test::ululePayout(
        QStringLiteral("PO-1"), QStringLiteral("recours"), QDate(2024, 2, 28), 18000, 900, 360,
        { QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3") }) };
    LedgerImport import(m_desk->database());
    import.commitPlatform(import.previewPlatform(data, QStringLiteral("ulule.json"), m_campaign));
    FeeSettings fees;
    fees.flatCampaignFeeCents = 2500;
    m_desk->settings().setFeeSettings(fees);

    CampaignReportView view(m_desk->database(), m_desk->campaigns(), m_desk->settings());
    const QLocale french(QLocale::French, QLocale::France);
    view.setLocale(french);
    view.setCampaign(m_campaign);
    view.reload();
    QCOMPARE(view.campaign(), m_campaign);

    using Figure = CampaignReportView::Figure;
    const auto shows = [&](Figure figure, qint64 cents, bool deduction = false) {
        const QString amount = Money::format(cents, french);
        return view.figureText(figure) == (deduction ? QStringLiteral("− %1").arg(amount) : amount);
    };
    // Paid: 100 + 50 + 30 (platform) + 50 + 70 + 50 (init) = 350 €.
    QVERIFY2(shows(Figure::Raised, 35000), qPrintable(view.figureText(Figure::Raised)));
    QVERIFY(view.figureText(Figure::Raised).startsWith(QStringLiteral("350,00")));
    QVERIFY(shows(Figure::Refunded, 2000));
    QVERIFY(shows(Figure::Commission, 900, true));
    QVERIFY(shows(Figure::PaymentFees, 360, true));
    QVERIFY(shows(Figure::FlatFee, 2500, true));
    QVERIFY(shows(Figure::NetReceived, 16740 + 17000)); // the payout's net + the gifts outside the platform
    QVERIFY(shows(Figure::StillExpected, 0));
    QVERIFY(shows(Figure::Available, 35000 - 900 - 360 - 2500));

    // Where each euro goes: one bar of four parts that add up to the gross.
    QCOMPARE(view.shareChart()->series().size(), 1);
    auto* share = qobject_cast<QHorizontalStackedBarSeries*>(view.shareChart()->series().first());
    QVERIFY(share);
    QCOMPARE(share->count(), 4);
    double total = 0;
    for (QBarSet* set : share->barSets())
        total += set->at(0);
    QCOMPARE(total, 350.0);
    QCOMPARE(share->barSets().first()->at(0), 9.0);

    // Per month: January 100 €, February 80 €, March 170 €.
    QCOMPARE(view.monthsChart()->series().size(), 1);
    auto* months = qobject_cast<QBarSeries*>(view.monthsChart()->series().first());
    QVERIFY(months);
    QCOMPARE(months->count(), 1);
    QBarSet* perMonth = months->barSets().first();
    QCOMPARE(perMonth->count(), 3);
    QCOMPARE(perMonth->at(0), 100.0);
    QCOMPARE(perMonth->at(1), 80.0);
    QCOMPARE(perMonth->at(2), 170.0);

    const QString csvPath = m_desk->filePath(QStringLiteral("report.csv"));
    QVERIFY(view.exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(QStringLiteral("Platform commission;9.00\r\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Available for the legal action;312.40\r\n")));
    QVERIFY(text.contains(QStringLiteral("2024-02;2;80.00\r\n")));
    QVERIFY(text.contains(QStringLiteral("2024-03;3;170.00\r\n")));

    QVERIFY(saveScreenshot(view, QStringLiteral("/tmp/campaign-report-view.png")));
}

// The window lists a page of the latest credits and says how many wait; the engine, on its own
// thread, still reads them all and proposes a match for the oldest.
void TestReconciliationView::aLongLedgerListsItsLatestCreditsOnly()
{
    ParsedStatement statement;
    statement.format = QStringLiteral("camt.053.001.08");
    statement.accountIban = kIban;
    statement.currency = QStringLiteral("EUR");
    statement.statementId = QStringLiteral("STMT-2023");
    statement.fromDate = QDate(2023, 1, 1);
    statement.toDate = QDate(2023, 12, 31);
    const int many = ReconciliationView::kMaxCreditRows + 100;
    for (int i = 0; i < many; ++i)
        statement.lines.append(creditLine(QDate(2023, 1, 1).addDays(i % 365), 1000 + i,
                                          QStringLiteral("VIR DON %1").arg(i),
                                          QStringLiteral("R-%1").arg(i)));
    LedgerImport import(m_desk->database());
    QCOMPARE(import.commitStatement(import.previewStatement(statement, QStringLiteral("2023.xml"))).imported,
             many);
    // A cheque of 10.00 € deposited before the year: the engine may pair it with the 10.00 € credit.
    const QUuid oldest
        = addDonation(QStringLiteral("Claire Oldest"), 1000, QDate(2022, 12, 30), DonationMethod::Cheque);

    ReconciliationView view(m_desk->database());
    view.resize(1280, 800);
    view.show();
    QCOMPARE(rowCount(view.creditTable()), ReconciliationView::kMaxCreditRows);
    const QLabel* count = view.findChild<QLabel*>(QStringLiteral("creditCountLabel"));
    QVERIFY(count);
    QVERIFY2(count->text().contains(QString::number(many + 2)), qPrintable(count->text()));
    // The newest credits are the ones listed: the March 2024 ones of init() are there.
    QVERIFY(rowWithId(view.creditTable(), m_credit50) >= 0);
    // Scrolled to its end, the list fetches the older credits, and the count follows.
    QAbstractItemModel* credits = view.creditTable()->model();
    while (credits->canFetchMore({}))
        credits->fetchMore({});
    QCOMPARE(rowCount(view.creditTable()), many + 2);
    QCOMPARE(count->text(), QStringLiteral("%1 credit(s) waiting for a match").arg(many + 2));
    QVERIFY(findMatches(view));
    const QList<Proposal> proposals = view.proposals();
    QVERIFY(std::any_of(proposals.cbegin(), proposals.cend(), [&](const Proposal& proposal) {
        return std::any_of(proposal.targets.cbegin(), proposal.targets.cend(),
                           [&](const TargetRef& target) { return target.id == uuidText(oldest); });
    }));
    // Described from what the engine read: the proposal's bank line has its label.
    QVERIFY(!cellText(view.proposalTable(), 0, 4).isEmpty());
}

QTEST_MAIN(TestReconciliationView)
#include "tst_reconciliation_view.moc"
