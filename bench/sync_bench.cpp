// Sync throughput on loopback against a real casedesk-platform process: N campaigns generated in a
// desk, pushed (SyncClient: the outbox in batches, POST /v1/batch, each write with its own
// If-None-Match and Idempotency-Key, one platform and one desk transaction per batch), then pulled
// into fresh desks (pages of 100, the desk's default, and of 1000). In the same run, the floors:
// the same records sent by raw HTTP as one PUT each and as batch POSTs of the desk's batch size
// (HTTP and the platform only, no desk work), and the feed read by raw GETs, each page parsed as
// JSON and nothing applied. Ratios are to those floors.
//
//   bench_sync [--records N] [--batch N] [--only push|pull]

#include "PlatformHarness.h"

#include "campaigns/CampaignJson.h"
#include "campaigns/CampaignRepository.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace casedesk;
using namespace casedesk::test;

namespace {

Campaign sampleCampaign(int i)
{
    Campaign c;
    c.title = QStringLiteral("Campagne %1 : recours contre le projet n° %2").arg(i).arg((i * 7919) % 100000);
    c.summary = QStringLiteral("Résumé de la campagne %1, assez long pour ressembler à un vrai.").arg(i);
    c.description = QStringLiteral("## Contexte\n\nDescription de la campagne %1.\n").arg(i).repeated(4);
    c.court = QStringLiteral("Tribunal administratif de Toulouse");
    c.cause = CampaignCodes::allCauses().at(i % 4);
    c.goalCents = 100000 + (qint64(i) * 7717) % 5000000;
    c.endDate = QDate(2026, 1, 1).addDays(i % 365);
    c.budgetLines = { { {}, BudgetKind::LawyerFees, QStringLiteral("Avocat"), c.goalCents / 2 },
                      { {}, BudgetKind::CourtFees, QStringLiteral("Frais"), c.goalCents - c.goalCents / 2 } };
    return c;
}

// One transaction for the whole set, as an import would.
void generate(Database& database, int count)
{
    CampaignRepository campaigns(database);
    WriteTransaction transaction(database);
    for (int i = 0; i < count; ++i)
        campaigns.create(sampleCampaign(i));
    transaction.commit();
}

bool openDesk(Database& database, const QTemporaryDir& dir, const QString& name)
{
    QString error;
    if (database.open(dir.filePath(name), &error))
        return true;
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
    return false;
}

SyncOptions optionsFor(const PlatformProcess& server, int pageSize, int batchWrites)
{
    SyncOptions options;
    options.server = QUrl(server.baseUrl());
    options.pageSize = pageSize;
    options.batchWrites = batchWrites;
    return options;
}

void report(const char* what, int records, int requests, double ms)
{
    std::printf("%-52s %6d records %6d requests %9.0f ms %8.0f records/s\n", what, records, requests, ms,
                records / (ms / 1000.0));
    std::fflush(stdout);
}

void ratio(const char* what, double ms, double floorMs)
{
    std::printf("  ratio %-46s %6.2f\n", what, ms / floorMs);
    std::fflush(stdout);
}

// A desk pushes its N new campaigns in batches; the time stops when the pull begins. 0 on failure.
double benchDeskPush(const PlatformProcess& server, const QTemporaryDir& dir, int count, int batchWrites)
{
    Database desk(QStringLiteral("bench-push"));
    if (!openDesk(desk, dir, QStringLiteral("pushing.db")))
        return 0;
    generate(desk, count);
    SyncClient client(desk, optionsFor(server, 1000, batchWrites), server.token());
    QElapsedTimer clock;
    qint64 pushMs = 0;
    client.setObserver({ {},
                         [&](int, int total) {
                             if (total == 0 && pushMs == 0)
                                 pushMs = clock.elapsed(); // the pull begins
                         },
                         nullptr });
    clock.start();
    const SyncReport result = client.run();
    if (!result.converged() || result.pushed != count) {
        std::fprintf(stderr, "bench_sync: push did not converge: %s\n", qPrintable(result.errors.join(u';')));
        return 0;
    }
    const QByteArray what = QStringLiteral("desk push (SyncClient, batches of %1)").arg(batchWrites).toUtf8();
    report(what.constData(), count, (count + batchWrites - 1) / batchWrites, double(pushMs));
    return double(pushMs);
}

double benchDeskPull(const PlatformProcess& server, const QTemporaryDir& dir, int count, int pageSize)
{
    Database desk(QStringLiteral("bench-pull-%1").arg(pageSize));
    if (!openDesk(desk, dir, QStringLiteral("pull-%1.db").arg(pageSize)))
        return 0;
    SyncClient client(desk, optionsFor(server, pageSize, SyncOptions {}.batchWrites), server.token());
    QElapsedTimer clock;
    clock.start();
    const SyncReport result = client.run();
    const double ms = clock.elapsed();
    if (!result.converged() || result.pulled != count) {
        std::fprintf(stderr, "bench_sync: pull got %d of %d\n", result.pulled, count);
        return 0;
    }
    const QByteArray what = QStringLiteral("desk pull (SyncClient, pages of %1)").arg(pageSize).toUtf8();
    report(what.constData(), count, (count + pageSize - 1) / pageSize + 1, ms);
    return ms;
}

// The feed read by raw GETs, each page parsed as JSON: what a pull costs without the desk's work.
double rawPull(const PlatformProcess& server, int count, int pageSize)
{
    QNetworkAccessManager network;
    QString cursor;
    int received = 0;
    int requests = 0;
    QElapsedTimer clock;
    clock.start();
    for (bool more = true; more; ++requests) {
        QNetworkRequest request(QUrl(server.baseUrl() + QStringLiteral("/v1/changes?limit=%1").arg(pageSize)
                                     + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor)));
        request.setRawHeader("Authorization", "Bearer " + server.token());
        QNetworkReply* reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        received += int(page.value(QStringLiteral("changes")).toArray().size());
        cursor = page.value(QStringLiteral("cursor")).toString();
        more = page.value(QStringLiteral("hasMore")).toBool();
    }
    const double ms = clock.elapsed();
    if (received != count)
        std::fprintf(stderr, "bench_sync: raw pull got %d of %d\n", received, count);
    const QByteArray what = QStringLiteral("raw GET /v1/changes, pages of %1, parsed").arg(pageSize).toUtf8();
    report(what.constData(), received, requests, ms);
    return ms;
}

