// The records a sync pull receives from the platform, through the functions that turn a pulled
// JSON record into the desk's records: each kind's pull step in the table of sync kinds
// (SyncKinds: campaign, evidence, news, procedure, milestone, donor, gift) and, for the read-only
// feed's donations and payouts, LedgerFeed::import. They write, so they run on a real
// desk in a temporary folder, inside one transaction per input that is rolled back, as a page
// whose transaction failed: every input meets the same desk.
//
// The desk holds a record of each kind (received at init through the same functions, from
// kBaseRecords below) and local edits of some of them waiting in the outbox, so a pulled record
// can be new, a newer version, the echo of a push, or a conflict. The seeds and the dictionary use
// the same ids. An input is a page ({"changes": [...]}), an array of records, or one record. A
// record the desk refuses with DatabaseError is an expected outcome (the page is not applied);
// anything else that escapes is a finding.

#include "FuzzSupport.h"

#include "campaigns/CampaignRepository.h"
#include "evidence/Vault.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"
#include "storage/Outbox.h"
#include "sync/LedgerFeed.h"
#include "sync/SyncKinds.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

using namespace casedesk;

namespace {

// The evidence file's bytes; its SHA-256 is the one kBaseRecords and the seeds name.
const QByteArray kPieceBytes = "CaseDesk fuzz piece\n";

// One record of each kind, as the platform's feed gives them.
const char kBaseRecords[] = R"({"changes": [
{"kind": "campaign", "id": "11111111-1111-4111-8111-111111111111", "version": 1, "deleted": false,
 "data": {"title": "Sauvons la haie", "summary": "s", "description": "d", "cause": "environment",
          "harm": "h", "legalBasis": "l", "court": "TA Lyon", "opposingParty": "o", "goalCents": 1000000,
          "endDate": "2030-01-31", "status": "published", "howMoneyUsed": "u",
          "budgetLines": [{"uuid": "12121212-1212-4121-8121-121212121212", "kind": "lawyer_fees",
                           "label": "Avocat", "amountCents": 900000}],
          "pressArticles": [{"uuid": "13131313-1313-4131-8131-131313131313", "title": "t",
                             "outlet": "Le Progrès", "url": "https://example.org/a", "date": "2029-05-01"}]}},
{"kind": "campaign", "id": "22222222-2222-4222-8222-222222222222", "version": 2, "deleted": false,
 "data": {"title": "Aéroport", "cause": "environment", "goalCents": 500000, "status": "draft",
          "budgetLines": [], "pressArticles": []}},
{"kind": "procedure", "id": "33333333-3333-4333-8333-333333333333", "version": 3, "deleted": false,
 "data": {"campaignId": "11111111-1111-4111-8111-111111111111", "court": "tribunal-administratif",
          "courtName": "TA de Lyon", "kind": "recours-exces-pouvoir", "caseNumber": "2301234",
          "lawyer": "Me X", "parties": "A c/ B", "status": "pending", "region": "metropole", "notes": ""}},
{"kind": "milestone", "id": "55555555-5555-4555-8555-555555555555", "version": 4, "deleted": false,
 "data": {"procedureId": "33333333-3333-4333-8333-333333333333",
          "campaignId": "11111111-1111-4111-8111-111111111111", "kind": "notification",
          "date": "2029-10-01", "title": "Jugement notifié", "note": "", "done": false, "public": false}},
{"kind": "milestone", "id": "56565656-5656-4565-8565-565656565656", "version": 5, "deleted": false,
 "data": {"procedureId": "33333333-3333-4333-8333-333333333333",
          "campaignId": "11111111-1111-4111-8111-111111111111", "kind": "deadline",
          "date": "2029-12-03", "title": "Appel", "ruleId": "caa-r811-2", "startDate": "2029-10-01",
          "sourceId": "55555555-5555-4555-8555-555555555555", "done": false, "public": false}},
{"kind": "news", "id": "99999999-9999-4999-8999-999999999999", "version": 6, "deleted": false,
 "data": {"campaignId": "11111111-1111-4111-8111-111111111111", "title": "Audience fixée",
          "body": "Le **12 mars**.", "publishedAt": "2029-11-02T10:00:00Z"}},
{"kind": "evidence", "id": "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "version": 7, "deleted": false,
 "data": {"campaignId": "11111111-1111-4111-8111-111111111111", "number": 1, "title": "Arrêté",
          "date": "2029-01-15", "source": "Préfecture", "description": "", "tags": ["arrêté"],
          "originalName": "arrete.pdf", "mediaType": "application/pdf", "size": 20,
          "sha256": "SHA256", "public": true}},
{"kind": "donor", "id": "66666666-6666-4666-8666-666666666666", "version": 8, "deleted": false,
 "data": {"name": "Jeanne Dupont", "email": "jeanne@example.org", "address": "1 rue X\n69000 Lyon",
          "consentToContact": true, "platformRef": "", "notes": ""}},
{"kind": "gift", "id": "88888888-8888-4888-8888-888888888888", "version": 9, "deleted": false,
 "data": {"campaignId": "11111111-1111-4111-8111-111111111111",
          "donorId": "66666666-6666-4666-8666-666666666666", "amountCents": 5000, "currency": "EUR",
          "date": "2029-11-03", "method": "cheque", "platform": "", "platformOrderId": "",
          "status": "paid", "note": "", "importKey": ""}},
{"kind": "donation", "id": "d1d1d1d1-d1d1-4d1d-8d1d-d1d1d1d1d1d1", "version": 10, "deleted": false,
 "data": {"campaignId": "11111111-1111-4111-8111-111111111111", "orderId": "order-1",
          "amountCents": 2500, "currency": "EUR", "date": "2029-11-04", "status": "paid",
          "payoutId": "e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1",
          "donor": {"id": "u1", "name": "Paul", "email": "paul@example.org", "consentToContact": false}}},
{"kind": "payout", "id": "e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1", "version": 11, "deleted": false,
 "data": {"campaignId": "11111111-1111-4111-8111-111111111111", "reference": "PAYOUT-1",
          "date": "2029-11-10", "grossCents": 2500, "commissionCents": 100, "paymentFeesCents": 25,
          "netCents": 2375, "donationIds": ["order-1"]}}
]})";

