// The donations area's own views with real widgets over a real desk file: a donation typed by
// hand, filters, a bank statement imported through the preview (new, duplicate, "import anyway"),
// a French bank's CSV through the column dialog, a platform export, a donor's history.

#include "donations/CsvMappingDialog.h"
#include "donations/DonationDialog.h"
#include "donations/DonationsView.h"
#include "donations/DonorPrivacyBar.h"
#include "donations/DonorsView.h"
#include "donations/EraseDonorDialog.h"
#include "donations/PlatformImportDialog.h"
#include "donations/RetentionDialog.h"
#include "donations/StatementImportDialog.h"

#include "Samples.h"
#include "TempDesk.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/Dialogs.h"
#include "common/MoneyEdit.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "donations/statements/CsvMappingStore.h"
#include "itemmodels/DonationListModel.h"
#include "itemmodels/DonorListModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString statementFile(const QString& name)
{
    return QStringLiteral(CASEDESK_TEST_DATA_DIR "/statements/") + name;
}

QString platformFile(const QString& name)
{
    return QStringLiteral(CASEDESK_TEST_DATA_DIR "/platforms/") + name;
}

} // namespace

class TestDonationsViews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void donationTypedByHandAppearsAndFilters();
    void donationDialogRefusesAZeroAmount();
    void giftsGoToCollectingCampaignsOnlyAndBigOnesAreConfirmed();
    void statementImportShowsNewThenDuplicates();
    void badStatementSaysWhereAndImportsNothing();
    void csvColumnsAreChosenAndSaved();
    void platformExportNeedsACampaignThenImports();
    void aDonorShowsTheirGiftsAndARenameReachesTheLedger();
    void aDonorBecomesACompanyWithItsSirenReceiptsAndConsent();
    void aCounterpartAboveTheGiftIsRefusedBesideIt();
    void donorsDataIsExportedThenErasedFromTheDonorsView();

private:
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<DonationRepository> m_donations;
    std::unique_ptr<DonorRepository> m_donors;
    QUuid m_campaign;
};

void TestDonationsViews::init()
{
    m_desk = std::make_unique<TempDesk>();
    QVERIFY2(m_desk->isValid(), qPrintable(m_desk->errorMessage()));
    m_donations = std::make_unique<DonationRepository>(m_desk->database());
    m_donors = std::make_unique<DonorRepository>(m_desk->database());
    // Gifts typed by hand go to a campaign that collects: a published one.
    m_campaign = m_desk->campaigns()
                     .import(test::collectingCampaign(Clock::today(),
                                                      QStringLiteral("Sauver la zone humide du Testet")))
                     .sync.uuid;
}

void TestDonationsViews::cleanup()
{
    m_donors.reset();
    m_donations.reset();
    m_desk.reset();
}

