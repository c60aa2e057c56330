// casedesk-cli's donors' rights, run as a script runs them on a real desk: donors export (JSON by
// default, PDF by the file's name or --format), donors erase (the plan until --yes, a reason
// required, refused the second time), donors retention (what is due for purge, --purge, the
// consents to renew) and donors log, with --json and the exit codes 0, 1 and 2.

#include "CliProcess.h"
#include "DonorRightsFixtures.h"
#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"
#include "common/Clock.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "donations/privacy/DonorErasure.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestDonorRightsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportWritesJsonOrPdfAndLogsIt();
    void exportRefusesABadFormatAMissingFileOrAnUnknownDonor();
    void eraseShowsWhatItWouldDoUntilConfirmedThenErasesOnce();
    void erasedDonorLeavesTheDonorsList();
    void retentionListsAndPurgesWhatIsDue();
    void logSaysWhoWhenWhatAndWhy();

private:
    QUuid donor(const QString& name, const QString& email);
    QUuid gift(const QUuid& donor, const QDate& date, qint64 cents);
    CliRun cli(const QStringList& arguments);
    QJsonDocument json(const QStringList& arguments, int expectedExit = kSuccess);

    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<DonorRepository> m_donors;
    std::unique_ptr<DonationRepository> m_donations;
    QUuid m_campaign;
    QUuid m_durand;
    QUuid m_petit;
};

void TestDonorRightsCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CASEDESK_CLI_PATH)).isExecutable(), CASEDESK_CLI_PATH);
    qputenv("USER", "tresoriere"); // the CLI inherits it: the log's "who"
}

void TestDonorRightsCli::init()
{
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    Database& db = m_desk->database();
    m_donors = std::make_unique<DonorRepository>(db);
    m_donations = std::make_unique<DonationRepository>(db);
    m_campaign = m_desk->campaigns().import(collectingCampaign(Clock::today(), u"Zone humide"_s)).sync.uuid;
    const QDate today = Clock::today();
    m_durand = donor(u"Élodie Durand"_s, u"elodie@example.org"_s);
    db.exec(u"UPDATE donors SET address = '3 rue des Lilas, 31000 Toulouse' WHERE uuid = ?"_s,
            { rights::text(m_durand) });
    const QUuid recent = gift(m_durand, today.addMonths(-2), 5000);
    rights::receipt(db, m_durand, u"%1-00001"_s.arg(today.addMonths(-2).year()),
                    today.addMonths(-2).addDays(3), recent, 5000, today.addMonths(-2));
    // Marc Petit agreed to be contacted four years ago and has not given since.
    m_petit = donor(u"Marc Petit"_s, u"marc@example.org"_s);
    gift(m_petit, today.addYears(-4), 2000);
    rights::consent(db, m_petit, today.addYears(-4).toString(Qt::ISODate), u"bulletin papier"_s);
}

void TestDonorRightsCli::cleanup()
{
    m_donations.reset();
    m_donors.reset();
    m_desk.reset();
}

QUuid TestDonorRightsCli::donor(const QString& name, const QString& email)
{
    Donor donor;
    donor.name = name;
    donor.email = email;
    [&] {
        QVERIFY(m_donors->create(donor).isEmpty());
    }();
    return donor.sync.uuid;
}

QUuid TestDonorRightsCli::gift(const QUuid& donor, const QDate& date, qint64 cents)
{
    Donation donation;
    donation.campaignUuid = m_campaign;
    donation.donorUuid = donor;
    donation.date = date;
    donation.amountCents = cents;
    [&] {
        QVERIFY(m_donations->create(donation).isEmpty());
    }();
    return donation.sync.uuid;
}

CliRun TestDonorRightsCli::cli(const QStringList& arguments)
{
    return runCliText(QStringLiteral(CASEDESK_CLI_PATH),
                      QStringList { u"--database"_s, m_desk->path() } + arguments,
                      m_desk->filePath(u"data"_s));
}

