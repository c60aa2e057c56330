// Donors' rights over their data (GDPR), on a real desk: the export holds everything the desk
// knows about a donor (identity, consent, gifts with their reconciliation, receipts) as JSON and
// as PDF, and is logged; the erasure keeps every campaign's accounts whole, archives what the law
// keeps until the right day, erases the rest (synced like any change), is logged and refused a
// second time; erased donors leave the lists and searches; the archive is purged once its period
// has passed; the donors whose consent should be asked again are listed.

#include "DonorRightsFixtures.h"
#include "FixedClock.h"
#include "ReconcileFixtures.h"
#include "Samples.h"
#include "TempDesk.h"
#include "common/Clock.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "donations/ledger/LedgerSummary.h"
#include "donations/privacy/DonorDataExport.h"
#include "donations/privacy/DonorErasure.h"
#include "donations/privacy/DonorRetention.h"
#include "donations/privacy/PrivacyRepository.h"
#include "donations/reconcile/ReconciliationRepository.h"
#include "reports/DonorExport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString kIban = u"FR7630006000011234567890189"_s;

QString pdfText(const QString& path)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + QLatin1Char('\n');
    return text.replace(QChar(0x00A0), QLatin1Char(' '))
        .replace(QChar(0x202F), QLatin1Char(' '))
        .simplified();
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestDonorRights : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exportHoldsEverythingTheDeskKnowsAboutTheDonorAndIsLogged();
    void pdfExportIsReadableAndLogged();
    void exportOfAnUnknownDonorWritesAndLogsNothing();
    void erasureKeepsEveryCampaignsAccountsWhole();
    void erasureArchivesWhatTheLawKeepsUntilItsLastDay();
    void erasureErasesTheRestAndQueuesItForTheOtherDesks();
    void addressAndSirenAreArchivedOnlyWhileAReceiptNeedsThem();
    void nothingIsArchivedOnceTheLegalPeriodsHavePassed();
    void erasureNeedsAReasonAndHappensOnce();
    void erasedDonorsAreGoneFromListsSearchesAndMailings();
    void archiveIsPurgedOnlyOnceItsPeriodHasPassed();
    void consentToRenewListsTheDonorsSilentForThreeYears();
    void logSaysWhoWhenWhatAndWhyNewestFirst();

private:
    QUuid donor(const QString& name, const QString& email = {});
    QUuid gift(const QUuid& campaign, const QUuid& donor, const QDate& date, qint64 cents,
               DonationMethod method = DonationMethod::Transfer, DonationStatus status = DonationStatus::Paid,
               const QString& order = {});
    QString donorColumn(const QUuid& donor, const QString& column);
    int rows(const QString& sql);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<DonorRepository> m_donors;
    std::unique_ptr<DonationRepository> m_donations;
    QUuid m_wetland;
    QUuid m_hedgerows;
    QUuid m_durand; // two paid gifts (one reconciled, one paid out), a refund, a receipt
    QUuid m_transferGift;
    QUuid m_platformGift;
    QUuid m_petit; // one gift, nothing else
};