void TestDonationsViews::donationTypedByHandAppearsAndFilters()
{
    DonationsView view(m_desk->database(), *m_donations, *m_donors, m_desk->campaigns());
    view.resize(1200, 600);
    view.show();
    QCOMPARE(view.model()->totalCount(), 0);

    DonationDialog dialog(*m_donations, *m_donors, m_desk->campaigns(), std::nullopt);
    dialog.setCampaign(m_campaign);
    dialog.newDonorField()->setText(QStringLiteral("Élodie Martin"));
    dialog.amountEdit()->setCents(4500);
    dialog.dateEdit()->setDate(QDate(2026, 3, 2));
    dialog.methodCombo()->setCurrentIndex(dialog.methodCombo()->findData(QStringLiteral("cheque")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.donation().donorUuid.isNull());

    view.reload();
    QCOMPARE(view.model()->totalCount(), 1);
    const QModelIndex donor = view.model()->index(0, DonationListModel::Donor);
    QCOMPARE(donor.data().toString(), QStringLiteral("Élodie Martin"));
    QCOMPARE(view.model()
                 ->index(0, DonationListModel::Amount)
                 .data(DonationListModel::kAmountCentsRole)
                 .toLongLong(),
             4500);

    // A search that does not match empties the view; one that does (without the accent) finds it.
    view.searchField()->setText(QStringLiteral("dupont"));
    QTRY_COMPARE(view.model()->totalCount(), 0);
    view.searchField()->setText(QStringLiteral("elodie"));
    QTRY_COMPARE(view.model()->totalCount(), 1);

    // The method filter: cheques only, then transfers only.
    const QList<QComboBox*> combos = view.findChildren<QComboBox*>();
    QComboBox* methods = nullptr;
    for (QComboBox* combo : combos) {
        if (combo->findData(QStringLiteral("transfer")) >= 0)
            methods = combo;
    }
    QVERIFY(methods);
    methods->setCurrentIndex(methods->findData(QStringLiteral("transfer")));
    QCOMPARE(view.model()->totalCount(), 0);
    methods->setCurrentIndex(methods->findData(QStringLiteral("cheque")));
    QCOMPARE(view.model()->totalCount(), 1);
}

void TestDonationsViews::donationDialogRefusesAZeroAmount()
{
    DonationDialog dialog(*m_donations, *m_donors, m_desk->campaigns(), std::nullopt);
    dialog.setCampaign(m_campaign);
    dialog.amountEdit()->setCents(0);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.problemsLabel()->isVisibleTo(&dialog));
    QVERIFY(!dialog.problemsLabel()->text().isEmpty());
    DonationQuery all;
    QCOMPARE(m_donations->count(all), 0);
}

// A draft is not offered and is refused with its reason beside the campaign; an absurd amount
// is refused beside the amount; one above the treasurer's threshold asks first.
void TestDonationsViews::giftsGoToCollectingCampaignsOnlyAndBigOnesAreConfirmed()
{
    Campaign draft;
    draft.title = QStringLiteral("Brouillon sans collecte");
    const QUuid drafted = m_desk->campaigns().create(draft).sync.uuid;
    DonationDialog dialog(*m_donations, *m_donors, m_desk->campaigns(), std::nullopt);
    QCOMPARE(dialog.campaignCombo()->findData(drafted), -1);
    QVERIFY(dialog.campaignCombo()->findData(m_campaign) > 0);
    QCOMPARE(dialog.campaignCombo()->itemText(0), QStringLiteral("(choose a campaign)"));

    Donation direct;
    direct.campaignUuid = drafted;
    direct.amountCents = 5000;
    direct.date = Clock::today();
    direct.method = DonationMethod::Cheque;
    const QList<FieldProblem> refused = m_donations->create(direct);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().field, QStringLiteral("campaign"));
    QVERIFY2(refused.first().message.contains(QStringLiteral("does not collect yet")),
             qPrintable(refused.first().message));

    dialog.setCampaign(m_campaign);
    dialog.dateEdit()->setDate(Clock::today());
    dialog.amountEdit()->clear();
    QTest::keyClicks(dialog.amountEdit(), QStringLiteral("999999999"));
    QVERIFY(dialog.amountEdit()->problemLabel()->isVisibleTo(&dialog));
    QVERIFY2(dialog.amountEdit()->problemLabel()->text().contains(QStringLiteral("number of zeros")),
             qPrintable(dialog.amountEdit()->problemLabel()->text()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // 12,000 EUR: above the 5,000 EUR threshold, so the treasurer is asked; "no" records nothing.
    dialog.amountEdit()->clear();
    QTest::keyClicks(dialog.amountEdit(), QStringLiteral("12000"));
    QVERIFY(!dialog.amountEdit()->problemLabel()->isVisibleTo(&dialog));
    Dialogs::setNextAnswer(false);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_donations->count(DonationQuery {}), 0);
    Dialogs::setNextAnswer(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_donations->count(DonationQuery {}), 1);
}

