// The push in batches (POST /v1/batch) against a real casedesk-platform process: one batch with
// a written record, a conflict and a refusal; answers lost after the platform applied a batch; a
// platform without batches; the platform's limits.

#include "Samples.h"
#include "SyncTestKit.h"

#include "campaigns/NewsRepository.h"
#include "storage/Outbox.h"
#include "storage/SyncedTable.h"
#include "sync/ConflictStore.h"
#include "sync/SyncKinds.h"
#include "sync/SyncQueue.h"

#include <QJsonDocument>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

class TestSyncBatch : public QObject
{
    Q_OBJECT

private slots:
    void oneBatchWritesConflictsAndRefuses();
    void lostBatchAnswersConvergeWithoutDuplicates();
    void platformWithoutBatchesGetsOneWriteARequest();
    void batchesKeepWithinThePlatformsLimits();
};

// Desk b pushes, in one batch, a new campaign (written), a campaign desk a edited meanwhile (a
// conflict) and news of a campaign desk a deleted (refused): each answer is recorded as a single
// write's would be, and the refusal does not hold the others back.
void TestSyncBatch::oneBatchWritesConflictsAndRefuses()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    const QUuid shared = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    const QUuid doomed = createDraft(a, QStringLiteral("Retenue de Caussade")).sync.uuid;
    QVERIFY(bothConverge(setup));
    rename(a, shared, QStringLiteral("Title from A"));
    a.campaigns().remove(doomed);
    QVERIFY(syncDesk(a, server).converged());

    const QUuid fresh = createDraft(b, QStringLiteral("New on B")).sync.uuid;
    rename(b, shared, QStringLiteral("Title from B"));
    NewsRepository news(b.database());
    NewsItem item
        = newsDraft(doomed, QStringLiteral("Hearing on 12 March"), QStringLiteral("The court heard us."));
    QVERIFY(news.create(item).isEmpty());
    news.publish(item);
    QCOMPARE(Outbox::pendingCount(b.database()), 3);

    const qsizetype logBefore = server.log().size();
    const SyncReport report = syncDesk(b, server);
    const QByteArray log = server.log().mid(logBefore); // b's run
    QCOMPARE(log.count("POST /v1/batch 200"), 1);
    QVERIFY2(!log.contains("PUT /v1/"), log.constData()); // nothing went alone
    QCOMPARE(report.pushed, 1);
    QCOMPARE(report.newConflicts, 1);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors.first().contains(QStringLiteral("/data/campaignId")),
             qPrintable(describe(report)));

    QVERIFY(SyncedTable(b.database(), QStringLiteral("campaigns")).serverVersion(fresh).has_value());
    QVERIFY(!Outbox::hasPending(b.database(), QStringLiteral("campaign"), fresh));
    const QList<SyncConflict> conflicts = ConflictStore(b.database()).openConflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().uuid, shared);
    QCOMPARE(conflicts.first().mine.value(QStringLiteral("title")).toString(),
             QStringLiteral("Title from B"));
    QCOMPARE(b.campaigns().load(shared)->title, QStringLiteral("Title from B"));
    // The refused news waits, its refusal counted: the next attempt is a new request.
    const QList<OutboxEntry> pending = Outbox::pending(b.database());
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().entity, QStringLiteral("news"));
    QCOMPARE(pending.first().refusals, 1);

    int seen = 0;
    const QHash<QString, QJsonObject> onServer = serverCampaigns(server, &seen);
    QCOMPARE(recordField(onServer, shared, QStringLiteral("title")), QStringLiteral("Title from A"));
    QVERIFY(onServer.contains(fresh.toString(QUuid::WithoutBraces)));
}