QJsonDocument TestDonorRightsCli::json(const QStringList& arguments, int expectedExit)
{
    const CliRun run = cli(QStringList { u"--json"_s } + arguments);
    if (run.exitCode != expectedExit)
        qWarning().noquote() << arguments << "exit" << run.exitCode << run.err;
    return run.exitCode == expectedExit ? QJsonDocument::fromJson(run.out.toUtf8()) : QJsonDocument();
}

void TestDonorRightsCli::exportWritesJsonOrPdfAndLogsIt()
{
    const QString prefix = rights::text(m_durand).left(8);
    const QString jsonPath = m_desk->filePath(u"durand.json"_s);
    const CliRun run = cli({ u"donors"_s, u"export"_s, prefix, u"--out"_s, jsonPath });
    QCOMPARE(run.exitCode, kSuccess);
    QVERIFY2(run.out.contains(u"1 gift"_s) && run.out.contains(u"1 receipt"_s), qPrintable(run.out));
    QFile file(jsonPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(data.value(u"format"_s).toString(), u"casedesk-donor-data"_s);
    QCOMPARE(data.value(u"donor"_s).toObject().value(u"name"_s).toString(), u"Élodie Durand"_s);
    QCOMPARE(data.value(u"gifts"_s).toArray().size(), 1);
    QCOMPARE(data.value(u"receipts"_s).toArray().at(0).toObject().value(u"amountCents"_s).toInteger(), 5000);

    // A PDF by the file's name, or by --format whatever the name.
    const QString pdfPath = m_desk->filePath(u"durand.pdf"_s);
    const QJsonObject pdf = json({ u"donors"_s, u"export"_s, prefix, u"--out"_s, pdfPath, u"--reason"_s,
                                   u"Lettre du 3 mars"_s })
                                .object();
    QCOMPARE(pdf.value(u"format"_s).toString(), u"pdf"_s);
    QCOMPARE(pdf.value(u"donor"_s).toString(), rights::text(m_durand));
    QCOMPARE(pdf.value(u"gifts"_s).toInt(), 1);
    const QString forced = m_desk->filePath(u"durand.data"_s);
    QCOMPARE(json({ u"donors"_s, u"export"_s, prefix, u"--out"_s, forced, u"--format"_s, u"pdf"_s })
                 .object()
                 .value(u"format"_s)
                 .toString(),
             u"pdf"_s);
    for (const QString& path : { pdfPath, forced }) {
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
    }
    const QJsonArray log = json({ u"donors"_s, u"log"_s, prefix }).array();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(1).toObject().value(u"action"_s).toString(), u"export"_s);
    QCOMPARE(log.at(1).toObject().value(u"what"_s).toString(), u"pdf durand.pdf"_s);
    QCOMPARE(log.at(1).toObject().value(u"why"_s).toString(), u"Lettre du 3 mars"_s);
    QCOMPARE(log.at(1).toObject().value(u"actor"_s).toString(), u"tresoriere"_s);
}

void TestDonorRightsCli::exportRefusesABadFormatAMissingFileOrAnUnknownDonor()
{
    const QString prefix = rights::text(m_durand).left(8);
    const QString path = m_desk->filePath(u"x.json"_s);
    QCOMPARE(cli({ u"donors"_s, u"export"_s, prefix }).exitCode, kUsageError);
    const CliRun format
        = cli({ u"donors"_s, u"export"_s, prefix, u"--out"_s, path, u"--format"_s, u"xml"_s });
    QCOMPARE(format.exitCode, kUsageError);
    QVERIFY2(format.err.contains(u"json or pdf"_s), qPrintable(format.err));
    const CliRun unknown = cli({ u"donors"_s, u"export"_s, u"ffffffff"_s, u"--out"_s, path });
    QCOMPARE(unknown.exitCode, kRuntimeError);
    QVERIFY2(unknown.err.contains(u"No donor"_s), qPrintable(unknown.err));
    const CliRun unwritable
        = cli({ u"donors"_s, u"export"_s, prefix, u"--out"_s, m_desk->filePath(u"no/such/folder/x.json"_s) });
    QCOMPARE(unwritable.exitCode, kRuntimeError);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(json({ u"donors"_s, u"log"_s }).array().size(), 0);
}

