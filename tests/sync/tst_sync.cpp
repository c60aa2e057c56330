// The desk's sync engine (models/sync) against a real casedesk-platform process: two desks on
// one campaign, a week offline, every fault switch, and a token canary.

#include "PlatformHarness.h"
#include "Samples.h"
#include "TempDesk.h"

#include "campaigns/NewsRepository.h"
#include "common/Clock.h"
#include "donations/BankRepository.h"
#include "donations/DonationRepository.h"
#include "donations/LedgerImport.h"
#include "donations/reconcile/ReconciliationRepository.h"
#include "evidence/EvidenceRepository.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "sync/ConflictResolver.h"
#include "sync/Credentials.h"
#include "sync/SyncClient.h"
#include "sync/SyncStore.h"

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

// Short waits: the faults are frequent and the tests must stay fast, yet bounded.
SyncOptions fastOptions(const PlatformProcess& server)
{
    SyncOptions options;
    options.server = QUrl(server.baseUrl());
    options.retry.maxAttempts = 12;
    options.retry.initialBackoffMs = 10;
    options.retry.maxBackoffMs = 100;
    options.retry.requestTimeoutMs = 3000;
    options.pageSize = 7; // several pages even for small sets
    return options;
}

SyncReport syncDesk(TempDesk& desk, const PlatformProcess& server)
{
    SyncClient client(desk.database(), fastOptions(server), server.token());
    return client.run();
}

// Syncs until converged, at most `runs` times (a fault may exhaust one run's attempts).
SyncReport syncUntilConverged(TempDesk& desk, const PlatformProcess& server, int runs = 4)
{
    SyncReport report;
    for (int run = 0; run < runs; ++run) {
        report = syncDesk(desk, server);
        if (report.converged())
            break;
    }
    return report;
}

QString describe(const SyncReport& report)
{
    return QStringLiteral("pushed %1 pulled %2 conflicts %3 pending %4 errors: %5")
        .arg(report.pushed)
        .arg(report.pulled)
        .arg(report.newConflicts)
        .arg(report.pending)
        .arg(report.errors.join(QStringLiteral("; ")));
}

// Every campaign record the platform holds, by id, read through the whole feed.
QHash<QString, QJsonObject> serverCampaigns(const PlatformProcess& server, int* recordsSeen)
{
    PlatformClient client(server.baseUrl(), server.token());
    QHash<QString, QJsonObject> records;
    *recordsSeen = 0;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const QString path = QStringLiteral("/v1/changes?limit=1000")
            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor);
        const PlatformReply reply = client.sendWithRetries("GET", path, {}, {});
        const QJsonObject body = reply.json();
        for (const QJsonValue& value : body.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject record = value.toObject();
            if (record.value(QStringLiteral("kind")).toString() == QLatin1String("campaign")) {
                ++*recordsSeen;
                records.insert(record.value(QStringLiteral("id")).toString(), record);
            }
        }
        cursor = body.value(QStringLiteral("cursor")).toString();
        if (!body.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    return records;
}

int liveCampaigns(TempDesk& desk)
{
    return desk.database().scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE deleted = 0")).toInt();
}

Campaign createDraft(TempDesk& desk, const QString& title)
{
    return desk.campaigns().create(completeCampaign(Clock::today(), title));
}

void rename(TempDesk& desk, const QUuid& uuid, const QString& title)
{
    std::optional<Campaign> campaign = desk.campaigns().load(uuid);
    QVERIFY(campaign);
    campaign->title = title;
    desk.campaigns().save(*campaign);
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
    void retryAfterIsHonoured();
    void observerSeesProgressAndLog();
    void publicEvidenceTravelsWithItsFile();
    void evidenceEditedOnBothDesksIsAConflict();
    void publishedNewsTravelBetweenDesks();
    void newsEditedOnBothDesksIsResolvedPerField();
    void platformDonationsAndPayoutsReachTheLedger();
    void unreadableFeedRecordIsLoggedNotSilent();
    void refundInAClosedPeriodIsLoggedAndDoesNotBlock();
};

void TestSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSync::twoDesksEditingOneCampaignMakeOneConflict()
{
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk a;
    TempDesk b;
    CASEDESK_VERIFY_DESK(a);
    CASEDESK_VERIFY_DESK(b);

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
    SyncStore store(b.database());
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
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);

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
        const QJsonObject data = onServer.value(uuids.at(i).toString(QUuid::WithoutBraces))
                                     .value(QStringLiteral("data"))
                                     .toObject();
        QCOMPARE(data.value(QStringLiteral("title")).toString(), QStringLiteral("Campaign %1, day 6").arg(i));
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
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start(faults, &error), qPrintable(error));
    TempDesk desk;
    TempDesk colleague;
    CASEDESK_VERIFY_DESK(desk);
    CASEDESK_VERIFY_DESK(colleague);

    QList<QUuid> uuids;
    for (int i = 0; i < 10; ++i)
        uuids.append(createDraft(desk, QStringLiteral("Campaign %1").arg(i)).sync.uuid);
    SyncReport report = syncUntilConverged(desk, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    // Updates and a deletion after the first push: If-Match paths under the same faults.
    for (int i = 0; i < 4; ++i)
        rename(desk, uuids.at(i), QStringLiteral("Renamed %1").arg(i));
    desk.campaigns().remove(uuids.at(9));
    report = syncUntilConverged(desk, server);
    QVERIFY2(report.converged(), qPrintable(describe(report)));
    QVERIFY(SyncStore(desk.database()).openConflicts().isEmpty());

    int seen = 0;
    const QHash<QString, QJsonObject> onServer = serverCampaigns(server, &seen);
    QCOMPARE(seen, 10); // exactly one record per campaign
    QCOMPARE(onServer.size(), 10);
    QVERIFY(
        onServer.value(uuids.at(9).toString(QUuid::WithoutBraces)).value(QStringLiteral("deleted")).toBool());

    report = syncUntilConverged(colleague, server);
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

ConflictField fieldNamed(const QList<ConflictField>& fields, const QString& name)
{
    for (const ConflictField& field : fields) {
        if (field.field == name)
            return field;
    }
    return {};
}

} // namespace

void TestSync::conflictResolvedPerFieldConverges()
{
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk a;
    TempDesk b;
    CASEDESK_VERIFY_DESK(a);
    CASEDESK_VERIFY_DESK(b);
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
    const ConflictField title = fieldNamed(fields, QStringLiteral("title"));
    QCOMPARE(title.mine, QStringLiteral("Title from B"));
    QCOMPARE(title.theirs, QStringLiteral("Title from A"));
    QVERIFY(title.differs && title.choosable);
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
        QVERIFY(SyncStore(desk->database()).openConflicts().isEmpty());
    }
    int seen = 0;
    const QHash<QString, QJsonObject> onServer = serverCampaigns(server, &seen);
    QCOMPARE(seen, 1);
    QCOMPARE(onServer.value(uuid.toString(QUuid::WithoutBraces))
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("court"))
                 .toString(),
             QStringLiteral("Court from B"));
    // Converged: another round on each side moves nothing.
    QCOMPARE(syncDesk(a, server).pulled + syncDesk(b, server).pulled, 0);
}

void TestSync::deletionAgainstEditKeepMineRestores()
{
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk a;
    TempDesk b;
    CASEDESK_VERIFY_DESK(a);
    CASEDESK_VERIFY_DESK(b);
    const QUuid uuid = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    QVERIFY(syncDesk(a, server).converged());
    QVERIFY(syncDesk(b, server).converged());
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
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk a;
    TempDesk b;
    CASEDESK_VERIFY_DESK(a);
    CASEDESK_VERIFY_DESK(b);
    const QUuid uuid = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    QVERIFY(syncDesk(a, server).converged());
    QVERIFY(syncDesk(b, server).converged());
    QCOMPARE(b.campaigns().history(uuid).size(), 1); // received from the platform

    const TransitionCheck check
        = a.campaigns().changeStatus(uuid, CampaignStatus::InReview, validAssociation());
    QVERIFY2(check.allowed, qPrintable(check.reasons.join(QStringLiteral("; "))));
    QVERIFY(syncDesk(a, server).converged());
    QVERIFY(syncDesk(b, server).converged());
    const QList<CampaignRepository::StatusChange> history = b.campaigns().history(uuid);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().from, CampaignStatus::Draft);
    QCOMPARE(history.last().to, CampaignStatus::InReview);
    QVERIFY(!history.last().note.isEmpty());
    // A pull that changes other fields only adds no line.
    QVERIFY(syncDesk(b, server).converged());
    QCOMPARE(b.campaigns().history(uuid).size(), 2);
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
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
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

