// The records that travel besides campaigns, against a real casedesk-platform process: public
// evidence with its files, news updates, and the platform's donations and payouts pulled into the
// ledger (with a refund a closed period holds).

#include "Samples.h"
#include "Statements.h"
#include "SyncTestKit.h"

#include "campaigns/NewsRepository.h"
#include "common/Clock.h"
#include "donations/ledger/BankRepository.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/reconcile/ReconciliationPeriodRepository.h"
#include "donations/reconcile/ReconciliationRepository.h"
#include "evidence/EvidenceRepository.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "sync/ConflictStore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

class TestSyncRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publicEvidenceTravelsWithItsFile();
    void evidenceEditedOnBothDesksIsAConflict();
    void fileDownloadSurvivesFaults();
    void publishedNewsTravelBetweenDesks();
    void newsEditedOnBothDesksIsResolvedPerField();
    void platformDonationsAndPayoutsReachTheLedger();
    void unreadableFeedRecordIsLoggedNotSilent();
    void refundInAClosedPeriodIsLoggedAndDoesNotBlock();
};

void TestSyncRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

namespace {

// `casedesk-platform feed add`, as the payment side would; `id` replaces that record. The new id.
QString feedAdd(const PlatformProcess& server, const QString& kind, const QJsonObject& data,
                const QString& id = {})
{
    QStringList arguments {
        QStringLiteral("feed"),   QStringLiteral("add"),
        QStringLiteral("--data"), server.dataDir(),
        QStringLiteral("--kind"), kind,
        QStringLiteral("--json"), QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))
    };
    if (!id.isEmpty())
        arguments << QStringLiteral("--id") << id;
    int exitCode = -1;
    const QString added = QString::fromUtf8(PlatformProcess::runCommand(arguments, &exitCode));
    return exitCode == 0 ? added : QString();
}

QJsonObject feedDonation(const QString& campaignId, qint64 cents, const QString& status, const QString& name)
{
    return { { QStringLiteral("campaignId"), campaignId },
             { QStringLiteral("amountCents"), cents },
             { QStringLiteral("currency"), QStringLiteral("EUR") },
             { QStringLiteral("date"), QStringLiteral("2026-11-02") },
             { QStringLiteral("status"), status },
             { QStringLiteral("donor"),
               QJsonObject { { QStringLiteral("id"), name.toLower() },
                             { QStringLiteral("name"), name },
                             { QStringLiteral("email"), name.toLower() + QStringLiteral("@example.org") },
                             { QStringLiteral("address"), QStringLiteral("1 rue des Lilas\n75011 Paris") },
                             { QStringLiteral("consentToContact"), true } } } };
}

} // namespace