struct Desk
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    QString vaultRoot;
};

Desk* desk = nullptr;

QList<QJsonObject> recordsOf(const QJsonDocument& document)
{
    QJsonArray array;
    if (document.isArray())
        array = document.array();
    else if (document.object().contains(QStringLiteral("changes")))
        array = document.object().value(QStringLiteral("changes")).toArray();
    else
        array.append(document.object());
    QList<QJsonObject> records;
    for (const QJsonValue& value : array)
        records.append(value.toObject());
    return records;
}

// As SyncClient::applyPage, inside the caller's transaction: each record through its kind's
// pull step (SyncKinds), the feed's donations and payouts together at the end (LedgerFeed).
void applyPage(Database& database, const QList<QJsonObject>& records, const QString& vaultRoot)
{
    PullContext context { database, vaultRoot, {}, {} };
    for (const QJsonObject& record : records) {
        const SyncKind* kind = SyncKinds::findWireKind(record.value(QStringLiteral("kind")).toString());
        if (kind && kind->applyPulled)
            kind->applyPulled(context, record);
    }
    LedgerFeed::import(database, context.feedRecords);
}

void makeDesk()
{
    desk = new Desk;
    const QString path = desk->dir.filePath(QStringLiteral("desk.db"));
    desk->database = std::make_unique<Database>(QStringLiteral("fuzz"));
    QString error;
    if (!desk->database->open(path, &error)) {
        fprintf(stderr, "fuzz_sync_records: %s\n", qPrintable(error));
        abort();
    }
    desk->vaultRoot = Vault::pathForDesk(path);
    const Vault vault(desk->vaultRoot);
    const QString source = desk->dir.filePath(QStringLiteral("piece.pdf"));
    QFile file(source);
    bool stored = file.open(QIODevice::WriteOnly) && file.write(kPieceBytes) == kPieceBytes.size();
    file.close();
    bool already = false;
    const StageResult staged
        = vault.prepare(&error) ? vault.stage(source, Vault::kDefaultMaxFileBytes) : StageResult {};
    stored = stored && staged.ok() && vault.commit(staged.file, &already, &error);
    if (!stored) {
        fprintf(stderr, "fuzz_sync_records: the vault: %s\n", qPrintable(error + staged.message));
        abort();
    }
    const QByteArray base = QByteArray(kBaseRecords).replace("SHA256", staged.file.sha256);
    WriteTransaction transaction(*desk->database);
    applyPage(*desk->database, recordsOf(QJsonDocument::fromJson(base)), desk->vaultRoot);
    // Local edits not pushed yet: a pulled change of these records is a conflict.
    for (const char* entity : { "campaign", "procedure", "donor" }) {
        const QString name = QString::fromLatin1(entity);
        const QString table = SyncKinds::ofEntity(name).table;
        const QString uuid = name == QLatin1String("campaign")
            ? QStringLiteral("22222222-2222-4222-8222-222222222222")
            : name == QLatin1String("procedure") ? QStringLiteral("33333333-3333-4333-8333-333333333333")
                                                 : QStringLiteral("66666666-6666-4666-8666-666666666666");
        desk->database->exec(
            QStringLiteral("UPDATE %1 SET revision = revision + 1 WHERE uuid = ?").arg(table), { uuid });
        Outbox::enqueue(
            *desk->database, name, QUuid::fromString(uuid), Outbox::Operation::Upsert,
            desk->database
                ->scalar(QStringLiteral("SELECT revision FROM %1 WHERE uuid = ?").arg(table), { uuid })
                .toLongLong());
    }
    transaction.commit();
    // The base must really be there, or the fuzzing would meet an empty desk and prove little.
    const QList<std::pair<QString, int>> expected
        = { { QStringLiteral("campaigns"), 2 },  { QStringLiteral("procedures"), 1 },
            { QStringLiteral("milestones"), 2 }, { QStringLiteral("campaign_news"), 1 },
            { QStringLiteral("evidence"), 1 },   { QStringLiteral("donations"), 2 },
            { QStringLiteral("payouts"), 1 } };
    for (const auto& [table, count] : expected) {
        const int found
            = desk->database->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
        if (found != count) {
            fprintf(stderr, "fuzz_sync_records: %d rows in %s, %d expected\n", found, qPrintable(table),
                    count);
            abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    try {
        makeDesk();
    } catch (const DatabaseError& e) {
        fprintf(stderr, "fuzz_sync_records: the base records: %s\n", qPrintable(e.message()));
        abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (document.isNull())
        return 0;
    try {
        WriteTransaction page(*desk->database); // never committed: rolled back when it goes
        applyPage(*desk->database, recordsOf(document), desk->vaultRoot);
    } catch (const DatabaseError&) {
        // The desk refused the page, as SyncClient would report it; nothing was applied.
    }
    return 0;
}
