// The desk's sync engine (models/sync) against a real casedesk-platform process: two desks on
// one campaign, a week offline, every fault switch, and a token canary.

#include "BoardSupport.h"
#include "Samples.h"
#include "SyncTestKit.h"

#include "common/Clock.h"
#include "evidence/Vault.h"
#include "storage/DatabaseError.h"
#include "storage/Outbox.h"
#include "sync/ConflictResolver.h"
#include "sync/ConflictStore.h"
#include "sync/Credentials.h"
#include "sync/SyncClient.h"
#include "sync/SyncKinds.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QMutex logMutex;
QByteArray capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoDesksEditingOneCampaignMakeOneConflict();
    void aWeekOfflineConverges();
    void faultsOnlyDelay_data();
    void faultsOnlyDelay();
    void tokenNeverLeaksToDiskOrLogs();
    void plainHttpOnlyForLoopback();
    void conflictResolvedPerFieldConverges();
    void deletionAgainstEditKeepMineRestores();
    void pulledStatusMoveIsInTheHistory();
    void theAssociationStaysOnTheDeskAndAnUnknownKindIsSaid();
    void retryAfterIsHonoured();
    void observerSeesProgressAndLog();
    void pulledAmountBeyondTheDesksRangeIsRefused();
};

void TestSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSync::twoDesksEditingOneCampaignMakeOneConflict()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;

    const Campaign campaign = createDraft(a, QStringLiteral("Zone humide"));
    QVERIFY2(syncDesk(a, server).converged(), "first push");
    const SyncReport pulled = syncDesk(b, server);
    QVERIFY2(pulled.converged(), qPrintable(describe(pulled)));
    QCOMPARE(pulled.pulled, 1);
    QCOMPARE(b.campaigns().load(campaign.sync.uuid)->budgetLines, campaign.budgetLines);

    rename(a, campaign.sync.uuid, QStringLiteral("Title from A"));
    rename(b, campaign.sync.uuid, QStringLiteral("Title from B"));
    QVERIFY(syncDesk(a, server).converged());
    const SyncReport second = syncDesk(b, server);
    QCOMPARE(second.newConflicts, 1);
    QVERIFY(!second.converged());

    // Nothing overwritten on either side; the conflict holds both versions.
    QCOMPARE(b.campaigns().load(campaign.sync.uuid)->title, QStringLiteral("Title from B"));
    int seen = 0;
    const QHash<QString, QJsonObject> onServer = serverCampaigns(server, &seen);
    const QString id = campaign.sync.uuid.toString(QUuid::WithoutBraces);
    QCOMPARE(
        onServer.value(id).value(QStringLiteral("data")).toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("Title from A"));
    ConflictStore store(b.database());
    const QList<SyncConflict> conflicts = store.openConflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().mine.value(QStringLiteral("title")).toString(),
             QStringLiteral("Title from B"));
    QCOMPARE(conflicts.first().theirs.value(QStringLiteral("data")).toObject().value(QStringLiteral("title")),
             QJsonValue(QStringLiteral("Title from A")));

    // Another run adds no second conflict and still overwrites nothing.
    const SyncReport third = syncDesk(b, server);
    QVERIFY2(third.converged(), qPrintable(describe(third)));
    QCOMPARE(store.openConflicts().size(), 1);
    QCOMPARE(b.campaigns().load(campaign.sync.uuid)->title, QStringLiteral("Title from B"));
}