void TestSyncRecords::platformDonationsAndPayoutsReachTheLedger()
{
    PlatformWithDesk setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, desk] = setup;
    const QUuid campaign = createDraft(desk, QStringLiteral("Zone humide")).sync.uuid;
    QVERIFY(syncDesk(desk, server).converged());
    const QString campaignId = campaign.toString(QUuid::WithoutBraces);

    const QString alice
        = feedAdd(server, QStringLiteral("donation"),
                  feedDonation(campaignId, 5000, QStringLiteral("paid"), QStringLiteral("Alice")));
    QJsonObject second = feedDonation(campaignId, 2500, QStringLiteral("paid"), QStringLiteral("Bruno"));
    second.insert(QStringLiteral("orderId"), QStringLiteral("ORD-2"));
    const QString bruno = feedAdd(server, QStringLiteral("donation"), second);
    QVERIFY(!alice.isEmpty() && !bruno.isEmpty());
    const QJsonObject payout { { QStringLiteral("campaignId"), campaignId },
                               { QStringLiteral("date"), QStringLiteral("2026-11-20") },
                               { QStringLiteral("reference"), QStringLiteral("PAYOUT-2026-11") },
                               { QStringLiteral("grossCents"), 7500 },
                               { QStringLiteral("commissionCents"), 375 },
                               { QStringLiteral("paymentFeesCents"), 150 },
                               { QStringLiteral("netCents"), 6975 },
                               { QStringLiteral("donationIds"),
                                 QJsonArray { alice, QStringLiteral("ORD-2") } } };
    QVERIFY(!feedAdd(server, QStringLiteral("payout"), payout).isEmpty());
    // The feed stays read-only for the platform's checks too: an unknown status is refused.
    QVERIFY(feedAdd(server, QStringLiteral("donation"),
                    feedDonation(campaignId, 100, QStringLiteral("stolen"), QStringLiteral("Eve")))
                .isEmpty());

    const SyncReport report = syncDesk(desk, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pulled, 3);
    DonationRepository donations(desk.database());
    DonationQuery query;
    query.campaign = campaign;
    const auto byOrder = [&] {
        QHash<QString, Donation> found;
        for (const DonationRow& row : donations.rows(query, 0, 10))
            found.insert(row.platformOrderId, *donations.load(row.uuid));
        return found;
    };
    QHash<QString, Donation> ledger = byOrder();
    QCOMPARE(donations.count(query), 2);
    QCOMPARE(ledger.keys().size(), 2);
    QCOMPARE(ledger.value(alice).amountCents, 5000);
    QCOMPARE(ledger.value(QStringLiteral("ORD-2")).amountCents, 2500);
    QCOMPARE(ledger.value(alice).platform, QStringLiteral("platform"));
    const QList<Payout> payouts = donations.payouts(campaign);
    QCOMPARE(payouts.size(), 1);
    QCOMPARE(payouts.first().reference, QStringLiteral("PAYOUT-2026-11"));
    QCOMPARE(payouts.first().netCents, 6975);
    QCOMPARE(payouts.first().commissionCents, 375);
    for (const Donation& donation : ledger)
        QCOMPARE(donation.payoutUuid, payouts.first().sync.uuid);
    // Read-only: nothing the pull wrote waits to be sent.
    QCOMPARE(Outbox::pendingCount(desk.database()), 0);

    const SyncReport again = syncDesk(desk, server);
    QVERIFY2(again.converged(), qPrintable(describe(again)));
    QCOMPARE(again.pulled, 0);
    QCOMPARE(donations.count(query), 2);

    // The payment side refunds Alice: the same record, a new version.
    QCOMPARE(feedAdd(server, QStringLiteral("donation"),
                     feedDonation(campaignId, 5000, QStringLiteral("refunded"), QStringLiteral("Alice")),
                     alice),
             alice);
    const SyncReport refunded = syncDesk(desk, server);
    QVERIFY2(refunded.converged(), qPrintable(describe(refunded)));
    QCOMPARE(refunded.pulled, 1);
    QCOMPARE(donations.count(query), 2);
    ledger = byOrder();
    QCOMPARE(ledger.value(alice).status, DonationStatus::Refunded);
    QCOMPARE(ledger.value(QStringLiteral("ORD-2")).status, DonationStatus::Paid);
    QCOMPARE(desk.database().scalar(QStringLiteral("SELECT count(*) FROM donors")).toInt(), 2);
    QCOMPARE(Outbox::pendingCount(desk.database()), 0);
}

void TestSyncRecords::unreadableFeedRecordIsLoggedNotSilent()
{
    PlatformWithDesk setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, desk] = setup;
    const QUuid campaign = createDraft(desk, QStringLiteral("Zone humide")).sync.uuid;
    QVERIFY(syncDesk(desk, server).converged());
    QJsonObject undated = feedDonation(campaign.toString(QUuid::WithoutBraces), 1000, QStringLiteral("paid"),
                                       QStringLiteral("Chloé"));
    undated.remove(QStringLiteral("date")); // the platform's light checks let it through
    const QString id = feedAdd(server, QStringLiteral("donation"), undated);
    QVERIFY(!id.isEmpty());
    QStringList lines;
    SyncClient client(desk.database(), fastOptions(server), server.token());
    client.setObserver({ [&](const QString& line) { lines.append(line); }, {}, nullptr });
    QVERIFY(client.run().converged());
    const QString log = lines.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(id) && log.contains(QStringLiteral("left out")), qPrintable(log));
    QCOMPARE(desk.database().scalar(QStringLiteral("SELECT count(*) FROM donations")).toInt(), 0);
}

