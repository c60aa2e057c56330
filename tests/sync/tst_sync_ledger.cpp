// The desk's own ledger shared between two desks of one association, against a real
// casedesk-platform process: donors and the gifts recorded on a desk (kinds "donor" and "gift"),
// their conflicts decided field by field, deletions, the platform's read-only feed donations that
// never go back, and a gift the platform refuses.

#include "Samples.h"
#include "Statements.h"
#include "SyncTestKit.h"

#include "common/Clock.h"
#include "donations/ledger/BankRepository.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "donations/reconcile/ReconciliationPeriodRepository.h"
#include "donations/reconcile/ReconciliationRepository.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "sync/ConflictStore.h"
#include "sync/SyncKinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

class TestSyncLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void giftsAndDonorsTravelConflictAndDelete();
    void receiptFieldsTravelAndAnOlderDesksDocumentKeepsThem();
    void feedDonationsAreNeverPushedBack();
    void refusedGiftDoesNotStopTheOthers();
    void giftLockedInAClosedPeriodIsLoggedAndKept();
};

void TestSyncLedger::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

namespace {

// `casedesk-platform feed add`, as the payment side would. The new record's id.
QString feedAdd(const PlatformProcess& server, const QJsonObject& data)
{
    const QStringList arguments {
        QStringLiteral("feed"),   QStringLiteral("add"),
        QStringLiteral("--data"), server.dataDir(),
        QStringLiteral("--kind"), QStringLiteral("donation"),
        QStringLiteral("--json"), QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))
    };
    int exitCode = -1;
    const QString added = QString::fromUtf8(PlatformProcess::runCommand(arguments, &exitCode));
    return exitCode == 0 ? added.trimmed() : QString();
}

// The live records of one collection the platform holds, by id (through the desk API).
QHash<QString, QJsonObject> serverRecords(const PlatformProcess& server, const QString& collection)
{
    PlatformClient client(server.baseUrl(), server.token());
    const PlatformReply reply
        = client.sendWithRetries("GET", QStringLiteral("/v1/%1?limit=1000").arg(collection), {}, {});
    QHash<QString, QJsonObject> records;
    for (const QJsonValue& value : reply.json().value(QStringLiteral("changes")).toArray()) {
        const QJsonObject record = value.toObject();
        if (!record.value(QStringLiteral("deleted")).toBool())
            records.insert(record.value(QStringLiteral("id")).toString(), record);
    }
    return records;
}

Donor makeDonor(TempDesk& desk, const QString& name, const QString& email)
{
    Donor donor;
    donor.name = name;
    donor.email = email;
    donor.address = QStringLiteral("3 place du Marché\n69001 Lyon");
    donor.consentToContact = true;
    donor.notes = QStringLiteral("Met at the hearing");
    DonorRepository donors(desk.database());
    const QList<FieldProblem> problems = donors.create(donor);
    if (!problems.isEmpty())
        qWarning() << problems.first().message;
    return donor;
}

// Gifts typed by hand go to a campaign that collects: a published one.
QUuid collecting(TempDesk& desk, const QString& title)
{
    return desk.campaigns().import(collectingCampaign(Clock::today(), title)).sync.uuid;
}

Donation makeGift(TempDesk& desk, const QUuid& campaign, const QUuid& donor, qint64 cents,
                  const QString& note)
{
    Donation gift;
    gift.campaignUuid = campaign;
    gift.donorUuid = donor;
    gift.amountCents = cents;
    gift.date = Clock::today().addDays(-3);
    gift.method = DonationMethod::Cheque;
    gift.note = note;
    DonationRepository donations(desk.database());
    const QList<FieldProblem> problems = donations.create(gift);
    if (!problems.isEmpty())
        qWarning() << problems.first().message;
    return gift;
}