void TestSync::aWeekOfflineConverges()
{
    PlatformWithDesk setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, desk] = setup;

    QList<QUuid> uuids;
    for (int i = 0; i < 8; ++i)
        uuids.append(createDraft(desk, QStringLiteral("Campaign %1").arg(i)).sync.uuid);
    // Autosave during a week of work: many saves per campaign, one outbox entry each.
    for (int day = 0; day < 7; ++day) {
        for (int i = 0; i < uuids.size(); ++i)
            rename(desk, uuids.at(i), QStringLiteral("Campaign %1, day %2").arg(i).arg(day));
    }
    desk.campaigns().remove(uuids.takeLast());
    QCOMPARE(Outbox::pendingCount(desk.database()), 8);

    const SyncReport report = syncDesk(desk, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pushed, 7);
    QCOMPARE(Outbox::pendingCount(desk.database()), 0);

    int seen = 0;
    const QHash<QString, QJsonObject> onServer = serverCampaigns(server, &seen);
    QCOMPARE(seen, 7); // the campaign deleted before it ever left the desk never reached the platform
    for (int i = 0; i < uuids.size(); ++i) {
        QCOMPARE(recordField(onServer, uuids.at(i), QStringLiteral("title")),
                 QStringLiteral("Campaign %1, day 6").arg(i));
    }

    TempDesk colleague;
    CASEDESK_VERIFY_DESK(colleague);
    QVERIFY(syncDesk(colleague, server).converged());
    QCOMPARE(liveCampaigns(colleague), 7);
    QCOMPARE(colleague.campaigns().load(uuids.first())->title, QStringLiteral("Campaign 0, day 6"));
}

void TestSync::faultsOnlyDelay_data()
{
    QTest::addColumn<QStringList>("faults");
    const QStringList seed { QStringLiteral("--fault-seed"), QStringLiteral("42") };
    QTest::newRow("500s") << QStringList { QStringLiteral("--fault-500-rate"), QStringLiteral("0.3") } + seed;
    QTest::newRow("drops") << QStringList { QStringLiteral("--fault-drop-rate"), QStringLiteral("0.3") }
            + seed;
    QTest::newRow("applied, answer lost")
        << QStringList { QStringLiteral("--fault-apply-then-drop-rate"), QStringLiteral("0.3") } + seed;
    QTest::newRow("latency") << QStringList { QStringLiteral("--fault-latency-ms"), QStringLiteral("40") }
            + seed;
}

void TestSync::faultsOnlyDelay()
{
    QFETCH(QStringList, faults);
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(faults), qPrintable(setup.error()));
    auto& [server, desk, colleague] = setup;

    // Updates and a deletion after the first push: If-Match paths under the same faults.
    QList<QUuid> uuids;
    const QString failure = pushFaultWorkload(desk, server, &uuids);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    int seen = 0;
    const QHash<QString, QJsonObject> onServer = serverCampaigns(server, &seen);
    QCOMPARE(seen, 10); // exactly one record per campaign
    QCOMPARE(onServer.size(), 10);
    QVERIFY(
        onServer.value(uuids.at(9).toString(QUuid::WithoutBraces)).value(QStringLiteral("deleted")).toBool());

    const SyncReport report = syncUntilConverged(colleague, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(liveCampaigns(colleague), 9);
    QCOMPARE(colleague.database().scalar(QStringLiteral("SELECT count(*) FROM campaigns")).toInt(), 9);
    QCOMPARE(colleague.campaigns().load(uuids.at(0))->title, QStringLiteral("Renamed 0"));
    QCOMPARE(liveCampaigns(desk), 9);
    // The switch really fired (Qt's own silent resend of idempotent methods hides some of it).
    const QByteArray log = server.log();
    if (!faults.contains(QStringLiteral("--fault-latency-ms")))
        QVERIFY2(log.contains("(fault)") || log.contains(" 500 "), "no fault was injected");
}

void TestSync::tokenNeverLeaksToDiskOrLogs()
{
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    const QByteArray token = server.token();
    QVERIFY(token.size() >= 20);

    QLoggingCategory::setFilterRules(QStringLiteral("casedesk.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    {
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        MemoryCredentials credentials; // the no-keychain path: memory for the session only
        const QString key = server.baseUrl();
        QVERIFY(credentials.setToken(key, token, &error));
        createDraft(desk, QStringLiteral("Canary"));
        SyncClient client(desk.database(), fastOptions(server), *credentials.token(key, &error));
        QVERIFY(client.run().converged());

        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile file(desk.path() + suffix);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(token), qPrintable(desk.path() + suffix));
        }
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    const QStringList settingsRoots { QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                      QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                                      QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) };
    for (const QString& root : settingsRoots) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(token), qPrintable(file.fileName()));
        }
    }
    const QMutexLocker lock(&logMutex);
    QVERIFY2(capturedLog.contains("casedesk.sync"), "the sync logged nothing: the canary proves nothing");
    QVERIFY(!capturedLog.contains(token));
    QVERIFY(!server.log().contains(token));
}