namespace {

QString writeFile(TempDesk& desk, const QString& name, const QByteArray& bytes)
{
    QFile file(desk.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

EvidenceMetadata pieceMetadata(const QString& title, bool isPublic)
{
    EvidenceMetadata metadata;
    metadata.title = title;
    metadata.documentDate = QDate(2025, 3, 14);
    metadata.source = QStringLiteral("Cabinet Martin");
    metadata.description = QStringLiteral("Description of ") + title;
    metadata.tags = { QStringLiteral("expertise"), QStringLiteral("eau") };
    metadata.isPublic = isPublic;
    return metadata;
}

QByteArray vaultBytes(TempDesk& desk, const QByteArray& sha256)
{
    QFile file(Vault(Vault::pathForDesk(desk.path())).filePath(sha256));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestSyncRecords::publicEvidenceTravelsWithItsFile()
{
    PlatformWithTwoDesks setup;
    // Small chunks, so the larger file goes up in several.
    QVERIFY2(setup.start({ QStringLiteral("--max-chunk-bytes"), QStringLiteral("65536") }),
             qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    EvidenceRepository evidenceA(a.database(), Vault(Vault::pathForDesk(a.path())));
    EvidenceRepository evidenceB(b.database(), Vault(Vault::pathForDesk(b.path())));

    const QUuid campaign = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    QByteArray large(200000, Qt::Uninitialized);
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char((i * 7919) % 251);
    const QByteArray small = QByteArrayLiteral("Constat du 14 mars 2025 : la zone est inondée.\n");
    const EvidencePiece constat
        = evidenceA
              .attachFile(campaign, writeFile(a, QStringLiteral("constat.txt"), small),
                          pieceMetadata(QStringLiteral("Constat d'huissier"), true))
              .piece;
    const EvidencePiece report = evidenceA
                                     .attachFile(campaign, writeFile(a, QStringLiteral("rapport.bin"), large),
                                                 pieceMetadata(QStringLiteral("Rapport d'expertise"), true))
                                     .piece;
    const EvidencePiece note = evidenceA
                                   .attachFile(campaign, writeFile(a, QStringLiteral("note.txt"), "interne"),
                                               pieceMetadata(QStringLiteral("Note interne"), false))
                                   .piece;
    QCOMPARE(Outbox::pendingCount(a.database()), 3); // the private note is never queued
    // The campaign saved after its pieces: its outbox entry is now behind theirs.
    rename(a, campaign, QStringLiteral("Zone humide, 2e version"));

    SyncReport sent = syncDesk(a, server);
    QVERIFY2(sent.converged(), qPrintable(describe(sent)));
    QCOMPARE(sent.pushed, 3);
    const qsizetype blobPuts = server.log().count("PUT /v1/blobs/");
    QCOMPARE(blobPuts, 1 + 4); // the small file whole, then 200000 bytes in 64 KiB chunks

    const SyncReport received = syncDesk(b, server);
    QVERIFY2(received.converged(), qPrintable(describe(received)));
    QCOMPARE(received.pulled, 3);
    QCOMPARE(evidenceB.pieces(campaign).size(), 2);
    for (const EvidencePiece& mine : { constat, report }) {
        const std::optional<EvidencePiece> theirs = evidenceB.load(mine.sync.uuid);
        QVERIFY(theirs);
        QCOMPARE(theirs->number, mine.number);
        QCOMPARE(theirs->metadata.title, mine.metadata.title);
        QCOMPARE(theirs->metadata.documentDate, mine.metadata.documentDate);
        QCOMPARE(theirs->metadata.tags, mine.metadata.tags);
        QCOMPARE(theirs->originalName, mine.originalName);
        QCOMPARE(theirs->sha256, mine.sha256);
        QCOMPARE(theirs->size, mine.size);
        QCOMPARE(vaultBytes(b, theirs->sha256), vaultBytes(a, mine.sha256));
        QVERIFY(theirs->sync.serverVersion.has_value());
    }
    QCOMPARE(vaultBytes(b, report.sha256), large);
    QVERIFY(!evidenceB.load(note.sync.uuid));
    QVERIFY(!Vault(Vault::pathForDesk(b.path())).contains(note.sha256));
    QVERIFY(evidenceB.verify().isEmpty());
    QCOMPARE(Outbox::pendingCount(b.database()), 0); // pulled pieces are not queued back

    // Converged: A's next run sends no file again and receives no copy of its own pieces.
    sent = syncDesk(a, server);
    QVERIFY2(sent.converged(), qPrintable(describe(sent)));
    QCOMPARE(sent.pushed + sent.pulled, 0);
    QCOMPARE(evidenceA.pieces(campaign).size(), 3);
    QCOMPARE(server.log().count("PUT /v1/blobs/"), blobPuts);

    // A title changed on B comes back to A; the file is already there (HEAD), not sent again.
    EvidencePiece renamed = *evidenceB.load(report.sync.uuid);
    renamed.metadata.title = QStringLiteral("Rapport d'expertise, version finale");
    evidenceB.update(renamed);
    sent = syncDesk(b, server);
    QVERIFY2(sent.converged(), qPrintable(describe(sent)));
    QCOMPARE(sent.pushed, 1);
    QVERIFY2(syncDesk(a, server).converged(), "pull of the new title");
    const EvidencePiece back = *evidenceA.load(report.sync.uuid);
    QCOMPARE(back.metadata.title, QStringLiteral("Rapport d'expertise, version finale"));
    QCOMPARE(back.number, report.number);
    QCOMPARE(back.sha256, report.sha256);
    QCOMPARE(server.log().count("PUT /v1/blobs/"), blobPuts);

    // A number clash: B's own private piece is no. 3; A's note made public keeps both, renumbered.
    const EvidencePiece bOwn = evidenceB
                                   .attachFile(campaign, writeFile(b, QStringLiteral("b.txt"), "de B"),
                                               pieceMetadata(QStringLiteral("Note de B"), false))
                                   .piece;
    QCOMPARE(bOwn.number, 3);
    EvidencePiece published = *evidenceA.load(note.sync.uuid);
    published.metadata.isPublic = true;
    evidenceA.update(published);
    QVERIFY2(syncDesk(a, server).converged(), "push of the note");
    QStringList lines;
    SyncClient clientB(b.database(), fastOptions(server), server.token());
    clientB.setObserver({ [&](const QString& line) { lines.append(line); }, {}, nullptr });
    QVERIFY(clientB.run().converged());
    QCOMPARE(evidenceB.load(bOwn.sync.uuid)->number, 3);
    QCOMPARE(evidenceB.load(note.sync.uuid)->number, 4);
    QCOMPARE(vaultBytes(b, note.sha256), QByteArray("interne"));
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("no. 4")),
             qPrintable(lines.join(QLatin1Char('\n'))));

    // Made private, or deleted, on A: the platform takes it down, and so does B.
    EvidencePiece hidden = *evidenceA.load(constat.sync.uuid);
    hidden.metadata.isPublic = false;
    evidenceA.update(hidden);
    evidenceA.remove(report.sync.uuid);
    sent = syncDesk(a, server);
    QVERIFY2(sent.converged(), qPrintable(describe(sent)));
    QCOMPARE(sent.pushed, 2);
    QVERIFY(syncDesk(b, server).converged());
    QVERIFY(!evidenceB.load(constat.sync.uuid));
    QVERIFY(!evidenceB.load(report.sync.uuid));
    QCOMPARE(evidenceB.pieces(campaign).size(), 2);
    QVERIFY(evidenceA.load(constat.sync.uuid)); // still on A, private

    // An interrupted upload resumes where the platform's copy stops (Upload-Offset).
    QByteArray resumed(150000, Qt::Uninitialized);
    for (qsizetype i = 0; i < resumed.size(); ++i)
        resumed[i] = char((i * 31) % 253);
    const QByteArray hash = QCryptographicHash::hash(resumed, QCryptographicHash::Sha256).toHex();
    PlatformClient direct(server.baseUrl(), server.token());
    QCOMPARE(direct
                 .send("PUT", QStringLiteral("/v1/blobs/") + QString::fromLatin1(hash), resumed.left(65536),
                       { { "Content-Range", "bytes 0-65535/150000" } })
                 .status,
             202);
    const qsizetype putsBefore = server.log().count("PUT /v1/blobs/");
    evidenceA.attachFile(campaign, writeFile(a, QStringLiteral("suite.bin"), resumed),
                         pieceMetadata(QStringLiteral("Suite du rapport"), true));
    sent = syncDesk(a, server);
    QVERIFY2(sent.converged(), qPrintable(describe(sent)));
    QCOMPARE(server.log().count("PUT /v1/blobs/") - putsBefore, 2); // 65536-131071, then the rest
    QVERIFY(syncDesk(b, server).converged());
    QCOMPARE(vaultBytes(b, hash), resumed);
}

// The file arrives in the vault exactly, though the platform fails or drops a third of the
// requests: every attempt of a download starts the file again, and only the whole, verified copy
// is kept.
void TestSyncRecords::fileDownloadSurvivesFaults()
{
    QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 131) % 241);
    for (const QStringList& faults :
         { QStringList { QStringLiteral("--fault-500-rate"), QStringLiteral("0.3") },
           QStringList { QStringLiteral("--fault-drop-rate"), QStringLiteral("0.3") } }) {
        PlatformWithTwoDesks setup;
        QVERIFY2(setup.start(faults + QStringList { QStringLiteral("--fault-seed"), QStringLiteral("1") }),
                 qPrintable(setup.error()));
        auto& [server, sender, receiver] = setup;
        EvidenceRepository evidence(sender.database(), Vault(Vault::pathForDesk(sender.path())));
        const QUuid campaign = createDraft(sender, QStringLiteral("Zone humide")).sync.uuid;
        const EvidencePiece piece
            = evidence
                  .attachFile(campaign, writeFile(sender, QStringLiteral("plan.bin"), bytes),
                              pieceMetadata(QStringLiteral("Plan du site"), true))
                  .piece;
        const SyncReport sent = syncUntilConverged(sender, server, 8);
        QVERIFY2(sent.converged(),
                 qPrintable(faults.join(QLatin1Char(' ')) + QLatin1Char(' ') + describe(sent)));
        const SyncReport received = syncUntilConverged(receiver, server, 8);
        QVERIFY2(received.converged(),
                 qPrintable(faults.join(QLatin1Char(' ')) + QLatin1Char(' ') + describe(received)));
        QCOMPARE(vaultBytes(receiver, piece.sha256), bytes);
        QVERIFY(
            QDir(Vault::pathForDesk(receiver.path())).entryList({ QStringLiteral("download-*") }).isEmpty());
        // The seed makes the platform fail the first download (a 500, then a dropped connection):
        // the retry, into an emptied file, is what this checks.
        QVERIFY2(server.log().count("GET /v1/blobs/") >= 2, server.log().constData());
    }
}

void TestSyncRecords::evidenceEditedOnBothDesksIsAConflict()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    EvidenceRepository evidenceA(a.database(), Vault(Vault::pathForDesk(a.path())));
    EvidenceRepository evidenceB(b.database(), Vault(Vault::pathForDesk(b.path())));
    const QUuid campaign = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    const QUuid piece = evidenceA
                            .attachFile(campaign, writeFile(a, QStringLiteral("constat.txt"), "constat"),
                                        pieceMetadata(QStringLiteral("Constat"), true))
                            .piece.sync.uuid;
    QVERIFY(bothConverge(setup));