void TestDonorRights::init()
{
    qputenv("USER", "tresoriere");
    m_clock = std::make_unique<FixedClock>(); // 2026-03-16
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    Database& db = m_desk->database();
    m_donors = std::make_unique<DonorRepository>(db);
    m_donations = std::make_unique<DonationRepository>(db);
    m_wetland = m_desk->campaigns().import(collectingCampaign(Clock::today(), u"Zone humide"_s)).sync.uuid;
    m_hedgerows = m_desk->campaigns().import(collectingCampaign(Clock::today(), u"Bocage"_s)).sync.uuid;

    Donor durand;
    durand.name = u"Élodie Durand"_s;
    durand.email = u"elodie@example.org"_s;
    durand.address = u"3 rue des Lilas\n31000 Toulouse"_s;
    durand.notes = u"Préfère le courrier"_s;
    durand.platformRef = u"ulule-42"_s;
    QVERIFY(m_donors->create(durand).isEmpty());
    m_durand = durand.sync.uuid;
    rights::consent(db, m_durand, u"2024-05-01"_s, u"formulaire Ulule"_s);
    m_transferGift = gift(m_wetland, m_durand, QDate(2025, 1, 15), 5000);
    m_platformGift = gift(m_hedgerows, m_durand, QDate(2025, 6, 10), 3000, DonationMethod::Platform,
                          DonationStatus::Paid, u"ORD-7"_s);
    gift(m_wetland, m_durand, QDate(2024, 2, 1), 2000, DonationMethod::Cheque, DonationStatus::Refunded);
    rights::counterpart(db, m_platformGift, 500);
    rights::receipt(db, m_durand, u"2025-00001"_s, QDate(2025, 2, 1), m_transferGift, 5000,
                    QDate(2025, 1, 15));

    // The transfer is on the bank statement; the platform gift came in a payout, itself on it.
    const QString account = ledger::account(db, kIban);
    const QString statement = ledger::statement(db, account, QDate(2025, 1, 1), QDate(2025, 7, 31), 0, 0);
    const QString transferLine
        = ledger::line(db, account, statement, QDate(2025, 1, 17), 5000, u"VIR MME ELODIE DURAND"_s);
    const QString payout = ledger::payout(db, QDate(2025, 7, 1), 2800, u"PO-12"_s, 3000, 200);
    const QString payoutLine
        = ledger::line(db, account, statement, QDate(2025, 7, 3), 2800, u"ULULE PO-12"_s);
    rights::paidOutBy(db, m_platformGift, payout);
    ReconciliationRepository reconciliation(db);
    QVERIFY(reconciliation
                .matchManually(transferLine, { { TargetKind::Donation, rights::text(m_transferGift), 5000 } })
                .ok);
    QVERIFY(reconciliation.matchManually(payoutLine, { { TargetKind::Payout, payout, 2800 } }).ok);

    m_petit = donor(u"Marc Petit"_s, u"marc@example.org"_s);
    gift(m_wetland, m_petit, QDate(2025, 3, 1), 4000);
}

void TestDonorRights::cleanup()
{
    m_donations.reset();
    m_donors.reset();
    m_desk.reset();
    m_clock.reset();
}

QUuid TestDonorRights::donor(const QString& name, const QString& email)
{
    Donor donor;
    donor.name = name;
    donor.email = email;
    const QList<FieldProblem> problems = m_donors->create(donor);
    if (!problems.isEmpty())
        qWarning() << problems.first().message;
    return donor.sync.uuid;
}

QUuid TestDonorRights::gift(const QUuid& campaign, const QUuid& donor, const QDate& date, qint64 cents,
                            DonationMethod method, DonationStatus status, const QString& order)
{
    Donation donation;
    donation.campaignUuid = campaign;
    donation.donorUuid = donor;
    donation.date = date;
    donation.amountCents = cents;
    donation.method = method;
    donation.status = status;
    if (method == DonationMethod::Platform) {
        donation.platform = u"ulule"_s;
        donation.platformOrderId = order;
    }
    const QList<FieldProblem> problems = m_donations->create(donation);
    if (!problems.isEmpty())
        qWarning() << problems.first().message;
    return donation.sync.uuid;
}

QString TestDonorRights::donorColumn(const QUuid& donor, const QString& column)
{
    return m_desk->database()
        .scalar(u"SELECT %1 FROM donors WHERE uuid = ?"_s.arg(column), { rights::text(donor) })
        .toString();
}

int TestDonorRights::rows(const QString& sql)
{
    return m_desk->database().scalar(sql).toInt();
}