// An older desk's write: the document it sends lacks the members it does not know. Over the
// record's current version (`version`), or a new one (none).
int olderDeskPut(const PlatformProcess& server, const QString& collection, const QString& id,
                 const QJsonObject& data, std::optional<qint64> version)
{
    PlatformClient client(server.baseUrl(), server.token());
    QHash<QByteArray, QByteArray> headers { { "Idempotency-Key", QUuid::createUuid().toByteArray() } };
    if (version)
        headers.insert("If-Match", '"' + QByteArray::number(*version) + '"');
    else
        headers.insert("If-None-Match", "*");
    return client
        .sendWithRetries("PUT", QStringLiteral("/v1/%1/%2").arg(collection, id),
                         QJsonDocument(QJsonObject { { QStringLiteral("data"), data } }).toJson(), headers)
        .status;
}

int liveGifts(TempDesk& desk)
{
    return desk.database().scalar(QStringLiteral("SELECT count(*) FROM donations WHERE deleted = 0")).toInt();
}

} // namespace

void TestSyncLedger::giftsAndDonorsTravelConflictAndDelete()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    const QUuid campaign = collecting(a, QStringLiteral("Zone humide"));
    const Donor donor
        = makeDonor(a, QStringLiteral("Élodie Durand"), QStringLiteral("elodie.durand@example.org"));
    QVERIFY(!donor.sync.uuid.isNull());
    const Donation gift = makeGift(a, campaign, donor.sync.uuid, 4200, QStringLiteral("Cheque no. 1234567"));
    QVERIFY(!gift.sync.uuid.isNull());

    SyncReport report = syncDesk(a, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pushed, 3); // the campaign, then the donor, then the gift
    // Private kinds: never on the public side.
    PlatformClient anonymous(server.baseUrl(), {});
    QCOMPARE(anonymous.sendWithRetries("GET", QStringLiteral("/v1/public/gifts"), {}, {}).status, 404);
    QCOMPARE(serverRecords(server, QStringLiteral("gifts")).size(), 1);
    const QJsonObject stored
        = serverRecords(server, QStringLiteral("gifts")).begin()->value(QStringLiteral("data")).toObject();
    QVERIFY(!stored.contains(QStringLiteral("payoutUuid")) && !stored.contains(QStringLiteral("reconciled")));
    QCOMPARE(stored.value(QStringLiteral("method")).toString(), QStringLiteral("cheque"));

    report = syncDesk(b, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pulled, 3);
    DonationRepository giftsA(a.database());
    DonationRepository giftsB(b.database());
    DonorRepository donorsB(b.database());
    const std::optional<Donor> donorOnB = donorsB.load(donor.sync.uuid);
    QVERIFY(donorOnB);
    QCOMPARE(donorOnB->name, donor.name);
    QCOMPARE(donorOnB->address, donor.address);
    QVERIFY(donorOnB->consentToContact);
    QCOMPARE(donorOnB->notes, donor.notes);
    const std::optional<DonationRow> row = giftsB.row(gift.sync.uuid);
    QVERIFY(row);
    QCOMPARE(row->amountCents, 4200);
    QCOMPARE(row->donorName, donor.name); // the copies the donations view sorts and searches on
    QCOMPARE(row->campaignTitle, QStringLiteral("Zone humide"));
    QCOMPARE(row->campaignUuid, campaign);
    QCOMPARE(row->method, DonationMethod::Cheque);
    QCOMPARE(giftsB.load(gift.sync.uuid)->note, gift.note);
    DonationQuery search;
    search.search = QStringLiteral("elodie");
    QCOMPARE(giftsB.count(search), 1);
    QCOMPARE(Outbox::pendingCount(b.database()), 0); // nothing pulled is queued again

    // B corrects the note while A corrects the amount.
    Donation onB = *giftsB.load(gift.sync.uuid);
    onB.note = QStringLiteral("Cheque no. 1234567, deposited");
    QVERIFY(giftsB.save(onB).isEmpty());
    Donation onA = *giftsA.load(gift.sync.uuid);
    onA.amountCents = 4500;
    QVERIFY(giftsA.save(onA).isEmpty());
    QVERIFY(syncDesk(a, server).converged());
    report = syncDesk(b, server);
    QCOMPARE(report.newConflicts, 1);
    QCOMPARE(giftsB.load(gift.sync.uuid)->note, onB.note); // not overwritten

    ConflictResolver resolver(b.database());
    const QList<SyncConflict> conflicts = resolver.openConflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().entity, QStringLiteral("donation"));
    QVERIFY(resolver.title(conflicts.first()).contains(QStringLiteral("42")));
    const QList<ConflictField> fields = resolver.fields(conflicts.first());
    QCOMPARE(fields.size(), ConflictResolver::fieldNames(QStringLiteral("donation")).size());
    const ConflictField amount = fieldNamed(fields, QStringLiteral("amountCents"));
    QVERIFY(amount.differs && amount.choosable);
    QVERIFY(amount.mine.contains(QStringLiteral("42")));
    QVERIFY(amount.theirs.contains(QStringLiteral("45")));
    QVERIFY(fieldNamed(fields, QStringLiteral("note")).differs);
    QVERIFY(!fieldNamed(fields, QStringLiteral("date")).differs);
    QCOMPARE(fieldNamed(fields, QStringLiteral("donorId")).mine, donor.name);

    // Their amount, my note.
    ConflictChoices choices;
    choices.defaultSide = ConflictSide::Theirs;
    choices.fields.insert(QStringLiteral("note"), ConflictSide::Mine);
    const ConflictResolution outcome = resolver.resolve(conflicts.first().id, choices);
    QVERIFY(outcome.queued);
    QVERIFY(resolver.openConflicts().isEmpty());
    QCOMPARE(giftsB.load(gift.sync.uuid)->amountCents, 4500);
    QCOMPARE(SyncKinds::pendingCount(b.database()), 1);

    report = syncDesk(b, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pushed, 1);
    report = syncDesk(a, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    for (TempDesk* desk : { &a, &b }) {
        DonationRepository gifts(desk->database());
        const Donation decided = *gifts.load(gift.sync.uuid);
        QCOMPARE(decided.amountCents, 4500);
        QCOMPARE(decided.note, onB.note);
        QCOMPARE(liveGifts(*desk), 1);
        QCOMPARE(SyncKinds::pendingCount(desk->database()), 0);
        QVERIFY(ConflictStore(desk->database()).openConflicts().isEmpty());
    }
    QCOMPARE(syncDesk(a, server).pulled + syncDesk(b, server).pulled, 0);

    // A deletes the gift: gone from B too.
    giftsA.remove(gift.sync.uuid);
    QVERIFY(syncDesk(a, server).converged());
    report = syncDesk(b, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QVERIFY(!giftsB.load(gift.sync.uuid));
    QCOMPARE(liveGifts(b), 0);
    QVERIFY(donorsB.load(donor.sync.uuid)); // the donor stays
}

// A company donor's SIREN, the receipts it wants, its consent's date and source, and a gift's
// counterpart reach the other desk and come back changed. A desk of an older version sends a donor
// and a gift without them: both desks keep theirs, and a donor new to them takes the defaults.
// The platform refuses a counterpart above the gift and an unknown code.
void TestSyncLedger::receiptFieldsTravelAndAnOlderDesksDocumentKeepsThem()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    const QUuid campaign = collecting(a, QStringLiteral("Zone humide"));
    Donor company;
    company.name = QStringLiteral("Scierie Dubois SARL");
    company.address = QStringLiteral("2 chemin du Moulin\n81000 Albi");
    company.legalKind = DonorLegalKind::Company;
    company.siren = QStringLiteral("900100207");
    company.receiptChoice = ReceiptChoice::Annual;
    company.consentToContact = true;
    company.consentDate = QDate(2025, 11, 4);
    company.consentSource = QStringLiteral("bulletin papier");
    DonorRepository donorsA(a.database());
    DonorRepository donorsB(b.database());
    QVERIFY(donorsA.create(company).isEmpty());
    Donation gift = makeGift(a, campaign, company.sync.uuid, 6000, QStringLiteral("Cheque"));
    gift.counterpartCents = 1500;
    DonationRepository giftsA(a.database());
    DonationRepository giftsB(b.database());
    QVERIFY(giftsA.save(gift).isEmpty());
    QVERIFY(bothConverge(setup));

    const std::optional<Donor> onB = donorsB.load(company.sync.uuid);
    QVERIFY(onB);
    QCOMPARE(onB->legalKind, DonorLegalKind::Company);
    QCOMPARE(onB->siren, company.siren);
    QCOMPARE(onB->receiptChoice, ReceiptChoice::Annual);
    QCOMPARE(onB->consentDate, company.consentDate);
    QCOMPARE(onB->consentSource, company.consentSource);
    QCOMPARE(giftsB.load(gift.sync.uuid)->counterpartCents, 1500);

    // B changes them; A receives the changes, an unknown consent date included.
    Donor changed = *onB;
    changed.receiptChoice = ReceiptChoice::None;
    changed.consentDate = QDate();
    changed.consentSource = QStringLiteral("formulaire Ulule");
    QVERIFY(donorsB.save(changed).isEmpty());
    Donation reward = *giftsB.load(gift.sync.uuid);
    reward.counterpartCents = 2500;
    QVERIFY(giftsB.save(reward).isEmpty());
    QVERIFY(syncDesk(b, server).converged());
    SyncReport report = syncDesk(a, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    const Donor back = *donorsA.load(company.sync.uuid);
    QCOMPARE(back.receiptChoice, ReceiptChoice::None);
    QVERIFY(!back.consentDate.isValid());
    QCOMPARE(back.consentSource, QStringLiteral("formulaire Ulule"));
    QCOMPARE(back.siren, company.siren);
    QCOMPARE(giftsA.load(gift.sync.uuid)->counterpartCents, 2500);

    // An older desk renames the donor and notes the gift, with documents that lack the new members.
    const QString donorId = SqlValues::uuidText(company.sync.uuid);
    const QString giftId = SqlValues::uuidText(gift.sync.uuid);
    const QJsonObject storedDonor = serverRecords(server, QStringLiteral("donors")).value(donorId);
    const QJsonObject storedGift = serverRecords(server, QStringLiteral("gifts")).value(giftId);
    QJsonObject oldDonor { { QStringLiteral("name"), QStringLiteral("Scierie Dubois") },
                           { QStringLiteral("address"), company.address },
                           { QStringLiteral("consentToContact"), true } };
    QCOMPARE(olderDeskPut(server, QStringLiteral("donors"), donorId, oldDonor,
                          storedDonor.value(QStringLiteral("version")).toInteger()),
             200);
    QJsonObject oldGift = storedGift.value(QStringLiteral("data")).toObject();
    oldGift.remove(QStringLiteral("counterpartCents"));
    oldGift.insert(QStringLiteral("note"), QStringLiteral("Cheque, thanked"));
    QCOMPARE(olderDeskPut(server, QStringLiteral("gifts"), giftId, oldGift,
                          storedGift.value(QStringLiteral("version")).toInteger()),
             200);
    // And records a donor of its own.
    const QString newcomer = SqlValues::uuidText(QUuid::createUuid());
    QCOMPARE(olderDeskPut(server, QStringLiteral("donors"), newcomer,
                          { { QStringLiteral("name"), QStringLiteral("Jean Martin") } }, std::nullopt),
             201);
    for (TempDesk* desk : { &a, &b }) {
        report = syncDesk(*desk, server);
        QVERIFY2(report.converged(), qPrintable(describe(report)));
        const Donor kept = *DonorRepository(desk->database()).load(company.sync.uuid);
        QCOMPARE(kept.name, QStringLiteral("Scierie Dubois"));
        QCOMPARE(kept.legalKind, DonorLegalKind::Company);
        QCOMPARE(kept.siren, company.siren);
        QCOMPARE(kept.receiptChoice, ReceiptChoice::None);
        QCOMPARE(kept.consentSource, QStringLiteral("formulaire Ulule"));
        const Donation keptGift = *DonationRepository(desk->database()).load(gift.sync.uuid);
        QCOMPARE(keptGift.note, QStringLiteral("Cheque, thanked"));
        QCOMPARE(keptGift.counterpartCents, 2500);
        const Donor fresh = *DonorRepository(desk->database()).load(QUuid::fromString(newcomer));
        QCOMPARE(fresh.legalKind, DonorLegalKind::Person);
        QCOMPARE(fresh.receiptChoice, ReceiptChoice::PerGift);
        QVERIFY(!fresh.consentDate.isValid());
        QCOMPARE(SyncKinds::pendingCount(desk->database()), 0);
    }

    // The platform checks what it is given.
    const QJsonObject current = serverRecords(server, QStringLiteral("gifts")).value(giftId);
    QJsonObject tooMuch = current.value(QStringLiteral("data")).toObject();
    tooMuch.insert(QStringLiteral("counterpartCents"), 6001);
    QCOMPARE(olderDeskPut(server, QStringLiteral("gifts"), giftId, tooMuch,
                          current.value(QStringLiteral("version")).toInteger()),
             422);
    QCOMPARE(olderDeskPut(server, QStringLiteral("donors"), SqlValues::uuidText(QUuid::createUuid()),
                          { { QStringLiteral("name"), QStringLiteral("X") },
                            { QStringLiteral("legalKind"), QStringLiteral("association") } },
                          std::nullopt),
             422);
}

void TestSyncLedger::feedDonationsAreNeverPushedBack()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    const QUuid campaign = collecting(a, QStringLiteral("Zone humide"));
    QVERIFY(syncDesk(a, server).converged());
    const QJsonObject feed { { QStringLiteral("campaignId"), SqlValues::uuidText(campaign) },
                             { QStringLiteral("amountCents"), 5000 },
                             { QStringLiteral("currency"), QStringLiteral("EUR") },
                             { QStringLiteral("date"), QStringLiteral("2026-11-02") },
                             { QStringLiteral("status"), QStringLiteral("paid") },
                             { QStringLiteral("donor"),
                               QJsonObject {
                                   { QStringLiteral("id"), QStringLiteral("alice") },
                                   { QStringLiteral("name"), QStringLiteral("Alice Martin") },
                                   { QStringLiteral("email"), QStringLiteral("alice@example.org") } } } };
    QVERIFY(!feedAdd(server, feed).isEmpty());
    SyncReport report = syncDesk(a, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(liveGifts(a), 1);

    // The treasurer annotates the feed's donation: queued like every change, yet not waiting to
    // sync and never sent (every desk has it from the feed).
    DonationRepository giftsA(a.database());
    const QUuid fed = QUuid::fromString(
        a.database().scalar(QStringLiteral("SELECT uuid FROM donations WHERE deleted = 0")).toString());
    Donation annotated = *giftsA.load(fed);
    annotated.note = QStringLiteral("Thanked by phone");
    QVERIFY(giftsA.save(annotated).isEmpty());
    QCOMPARE(Outbox::pendingCount(a.database()), 1);
    QCOMPARE(SyncKinds::pendingCount(a.database()), 0);
    report = syncDesk(a, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pushed, 0);
    QVERIFY(serverRecords(server, QStringLiteral("gifts")).isEmpty());

    // A cheque from the same person: the gift and the donor the feed created both travel.
    const Donation cheque = makeGift(a, campaign, annotated.donorUuid, 3000, QStringLiteral("Cheque"));
    report = syncDesk(a, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pushed, 2);
    QCOMPARE(serverRecords(server, QStringLiteral("gifts")).size(), 1);
    QCOMPARE(serverRecords(server, QStringLiteral("donors")).size(), 1);

    report = syncDesk(b, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(liveGifts(b), 2); // the feed's donation and the cheque, each once
    const std::optional<DonationRow> onB = DonationRepository(b.database()).row(cheque.sync.uuid);
    QVERIFY(onB);
    QCOMPARE(onB->donorName, QStringLiteral("Alice Martin"));
    QCOMPARE(onB->amountCents, 3000);
    QCOMPARE(SyncKinds::pendingCount(b.database()), 0);
    QCOMPARE(syncDesk(a, server).pulled + syncDesk(b, server).pulled, 0);
}

void TestSyncLedger::refusedGiftDoesNotStopTheOthers()
{
    PlatformWithDesk setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a] = setup;
    const QUuid campaign = collecting(a, QStringLiteral("Zone humide"));
    const Donation bad = makeGift(a, campaign, {}, 1000, QStringLiteral("Cash at the stand"));
    const Donation good = makeGift(a, campaign, {}, 2000, QStringLiteral("Transfer"));
    // A date the platform refuses (the desk's own checks would not let one be typed).
    a.database().exec(QStringLiteral("UPDATE donations SET date = '2026-02-30' WHERE uuid = ?"),
                      { SqlValues::uuidText(bad.sync.uuid) });

    const SyncReport report = syncDesk(a, server);
    QVERIFY(!report.converged());
    QCOMPARE(report.errors.size(), 1);
    const QString line = report.errors.first();
    QVERIFY2(line.contains(QStringLiteral("422")) && line.contains(QStringLiteral("date"))
                 && line.contains(QStringLiteral("2026-02-30")),
             qPrintable(line));
    QCOMPARE(report.pushed, 2); // the campaign and the good gift
    QCOMPARE(report.pending, 1);
    const QHash<QString, QJsonObject> gifts = serverRecords(server, QStringLiteral("gifts"));
    QCOMPARE(gifts.size(), 1);
    QVERIFY(gifts.contains(SqlValues::uuidText(good.sync.uuid)));
}

// B's treasurer reconciled the gift and closed the period: A's change of its amount, then its
// deletion, are left out on B with a line each in the log, and never block B's sync; a change of
// its note alone is taken.
void TestSyncLedger::giftLockedInAClosedPeriodIsLoggedAndKept()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    const QUuid campaign = collecting(a, QStringLiteral("Zone humide"));
    const Donation gift = makeGift(a, campaign, {}, 5000, QStringLiteral("Transfer"));
    QVERIFY(bothConverge(setup));

    const ParsedStatement statement
        = statementOf(gift.date.addDays(-2), gift.date.addDays(1),
                      { creditLine(gift.date.addDays(1), 5000, QStringLiteral("VIR DURAND DON"),
                                   QStringLiteral("REF-1")) });
    const ImportResult imported = importStatement(b.database(), statement, QStringLiteral("releve.xml"));
    const QList<BankLine> lines = BankRepository(b.database()).lines(imported.statementUuid);
    QCOMPARE(lines.size(), 1);
    ReconciliationRepository reconciliation(b.database());
    const ReconcileResult matched = reconciliation.matchManually(
        SqlValues::uuidText(lines.first().sync.uuid),
        { TargetRef { TargetKind::Donation, SqlValues::uuidText(gift.sync.uuid), 5000 } });
    QVERIFY2(matched.ok, qPrintable(matched.message));
    const ReconcileResult closed
        = ReconciliationPeriodRepository(b.database())
              .closePeriod(statement.accountIban, statement.fromDate, statement.toDate);
    QVERIFY2(closed.ok, qPrintable(closed.message));
    QVERIFY(syncDesk(b, server).converged()); // the bank side stays on B: nothing to send

    const auto syncLogged = [&](QStringList* log) {
        SyncClient client(b.database(), fastOptions(server), server.token());
        client.setObserver({ [&](const QString& line) { log->append(line); }, {}, nullptr });
        return client.run();
    };
    DonationRepository giftsA(a.database());
    DonationRepository giftsB(b.database());
    Donation onA = *giftsA.load(gift.sync.uuid);
    onA.note = QStringLiteral("Transfer, thanked");
    QVERIFY(giftsA.save(onA).isEmpty());
    QVERIFY(syncDesk(a, server).converged());
    QStringList log;
    SyncReport report = syncLogged(&log);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(giftsB.load(gift.sync.uuid)->note, onA.note); // the note is not locked

    onA = *giftsA.load(gift.sync.uuid);
    onA.amountCents = 6000;
    QVERIFY(giftsA.save(onA).isEmpty());
    QVERIFY(syncDesk(a, server).converged());
    log.clear();
    report = syncLogged(&log);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(giftsB.load(gift.sync.uuid)->amountCents, 5000);
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QStringLiteral("reopen that period")),
             qPrintable(log.join(QLatin1Char('\n'))));

    giftsA.remove(gift.sync.uuid);
    report = syncDesk(a, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    log.clear();
    report = syncLogged(&log);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QVERIFY(giftsB.load(gift.sync.uuid));
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QStringLiteral("deletion")),
             qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY(syncDesk(b, server).converged()); // nothing is stuck
}

QTEST_GUILESS_MAIN(TestSyncLedger)
#include "tst_sync_ledger.moc"