void TestDonationsViews::statementImportShowsNewThenDuplicates()
{
    const QString path = statementFile(QStringLiteral("camt053_v08_lbp.xml"));
    int lines = 0;
    {
        StatementImportDialog dialog(m_desk->database(), path);
        QVERIFY2(!dialog.problemLabel()->isVisibleTo(&dialog), qPrintable(dialog.problemLabel()->text()));
        QVERIFY(dialog.preview().has_value());
        lines = dialog.preview()->newCount;
        QVERIFY(lines > 0);
        QCOMPARE(dialog.preview()->duplicateCount, 0);
        QVERIFY(dialog.importButton()->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(dialog.resultText().contains(QString::number(lines)), qPrintable(dialog.resultText()));
    }
    // The same file again: every line is a duplicate, with its reason; one is imported anyway.
    StatementImportDialog again(m_desk->database(), path);
    QVERIFY(again.preview().has_value());
    QCOMPARE(again.preview()->newCount, 0);
    QCOMPARE(again.preview()->duplicateCount, lines);
    QVERIFY(!again.preview()->lines.first().reason.isEmpty());
    again.setOverride(again.preview()->lines.first().index, true);
    QVERIFY(again.importButton()->text().contains(QLatin1Char('1')));
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QVERIFY2(again.resultText().contains(QLatin1Char('1')), qPrintable(again.resultText()));
}

void TestDonationsViews::badStatementSaysWhereAndImportsNothing()
{
    StatementImportDialog dialog(m_desk->database(), statementFile(QStringLiteral("camt_bad_amount.xml")));
    QVERIFY(dialog.problemLabel()->isVisibleTo(&dialog));
    const QString problem = dialog.problemLabel()->text();
    QVERIFY2(problem.contains(QStringLiteral("camt_bad_amount.xml")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("Amt")), qPrintable(problem));
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestDonationsViews::csvColumnsAreChosenAndSaved()
{
    const QString path = statementFile(QStringLiteral("csv_ca_1252.csv"));
    CsvMappingStore store(m_desk->database());
    const QByteArray bytes = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    CsvMapping wrong = CsvMapping::guess(bytes);
    QCOMPARE(wrong.separator, QLatin1Char(';'));
    wrong.separator = QLatin1Char(',');
    CsvMappingDialog dialog(path, wrong, store);
    // With a comma, the semicolon-separated rows stay one cell wide.
    QVERIFY(dialog.previewTable()->columnCount() <= 2);
    dialog.separatorCombo()->setCurrentIndex(dialog.separatorCombo()->findData(QStringLiteral(";")));
    QVERIFY(dialog.previewTable()->columnCount() >= 4);

    // The guess of the file itself reads it; saving it under a name keeps it for the bank.
    CsvMappingDialog guessed(path, CsvMapping::guess(bytes), store);
    const QList<QLineEdit*> edits = guessed.findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        if (edit->placeholderText().contains(QStringLiteral("Crédit Coopératif")))
            edit->setText(QStringLiteral("Crédit Agricole"));
    }
    guessed.accept();
    QVERIFY2(guessed.result() == QDialog::Accepted, qPrintable(guessed.problemsLabel()->text()));
    QCOMPARE(guessed.savedName(), QStringLiteral("Crédit Agricole"));
    QVERIFY(store.names().contains(QStringLiteral("Crédit Agricole")));
}

void TestDonationsViews::platformExportNeedsACampaignThenImports()
{
    PlatformImportDialog dialog(m_desk->database(), m_desk->campaigns(),
                                platformFile(QStringLiteral("helloasso-payments.json")));
    // No campaign is tied to the platform's form yet: the import waits for a choice.
    QVERIFY(dialog.problemLabel()->isVisibleTo(&dialog));
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.campaignCombo()->setCurrentIndex(dialog.campaignCombo()->findData(m_campaign));
    QVERIFY2(!dialog.problemLabel()->isVisibleTo(&dialog), qPrintable(dialog.problemLabel()->text()));
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(dialog.table()->rowCount() > 0);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    DonationQuery query;
    query.campaign = m_campaign;
    QVERIFY(m_donations->count(query) > 0);

    // The same export again: nothing new, and the campaign is remembered.
    PlatformImportDialog again(m_desk->database(), m_desk->campaigns(),
                               platformFile(QStringLiteral("helloasso-payments.json")));
    QVERIFY2(!again.problemLabel()->isVisibleTo(&again), qPrintable(again.problemLabel()->text()));
    QVERIFY(!again.importButton()->isEnabled());
}

void TestDonationsViews::aDonorShowsTheirGiftsAndARenameReachesTheLedger()
{
    Donor donor;
    donor.name = QStringLiteral("Jean Dupont");
    QVERIFY(m_donors->create(donor).isEmpty());
    for (const qint64 cents : { 2000, 3500 }) {
        Donation donation;
        donation.campaignUuid = m_campaign;
        donation.donorUuid = donor.sync.uuid;
        donation.amountCents = cents;
        donation.date = QDate(2026, 2, int(cents / 1000));
        donation.method = DonationMethod::Transfer;
        QVERIFY(m_donations->create(donation).isEmpty());
    }
    DonorsView view(*m_donors, *m_donations);
    view.resize(1200, 600);
    view.show();
    QCOMPARE(view.model()->totalCount(), 1);
    view.table()->selectRow(0);
    QCOMPARE(view.historyTable()->rowCount(), 2);
    QVERIFY2(view.totalsLabel()->text().contains(QStringLiteral("55")),
             qPrintable(view.totalsLabel()->text()));

    view.nameField()->setText(QStringLiteral("Jean-Paul Dupont"));
    view.saveDonor();
    QVERIFY2(!view.messageLabel()->styleSheet().contains(QStringLiteral("b91c1c")),
             qPrintable(view.messageLabel()->text()));
    // The donors list as CSV, with the consent column a mailing needs.
    const QString csv = m_desk->filePath(QStringLiteral("donors.csv"));
    QVERIFY(view.exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("Jean-Paul Dupont;;no;2;55.00;")), qPrintable(text));
    // The ledger follows the donor's new name.
    DonationQuery query;
    const QList<DonationRow> rows = m_donations->rows(query, 0, 10);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.first().donorName, QStringLiteral("Jean-Paul Dupont"));
}