void TestDonorRights::exportHoldsEverythingTheDeskKnowsAboutTheDonorAndIsLogged()
{
    const QString path = m_desk->filePath(u"durand.json"_s);
    const DonorDataExport::Result result
        = DonorDataExport(m_desk->database())
              .write(m_durand, path, DonorExportFormat::Json, u"Courriel du 10 mars"_s);
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QCOMPARE(result.gifts, 3);
    QCOMPARE(result.receipts, 1);

    const QJsonObject json = readJson(path);
    QCOMPARE(json.value(u"format"_s).toString(), u"casedesk-donor-data"_s);
    QCOMPARE(json.value(u"version"_s).toInt(), 1);
    QCOMPARE(json.value(u"exportedBy"_s).toString(), u"tresoriere"_s);
    const QJsonObject identity = json.value(u"donor"_s).toObject();
    QCOMPARE(identity.value(u"uuid"_s).toString(), rights::text(m_durand));
    QCOMPARE(identity.value(u"name"_s).toString(), u"Élodie Durand"_s);
    QCOMPARE(identity.value(u"email"_s).toString(), u"elodie@example.org"_s);
    QCOMPARE(identity.value(u"address"_s).toString(), u"3 rue des Lilas\n31000 Toulouse"_s);
    QCOMPARE(identity.value(u"notes"_s).toString(), u"Préfère le courrier"_s);
    QCOMPARE(identity.value(u"platformRef"_s).toString(), u"ulule-42"_s);
    QCOMPARE(identity.value(u"legalKind"_s).toString(), u"person"_s);
    QVERIFY(identity.value(u"erasedAt"_s).isNull());
    const QJsonObject consent = json.value(u"consent"_s).toObject();
    QCOMPARE(consent.value(u"toContact"_s).toBool(), true);
    QCOMPARE(consent.value(u"date"_s).toString(), u"2024-05-01"_s);
    QCOMPARE(consent.value(u"source"_s).toString(), u"formulaire Ulule"_s);

    const QJsonArray gifts = json.value(u"gifts"_s).toArray();
    QCOMPARE(gifts.size(), 3);
    const QJsonObject refunded = gifts.at(0).toObject(); // oldest first
    QCOMPARE(refunded.value(u"status"_s).toString(), u"refunded"_s);
    QCOMPARE(refunded.value(u"method"_s).toString(), u"cheque"_s);
    const QJsonObject transfer = gifts.at(1).toObject();
    QCOMPARE(transfer.value(u"uuid"_s).toString(), rights::text(m_transferGift));
    QCOMPARE(transfer.value(u"date"_s).toString(), u"2025-01-15"_s);
    QCOMPARE(transfer.value(u"amountCents"_s).toInteger(), 5000);
    QCOMPARE(transfer.value(u"campaign"_s).toString(), u"Zone humide"_s);
    QCOMPARE(transfer.value(u"campaignUuid"_s).toString(), rights::text(m_wetland));
    QCOMPARE(transfer.value(u"bankLines"_s).toArray().size(), 1);
    const QJsonObject bankLine = transfer.value(u"bankLines"_s).toArray().at(0).toObject();
    QCOMPARE(bankLine.value(u"date"_s).toString(), u"2025-01-17"_s);
    QCOMPARE(bankLine.value(u"label"_s).toString(), u"VIR MME ELODIE DURAND"_s);
    QCOMPARE(bankLine.value(u"account"_s).toString(), kIban);
    QVERIFY(transfer.value(u"payout"_s).isNull());
    const QJsonObject platform = gifts.at(2).toObject();
    QCOMPARE(platform.value(u"method"_s).toString(), u"platform"_s);
    QCOMPARE(platform.value(u"order"_s).toString(), u"ORD-7"_s);
    QCOMPARE(platform.value(u"counterpartCents"_s).toInteger(), 500);
    const QJsonObject payout = platform.value(u"payout"_s).toObject();
    QCOMPARE(payout.value(u"reference"_s).toString(), u"PO-12"_s);
    QCOMPARE(payout.value(u"netCents"_s).toInteger(), 2800);
    QCOMPARE(payout.value(u"bankLines"_s).toArray().at(0).toObject().value(u"label"_s).toString(),
             u"ULULE PO-12"_s);

    const QJsonArray receipts = json.value(u"receipts"_s).toArray();
    QCOMPARE(receipts.size(), 1);
    const QJsonObject receipt = receipts.at(0).toObject();
    QCOMPARE(receipt.value(u"number"_s).toString(), u"2025-00001"_s);
    QCOMPARE(receipt.value(u"year"_s).toInt(), 2025);
    QCOMPARE(receipt.value(u"amountCents"_s).toInteger(), 5000);
    QCOMPARE(receipt.value(u"status"_s).toString(), u"issued"_s);
    QCOMPARE(receipt.value(u"issuedOn"_s).toString(), u"2025-02-01"_s);
    QCOMPARE(receipt.value(u"gifts"_s).toArray().at(0).toString(), rights::text(m_transferGift));
    const QJsonObject totals = json.value(u"totals"_s).toObject();
    QCOMPARE(totals.value(u"paidCents"_s).toInteger(), 8000);
    QCOMPARE(totals.value(u"refundedCents"_s).toInteger(), 2000);

    const QList<PrivacyLogEntry> log = PrivacyRepository(m_desk->database()).entries(m_durand);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).action, PrivacyAction::Export);
    QCOMPARE(log.at(0).actor, u"tresoriere"_s);
    QCOMPARE(log.at(0).at, Clock::nowUtc());
    QCOMPARE(log.at(0).what, u"json durand.json"_s);
    QCOMPARE(log.at(0).why, u"Courriel du 10 mars"_s);
}

