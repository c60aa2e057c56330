// The Tax receipts tab with real widgets over a real desk: a desk that does not issue is read-only
// and says why; the yearly batch's dialog previews, issues in the background and lists the result;
// a receipt cancelled and one replaced; a refund puts its receipt on the to-do line; the register
// and the declaration.

#include "donations/IssueReceiptsDialog.h"
#include "donations/ReceiptsView.h"

#include "Samples.h"
#include "TempDesk.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "itemmodels/ReceiptListModel.h"
#include "receipts/ReceiptPolicy.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestReceiptsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_desk.reset(); }
    void aDeskThatDoesNotIssueIsReadOnlyAndSaysWhy();
    void yearlyBatchIssuesInTheBackgroundAndListsTheReceipts();
    void cancelAndReplaceFromTheList();
    void refundAfterTheReceiptIsOnTheToDoLine();

private:
    void makeIssuingDesk();
    QUuid addGift(const QUuid& donor, qint64 cents, const QDate& date);
    void issueYear(int year);

    std::unique_ptr<TempDesk> m_desk;
    QUuid m_campaign;
    QUuid m_ana;
};

void TestReceiptsView::init()
{
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    m_campaign = m_desk->campaigns().import(collectingCampaign(QDate(2026, 1, 10))).sync.uuid;
    DonorRepository donors(m_desk->database());
    Donor ana;
    ana.name = u"Ana Lopez"_s;
    ana.address = u"3 rue des Lilas\n31000 Toulouse"_s;
    QVERIFY(donors.create(ana).isEmpty());
    m_ana = ana.sync.uuid;
    addGift(m_ana, 5000, QDate(2026, 2, 1));
    addGift(m_ana, 2500, QDate(2026, 9, 1));
}

QUuid TestReceiptsView::addGift(const QUuid& donor, qint64 cents, const QDate& date)
{
    DonationRepository donations(m_desk->database());
    Donation gift;
    gift.campaignUuid = m_campaign;
    gift.donorUuid = donor;
    gift.amountCents = cents;
    gift.date = date;
    gift.method = DonationMethod::Cheque;
    return donations.create(gift).isEmpty() ? gift.sync.uuid : QUuid();
}

void TestReceiptsView::makeIssuingDesk()
{
    Association association = validAssociation();
    QVERIFY(m_desk->associations().save(association).isEmpty());
    ReceiptPolicy policy;
    policy.thisDeskIssues = true;
    QVERIFY(ReceiptPolicy::save(m_desk->settings(), policy).isEmpty());
}

void TestReceiptsView::issueYear(int year)
{
    IssueReceiptsDialog dialog(m_desk->database(), year);
    dialog.folderEdit()->setText(m_desk->filePath(u"receipts"_s));
    QVERIFY(dialog.issueButton()->isEnabled());
    QSignalSpy finished(&dialog, &IssueReceiptsDialog::runFinished);
    dialog.issueButton()->click();
    QVERIFY(finished.wait(30000));
    QVERIFY2(dialog.result().error.isEmpty(), qPrintable(dialog.result().error));
}

void TestReceiptsView::aDeskThatDoesNotIssueIsReadOnlyAndSaysWhy()
{
    ReceiptsView view(m_desk->database());
    view.resize(1280, 700);
    view.show();
    QVERIFY(!view.issueButton()->isEnabled());
    QVERIFY(view.bannerLabel()->isVisibleTo(&view));
    QVERIFY2(view.bannerLabel()->text().contains(u"does not issue"_s),
             qPrintable(view.bannerLabel()->text()));
    IssueReceiptsDialog dialog(m_desk->database(), 2026);
    QVERIFY(!dialog.issueButton()->isEnabled());
    QCOMPARE(dialog.preview().plan.receipts.size(), 2);
}

void TestReceiptsView::yearlyBatchIssuesInTheBackgroundAndListsTheReceipts()
{
    makeIssuingDesk();
    ReceiptsView view(m_desk->database());
    QVERIFY(view.issueButton()->isEnabled());
    QVERIFY(!view.bannerLabel()->isVisibleTo(&view));
    {
        IssueReceiptsDialog dialog(m_desk->database(), 2026);
        dialog.modeBox()->setCurrentIndex(dialog.modeBox()->findData(int(ReceiptMode::Annual)));
        QCOMPARE(dialog.preview().plan.receipts.size(), 1);
        dialog.folderEdit()->setText(m_desk->filePath(u"receipts"_s));
        QSignalSpy finished(&dialog, &IssueReceiptsDialog::runFinished);
        dialog.issueButton()->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(dialog.result().issued, 1);
        QVERIFY(!dialog.issueButton()->isEnabled()); // nothing left to issue
    }
    view.reload();
    QCOMPARE(view.model()->rowCount(), 1);
    const Receipt receipt = *view.model()->receiptAt(0);
    QCOMPARE(receipt.kind, ReceiptKind::Annual);
    QCOMPARE(receipt.amountCents, 7500);
    QVERIFY(QFile::exists(receipt.fileName));
    view.table()->selectRow(0);
    QVERIFY2(view.detailsLabel()->text().contains(receipt.number), qPrintable(view.detailsLabel()->text()));
    QVERIFY(view.cancelButton()->isEnabled());
    QVERIFY(view.writeRegister(m_desk->filePath(u"register.csv"_s)));
    QVERIFY(QFile::exists(m_desk->filePath(u"register.csv"_s)));
    QVERIFY(view.declarationText(2026).startsWith(u"Gifts received in 2026: 1 receipt"_s));
}

void TestReceiptsView::cancelAndReplaceFromTheList()
{
    makeIssuingDesk();
    issueYear(2026);
    ReceiptsView view(m_desk->database());
    QCOMPARE(view.model()->rowCount(), 2);
    view.table()->selectRow(0);
    Dialogs::setNextAnswer(true);
    QVERIFY(!view.cancelSelected(u"  "_s)); // a reason is required
    QVERIFY(Dialogs::takeLastWarning().contains(u"Reason"_s));
    QVERIFY(view.cancelSelected(u"Doublon"_s));
    QCOMPARE(view.model()->receiptAt(0)->status, ReceiptStatus::Cancelled);
    QVERIFY(!view.cancelButton()->isEnabled());
    view.table()->selectRow(1);
    QVERIFY(view.replaceSelected(u"Adresse corrigée"_s, m_desk->filePath(u"copies"_s)));
    QCOMPARE(view.model()->rowCount(), 3);
    const Receipt replacement = *view.model()->receiptAt(2);
    QCOMPARE(replacement.replacesNumber, view.model()->receiptAt(1)->number);
    QVERIFY(QFile::exists(replacement.fileName));
    QVERIFY(view.detailsLabel()->text().contains(replacement.replacesNumber));
}

void TestReceiptsView::refundAfterTheReceiptIsOnTheToDoLine()
{
    makeIssuingDesk();
    const QUuid late = addGift(m_ana, 4000, QDate(2026, 10, 1));
    issueYear(2026);
    DonationRepository donations(m_desk->database());
    Donation gift = *donations.load(late);
    gift.status = DonationStatus::Refunded;
    QVERIFY(donations.save(gift).isEmpty());
    ReceiptsView view(m_desk->database());
    QVERIFY(view.bannerLabel()->isVisibleTo(&view));
    QVERIFY2(view.bannerLabel()->text().contains(u"refunded"_s), qPrintable(view.bannerLabel()->text()));
}

QTEST_MAIN(TestReceiptsView)
#include "tst_receipts_view.moc"