// Every other batch is applied and its answer lost (seeded): the desk resends it with the same
// keys, gets the stored answers, and the platform holds each write once. The library version
// counts every write the platform applied: exactly the writes the desk made.
void TestSyncBatch::lostBatchAnswersConvergeWithoutDuplicates()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start({ QStringLiteral("--fault-apply-then-drop-rate"), QStringLiteral("0.5"),
                           QStringLiteral("--fault-seed"), QStringLiteral("3") }),
             qPrintable(setup.error()));
    auto& [server, desk, colleague] = setup;
    QList<QUuid> uuids;
    const QString failure = pushFaultWorkload(desk, server, &uuids);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QByteArray log = server.log();
    QVERIFY2(log.contains("POST /v1/batch 200, answer dropped (fault)"), log.constData());

    PlatformClient client(server.baseUrl(), server.token());
    const PlatformReply me = client.sendWithRetries("GET", QStringLiteral("/v1/me"), {}, {});
    QCOMPARE(me.json().value(QStringLiteral("libraryVersion")).toInteger(), 10 + 4 + 1);
    int seen = 0;
    const QHash<QString, QJsonObject> onServer = serverCampaigns(server, &seen);
    QCOMPARE(seen, 10);
    const SyncReport report = syncUntilConverged(colleague, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(liveCampaigns(colleague), 9);
    QCOMPARE(colleague.campaigns().load(uuids.at(3))->title, QStringLiteral("Renamed 3"));
}

// A platform that answers 404 to POST /v1/batch: the desk says so once, sends each record
// alone for the rest of the run, and converges.
void TestSyncBatch::platformWithoutBatchesGetsOneWriteARequest()
{
    PlatformWithDesk setup;
    QVERIFY2(setup.start({ QStringLiteral("--no-batch") }), qPrintable(setup.error()));
    auto& [server, desk] = setup;
    for (int i = 0; i < 6; ++i)
        createDraft(desk, QStringLiteral("Campaign %1").arg(i));
    QStringList lines;
    SyncClient client(desk.database(), fastOptions(server), server.token());
    client.setObserver({ [&](const QString& line) { lines.append(line); }, {}, nullptr });
    const SyncReport report = client.run();
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pushed, 6);
    const QByteArray log = server.log();
    QCOMPARE(log.count("POST /v1/batch 404"), 1); // remembered for the run
    QCOMPARE(log.count("PUT /v1/campaigns/"), 6);
    QCOMPARE(lines.filter(QStringLiteral("one at a time")).size(), 1);

    int seen = 0;
    serverCampaigns(server, &seen);
    QCOMPARE(seen, 6);
}

// The platform names its limits in GET /v1; the desk cuts its batches within them, by writes and
// by bytes, so no batch is refused as too large.
void TestSyncBatch::batchesKeepWithinThePlatformsLimits()
{
    TempDesk first;
    TempDesk second;
    CASEDESK_VERIFY_DESK(first);
    CASEDESK_VERIFY_DESK(second);
    QList<QUuid> uuids;
    for (int i = 0; i < 8; ++i) {
        createDraft(first, QStringLiteral("Campaign %1").arg(i));
        uuids.append(createDraft(second, QStringLiteral("Campaign %1").arg(i)).sync.uuid);
    }

    PlatformProcess byWrites;
    QString error;
    QVERIFY2(byWrites.start({ QStringLiteral("--max-batch-writes"), QStringLiteral("3") }, &error),
             qPrintable(error));
    SyncReport report = syncDesk(first, byWrites); // the desk would send 4 a batch (fastOptions)
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pushed, 8);
    QCOMPARE(byWrites.log().count("POST /v1/batch 200"), 3); // 3, 3, then 2
    QCOMPARE(byWrites.log().count("PUT /v1/campaigns/"), 0);
    QVERIFY(!byWrites.log().contains(" 413 "));

    // Room for two campaigns a batch, not three (the third write would take the batch over).
    int largest = 0;
    for (const QUuid& uuid : std::as_const(uuids)) {
        const QJsonObject document
            = SyncKinds::ofEntity(QStringLiteral("campaign")).document(second.database(), uuid);
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("data"), document } })
                                    .toJson(QJsonDocument::Compact);
        largest = std::max(largest, int(body.size()));
    }
    QVERIFY(largest > 500);
    PlatformProcess byBytes;
    QVERIFY2(
        byBytes.start({ QStringLiteral("--max-batch-bytes"), QString::number(2 * largest + 1000) }, &error),
        qPrintable(error));
    report = syncDesk(second, byBytes);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pushed, 8);
    QCOMPARE(byBytes.log().count("POST /v1/batch 200"), 4);
    QVERIFY2(!byBytes.log().contains(" 413 "), byBytes.log().constData());
}

QTEST_GUILESS_MAIN(TestSyncBatch)
#include "tst_sync_batch.moc"