    EvidencePiece onA = *evidenceA.load(piece);
    onA.metadata.title = QStringLiteral("Constat, par A");
    onA.metadata.description = QStringLiteral("Relevé de A");
    evidenceA.update(onA);
    EvidencePiece onB = *evidenceB.load(piece);
    onB.metadata.title = QStringLiteral("Constat, par B");
    onB.metadata.description = QStringLiteral("Relevé de B");
    onB.metadata.source = QStringLiteral("Huissier B");
    evidenceB.update(onB);
    QVERIFY(syncDesk(a, server).converged());
    const SyncReport report = syncDesk(b, server);
    QCOMPARE(report.newConflicts, 1);
    QCOMPARE(evidenceB.load(piece)->metadata.title, QStringLiteral("Constat, par B")); // not overwritten

    // Decided field by field like a campaign: my title and source, their description.
    ConflictResolver resolver(b.database());
    const QList<SyncConflict> conflicts = resolver.openConflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().entity, QStringLiteral("evidence"));
    QCOMPARE(resolver.title(conflicts.first()), QStringLiteral("Constat, par B"));
    const QList<ConflictField> fields = resolver.fields(conflicts.first());
    QStringList shown;
    for (const ConflictField& field : fields)
        shown.append(field.field);
    QCOMPARE(shown, ConflictResolver::fieldNames(QStringLiteral("evidence"))); // no file fields, no number
    QCOMPARE(choosableSides(fieldNamed(fields, QStringLiteral("title"))),
             QStringList({ QStringLiteral("Constat, par B"), QStringLiteral("Constat, par A") }));
    QVERIFY(fieldNamed(fields, QStringLiteral("description")).differs);
    QVERIFY(fieldNamed(fields, QStringLiteral("source")).differs);
    QVERIFY(!fieldNamed(fields, QStringLiteral("public")).differs);
    QVERIFY(!fieldNamed(fields, QStringLiteral("tags")).differs);
    ConflictChoices choices;
    choices.defaultSide = ConflictSide::Theirs;
    choices.fields.insert(QStringLiteral("title"), ConflictSide::Mine);
    choices.fields.insert(QStringLiteral("source"), ConflictSide::Mine);
    const qint64 revisionBefore = evidenceB.load(piece)->sync.revision;
    const ConflictResolution outcome = resolver.resolve(conflicts.first().id, choices);
    QVERIFY(outcome.queued);
    QVERIFY(!outcome.deleted);
    QVERIFY(resolver.openConflicts().isEmpty());
    const EvidencePiece resolved = *evidenceB.load(piece);
    QVERIFY(resolved.sync.revision > revisionBefore);
    QCOMPARE(resolved.sync.serverVersion, conflicts.first().serverVersion);
    QCOMPARE(Outbox::pendingCount(b.database()), 1);
    QCOMPARE(liveCampaigns(b), 1); // written as a piece, not as a campaign

    SyncReport synced = syncDesk(b, server);
    QVERIFY2(synced.converged(), qPrintable(describe(synced)));
    QCOMPARE(synced.pushed, 1);
    synced = syncDesk(a, server);
    QVERIFY2(synced.converged(), qPrintable(describe(synced)));
    for (EvidenceRepository* evidence : { &evidenceA, &evidenceB }) {
        const EvidencePiece p = *evidence->load(piece);
        QCOMPARE(p.metadata.title, QStringLiteral("Constat, par B"));
        QCOMPARE(p.metadata.description, QStringLiteral("Relevé de A"));
        QCOMPARE(p.metadata.source, QStringLiteral("Huissier B"));
        QCOMPARE(p.number, 1);
        QCOMPARE(p.sha256, onA.sha256);
    }
    for (TempDesk* desk : { &a, &b }) {
        QCOMPARE(Outbox::pendingCount(desk->database()), 0);
        QVERIFY(ConflictStore(desk->database()).openConflicts().isEmpty());
        QCOMPARE(desk->database().scalar(QStringLiteral("SELECT count(*) FROM evidence")).toInt(), 1);
    }
    QCOMPARE(syncDesk(a, server).pulled + syncDesk(b, server).pulled, 0);

    // A kind without a write path here (a payout: only the platform's feed writes them) stays
    // refused, and open.
    ConflictStore store(b.database());
    QVERIFY(store.record({ 0,
                           QStringLiteral("payout"),
                           QUuid::createUuid(),
                           1,
                           1,
                           { { QStringLiteral("name"), 1 } },
                           {},
                           {} }));
    const QList<SyncConflict> other = resolver.openConflicts();
    QCOMPARE(other.size(), 1);
    QVERIFY(resolver.fields(other.first()).size() <= 1);
    QVERIFY_THROWS_EXCEPTION(DatabaseError, resolver.resolve(other.first().id, { ConflictSide::Theirs, {} }));
    QCOMPARE(resolver.openConflicts().size(), 1);
    QCOMPARE(liveCampaigns(b), 1);
}

