#pragma once

#include <QHostAddress>
#include <QString>

namespace casedesk::platform {

// Faults switched on for tests; all rates are probabilities in 0..1 drawn from one seeded
// generator so a failing run can be replayed with the same --fault-seed.
struct FaultOptions
{
    double serverErrorRate = 0; // answer 500 without doing anything
    int latencyMs = 0; // delay every answer
    double dropRate = 0; // close the connection without doing anything
    double applyThenDropRate = 0; // do the write, then close without answering
    quint32 seed = 1;

    bool any() const { return serverErrorRate > 0 || latencyMs > 0 || dropRate > 0 || applyThenDropRate > 0; }
};

struct ServerOptions
{
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = 0;
    QString dataDir;
    qint64 maxJsonBytes = 1024 * 1024;
    qint64 maxChunkBytes = 8 * 1024 * 1024;
    qint64 maxBlobBytes = 1024LL * 1024 * 1024;
    // POST /v1/batch: many record writes, one transaction. The server is single-threaded and a
    // batch holds the write lock while it runs, so a batch is bounded like a page of the feed
    // (1000) and by bytes: a few large documents weigh more than a thousand small ones.
    bool batchWrites = true; // false (--no-batch): answers 404 there, as a platform without it
    int maxBatchWrites = 1000;
    qint64 maxBatchBytes = 8 * 1024 * 1024;
    double rateLimitPerSecond = 0; // 0 = unlimited
    FaultOptions faults;
};

} // namespace casedesk::platform