void TestSync::plainHttpOnlyForLoopback()
{
    QString error;
    QVERIFY(SyncClient::isAcceptableServer(QUrl(QStringLiteral("https://platform.example.org")), &error));
    QVERIFY(SyncClient::isAcceptableServer(QUrl(QStringLiteral("http://127.0.0.1:8080")), &error));
    QVERIFY(!SyncClient::isAcceptableServer(QUrl(QStringLiteral("http://platform.example.org")), &error));
    QVERIFY(!error.isEmpty());
}

namespace {

// Two desks that share campaign `uuid` through `server`, then each edits it: desk b ends with one
// open conflict (a pushed first).
QUuid makeConflict(TempDesk& a, TempDesk& b, const PlatformProcess& server,
                   const std::function<void(Campaign&)>& editA, const std::function<void(Campaign&)>& editB)
{
    const QUuid uuid = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    if (!syncDesk(a, server).converged() || !syncDesk(b, server).converged())
        return {};
    Campaign onA = *a.campaigns().load(uuid);
    editA(onA);
    a.campaigns().save(onA);
    Campaign onB = *b.campaigns().load(uuid);
    editB(onB);
    b.campaigns().save(onB);
    if (!syncDesk(a, server).converged() || syncDesk(b, server).newConflicts != 1)
        return {};
    return uuid;
}

} // namespace

void TestSync::conflictResolvedPerFieldConverges()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    const QUuid uuid = makeConflict(
        a, b, server,
        [](Campaign& c) {
            c.title = QStringLiteral("Title from A");
            c.summary = QStringLiteral("Summary from A");
        },
        [](Campaign& c) {
            c.title = QStringLiteral("Title from B");
            c.court = QStringLiteral("Court from B");
        });
    QVERIFY(!uuid.isNull());

    ConflictResolver resolver(b.database());
    const QList<SyncConflict> conflicts = resolver.openConflicts();
    QCOMPARE(conflicts.size(), 1);
    const QList<ConflictField> fields = resolver.fields(conflicts.first());
    QCOMPARE(choosableSides(fieldNamed(fields, QStringLiteral("title"))),
             QStringList({ QStringLiteral("Title from B"), QStringLiteral("Title from A") }));
    QVERIFY(fieldNamed(fields, QStringLiteral("summary")).differs);
    QVERIFY(fieldNamed(fields, QStringLiteral("court")).differs);
    QVERIFY(!fieldNamed(fields, QStringLiteral("budgetLines")).differs);
    QVERIFY(fieldNamed(fields, QStringLiteral("deleted")).field.isEmpty()); // both sides live

    // My title and court, their summary.
    ConflictChoices choices;
    choices.defaultSide = ConflictSide::Theirs;
    choices.fields.insert(QStringLiteral("title"), ConflictSide::Mine);
    choices.fields.insert(QStringLiteral("court"), ConflictSide::Mine);
    const qint64 revisionBefore = b.campaigns().load(uuid)->sync.revision;
    const ConflictResolution outcome = resolver.resolve(conflicts.first().id, choices);
    QVERIFY(outcome.queued);
    QVERIFY(resolver.openConflicts().isEmpty());
    const Campaign resolved = *b.campaigns().load(uuid);
    QVERIFY(resolved.sync.revision > revisionBefore);
    QCOMPARE(resolved.sync.serverVersion, conflicts.first().serverVersion);
    QCOMPARE(Outbox::pendingCount(b.database()), 1);

    const SyncReport pushed = syncDesk(b, server);
    QVERIFY2(pushed.converged(), qPrintable(describe(pushed)));
    QCOMPARE(pushed.pushed, 1);
    const SyncReport pulled = syncDesk(a, server);
    QVERIFY2(pulled.converged(), qPrintable(describe(pulled)));
    for (TempDesk* desk : { &a, &b }) {
        const Campaign c = *desk->campaigns().load(uuid);
        QCOMPARE(c.title, QStringLiteral("Title from B"));
        QCOMPARE(c.summary, QStringLiteral("Summary from A"));
        QCOMPARE(c.court, QStringLiteral("Court from B"));
        QCOMPARE(desk->database().scalar(QStringLiteral("SELECT count(*) FROM campaigns")).toInt(), 1);
        QCOMPARE(Outbox::pendingCount(desk->database()), 0);
        QVERIFY(ConflictStore(desk->database()).openConflicts().isEmpty());
    }
    int seen = 0;
    const QHash<QString, QJsonObject> onServer = serverCampaigns(server, &seen);
    QCOMPARE(seen, 1);
    QCOMPARE(recordField(onServer, uuid, QStringLiteral("court")), QStringLiteral("Court from B"));
    // Converged: another round on each side moves nothing.
    QCOMPARE(syncDesk(a, server).pulled + syncDesk(b, server).pulled, 0);
}