// Both desks edit one published news item: a conflict on the second, decided field by field, and
// both desks converge on the decision.
void TestSyncRecords::newsEditedOnBothDesksIsResolvedPerField()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    NewsRepository newsA(a.database());
    NewsRepository newsB(b.database());
    const QUuid campaign = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    NewsItem item
        = newsDraft(campaign, QStringLiteral("Hearing on 12 March"), QStringLiteral("The court heard us."));
    QVERIFY(newsA.create(item).isEmpty());
    newsA.publish(item);
    QVERIFY(bothConverge(setup));

    NewsItem onA = *newsA.load(item.sync.uuid);
    onA.title = QStringLiteral("Hearing, by A");
    onA.body = QStringLiteral("Body by A.");
    QVERIFY(newsA.save(onA).isEmpty());
    NewsItem onB = *newsB.load(item.sync.uuid);
    onB.title = QStringLiteral("Hearing, by B");
    onB.body = QStringLiteral("Body by B.");
    QVERIFY(newsB.save(onB).isEmpty());
    QVERIFY(syncDesk(a, server).converged());
    const SyncReport report = syncDesk(b, server);
    QCOMPARE(report.newConflicts, 1);
    QCOMPARE(newsB.load(item.sync.uuid)->title, QStringLiteral("Hearing, by B")); // not overwritten

    ConflictResolver resolver(b.database());
    const QList<SyncConflict> conflicts = resolver.openConflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().entity, QStringLiteral("news"));
    const QList<ConflictField> fields = resolver.fields(conflicts.first());
    QCOMPARE(fields.size(), 3);
    QCOMPARE(choosableSides(fieldNamed(fields, QStringLiteral("title"))),
             QStringList({ QStringLiteral("Hearing, by B"), QStringLiteral("Hearing, by A") }));
    QVERIFY(fieldNamed(fields, QStringLiteral("body")).differs);
    QVERIFY(!fieldNamed(fields, QStringLiteral("publishedAt")).differs);
    QVERIFY(!fieldNamed(fields, QStringLiteral("publishedAt")).mine.isEmpty());

    // My title, their body.
    ConflictChoices choices;
    choices.defaultSide = ConflictSide::Theirs;
    choices.fields.insert(QStringLiteral("title"), ConflictSide::Mine);
    const qint64 revisionBefore = newsB.load(item.sync.uuid)->sync.revision;
    const ConflictResolution outcome = resolver.resolve(conflicts.first().id, choices);
    QVERIFY(outcome.queued);
    QVERIFY(resolver.openConflicts().isEmpty());
    const NewsItem resolved = *newsB.load(item.sync.uuid);
    QVERIFY(resolved.sync.revision > revisionBefore);
    QCOMPARE(resolved.sync.serverVersion, conflicts.first().serverVersion);
    QCOMPARE(Outbox::pendingCount(b.database()), 1);

    SyncReport synced = syncDesk(b, server);
    QVERIFY2(synced.converged(), qPrintable(describe(synced)));
    QCOMPARE(synced.pushed, 1);
    synced = syncDesk(a, server);
    QVERIFY2(synced.converged(), qPrintable(describe(synced)));
    for (NewsRepository* news : { &newsA, &newsB }) {
        const NewsItem n = *news->load(item.sync.uuid);
        QCOMPARE(n.title, QStringLiteral("Hearing, by B"));
        QCOMPARE(n.body, QStringLiteral("Body by A."));
        QCOMPARE(n.publishedAt, item.publishedAt);
        QCOMPARE(news->list(campaign).size(), 1);
    }
    for (TempDesk* desk : { &a, &b }) {
        QCOMPARE(Outbox::pendingCount(desk->database()), 0);
        QVERIFY(ConflictStore(desk->database()).openConflicts().isEmpty());
    }
    QCOMPARE(syncDesk(a, server).pulled + syncDesk(b, server).pulled, 0);
}