void TestDonorRightsCli::eraseShowsWhatItWouldDoUntilConfirmedThenErasesOnce()
{
    const QString prefix = rights::text(m_durand).left(8);
    QCOMPARE(cli({ u"donors"_s, u"erase"_s, prefix }).exitCode, kUsageError);
    QCOMPARE(cli({ u"donors"_s, u"erase"_s, prefix, u"--reason"_s, u" "_s }).exitCode, kUsageError);

    const CliRun preview = cli({ u"donors"_s, u"erase"_s, prefix, u"--reason"_s, u"Demande du 3 mars"_s });
    QCOMPARE(preview.exitCode, kRuntimeError);
    QVERIFY2(preview.err.contains(u"Nothing was erased"_s) && preview.err.contains(u"--yes"_s),
             qPrintable(preview.err));
    QVERIFY2(preview.out.contains(u"LPF art. L102 E"_s), qPrintable(preview.out));
    QVERIFY(preview.out.contains(u"e-mail"_s));
    QCOMPARE(m_donors->load(m_durand)->name, u"Élodie Durand"_s);

    const QJsonObject done
        = json({ u"donors"_s, u"erase"_s, prefix, u"--reason"_s, u"Demande du 3 mars"_s, u"--yes"_s })
              .object();
    QCOMPARE(done.value(u"done"_s).toBool(), true);
    QCOMPARE(done.value(u"erasedFields"_s).toArray(), QJsonArray({ u"email"_s, u"address"_s }));
    const QJsonObject archive = done.value(u"archive"_s).toObject();
    QCOMPARE(archive.value(u"keeps"_s).toArray(), QJsonArray({ u"name"_s, u"address"_s }));
    QCOMPARE(archive.value(u"keepUntil"_s).toString(),
             Clock::today().addMonths(-2).addYears(10).toString(Qt::ISODate));
    QCOMPARE(m_donors->load(m_durand)->name, u"Erased donor %1"_s.arg(rights::text(m_durand).left(4)));
    QCOMPARE(m_donors->load(m_durand)->email, QString());

    const CliRun again = cli({ u"donors"_s, u"erase"_s, prefix, u"--reason"_s, u"Encore"_s, u"--yes"_s });
    QCOMPARE(again.exitCode, kRuntimeError);
    QVERIFY2(again.err.contains(u"already erased"_s), qPrintable(again.err));
}

void TestDonorRightsCli::erasedDonorLeavesTheDonorsList()
{
    QCOMPARE(json({ u"donors"_s, u"list"_s }).array().size(), 2);
    QCOMPARE(cli({ u"donors"_s, u"erase"_s, rights::text(m_durand), u"--reason"_s, u"Demande"_s, u"--yes"_s })
                 .exitCode,
             kSuccess);
    const QJsonArray list = json({ u"donors"_s, u"list"_s }).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(u"name"_s).toString(), u"Marc Petit"_s);
    QCOMPARE(json({ u"donors"_s, u"list"_s, u"--search"_s, u"elo"_s }).array().size(), 0);
    // Its gifts are still in the ledger, under the pseudonym.
    const QJsonObject donations = json({ u"donations"_s, u"list"_s }).object();
    QCOMPARE(donations.value(u"total"_s).toInt(), 2);
}