void TestSync::deletionAgainstEditKeepMineRestores()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    const QUuid uuid = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    QVERIFY(bothConverge(setup));
    a.campaigns().remove(uuid);
    QVERIFY(syncDesk(a, server).converged());
    rename(b, uuid, QStringLiteral("Still needed"));
    QCOMPARE(syncDesk(b, server).newConflicts, 1);

    ConflictResolver resolver(b.database());
    const SyncConflict conflict = resolver.openConflicts().value(0);
    const ConflictField deleted = fieldNamed(resolver.fields(conflict), QStringLiteral("deleted"));
    QVERIFY(deleted.differs && deleted.choosable);
    QVERIFY(!fieldNamed(resolver.fields(conflict), QStringLiteral("title")).choosable);
    const ConflictResolution outcome = resolver.resolve(conflict.id, { ConflictSide::Mine, {} });
    QVERIFY(outcome.queued && !outcome.deleted);

    QVERIFY(syncDesk(b, server).converged());
    QVERIFY(syncDesk(a, server).converged());
    QCOMPARE(a.campaigns().load(uuid).value_or(Campaign {}).title, QStringLiteral("Still needed"));
    QCOMPARE(liveCampaigns(a), 1);
}

void TestSync::pulledStatusMoveIsInTheHistory()
{
    PlatformWithTwoDesks setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, a, b] = setup;
    const QUuid uuid = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    QVERIFY(bothConverge(setup));
    QCOMPARE(b.campaigns().history(uuid).size(), 1); // received from the platform

    seatSecretary(a.database());
    const TransitionCheck check
        = a.campaigns().changeStatus(uuid, CampaignStatus::InReview, validAssociation());
    QVERIFY2(check.allowed, qPrintable(check.reasons.join(QStringLiteral("; "))));
    QVERIFY(bothConverge(setup));
    const QList<CampaignRepository::StatusChange> history = b.campaigns().history(uuid);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().from, CampaignStatus::Draft);
    QCOMPARE(history.last().to, CampaignStatus::InReview);
    QVERIFY(!history.last().note.isEmpty());
    // A pull that changes other fields only adds no line.
    QVERIFY(syncDesk(b, server).converged());
    QCOMPARE(b.campaigns().history(uuid).size(), 2);
}

// The association's profile is queued like every record but the contract does not carry it: a
// sync leaves it on the desk without a word. A kind this version does not know (a newer desk's)
// is an error the report names, and its entry stays queued.
void TestSync::theAssociationStaysOnTheDeskAndAnUnknownKindIsSaid()
{
    PlatformWithDesk setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, desk] = setup;
    Association profile = validAssociation();
    QVERIFY(desk.associations().save(profile).isEmpty());
    SyncReport report = syncDesk(desk, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QCOMPARE(report.pushed, 0);
    QCOMPARE(Outbox::pending(desk.database()).size(), 1);
    QCOMPARE(Outbox::pending(desk.database()).first().entity, QStringLiteral("association"));

    Outbox::enqueue(desk.database(), QStringLiteral("board_vote"), QUuid::createUuid(),
                    Outbox::Operation::Upsert, 1);
    report = syncDesk(desk, server);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors.first().contains(QStringLiteral("\"board_vote\"")), qPrintable(describe(report)));
    QCOMPARE(report.pushed, 0);
    QCOMPARE(Outbox::pending(desk.database()).size(), 2);
}