void TestDonorRights::pdfExportIsReadableAndLogged()
{
    const QString path = m_desk->filePath(u"durand.pdf"_s);
    const DonorDataExport::Result result
        = DonorDataExport(m_desk->database()).write(m_durand, path, DonorDataExport::formatForPath(path));
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    const QString text = pdfText(path);
    for (const QString& expected :
         { u"Élodie Durand"_s, u"elodie@example.org"_s, u"31000 Toulouse"_s, u"formulaire Ulule"_s,
           u"Zone humide"_s, u"Bocage"_s, u"2025-00001"_s, u"VIR MME ELODIE DURAND"_s, u"PO-12"_s })
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
    const QList<PrivacyLogEntry> log = PrivacyRepository(m_desk->database()).entries(m_durand);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).what, u"pdf durand.pdf"_s);
    QVERIFY(log.at(0).why.contains(u"GDPR"_s));
}

void TestDonorRights::exportOfAnUnknownDonorWritesAndLogsNothing()
{
    const QString path = m_desk->filePath(u"nobody.json"_s);
    const DonorDataExport::Result result
        = DonorDataExport(m_desk->database()).write(QUuid::createUuid(), path, DonorExportFormat::Json);
    QVERIFY(!result.ok);
    QVERIFY2(result.errorMessage.contains(u"No donor"_s), qPrintable(result.errorMessage));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(rows(u"SELECT count(*) FROM privacy_log"_s), 0);
}

void TestDonorRights::erasureKeepsEveryCampaignsAccountsWhole()
{
    Database& db = m_desk->database();
    const auto accounts = [&] {
        QList<qint64> figures;
        for (const QUuid& campaign : { m_wetland, m_hedgerows }) {
            const CampaignLedgerSummary summary = LedgerSummary::forCampaign(db, campaign, 0);
            figures << summary.raisedCents << summary.paidCount << summary.refundedCents
                    << summary.pendingCents << summary.netReceivedCents << summary.stillExpectedCents
                    << summary.availableCents;
            figures
                << db.scalar(
                         u"SELECT sum(amount_cents) FROM donations WHERE campaign_uuid = ? AND deleted = 0"_s,
                         { rights::text(campaign) })
                       .toLongLong();
        }
        return figures;
    };
    const QList<qint64> before = accounts();
    QCOMPARE(before.at(0), 9000); // the wetland: 50 + 40 paid
    QVERIFY(DonorErasure(db).erase(m_durand, u"Demande écrite du 10 mars 2026"_s).isEmpty());
    QCOMPARE(accounts(), before);
    // The gifts are all there, with their amounts, reconciled as before.
    QCOMPARE(rows(u"SELECT count(*) FROM donations WHERE donor_uuid = '%1' AND deleted = 0"_s.arg(
                 rights::text(m_durand))),
             3);
    QCOMPARE(rows(u"SELECT reconciled FROM donations WHERE uuid = '%1'"_s.arg(rights::text(m_transferGift))),
             1);
}

