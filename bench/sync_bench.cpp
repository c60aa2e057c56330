// Sync throughput on loopback against a real casedesk-platform process: N campaigns generated in a
// desk, pushed, then pulled into fresh desks with different page sizes; and the same N records
// sent by raw HTTP one request each in three ways (sequential keep-alive, new connection per
// request, 6 in flight). The API has no batch write: a push is one PUT per record by design (each
// record its own If-Match and Idempotency-Key), so batching exists on the pull side only (pages
// of up to 1000 records, one desk transaction per page).
//
//   bench_sync [--records N] [--platform PATH]

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

SyncOptions optionsFor(const PlatformProcess& server, int pageSize)
{
    SyncOptions options;
    options.server = QUrl(server.baseUrl());
    options.pageSize = pageSize;
    return options;
}

void report(const char* what, int records, int requests, double ms)
{
    std::printf("%-52s %6d records %6d requests %9.0f ms %8.0f records/s\n", what, records, requests, ms,
                records / (ms / 1000.0));
    std::fflush(stdout);
}

// A desk pushes its N new campaigns (one PUT each), then reads the feed back (its own echo).
bool benchDeskPush(const PlatformProcess& server, const QTemporaryDir& dir, int count)
{
    Database desk(QStringLiteral("bench-push"));
    if (!openDesk(desk, dir, QStringLiteral("pushing.db")))
        return false;
    generate(desk, count);
    SyncClient client(desk, optionsFor(server, 1000), server.token());
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
        return false;
    }
    report("desk push (SyncClient, 1 PUT per record, keep-alive)", count, count, double(pushMs));
    return true;
}

bool benchDeskPull(const PlatformProcess& server, const QTemporaryDir& dir, int count, int pageSize)
{
    Database desk(QStringLiteral("bench-pull-%1").arg(pageSize));
    if (!openDesk(desk, dir, QStringLiteral("pull-%1.db").arg(pageSize)))
        return false;
    SyncClient client(desk, optionsFor(server, pageSize), server.token());
    QElapsedTimer clock;
    clock.start();
    const SyncReport result = client.run();
    const double ms = clock.elapsed();
    if (!result.converged() || result.pulled != count) {
        std::fprintf(stderr, "bench_sync: pull got %d of %d\n", result.pulled, count);
        return false;
    }
    const QByteArray what = QStringLiteral("desk pull (SyncClient, pages of %1)").arg(pageSize).toUtf8();
    report(what.constData(), count, (count + pageSize - 1) / pageSize + 1, ms);
    return true;
}

// The same records as raw PUTs: how much of a push is HTTP and the platform, not the desk.
double rawPush(const PlatformProcess& server, const QList<QByteArray>& bodies, int inFlight,
               bool newConnection)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    int next = 0;
    int done = 0;
    int failures = 0;
    std::function<void()> sendNext = [&] {
        if (next >= bodies.size())
            return;
        const QByteArray& body = bodies.at(next++);
        QNetworkRequest request(QUrl(server.baseUrl() + QStringLiteral("/v1/campaigns/")
                                     + QUuid::createUuid().toString(QUuid::WithoutBraces)));
        request.setRawHeader("Authorization", "Bearer " + server.token());
        request.setRawHeader("If-None-Match", "*");
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (newConnection)
            request.setRawHeader("Connection", "close");
        QNetworkReply* reply = network.put(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            failures += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201;
            reply->deleteLater();
            if (++done == bodies.size())
                loop.quit();
            else
                sendNext();
        });
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < inFlight; ++i)
        sendNext();
    loop.exec();
    if (failures > 0)
        std::fprintf(stderr, "bench_sync: %d raw PUTs failed\n", failures);
    return clock.elapsed();
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
    if (!benchDeskPush(server, dir, count))
        return 1;
    for (int pageSize : { 1000, 100, 1 }) {
        if (!benchDeskPull(server, dir, count, pageSize))
            return 1;
    }
    const QList<QByteArray> bodies = requestBodies(count);
    struct Mode
    {
        const char* name;
        int inFlight;
        bool newConnection;
    };
    for (const Mode& mode : { Mode { "raw PUT, sequential, keep-alive", 1, false },
                              Mode { "raw PUT, sequential, new connection each", 1, true },
                              Mode { "raw PUT, 6 in flight (6 connections)", 6, false } }) {
        PlatformProcess fresh; // an empty platform each time: the same starting point
        if (!fresh.start({}, &error)) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
            return 1;
        }
        report(mode.name, count, count, rawPush(fresh, bodies, mode.inFlight, mode.newConnection));
    }
    return 0;
}