// The treasurer records what a receipt needs in the donor's form: the SIREN field opens for a
// company only; a wrong SIREN is refused with words; a person's SIREN is not kept.
void TestDonationsViews::aDonorBecomesACompanyWithItsSirenReceiptsAndConsent()
{
    Donor donor;
    donor.name = QStringLiteral("Scierie Dubois");
    QVERIFY(m_donors->create(donor).isEmpty());
    DonorsView view(*m_donors, *m_donations);
    view.resize(1200, 600);
    view.show();
    view.table()->selectRow(0);
    QVERIFY(!view.sirenField()->isEnabled());
    view.legalKindBox()->setCurrentIndex(view.legalKindBox()->findData(QStringLiteral("company")));
    QVERIFY(view.sirenField()->isEnabled());
    view.sirenField()->setText(QStringLiteral("900 100 208"));
    view.saveDonor();
    QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("Luhn")),
             qPrintable(view.messageLabel()->text()));
    QCOMPARE(m_donors->load(donor.sync.uuid)->legalKind, DonorLegalKind::Person);

    view.sirenField()->setText(QStringLiteral("900 100 207"));
    view.receiptChoiceBox()->setCurrentIndex(view.receiptChoiceBox()->findData(QStringLiteral("annual")));
    view.consentDateEdit()->lineEdit()->setText(QStringLiteral("2025-11-04"));
    view.consentSourceField()->setText(QStringLiteral("bulletin papier"));
    view.saveDonor();
    QVERIFY2(!view.messageLabel()->styleSheet().contains(QStringLiteral("b91c1c")),
             qPrintable(view.messageLabel()->text()));
    Donor stored = *m_donors->load(donor.sync.uuid);
    QCOMPARE(stored.legalKind, DonorLegalKind::Company);
    QCOMPARE(stored.siren, QStringLiteral("900100207"));
    QCOMPARE(stored.receiptChoice, ReceiptChoice::Annual);
    QCOMPARE(stored.consentDate, QDate(2025, 11, 4));
    QCOMPARE(stored.consentSource, QStringLiteral("bulletin papier"));

    // Back to a person: the field closes and the SIREN goes.
    view.legalKindBox()->setCurrentIndex(view.legalKindBox()->findData(QStringLiteral("person")));
    QVERIFY(!view.sirenField()->isEnabled());
    view.saveDonor();
    stored = *m_donors->load(donor.sync.uuid);
    QCOMPARE(stored.legalKind, DonorLegalKind::Person);
    QVERIFY(stored.siren.isEmpty());
}

