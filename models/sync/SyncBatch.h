#pragma once

#include "sync/SyncQueue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// One outbox entry made ready to send: the request it is, alone or as one write of a batch
// (docs/platform-api.md, "Batch writes"). Both ways it carries the same precondition, body and
// Idempotency-Key, so the platform takes it for the same request.
struct PreparedWrite
{
    OutboxEntry entry;
    QJsonObject mine; // the document sent; {"deleted": true} for a deletion
    QByteArray method; // PUT or DELETE
    QString path; // /v1/{collection}/{id}
    QByteArray preconditionHeader; // If-Match or If-None-Match
    QByteArray precondition; // "12" (quoted) or *
    QByteArray body; // {"data": ...} in compact JSON; empty for a deletion
    QByteArray idempotencyKey;
};

// What the platform answered to one write, alone or inside a batch.
struct WriteAnswer
{
    int status = 0;
    QJsonObject body; // the record, or the problem
};

// The batch write's request and answer (POST /v1/batch).
namespace SyncBatch {

// How many writes one batch carries at most, and how large its body may grow.
struct Limits
{
    int writes = 0;
    qint64 bytes = 0;
};

// One write as the batch carries it, in JSON (its size counts against the platform's limit).
QByteArray writeJson(const PreparedWrite& write);
// The request body, {"writes": [...]}, from the writes' JSON in the entries' order, which the
// platform applies them in.
QByteArray requestBody(const QList<QByteArray>& writes);
// One answer per write, in order; none when the answer does not hold exactly `expected` results.
std::optional<QList<WriteAnswer>> answers(const QByteArray& body, qsizetype expected);

} // namespace SyncBatch
} // namespace casedesk