void TestDonorRights::erasureArchivesWhatTheLawKeepsUntilItsLastDay()
{
    DonorErasure erasure(m_desk->database());
    const std::optional<ErasurePlan> plan = erasure.plan(m_durand);
    QVERIFY(plan);
    QCOMPARE(plan->receiptsUntil, QDate(2031, 2, 1)); // issued 2025-02-01, kept six years
    QCOMPARE(plan->accountsUntil, QDate(2035, 6, 10)); // the latest gift, 2025-06-10, ten years
    QCOMPARE(plan->giftCount, 3);
    QCOMPARE(plan->receiptCount, 1);
    const QStringList sentences = DonorErasure::describe(*plan);
    QVERIFY2(sentences.join(u' ').contains(u"LPF art. L102 E"_s), qPrintable(sentences.join(u'\n')));
    QVERIFY(sentences.join(u' ').contains(u"Code de commerce art. L123-22"_s));

    QVERIFY(erasure.erase(m_durand, u"Demande écrite du 10 mars 2026"_s).isEmpty());
    const std::optional<ArchivedDonor> archived = PrivacyRepository(m_desk->database()).archived(m_durand);
    QVERIFY(archived);
    QCOMPARE(archived->name, u"Élodie Durand"_s);
    QCOMPARE(archived->address, u"3 rue des Lilas\n31000 Toulouse"_s);
    QCOMPARE(archived->archivedOn, QDate(2026, 3, 16));
    QCOMPARE(archived->keepUntil, QDate(2035, 6, 10));
    QCOMPARE(archived->reason, u"LPF art. L102 E: 2031-02-01; Code de commerce art. L123-22: 2035-06-10"_s);
    // The archive is the desk's own: nothing of it waits to be synced.
    QCOMPARE(rows(u"SELECT count(*) FROM outbox WHERE entity_uuid = '%1' AND entity <> 'donor'"_s.arg(
                 rights::text(m_durand))),
             0);
}

void TestDonorRights::erasureErasesTheRestAndQueuesItForTheOtherDesks()
{
    const qint64 revision = m_donors->load(m_durand)->sync.revision;
    QVERIFY(DonorErasure(m_desk->database()).erase(m_durand, u"Demande écrite"_s).isEmpty());
    const QString pseudonym = u"Erased donor %1"_s.arg(rights::text(m_durand).left(4));
    const std::optional<Donor> erased = m_donors->load(m_durand);
    QVERIFY(erased);
    QCOMPARE(erased->name, pseudonym);
    QCOMPARE(erased->email, QString());
    QCOMPARE(erased->address, QString());
    QCOMPARE(erased->notes, QString());
    QCOMPARE(erased->platformRef, QString());
    QVERIFY(!erased->consentToContact);
    QCOMPARE(erased->sync.revision, revision + 1);
    QVERIFY(!donorColumn(m_durand, u"erased_at"_s).isEmpty());
    QVERIFY(m_desk->database()
                .scalar(u"SELECT consent_date FROM donors WHERE uuid = ?"_s, { rights::text(m_durand) })
                .isNull());
    QCOMPARE(donorColumn(m_durand, u"consent_source"_s), QString());
    // The gifts carry the pseudonym; the erasure waits in the outbox like any change of the donor.
    QCOMPARE(rows(u"SELECT count(*) FROM donations WHERE donor_name = '%1'"_s.arg(pseudonym)), 3);
    QCOMPARE(rows(u"SELECT count(*) FROM donations WHERE donor_name LIKE '%Durand%'"_s), 0);
    QCOMPARE(m_desk->database()
                 .scalar(u"SELECT revision FROM outbox WHERE entity = 'donor' AND entity_uuid = ?"_s,
                         { rights::text(m_durand) })
                 .toLongLong(),
             revision + 1);
    const QList<PrivacyLogEntry> log = PrivacyRepository(m_desk->database()).entries(m_durand);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).action, PrivacyAction::Erase);
    QCOMPARE(log.at(0).why, u"Demande écrite"_s);
    QVERIFY2(log.at(0).what.startsWith(u"erased: email, address, notes, platform_ref, consent;"_s),
             qPrintable(log.at(0).what));
    QVERIFY(log.at(0).what.contains(u"archived until 2035-06-10: name, address"_s));
    QVERIFY(!log.at(0).what.contains(u"Durand"_s));
}