void TestSync::platformDonationsAndPayoutsReachTheLedger()
{
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
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

void TestSync::unreadableFeedRecordIsLoggedNotSilent()
{
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
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

void TestSync::publicEvidenceTravelsWithItsFile()
{
    PlatformProcess server;
    QString error;
    // Small chunks, so the larger file goes up in several.
    QVERIFY2(server.start({ QStringLiteral("--max-chunk-bytes"), QStringLiteral("65536") }, &error),
             qPrintable(error));
    TempDesk a;
    TempDesk b;
    CASEDESK_VERIFY_DESK(a);
    CASEDESK_VERIFY_DESK(b);
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

void TestSync::evidenceEditedOnBothDesksIsAConflict()
{
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk a;
    TempDesk b;
    CASEDESK_VERIFY_DESK(a);
    CASEDESK_VERIFY_DESK(b);
    EvidenceRepository evidenceA(a.database(), Vault(Vault::pathForDesk(a.path())));
    EvidenceRepository evidenceB(b.database(), Vault(Vault::pathForDesk(b.path())));
    const QUuid campaign = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    const QUuid piece = evidenceA
                            .attachFile(campaign, writeFile(a, QStringLiteral("constat.txt"), "constat"),
                                        pieceMetadata(QStringLiteral("Constat"), true))
                            .piece.sync.uuid;
    QVERIFY(syncDesk(a, server).converged());
    QVERIFY(syncDesk(b, server).converged());

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
    const ConflictField title = fieldNamed(fields, QStringLiteral("title"));
    QCOMPARE(title.mine, QStringLiteral("Constat, par B"));
    QCOMPARE(title.theirs, QStringLiteral("Constat, par A"));
    QVERIFY(title.differs && title.choosable);
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
        QVERIFY(SyncStore(desk->database()).openConflicts().isEmpty());
        QCOMPARE(desk->database().scalar(QStringLiteral("SELECT count(*) FROM evidence")).toInt(), 1);
    }
    QCOMPARE(syncDesk(a, server).pulled + syncDesk(b, server).pulled, 0);

    // A kind without a write path here stays refused, and open.
    SyncStore store(b.database());
    QVERIFY(store.recordConflict({ 0,
                                   QStringLiteral("donor"),
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
void TestSync::newsEditedOnBothDesksIsResolvedPerField()
{
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk a;
    TempDesk b;
    CASEDESK_VERIFY_DESK(a);
    CASEDESK_VERIFY_DESK(b);
    NewsRepository newsA(a.database());
    NewsRepository newsB(b.database());
    const QUuid campaign = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    NewsItem item;
    item.campaignUuid = campaign;
    item.title = QStringLiteral("Hearing on 12 March");
    item.body = QStringLiteral("The court heard us.");
    QVERIFY(newsA.create(item).isEmpty());
    newsA.publish(item);
    QVERIFY(syncDesk(a, server).converged());
    QVERIFY(syncDesk(b, server).converged());

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
    const ConflictField title = fieldNamed(fields, QStringLiteral("title"));
    QCOMPARE(title.mine, QStringLiteral("Hearing, by B"));
    QCOMPARE(title.theirs, QStringLiteral("Hearing, by A"));
    QVERIFY(title.differs && title.choosable);
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
        QVERIFY(SyncStore(desk->database()).openConflicts().isEmpty());
    }
    QCOMPARE(syncDesk(a, server).pulled + syncDesk(b, server).pulled, 0);
}

// A's published news reach B, B's edit comes back to A, and A's unpublishing takes it off B;
// a draft never leaves its desk.
void TestSync::publishedNewsTravelBetweenDesks()
{
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk a;
    TempDesk b;
    CASEDESK_VERIFY_DESK(a);
    CASEDESK_VERIFY_DESK(b);
    NewsRepository newsA(a.database());
    NewsRepository newsB(b.database());
    const QUuid campaign = createDraft(a, QStringLiteral("Zone humide")).sync.uuid;
    NewsItem item;
    item.campaignUuid = campaign;
    item.title = QStringLiteral("Hearing on 12 March");
    item.body = QStringLiteral("The court heard our **arguments**.");
    QVERIFY(newsA.create(item).isEmpty());
    newsA.publish(item);
    NewsItem draft;
    draft.campaignUuid = campaign;
    draft.title = QStringLiteral("Not yet");
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
    QCOMPARE(SyncStore(a.database()).openConflicts().size(), 0);
    QCOMPARE(SyncStore(b.database()).openConflicts().size(), 0);
}

QTEST_GUILESS_MAIN(TestSync)
// A refund arrives for a donation the treasurer reconciled in a period since closed: the lock holds,
// the user is told why, and the sync is not stuck on that page forever.
void TestSync::refundInAClosedPeriodIsLoggedAndDoesNotBlock()
{
    PlatformProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
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
    ParsedStatement statement;
    statement.format = QStringLiteral("test");
    statement.accountIban = QStringLiteral("FR7630006000011234567890189");
    statement.currency = QStringLiteral("EUR");
    statement.fromDate = QDate(2026, 11, 1);
    statement.toDate = QDate(2026, 11, 30);
    statement.openingBalanceCents = 0;
    statement.closingBalanceCents = 5000;
    StatementLine credit;
    credit.bookingDate = QDate(2026, 11, 3);
    credit.amountCents = 5000;
    credit.currency = QStringLiteral("EUR");
    credit.label = QStringLiteral("VIR ALICE DON");
    credit.bankReference = QStringLiteral("REF-1");
    statement.lines << credit;
    LedgerImport ledger(desk.database());
    const ImportResult imported
        = ledger.commitStatement(ledger.previewStatement(statement, QStringLiteral("novembre.xml")));
    BankRepository bank(desk.database());
    const QList<BankLine> lines = bank.lines(imported.statementUuid);
    QCOMPARE(lines.size(), 1);
    ReconciliationRepository reconciliation(desk.database());
    const ReconcileResult matched = reconciliation.matchManually(
        SqlValues::uuidText(lines.first().sync.uuid),
        { TargetRef { TargetKind::Donation, SqlValues::uuidText(rows.first().uuid), 5000 } });
    QVERIFY2(matched.ok, qPrintable(matched.message));
    const ReconcileResult closed
        = reconciliation.closePeriod(statement.accountIban, QDate(2026, 11, 1), QDate(2026, 11, 30));
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

#include "tst_sync.moc"