// The same records as raw PUTs, one after the other on one kept-alive connection.
double rawPush(const PlatformProcess& server, const QList<QByteArray>& bodies)
{
    QNetworkAccessManager network;
    int failures = 0;
    QElapsedTimer clock;
    clock.start();
    for (const QByteArray& body : bodies) {
        QNetworkRequest request(QUrl(server.baseUrl() + QStringLiteral("/v1/campaigns/")
                                     + QUuid::createUuid().toString(QUuid::WithoutBraces)));
        request.setRawHeader("Authorization", "Bearer " + server.token());
        request.setRawHeader("If-None-Match", "*");
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = network.put(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        failures += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201;
        reply->deleteLater();
    }
    const double ms = clock.elapsed();
    if (failures > 0)
        std::fprintf(stderr, "bench_sync: %d raw PUTs failed\n", failures);
    report("raw PUT, one per record, keep-alive", int(bodies.size()), int(bodies.size()), ms);
    return ms;
}

// The same records as raw POST /v1/batch of `batchWrites` writes each, one after the other.
double rawBatchPush(const PlatformProcess& server, const QList<QByteArray>& bodies, int batchWrites)
{
    QNetworkAccessManager network;
    int failures = 0;
    int requests = 0;
    QElapsedTimer clock;
    clock.start();
    for (qsizetype first = 0; first < bodies.size(); first += batchWrites, ++requests) {
        QByteArray batch = "{\"writes\":[";
        for (qsizetype i = first; i < std::min<qsizetype>(first + batchWrites, bodies.size()); ++i) {
            if (i > first)
                batch += ',';
            batch += "{\"method\":\"PUT\",\"path\":\"/v1/campaigns/"
                + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\",\"ifNoneMatch\":\"*\","
                + "\"idempotencyKey\":\"" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                + "\",\"body\":" + bodies.at(i) + '}';
        }
        batch += "]}";
        QNetworkRequest request(QUrl(server.baseUrl() + QStringLiteral("/v1/batch")));
        request.setRawHeader("Authorization", "Bearer " + server.token());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = network.post(request, batch);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray answer = reply->readAll();
        failures += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200
            || answer.count("\"status\":201") != std::min<qsizetype>(batchWrites, bodies.size() - first);
        reply->deleteLater();
    }
    const double ms = clock.elapsed();
    if (failures > 0)
        std::fprintf(stderr, "bench_sync: %d raw batches failed\n", failures);
    const QByteArray what = QStringLiteral("raw POST /v1/batch, %1 writes each").arg(batchWrites).toUtf8();
    report(what.constData(), int(bodies.size()), requests, ms);
    return ms;
}

QList<QByteArray> requestBodies(int count)
{
    QList<QByteArray> bodies;
    for (int i = 0; i < count; ++i) {
        QJsonObject data = CampaignJson::toJson(sampleCampaign(i), FeeSettings {});
        data.remove(QStringLiteral("sync"));
        bodies.append(
            QJsonDocument(QJsonObject { { QStringLiteral("data"), data } }).toJson(QJsonDocument::Compact));
    }
    return bodies;
}

int argumentValue(const QStringList& arguments, const QString& name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int count = argumentValue(arguments, QStringLiteral("--records"), 10000);
    const int batchWrites = argumentValue(arguments, QStringLiteral("--batch"), SyncOptions {}.batchWrites);
    const qsizetype only = arguments.indexOf(QStringLiteral("--only"));
    const QString part = only >= 0 && only + 1 < arguments.size() ? arguments.at(only + 1) : QString();
    // Quiet on both sides: a log line per request would be part of what is measured.
    qputenv("QT_LOGGING_RULES", "casedesk.platform.requests=false");
    QLoggingCategory::setFilterRules(QStringLiteral("casedesk.*.debug=false\ncasedesk.*.info=false"));
    QTemporaryDir dir;

    PlatformProcess server;
    QString error;
    if (!server.start({}, &error)) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("bench_sync: %d campaigns, casedesk-platform on %s\n", count, qPrintable(server.baseUrl()));
    const double pushMs = benchDeskPush(server, dir, count, batchWrites);
    if (pushMs <= 0)
        return 1;
    if (part == QStringLiteral("push"))
        return 0;
    const double pullMs = benchDeskPull(server, dir, count, SyncOptions {}.pageSize);
    if (pullMs <= 0 || benchDeskPull(server, dir, count, 1000) <= 0)
        return 1;
    if (part == QStringLiteral("pull"))
        return 0;
    const double rawPullMs = rawPull(server, count, SyncOptions {}.pageSize);

    const QList<QByteArray> bodies = requestBodies(count);
    double rawPutMs = 0;
    double rawBatchMs = 0;
    for (bool batched : { false, true }) {
        PlatformProcess fresh; // an empty platform each time: the same starting point
        if (!fresh.start({}, &error)) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
            return 1;
        }
        (batched ? rawBatchMs : rawPutMs)
            = batched ? rawBatchPush(fresh, bodies, batchWrites) : rawPush(fresh, bodies);
    }
    std::printf("ratios (desk / floor, same run):\n");
    ratio("desk push / raw POST /v1/batch", pushMs, rawBatchMs);
    ratio("desk push / raw PUT per record", pushMs, rawPutMs);
    ratio("desk pull / raw GET pages", pullMs, rawPullMs);
    return 0;
}