void TestDonationsViews::aCounterpartAboveTheGiftIsRefusedBesideIt()
{
    DonationDialog dialog(*m_donations, *m_donors, m_desk->campaigns(), std::nullopt);
    dialog.setCampaign(m_campaign);
    dialog.amountEdit()->setCents(3000);
    QVERIFY(dialog.counterpartEdit()->text().isEmpty()); // none: the placeholder says 0
    QTest::keyClicks(dialog.counterpartEdit(), QStringLiteral("45"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QLabel* beside = dialog.problemLabel(QStringLiteral("counterpart"));
    QVERIFY(beside && beside->isVisibleTo(&dialog));
    QVERIFY2(beside->text().startsWith(QStringLiteral("Counterpart")), qPrintable(beside->text()));
    QCOMPARE(m_donations->count(DonationQuery {}), 0);

    dialog.counterpartEdit()->clear();
    QTest::keyClicks(dialog.counterpartEdit(), QStringLiteral("5"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_donations->load(dialog.donation().sync.uuid)->counterpartCents, 500);
}

void TestDonationsViews::donorsDataIsExportedThenErasedFromTheDonorsView()
{
    Donor donor;
    donor.name = QStringLiteral("Jeanne Martin");
    donor.email = QStringLiteral("jeanne@example.org");
    QVERIFY(m_donors->create(donor).isEmpty());
    Donation donation;
    donation.campaignUuid = m_campaign;
    donation.donorUuid = donor.sync.uuid;
    donation.amountCents = 4200;
    donation.date = Clock::today();
    QVERIFY(m_donations->create(donation).isEmpty());
    DonorsView view(*m_donors, *m_donations);
    view.resize(1200, 600);
    view.show();
    DonorPrivacyBar* rights = view.privacyBar();
    QVERIFY(!rights->exportData(m_desk->filePath(QStringLiteral("nobody.json")))); // no donor selected yet
    view.table()->selectRow(0);

    const QString path = m_desk->filePath(QStringLiteral("jeanne.pdf"));
    QVERIFY2(rights->exportData(path), qPrintable(view.messageLabel()->text()));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(view.messageLabel()->text().contains(QStringLiteral("privacy log")));

    // The confirmation says what goes and what is kept, and will not erase without a reason.
    EraseDonorDialog dialog(QStringLiteral("Jeanne Martin"), { QStringLiteral("Kept until ...") });
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.reasonField()->setPlainText(QStringLiteral("Demande par courriel"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.reason(), QStringLiteral("Demande par courriel"));

    QVERIFY(!rights->erase(QString()));
    QVERIFY2(view.messageLabel()->text().contains(QStringLiteral("Reason")),
             qPrintable(view.messageLabel()->text()));
    QVERIFY(rights->erase(QStringLiteral("Demande par courriel")));
    QCOMPARE(view.model()->totalCount(), 0);
    QVERIFY(view.nameField()->text().isEmpty());
    QVERIFY(!view.nameField()->isEnabled());

    RetentionDialog retention(m_desk->database());
    QCOMPARE(retention.dueTable()->rowCount(), 0);
    QCOMPARE(retention.logTable()->rowCount(), 2);
    QCOMPARE(retention.logTable()->item(0, 5)->text(), QStringLiteral("Demande par courriel"));
}

QTEST_MAIN(TestDonationsViews)
#include "tst_donations_views.moc"
