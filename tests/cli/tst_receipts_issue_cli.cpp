// casedesk-cli receipts issue | list | show | cancel | replace | todo | register | declaration on a
// real desk, as a treasurer's script runs them: the preview and its skipped donors, the PDFs named
// by number with the mail-merge file, a second run that continues, cancel and replace, the
// register and the declaration; a desk that does not issue is refused with every reason.

#include "ChildProcess.h"
#include "Samples.h"
#include "TempDesk.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

// Receipts are numbered in the year they are issued: today's.
int thisYear()
{
    return QDate::currentDate().year();
}

QString number(int sequence)
{
    return u"%1-%2"_s.arg(thisYear()).arg(sequence, 5, 10, QLatin1Char('0'));
}

} // namespace

class TestReceiptsIssueCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_desk.reset(); }
    void aDeskThatDoesNotIssueIsRefusedWithEveryReason();
    void previewSaysWhatWouldBeIssuedAndWhoIsSkipped();
    void issueWritesNumberedPdfsAndAMailMergeFileThenContinues();
    void cancelAndReplaceKeepTheRegisterWhole();
    void registerAndDeclarationAddUp();

private:
    ProcessResult cli(QStringList arguments);
    QJsonDocument json(QStringList arguments);
    void addGift(const QUuid& donor, qint64 cents, const QDate& date);
    void makeIssuingDesk();

    std::unique_ptr<TempDesk> m_desk;
    QUuid m_campaign;
    QUuid m_ana;
    QUuid m_bob;
    QUuid m_noAddress;
};

void TestReceiptsIssueCli::init()
{
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    m_campaign = m_desk->campaigns().import(collectingCampaign(QDate(2026, 1, 10))).sync.uuid;
    DonorRepository donors(m_desk->database());
    const auto addDonor = [&donors](const QString& name, const QString& address) {
        Donor donor;
        donor.name = name;
        donor.address = address;
        donor.email = name.section(QLatin1Char(' '), 0, 0).toLower() + u"@example.org"_s;
        return donors.create(donor).isEmpty() ? donor.sync.uuid : QUuid();
    };
    m_ana = addDonor(u"Ana Lopez"_s, u"3 rue des Lilas\n31000 Toulouse"_s);
    m_bob = addDonor(u"Bob Martin"_s, u"9 allée Juste\n31400 Toulouse"_s);
    m_noAddress = addDonor(u"Chloé Sansadresse"_s, QString());
    addGift(m_ana, 5000, QDate(2026, 2, 1));
    addGift(m_ana, 2500, QDate(2026, 9, 1));
    addGift(m_bob, 10000, QDate(2026, 3, 15));
    addGift(m_noAddress, 3000, QDate(2026, 4, 1));
    addGift(m_bob, 7000, QDate(2025, 12, 31)); // another year
}

void TestReceiptsIssueCli::addGift(const QUuid& donor, qint64 cents, const QDate& date)
{
    DonationRepository donations(m_desk->database());
    Donation gift;
    gift.campaignUuid = m_campaign;
    gift.donorUuid = donor;
    gift.amountCents = cents;
    gift.date = date;
    gift.method = DonationMethod::Transfer;
    QVERIFY(donations.create(gift).isEmpty());
}