void TestDonorRights::addressAndSirenAreArchivedOnlyWhileAReceiptNeedsThem()
{
    Database& db = m_desk->database();
    // Marc Petit has a gift but no receipt: his name is kept with the accounts, his address is not.
    db.exec(u"UPDATE donors SET address = '1 place du Marché' WHERE uuid = ?"_s, { rights::text(m_petit) });
    QVERIFY(DonorErasure(db).erase(m_petit, u"Demande"_s).isEmpty());
    std::optional<ArchivedDonor> archived = PrivacyRepository(db).archived(m_petit);
    QVERIFY(archived);
    QCOMPARE(archived->name, u"Marc Petit"_s);
    QCOMPARE(archived->address, QString());
    QCOMPARE(archived->keepUntil, QDate(2035, 3, 1));
    QCOMPARE(archived->reason, u"Code de commerce art. L123-22: 2035-03-01"_s);
    // A company with a receipt of the last six years: its SIREN is kept with the name and address.
    const QUuid company = donor(u"Scierie du Lot"_s);
    db.exec(u"UPDATE donors SET address = 'ZA des Pins, 46000 Cahors' WHERE uuid = ?"_s,
            { rights::text(company) });
    rights::companyOf(db, company, kValidSiren);
    const QUuid companyGift = gift(m_wetland, company, QDate(2021, 1, 10), 100000);
    rights::receipt(db, company, u"2021-00003"_s, QDate(2021, 1, 20), companyGift, 100000,
                    QDate(2021, 1, 10));
    QVERIFY(DonorErasure(db).erase(company, u"Cessation d'activité"_s).isEmpty());
    archived = PrivacyRepository(db).archived(company);
    QVERIFY(archived);
    QCOMPARE(archived->siren, kValidSiren);
    QCOMPARE(archived->address, u"ZA des Pins, 46000 Cahors"_s);
    QCOMPARE(archived->keepUntil, QDate(2031, 1, 10));
    QCOMPARE(donorColumn(company, u"siren"_s), QString());
}

void TestDonorRights::nothingIsArchivedOnceTheLegalPeriodsHavePassed()
{
    Database& db = m_desk->database();
    const QUuid old = donor(u"Jeanne Ancienne"_s, u"jeanne@example.org"_s);
    const QUuid oldGift = gift(m_wetland, old, QDate(2015, 3, 1), 1000);
    rights::receipt(db, old, u"2015-00001"_s, QDate(2015, 3, 10), oldGift, 1000, QDate(2015, 3, 1));
    const std::optional<ErasurePlan> plan = DonorErasure(db).plan(old);
    QVERIFY(plan);
    QVERIFY(!plan->archive);
    QVERIFY(!plan->receiptsUntil.isValid());
    QVERIFY(!plan->accountsUntil.isValid());
    QVERIFY(DonorErasure(db).erase(old, u"Demande"_s).isEmpty());
    QVERIFY(!PrivacyRepository(db).archived(old));
    QVERIFY(PrivacyRepository(db).entries(old).at(0).what.endsWith(u"nothing archived"_s));
}