void TestDonorRightsCli::retentionListsAndPurgesWhatIsDue()
{
    // A donor erased eleven years ago, whose last gift was a month before: the ten years of the
    // accounting records have passed, so the archive is due.
    const QDate today = Clock::today();
    const QUuid old = donor(u"Jeanne Ancienne"_s, u"jeanne@example.org"_s);
    gift(old, today.addYears(-11).addMonths(-1), 1000);
    {
        FixedClock then(QDateTime(today.addYears(-11), QTime(12, 0), Qt::UTC));
        QVERIFY(DonorErasure(m_desk->database()).erase(old, u"Demande"_s).isEmpty());
    }
    const QJsonObject listed = json({ u"donors"_s, u"retention"_s }).object();
    const QJsonArray due = listed.value(u"dueForPurge"_s).toArray();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).toObject().value(u"donor"_s).toString(), rights::text(old));
    QVERIFY(due.at(0).toObject().value(u"name"_s).toString().startsWith(u"Erased donor"_s));
    const QJsonArray renew = listed.value(u"consentToRenew"_s).toArray();
    QCOMPARE(renew.size(), 1);
    QCOMPARE(renew.at(0).toObject().value(u"name"_s).toString(), u"Marc Petit"_s);
    QCOMPARE(renew.at(0).toObject().value(u"lastContact"_s).toString(),
             today.addYears(-4).toString(Qt::ISODate));

    const CliRun text = cli({ u"donors"_s, u"retention"_s });
    QCOMPARE(text.exitCode, kSuccess);
    QVERIFY2(text.out.contains(u"Due for purge: 1 donor"_s) && text.out.contains(u"Marc Petit"_s),
             qPrintable(text.out));
    const CliRun purged = cli({ u"donors"_s, u"retention"_s, u"--purge"_s });
    QCOMPARE(purged.exitCode, kSuccess);
    QVERIFY2(purged.out.contains(u"1 archive row purged"_s), qPrintable(purged.out));
    QCOMPARE(json({ u"donors"_s, u"retention"_s }).object().value(u"dueForPurge"_s).toArray().size(), 0);
    QCOMPARE(m_desk->database().scalar(u"SELECT count(*) FROM donor_archive"_s).toInt(), 0);
    QCOMPARE(cli({ u"donors"_s, u"retention"_s, u"extra"_s }).exitCode, kUsageError);
}

void TestDonorRightsCli::logSaysWhoWhenWhatAndWhy()
{
    QCOMPARE(cli({ u"donors"_s, u"log"_s }).out.trimmed(), u"The privacy log is empty."_s);
    QCOMPARE(
        cli({ u"donors"_s, u"export"_s, rights::text(m_petit), u"--out"_s, m_desk->filePath(u"p.json"_s) })
            .exitCode,
        kSuccess);
    QCOMPARE(cli({ u"donors"_s, u"erase"_s, rights::text(m_durand), u"--reason"_s, u"Lettre"_s, u"--yes"_s })
                 .exitCode,
             kSuccess);
    const QJsonArray all = json({ u"donors"_s, u"log"_s }).array();
    QCOMPARE(all.size(), 2);
    const QJsonObject erase = all.at(0).toObject();
    QCOMPARE(erase.value(u"action"_s).toString(), u"erase"_s);
    QCOMPARE(erase.value(u"donor"_s).toString(), rights::text(m_durand));
    QCOMPARE(erase.value(u"actor"_s).toString(), u"tresoriere"_s);
    QCOMPARE(erase.value(u"why"_s).toString(), u"Lettre"_s);
    QVERIFY(erase.value(u"at"_s).toString().endsWith(u'Z'));
    QCOMPARE(json({ u"donors"_s, u"log"_s, rights::text(m_petit) }).array().size(), 1);
    QCOMPARE(json({ u"donors"_s, u"log"_s, u"--limit"_s, u"1"_s }).array().size(), 1);
    QCOMPARE(cli({ u"donors"_s, u"log"_s, u"--limit"_s, u"0"_s }).exitCode, kUsageError);
    const CliRun text = cli({ u"donors"_s, u"log"_s });
    QVERIFY2(text.out.contains(u"tresoriere"_s) && text.out.contains(u"Erasure"_s)
                 && text.out.contains(u"Lettre"_s),
             qPrintable(text.out));
}

QTEST_GUILESS_MAIN(TestDonorRightsCli)
#include "tst_donor_rights_cli.moc"