void TestReceiptsIssueCli::makeIssuingDesk()
{
    Association association = validAssociation();
    QVERIFY(m_desk->associations().save(association).isEmpty());
    const ProcessResult result = cli({ u"settings"_s, u"receipts"_s, u"--issuer"_s, u"yes"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
}

ProcessResult TestReceiptsIssueCli::cli(QStringList arguments)
{
    arguments.prepend(m_desk->path());
    arguments.prepend(u"--database"_s);
    return runProcess(QStringLiteral(CASEDESK_CLI_PATH), arguments, isolatedEnvironment(m_desk->dirPath()),
                      60000);
}

QJsonDocument TestReceiptsIssueCli::json(QStringList arguments)
{
    arguments.prepend(u"--json"_s);
    const ProcessResult result = cli(arguments);
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(result.describe()));
    return QJsonDocument::fromJson(result.standardOutput);
}

void TestReceiptsIssueCli::aDeskThatDoesNotIssueIsRefusedWithEveryReason()
{
    const ProcessResult result
        = cli({ u"receipts"_s, u"issue"_s, u"--year"_s, u"2026"_s, u"--out"_s, m_desk->filePath(u"out"_s) });
    QCOMPARE(result.exitCode, 1);
    const QString error = QString::fromUtf8(result.standardError);
    QVERIFY2(error.contains(u"does not issue"_s), qPrintable(error));
    QVERIFY2(error.contains(u"general interest"_s), qPrintable(error));
    QVERIFY2(error.contains(u"place of signing"_s), qPrintable(error));
    QVERIFY(!QDir(m_desk->filePath(u"out"_s)).exists());
    QCOMPARE(m_desk->database().scalar(u"SELECT COUNT(*) FROM receipts"_s).toInt(), 0);
    // Usage errors name what is wrong.
    QCOMPARE(cli({ u"receipts"_s, u"issue"_s, u"--year"_s, u"deux-mille"_s, u"--preview"_s }).exitCode, 2);
    QCOMPARE(cli({ u"receipts"_s, u"issue"_s, u"--preview"_s }).exitCode, 2);
    QCOMPARE(cli({ u"receipts"_s, u"issue"_s, u"--year"_s, u"2026"_s }).exitCode, 2); // no --out
    QCOMPARE(cli({ u"receipts"_s, u"show"_s, number(1) }).exitCode, 1);
}

void TestReceiptsIssueCli::previewSaysWhatWouldBeIssuedAndWhoIsSkipped()
{
    makeIssuingDesk();
    const QJsonObject preview
        = json({ u"receipts"_s, u"issue"_s, u"--year"_s, u"2026"_s, u"--preview"_s }).object();
    QCOMPARE(preview.value(u"receipts"_s).toInt(), 3);
    QCOMPARE(preview.value(u"totalCents"_s).toInteger(), 17500);
    const QJsonArray skipped = preview.value(u"skipped"_s).toArray();
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first()[u"donorName"_s].toString(), u"Chloé Sansadresse"_s);
    QCOMPARE(skipped.first()[u"reason"_s].toString(), u"no_address"_s);
    QVERIFY(preview.value(u"refusals"_s).toArray().isEmpty());
    const QJsonObject annual
        = json({ u"receipts"_s, u"issue"_s, u"--year"_s, u"2026"_s, u"--annual"_s, u"--preview"_s }).object();
    QCOMPARE(annual.value(u"receipts"_s).toInt(), 2);
    QCOMPARE(annual.value(u"annual"_s).toInt(), 2);
    QCOMPARE(m_desk->database().scalar(u"SELECT COUNT(*) FROM receipts"_s).toInt(),
             0); // a preview writes nothing
}

void TestReceiptsIssueCli::issueWritesNumberedPdfsAndAMailMergeFileThenContinues()
{
    makeIssuingDesk();
    const QString out = m_desk->filePath(u"receipts 2026"_s);
    const QJsonObject result
        = json({ u"receipts"_s, u"issue"_s, u"--year"_s, u"2026"_s, u"--out"_s, out }).object();
    QCOMPARE(result.value(u"issued"_s).toInt(), 3);
    QCOMPARE(result.value(u"pdfsWritten"_s).toInt(), 3);
    for (const QString& n : { number(1), number(2), number(3) }) {
        QFile pdf(QDir(out).filePath(u"recu-%1.pdf"_s.arg(n)));
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(pdf.fileName()));
        QVERIFY(pdf.read(5) == "%PDF-");
    }
    QFile mailMerge(result.value(u"mailMerge"_s).toString());
    QVERIFY2(mailMerge.open(QIODevice::ReadOnly), qPrintable(mailMerge.fileName()));
    const QString csv = QString::fromUtf8(mailMerge.readAll());
    QVERIFY2(csv.contains(u"ana@example.org"_s) && csv.contains(u"recu-%1.pdf"_s.arg(number(3))),
             qPrintable(csv));
    // Run again: nothing left to issue, nothing renumbered.
    const QJsonObject again
        = json({ u"receipts"_s, u"issue"_s, u"--year"_s, u"2026"_s, u"--out"_s, out }).object();
    QCOMPARE(again.value(u"issued"_s).toInt(), 0);
    // A receipt numbered by a batch that stopped before its PDF gets it on the next run.
    m_desk->database().exec(u"UPDATE receipts SET file_name = '' WHERE number = ?"_s, { number(2) });
    QVERIFY(QFile::remove(QDir(out).filePath(u"recu-%1.pdf"_s.arg(number(2)))));
    const QJsonObject completed
        = json({ u"receipts"_s, u"issue"_s, u"--year"_s, u"2026"_s, u"--out"_s, out }).object();
    QCOMPARE(completed.value(u"issued"_s).toInt(), 0);
    QCOMPARE(completed.value(u"pdfsWritten"_s).toInt(), 1);
    QVERIFY(QFile::exists(QDir(out).filePath(u"recu-%1.pdf"_s.arg(number(2)))));
    const QJsonArray listed
        = json({ u"receipts"_s, u"list"_s, u"--year"_s, QString::number(thisYear()) }).array();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0)[u"number"_s].toString(), number(1));
    QVERIFY(!listed.at(0)[u"pdfSha256"_s].toString().isEmpty());
}

