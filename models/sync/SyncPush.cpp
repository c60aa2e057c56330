// SyncClient's push: the outbox in order, in batches (docs/platform-api.md, "Batch writes").
#include "sync/SyncClient.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/SyncedTable.h"
#include "sync/ConflictStore.h"
#include "sync/SyncBatch.h"
#include "sync/SyncKinds.h"
#include "sync/SyncLog.h"
#include "sync/SyncQueue.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace casedesk {

namespace {

using SqlValues::uuidText;

// A batch's body stays under this (less when the platform's maxBatchBytes says so): a few MiB
// keep one request's answer small enough to parse at once, and cost one round trip per batch.
constexpr qint64 kPreferredBatchBytes = qint64(4) << 20;
// What a platform that takes batches but does not name its limits is sent: the contract's least.
constexpr int kFallbackBatchWrites = 100;
constexpr qint64 kFallbackBatchBytes = qint64(1) << 20;

// One key per outbox entry, revision and request: every retry of this push, in this run or a
// later one, is the same request and is applied at most once. The request's digest keeps two
// desks that share a token (one person, two computers) from colliding on the same revision
// number of the same record; identical requests may share a key, and the replay is then right.
QByteArray idempotencyKey(const OutboxEntry& entry, const QByteArray& method, const QByteArray& precondition,
                          const QByteArray& body)
{
    const QByteArray digest
        = QCryptographicHash::hash(method + '\n' + precondition + '\n' + body, QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    // A refused (422) request applied nothing: after one, the same revision is a new request.
    const QString attempt = entry.refusals > 0 ? QStringLiteral("t%1-").arg(entry.refusals) : QString();
    return QStringLiteral("%1-%2-r%3-").arg(entry.entity, uuidText(entry.uuid)).arg(entry.revision).toUtf8()
        + attempt.toUtf8() + digest;
}

// How the log names a record: as its kind names it, else by its id.
QString labelOf(const QString& entity, const QJsonObject& document, const QUuid& uuid)
{
    const SyncKind& kind = SyncKinds::ofEntity(entity);
    if (!document.value(QStringLiteral("deleted")).toBool() && kind.label) {
        const QString label = kind.label(document);
        if (!label.isEmpty())
            return label;
    }
    return uuidText(uuid);
}

QJsonObject bodyObject(const HttpResult& result)
{
    return QJsonDocument::fromJson(result.body).object();
}

} // namespace

bool SyncClient::push(SyncReport* report)
{
    QStringList problems;
    const QList<OutboxEntry> entries = m_queue->toSend(&problems);
    for (const QString& problem : std::as_const(problems)) {
        report->errors.append(problem);
        log(problem);
    }
    if (entries.isEmpty())
        return true;
    log(tr("Sending %n change(s)…", nullptr, int(entries.size())));
    // Batches are cut from the ordered queue, so a batch never carries a record before what it
    // refers to; the platform applies a batch in order, in one transaction, and a record finds a
    // parent written earlier in the same batch.
    const SyncBatch::Limits limits = entries.size() > 1 ? batchLimits() : SyncBatch::Limits { 1, 0 };
    // While the platform applies one batch, the next one is prepared (two processes, two cores);
    // it is sent only once the answer to the one before is recorded, so the order holds.
    InFlightBatch inFlight;
    QList<PreparedWrite> batch;
    QList<QByteArray> batchJson; // each write as the batch carries it
    // The request's own bytes ({"writes":[ and ]}) count too: the platform's limit is on the body.
    const qint64 emptyBatchBytes = SyncBatch::requestBody({}).size();
    qint64 batchBytes = emptyBatchBytes;
    const auto sendPrepared = [&] {
        if (!finishBatch(std::exchange(inFlight, {}), report))
            return false;
        inFlight = startBatch(std::exchange(batch, {}), std::exchange(batchJson, {}));
        batchBytes = emptyBatchBytes;
        return true;
    };
    for (int i = 0; i < entries.size(); ++i) {
        progress(i, int(entries.size()));
        std::optional<PreparedWrite> write;
        if (cancelled() || !prepareWrite(entries.at(i), report, &write)) {
            // The batch already sent still has its answer recorded (a stop aborts it: the next run
            // sends it again under the same keys and gets the platform's stored answers).
            finishBatch(std::move(inFlight), report);
            return false;
        }
        if (inFlight.request)
            m_transport.pump();
        if (!write)
            continue;
        QByteArray json = SyncBatch::writeJson(*write);
        const qint64 bytes = json.size() + 1; // and the comma before it (one too many: on the safe side)
        if (!batch.isEmpty() && (batch.size() >= limits.writes || batchBytes + bytes > limits.bytes)
            && !sendPrepared())
            return false;
        batch.append(std::move(*write));
        batchJson.append(std::move(json));
        batchBytes += bytes;
    }
    return (batch.isEmpty() || sendPrepared()) && finishBatch(std::move(inFlight), report);
}

SyncBatch::Limits SyncClient::batchLimits()
{
    const int preferredWrites = std::max(1, m_options.batchWrites);
    if (m_singleWritesOnly || preferredWrites == 1)
        return { 1, 0 };
    // The platform's own limits (GET /v1), when it names them; else a modest guess, and its 413
    // (from the platform or a proxy in front of it) sends that batch's writes one at a time.
    const QJsonObject limits = bodyObject(m_transport.send("GET", QStringLiteral("/v1")))
                                   .value(QStringLiteral("limits"))
                                   .toObject();
    const int platformWrites = limits.value(QStringLiteral("maxBatchWrites")).toInt(kFallbackBatchWrites);
    const qint64 platformBytes = limits.value(QStringLiteral("maxBatchBytes")).toInteger(kFallbackBatchBytes);
    return { std::clamp(platformWrites, 1, preferredWrites),
             std::clamp(platformBytes, qint64(1), kPreferredBatchBytes) };
}

bool SyncClient::prepareWrite(const OutboxEntry& entry, SyncReport* report,
                              std::optional<PreparedWrite>* write)
{
    const SyncKind& kind = SyncKinds::ofEntity(entry.entity);
    const std::optional<qint64> base = m_queue->serverVersion(entry);
    if (entry.isDelete && !base) {
        // Never reached the platform: nothing to take down.
        WriteTransaction transaction(m_database);
        Outbox::drop(m_database, entry);
        transaction.commit();
        return true;
    }
    PreparedWrite prepared;
    prepared.entry = entry;
    prepared.path = QStringLiteral("/v1/%1/").arg(kind.collection) + uuidText(entry.uuid);
    prepared.mine = { { QStringLiteral("deleted"), true } };
    if (!entry.isDelete) {
        prepared.mine = kind.document(m_database, entry.uuid);
        if (prepared.mine.isEmpty())
            return true; // deleted meanwhile: its delete entry replaced this one
        // {"data": mine} in compact JSON, written around the document rather than by nesting it in
        // a new object (a deep copy of every record).
        prepared.body = "{\"data\":" + QJsonDocument(prepared.mine).toJson(QJsonDocument::Compact) + '}';
        // The file first: the record must never name content the platform cannot serve.
        bool stop = false;
        if (kind.carriesFile && !ensureBlob(prepared.mine, report, &stop))
            return !stop;
    }
    prepared.method = entry.isDelete ? QByteArrayLiteral("DELETE") : QByteArrayLiteral("PUT");
    prepared.precondition = base ? '"' + QByteArray::number(*base) + '"' : QByteArrayLiteral("*");
    prepared.preconditionHeader = base ? QByteArrayLiteral("If-Match") : QByteArrayLiteral("If-None-Match");
    prepared.idempotencyKey = idempotencyKey(entry, prepared.method, prepared.precondition, prepared.body);
    *write = std::move(prepared);
    return true;
}

bool SyncClient::sendAlone(const PreparedWrite& write, SyncReport* report)
{
    const QHash<QByteArray, QByteArray> headers { { write.preconditionHeader, write.precondition },
                                                  { "Idempotency-Key", write.idempotencyKey } };
    const HttpResult result = m_transport.send(write.method, write.path, write.body, headers);
    // No answer, a refused token, or the platform still failing after every retry: the push stops
    // and the entry waits for the next run.
    if (result.status == 0 || result.status == 401 || SyncTransport::isRetryable(result.status)) {
        if (!cancelled()) {
            report->errors.append(describeFailure(result));
            log(report->errors.last());
        }
        return false;
    }
    QStringList lines;
    WriteTransaction transaction(m_database);
    const bool carryOn = recordAnswer(write, { result.status, bodyObject(result) }, report, &lines);
    transaction.commit();
    for (const QString& line : std::as_const(lines))
        log(line);
    return carryOn;
}

bool SyncClient::sendEachAlone(const QList<PreparedWrite>& writes, SyncReport* report)
{
    for (const PreparedWrite& write : writes) {
        if (cancelled() || !sendAlone(write, report))
            return false;
    }
    return true;
}

SyncClient::InFlightBatch SyncClient::startBatch(QList<PreparedWrite> writes, const QList<QByteArray>& json)
{
    InFlightBatch batch;
    // A lone write needs no batch: the single request is the same write, understood everywhere.
    if (writes.size() > 1 && !m_singleWritesOnly)
        batch.request = m_transport.start("POST", QStringLiteral("/v1/batch"), SyncBatch::requestBody(json));
    batch.writes = std::move(writes);
    return batch;
}

bool SyncClient::finishBatch(InFlightBatch batch, SyncReport* report)
{
    const QList<PreparedWrite>& writes = batch.writes;
    if (!batch.request)
        return sendEachAlone(writes, report);
    const HttpResult result = m_transport.finish(std::move(batch.request));
    if (result.status == 404 || result.status == 405 || result.status == 501) {
        // A platform without batch writes: one request per record, for the rest of this run.
        m_singleWritesOnly = true;
        log(tr("The platform does not take several changes in one request; sending them one at a time."));
        return sendEachAlone(writes, report);
    }
    if (result.status == 413) {
        // Larger than the platform (or a proxy in front of it) takes: these writes one at a time.
        return sendEachAlone(writes, report);
    }
    const std::optional<QList<WriteAnswer>> answers
        = result.status == 200 ? SyncBatch::answers(result.body, writes.size()) : std::nullopt;
    if (!answers) {
        if (!cancelled()) {
            report->errors.append(result.status == 200
                                      ? tr("The platform's answer to %n change(s) sent together could not be "
                                           "read; they wait for the next sync.",
                                           nullptr, int(writes.size()))
                                      : describeFailure(result));
            log(report->errors.last());
        }
        return false;
    }
    // One desk transaction (one fsync) records what the platform did with the whole batch.
    QStringList lines;
    bool carryOn = true;
    WriteTransaction transaction(m_database);
    for (qsizetype i = 0; i < writes.size(); ++i)
        carryOn = recordAnswer(writes.at(i), answers->at(i), report, &lines) && carryOn;
    transaction.commit();
    for (const QString& line : std::as_const(lines))
        log(line);
    return carryOn;
}

bool SyncClient::recordAnswer(const PreparedWrite& write, const WriteAnswer& answer, SyncReport* report,
                              QStringList* lines)
{
    const OutboxEntry& entry = write.entry;
    if (answer.status == 200 || answer.status == 201 || (entry.isDelete && answer.status == 404)) {
        if (answer.status == 404)
            Outbox::drop(m_database, entry);
        else
            m_queue->acknowledge(entry, answer.body.value(QStringLiteral("version")).toInteger());
        ++report->pushed;
        lines->append(entry.isDelete ? tr("Sent the deletion of %1.").arg(uuidText(entry.uuid))
                                     : tr("Sent \"%1\".").arg(labelOf(entry.entity, write.mine, entry.uuid)));
        return true;
    }
    if (answer.status == 412) {
        handleConflict(entry, write.mine, answer.body.value(QStringLiteral("current")).toObject(), report,
                       lines);
        return true;
    }
    const QString failure = describeProblem(answer.status, answer.body);
    const SyncKind& kind = SyncKinds::ofEntity(entry.entity);
    report->errors.append(
        answer.status == 422 && kind.refusal ? kind.refusal(write.mine, answer.body, failure) : failure);
    lines->append(report->errors.last());
    if (answer.status == 422 && kind.refusalIsFinal)
        Outbox::drop(m_database, entry); // said once; sending it again would be refused again
    else if (answer.status == 422)
        Outbox::noteRefusal(m_database, entry);
    // A refused record (422) does not stop the others; a refused token or a failing platform does.
    return answer.status != 401 && !SyncTransport::isRetryable(answer.status);
}

void SyncClient::handleConflict(const OutboxEntry& entry, const QJsonObject& mine, const QJsonObject& current,
                                SyncReport* report, QStringList* lines)
{
    const bool sameContent
        = !current.isEmpty() && !entry.isDelete && current.value(QStringLiteral("data")).toObject() == mine;
    const bool deletedThere = entry.isDelete && current.value(QStringLiteral("deleted")).toBool();
    if (sameContent || deletedThere) {
        // The platform already holds exactly this (an earlier push whose answer was lost, or a
        // deletion a colleague made too): adopt it.
        m_queue->acknowledge(entry, current.value(QStringLiteral("version")).toInteger());
        return;
    }
    const SyncKind& kind = SyncKinds::ofEntity(entry.entity);
    if (kind.mergeConflict && !current.isEmpty() && !entry.isDelete) {
        // Settled by the kind's rule: the platform's copy written, the desk's change sent again
        // when something of it remains.
        QString notice;
        const bool resend = kind.mergeConflict(m_database, entry.uuid, mine, current, &notice);
        Outbox::drop(m_database, entry);
        if (resend)
            Outbox::enqueue(m_database, entry.entity, entry.uuid, Outbox::Operation::Upsert,
                            SyncedTable(m_database, kind.table).revision(entry.uuid));
        if (!notice.isEmpty())
            lines->append(notice);
        return;
    }
    std::optional<qint64> theirVersion;
    if (!current.isEmpty())
        theirVersion = current.value(QStringLiteral("version")).toInteger();
    if (ConflictStore(m_database)
            .record({ 0, entry.entity, entry.uuid, entry.revision, theirVersion, mine, current, {} }))
        ++report->newConflicts;
    lines->append(tr("\"%1\" was changed on the platform too: kept as a conflict for you to decide.")
                      .arg(labelOf(entry.entity, mine, entry.uuid)));
    Outbox::drop(m_database, entry); // the conflict record now holds the unsent change
    qCInfo(lcSync) << "conflict on" << entry.entity << uuidText(entry.uuid);
}

} // namespace casedesk