void TestSync::retryAfterIsHonoured()
{
    // One request a second: the second request at once gets 429 with Retry-After: 1.
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({ QStringLiteral("--rate-limit"), QStringLiteral("1") }, &error),
             qPrintable(error));
    RetryPolicy policy;
    policy.initialBackoffMs = 10; // any wait of a second comes from Retry-After alone
    policy.maxBackoffMs = 20;
    SyncTransport transport(QUrl(server.baseUrl()), server.token(), policy);
    QCOMPARE(transport.send("GET", QStringLiteral("/v1/me")).status, 200);
    int noticedWaitMs = -1;
    transport.setRetryNotice([&](const HttpResult& failed, int waitMs) {
        if (failed.status == 429)
            noticedWaitMs = waitMs;
    });
    QElapsedTimer clock;
    clock.start();
    const HttpResult second = transport.send("GET", QStringLiteral("/v1/me"));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(second.status, 200);
    QCOMPARE(second.attempts, 2);
    QCOMPARE(noticedWaitMs, 1000);
    QVERIFY2(elapsed >= 1000, qPrintable(QStringLiteral("waited only %1 ms").arg(elapsed)));
    QVERIFY(server.log().contains(" 429 "));
}

void TestSync::observerSeesProgressAndLog()
{
    PlatformWithDesk setup;
    QVERIFY2(setup.start(), qPrintable(setup.error()));
    auto& [server, desk] = setup;
    for (int i = 0; i < 3; ++i)
        createDraft(desk, QStringLiteral("Campaign %1").arg(i));
    QStringList lines;
    QList<std::pair<int, int>> steps;
    SyncClient client(desk.database(), fastOptions(server), server.token());
    client.setObserver({ [&](const QString& line) { lines.append(line); },
                         [&](int done, int total) {
                             steps.append({ done, total });
                         },
                         nullptr });
    QVERIFY(client.run().converged());
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Sent \"Campaign 1\".")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.last().startsWith(QStringLiteral("Done:")));
    QVERIFY(steps.contains(std::pair(2, 3)));

    // A stop asked before the run: nothing sent, the outbox intact.
    createDraft(desk, QStringLiteral("Later"));
    const std::atomic_bool stop = true;
    SyncClient stopped(desk.database(), fastOptions(server), server.token());
    stopped.setObserver({ {}, {}, &stop });
    const SyncReport report = stopped.run();
    QCOMPARE(report.pushed, 0);
    QCOMPARE(report.pending, 1);
    QVERIFY(!report.converged());
}

// Found by fuzz_sync_records' target on the input in tests/data/fuzz (written after the server's
// finding of the same kind): a pulled goal of 1e26 was cast to qint64 (undefined behaviour). Such
// a campaign is refused as unreadable, like any other, and nothing of it is written.
void TestSync::pulledAmountBeyondTheDesksRangeIsRefused()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    QFile found(QStringLiteral(CASEDESK_TEST_DATA_DIR "/fuzz/fuzz_sync_records/ub-goal-cents-1e26.json"));
    QVERIFY(found.open(QIODevice::ReadOnly));
    const QJsonObject envelope = QJsonDocument::fromJson(found.readAll()).object();
    const QUuid uuid = QUuid::fromString(envelope.value(QStringLiteral("id")).toString());
    QVERIFY(!uuid.isNull());
    const auto apply = [&](const QJsonObject& record) {
        WriteTransaction page(desk.database());
        PullContext context { desk.database(), Vault::pathForDesk(desk.path()), {}, {} };
        SyncKinds::ofWireKind(QStringLiteral("campaign")).applyPulled(context, record);
        page.commit();
    };
    try {
        apply(envelope);
        QFAIL("a goal of 1e26 cents was accepted");
    } catch (const DatabaseError& e) {
        QVERIFY2(e.message().contains(QLatin1String("goalCents")), qPrintable(e.message()));
    }
    QVERIFY(!desk.campaigns().load(uuid));

    // 100 billion euros is the most a desk takes; the same campaign with it is received.
    QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
    data.insert(QStringLiteral("goalCents"), 1e13);
    QJsonObject largest = envelope;
    largest.insert(QStringLiteral("data"), data);
    apply(largest);
    QCOMPARE(desk.campaigns().load(uuid)->goalCents, qint64(10'000'000'000'000));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