void TestReceiptsIssueCli::cancelAndReplaceKeepTheRegisterWhole()
{
    makeIssuingDesk();
    const QString out = m_desk->filePath(u"out"_s);
    QCOMPARE(cli({ u"receipts"_s, u"issue"_s, u"--year"_s, u"2026"_s, u"--out"_s, out }).exitCode, 0);
    QCOMPARE(cli({ u"receipts"_s, u"cancel"_s, number(1) }).exitCode, 2); // a reason is required
    ProcessResult result = cli({ u"receipts"_s, u"cancel"_s, number(1), u"--reason"_s, u"Doublon"_s });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    result = cli({ u"receipts"_s, u"cancel"_s, number(1), u"--reason"_s, u"Encore"_s });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(QString::fromUtf8(result.standardError).contains(u"already cancelled"_s));
    const QJsonObject replacement = json({ u"receipts"_s, u"replace"_s, number(2), u"--reason"_s,
                                           u"Adresse corrigée"_s, u"--out"_s, out })
                                        .object();
    QCOMPARE(replacement.value(u"replaces"_s).toString(), number(2));
    QVERIFY(QFile::exists(replacement.value(u"file"_s).toString()));
    QCOMPARE(replacement.value(u"number"_s).toString(), number(4));
    const QJsonObject shown = json({ u"receipts"_s, u"show"_s, number(2) }).object();
    QCOMPARE(shown.value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(shown.value(u"cancelReason"_s).toString(), u"Adresse corrigée"_s);
    QCOMPARE(json({ u"receipts"_s, u"todo"_s }).array().size(), 0);
}

void TestReceiptsIssueCli::registerAndDeclarationAddUp()
{
    makeIssuingDesk();
    const QString out = m_desk->filePath(u"out"_s);
    QCOMPARE(cli({ u"receipts"_s, u"issue"_s, u"--year"_s, u"2026"_s, u"--out"_s, out }).exitCode, 0);
    QCOMPARE(cli({ u"receipts"_s, u"cancel"_s, number(3), u"--reason"_s, u"Erreur"_s }).exitCode, 0);
    const QJsonObject csv = json({ u"receipts"_s, u"register"_s, u"--year"_s, QString::number(thisYear()),
                                   u"--out"_s, m_desk->filePath(u"r.csv"_s) })
                                .object();
    QCOMPARE(csv.value(u"issued"_s).toInt(), 2);
    QCOMPARE(csv.value(u"cancelled"_s).toInt(), 1);
    QVERIFY(csv.value(u"addsUp"_s).toBool());
    QVERIFY(csv.value(u"missingNumbers"_s).toArray().isEmpty());
    QFile file(m_desk->filePath(u"r.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 4); // the header and three numbers
    const ProcessResult pdf = cli({ u"receipts"_s, u"register"_s, u"--year"_s, QString::number(thisYear()),
                                    u"--out"_s, m_desk->filePath(u"r.pdf"_s) });
    QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.describe()));
    QVERIFY(QFile::exists(m_desk->filePath(u"r.pdf"_s)));
    QCOMPARE(cli({ u"receipts"_s, u"register"_s, u"--year"_s, QString::number(thisYear()), u"--out"_s,
                   m_desk->filePath(u"r.txt"_s) })
                 .exitCode,
             2);
    const QJsonObject declaration
        = json({ u"receipts"_s, u"declaration"_s, u"--year"_s, u"2026"_s }).object();
    const qint64 cancelledAmount
        = m_desk->database()
              .scalar(u"SELECT amount_cents FROM receipts WHERE number = ?"_s, { number(3) })
              .toLongLong();
    QCOMPARE(declaration.value(u"receipts"_s).toInt(), 2);
    QCOMPARE(declaration.value(u"totalCents"_s).toInteger(), 17500 - cancelledAmount);
    QCOMPARE(declaration.value(u"cancelledLeftOut"_s).toInt(), 1);
    QCOMPARE(declaration.value(u"deadline"_s).toString(), u"2027-05-04"_s);
}

QTEST_GUILESS_MAIN(TestReceiptsIssueCli)
#include "tst_receipts_issue_cli.moc"