void TestDonorRights::erasureNeedsAReasonAndHappensOnce()
{
    DonorErasure erasure(m_desk->database());
    QList<FieldProblem> problems = erasure.erase(m_durand, u"   "_s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).field, u"reason"_s);
    QCOMPARE(donorColumn(m_durand, u"name"_s), u"Élodie Durand"_s);
    QCOMPARE(rows(u"SELECT count(*) FROM privacy_log"_s), 0);

    QVERIFY(erasure.erase(m_durand, u"Demande"_s).isEmpty());
    m_clock->advance(60'000);
    problems = erasure.erase(m_durand, u"Encore"_s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).field, u"donor"_s);
    QVERIFY2(problems.at(0).message.contains(u"already erased on"_s), qPrintable(problems.at(0).message));
    QCOMPARE(rows(u"SELECT count(*) FROM privacy_log WHERE action = 'erase'"_s), 1);
    QCOMPARE(rows(u"SELECT count(*) FROM donor_archive"_s), 1);
    QVERIFY(erasure.plan(m_durand)->alreadyErased());
    QCOMPARE(erasure.erase(QUuid::createUuid(), u"Demande"_s).at(0).field, u"donor"_s);
}

void TestDonorRights::erasedDonorsAreGoneFromListsSearchesAndMailings()
{
    QCOMPARE(m_donors->count(), 2);
    QVERIFY(DonorErasure(m_desk->database()).erase(m_durand, u"Demande"_s).isEmpty());
    QCOMPARE(m_donors->count(), 1);
    const QList<DonorRow> all = m_donors->rows({}, 0, 100);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).uuid, m_petit);
    for (const QString& search : { u"elo"_s, u"Élodie"_s, u"elodie@"_s, u"erased"_s, u"Erased donor"_s }) {
        QCOMPARE(m_donors->count(search), 0);
        QVERIFY(m_donors->rows(search, 0, 100).isEmpty());
    }
    QVERIFY(!m_donors->findByEmail(u"elodie@example.org"_s));
    QVERIFY(!m_donors->findByPlatformRef(u"ulule-42"_s));
    // The donations list no longer finds the gifts by the donor's name or e-mail.
    DonationQuery query;
    query.search = u"durand"_s;
    QCOMPARE(m_donations->count(query), 0);
    query.search = u"elodie@"_s;
    QCOMPARE(m_donations->count(query), 0);
    // The donors' CSV (the mailing list) leaves the donor out.
    const QString csv = m_desk->filePath(u"donors.csv"_s);
    QVERIFY(DonorExport::write(*m_donors, {}, csv).ok);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    QVERIFY(written.contains(u"Marc Petit"_s));
    QVERIFY(!written.contains(u"Durand"_s));
    QVERIFY(!written.contains(u"Erased donor"_s));
}

void TestDonorRights::archiveIsPurgedOnlyOnceItsPeriodHasPassed()
{
    Database& db = m_desk->database();
    QVERIFY(DonorErasure(db).erase(m_durand, u"Demande"_s).isEmpty());
    DonorRetention retention(db);
    QVERIFY(retention.dueForPurge().isEmpty());
    QVERIFY(retention.purgeDue().isEmpty());

    m_clock->set(QDateTime(QDate(2035, 6, 10), QTime(12, 0), Qt::UTC)); // its last day
    QVERIFY(retention.dueForPurge().isEmpty());
    m_clock->set(QDateTime(QDate(2035, 6, 11), QTime(12, 0), Qt::UTC));
    const QList<ArchiveDue> due = retention.dueForPurge();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).donorUuid, m_durand);
    QCOMPARE(due.at(0).donorName, u"Erased donor %1"_s.arg(rights::text(m_durand).left(4)));
    QCOMPARE(due.at(0).keepUntil, QDate(2035, 6, 10));
    QCOMPARE(due.at(0).kept, (QStringList { u"name"_s, u"address"_s }));

    const QList<ArchiveDue> purged = retention.purgeDue();
    QCOMPARE(purged.size(), 1);
    QVERIFY(!PrivacyRepository(db).archived(m_durand));
    QVERIFY(retention.dueForPurge().isEmpty());
    const QList<PrivacyLogEntry> log = PrivacyRepository(db).entries(m_durand);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).action, PrivacyAction::Purge);
    QCOMPARE(log.at(0).what, u"archive purged: name, address"_s);
    QVERIFY2(log.at(0).why.startsWith(u"retention period ended on 2035-06-10"_s), qPrintable(log.at(0).why));
    // The gifts are still in the accounts.
    QCOMPARE(rows(u"SELECT count(*) FROM donations WHERE donor_uuid = '%1'"_s.arg(rights::text(m_durand))),
             3);
}