// A's published news reach B, B's edit comes back to A, and A's unpublishing takes it off B;
// a draft never leaves its desk.
void TestSyncRecords::publishedNewsTravelBetweenDesks()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    NewsRepository newsA(a.database());
    NewsRepository newsB(b.database());
    const QUuid campaign = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    NewsItem item = newsDraft(campaign, QStringLiteral("Hearing on 12 March"),
                              QStringLiteral("The court heard our **arguments**."));
    QVERIFY(newsA.create(item).isEmpty());
    newsA.publish(item);
    NewsItem draft = newsDraft(campaign, QStringLiteral("Not yet"));
    QVERIFY(newsA.create(draft).isEmpty());
    SyncReport report = syncDesk(a, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pushed, 2); // the campaign, then the published news

    report = syncDesk(b, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    std::optional<NewsItem> onB = newsB.load(item.sync.uuid);
    QVERIFY(onB);
    QCOMPARE(onB->campaignUuid, campaign);
    QCOMPARE(onB->title, QStringLiteral("Hearing on 12 March"));
    QCOMPARE(onB->body, item.body);
    QCOMPARE(onB->publishedAt, item.publishedAt);
    QVERIFY(!newsB.load(draft.sync.uuid));
    QCOMPARE(newsB.list(campaign).size(), 1);

    onB->title = QStringLiteral("Hearing on 12 March: the court heard our arguments");
    QVERIFY(newsB.save(*onB).isEmpty());
    report = syncDesk(b, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pushed, 1);
    report = syncDesk(a, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    std::optional<NewsItem> onA = newsA.load(item.sync.uuid);
    QVERIFY(onA);
    QCOMPARE(onA->title, QStringLiteral("Hearing on 12 March: the court heard our arguments"));

    newsA.unpublish(*onA);
    report = syncDesk(a, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    report = syncDesk(b, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QVERIFY(!newsB.load(item.sync.uuid));
    QVERIFY(newsB.list(campaign).isEmpty());
    // A keeps it as a draft.
    QVERIFY(newsA.load(item.sync.uuid));
    QVERIFY(!newsA.load(item.sync.uuid)->isPublished());
    QCOMPARE(ConflictStore(a.database()).openConflicts().size(), 0);
    QCOMPARE(ConflictStore(b.database()).openConflicts().size(), 0);
}

// A refund arrives for a donation the treasurer reconciled in a period since closed: the lock holds,
// the user is told why, and the sync is not stuck on that page forever.
void TestSyncRecords::refundInAClosedPeriodIsLoggedAndDoesNotBlock()
{
    PlatformWithDesk setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, desk] = setup;
    const QUuid campaign = createDraft(desk, QStringLiteral("Zone humide")).sync.uuid;
    QVERIFY(syncDesk(desk, server).converged());
    const QString campaignId = campaign.toString(QUuid::WithoutBraces);
    const QString alice
        = feedAdd(server, QStringLiteral("donation"),
                  feedDonation(campaignId, 5000, QStringLiteral("paid"), QStringLiteral("Alice")));
    QVERIFY(!alice.isEmpty());
    QVERIFY(syncDesk(desk, server).converged());
    DonationRepository donations(desk.database());
    const QList<DonationRow> rows = donations.rows(DonationQuery {}, 0, 10);
    QCOMPARE(rows.size(), 1);

    // The bank statement of November, the donation matched to its credit, the period closed.
    const ParsedStatement statement = statementOf(
        QDate(2026, 11, 1), QDate(2026, 11, 30),
        { creditLine(QDate(2026, 11, 3), 5000, QStringLiteral("VIR ALICE DON"), QStringLiteral("REF-1")) });
    const ImportResult imported = importStatement(desk.database(), statement, QStringLiteral("novembre.xml"));
    BankRepository bank(desk.database());
    const QList<BankLine> lines = bank.lines(imported.statementUuid);
    QCOMPARE(lines.size(), 1);
    ReconciliationRepository reconciliation(desk.database());
    const ReconcileResult matched = reconciliation.matchManually(
        SqlValues::uuidText(lines.first().sync.uuid),
        { TargetRef { TargetKind::Donation, SqlValues::uuidText(rows.first().uuid), 5000 } });
    QVERIFY2(matched.ok, qPrintable(matched.message));
    const ReconcileResult closed
        = ReconciliationPeriodRepository(desk.database())
              .closePeriod(statement.accountIban, QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY2(closed.ok, qPrintable(closed.message));

    QCOMPARE(feedAdd(server, QStringLiteral("donation"),
                     feedDonation(campaignId, 5000, QStringLiteral("refunded"), QStringLiteral("Alice")),
                     alice),
             alice);
    QStringList log;
    SyncClient client(desk.database(), fastOptions(server), server.token());
    client.setObserver({ [&](const QString& line) { log.append(line); }, {}, nullptr });
    const SyncReport report = client.run();
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    const QString said = log.join(QLatin1Char('\n'));
    QVERIFY2(said.contains(alice) && said.contains(QStringLiteral("refunded")), qPrintable(said));
    QCOMPARE(donations.load(rows.first().uuid)->status, DonationStatus::Paid);
    // The next sync goes on: nothing is stuck on that page.
    QVERIFY(syncDesk(desk, server).converged());
}

QTEST_GUILESS_MAIN(TestSyncRecords)
#include "tst_sync_records.moc"