void TestDonorRights::consentToRenewListsTheDonorsSilentForThreeYears()
{
    Database& db = m_desk->database();
    // Today is 2026-03-16. Élodie Durand's last gift is of 2025: not yet.
    const QUuid silent = donor(u"Albert Silencieux"_s, u"albert@example.org"_s);
    gift(m_wetland, silent, QDate(2023, 3, 16), 1000); // three years to the day
    rights::consent(db, silent, u"2022-01-01"_s, u"bulletin papier"_s);
    const QUuid recent = donor(u"Berthe Récente"_s);
    gift(m_wetland, recent, QDate(2023, 3, 17), 1000);
    rights::consent(db, recent, u"2021-01-01"_s, u"bulletin papier"_s);
    const QUuid neverAgreed = donor(u"Charles Sansaccord"_s);
    gift(m_wetland, neverAgreed, QDate(2019, 1, 1), 1000);
    const QUuid consentOnly = donor(u"Denise Inscrite"_s);
    rights::consent(db, consentOnly, u"2022-06-30"_s, u"site web"_s);
    const QUuid renewedConsent = donor(u"Émile Relancé"_s);
    gift(m_wetland, renewedConsent, QDate(2018, 1, 1), 1000);
    rights::consent(db, renewedConsent, u"2025-09-01"_s, u"réponse à la relance"_s);
    const QUuid erased = donor(u"Fanny Effacée"_s);
    gift(m_wetland, erased, QDate(2019, 1, 1), 1000);
    rights::consent(db, erased, u"2019-01-01"_s, u"site web"_s);
    QVERIFY(DonorErasure(db).erase(erased, u"Demande"_s).isEmpty());

    const QList<DonorToAskAgain> renew = DonorRetention(db).consentToRenew();
    QCOMPARE(renew.size(), 2);
    QCOMPARE(renew.at(0).uuid, consentOnly);
    QCOMPARE(renew.at(0).lastContact, QDate(2022, 6, 30));
    QCOMPARE(renew.at(1).uuid, silent);
    QCOMPARE(renew.at(1).name, u"Albert Silencieux"_s);
    QCOMPARE(renew.at(1).email, u"albert@example.org"_s);
    QCOMPARE(renew.at(1).lastContact, QDate(2023, 3, 16));
}

void TestDonorRights::logSaysWhoWhenWhatAndWhyNewestFirst()
{
    Database& db = m_desk->database();
    QVERIFY(
        DonorDataExport(db).write(m_petit, m_desk->filePath(u"petit.json"_s), DonorExportFormat::Json).ok);
    m_clock->advance(60'000);
    qputenv("USER", "president");
    QVERIFY(DonorErasure(db).erase(m_petit, u"Lettre du 12 mars"_s).isEmpty());
    m_clock->advance(60'000);
    QVERIFY(
        DonorDataExport(db).write(m_durand, m_desk->filePath(u"durand.json"_s), DonorExportFormat::Json).ok);

    const QList<PrivacyLogEntry> all = PrivacyRepository(db).entries();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).donorUuid, m_durand);
    QCOMPARE(all.at(1).action, PrivacyAction::Erase);
    QCOMPARE(all.at(1).actor, u"president"_s);
    QCOMPARE(all.at(1).why, u"Lettre du 12 mars"_s);
    QCOMPARE(all.at(1).at, m_clock->now().addSecs(-60));
    QCOMPARE(all.at(2).actor, u"tresoriere"_s);
    const QList<PrivacyLogEntry> petit = PrivacyRepository(db).entries(m_petit);
    QCOMPARE(petit.size(), 2);
    QCOMPARE(petit.at(0).action, PrivacyAction::Erase);
    QCOMPARE(petit.at(1).action, PrivacyAction::Export);
    QCOMPARE(PrivacyRepository(db).entries(std::nullopt, 1).size(), 1);
}

QTEST_MAIN(TestDonorRights)
#include "tst_donor_rights.moc"
