// POST /v1/batch: many record writes in one request and one transaction (docs/platform-api.md,
// "Batch writes"). CouchDB's _bulk_docs in shape; each write keeps what a single write has: its
// own precondition, its own Idempotency-Key and its own answer.

#include "Api.h"
#include "ApiCommon.h"
#include "RecordRules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace casedesk::platform {

namespace {

HttpAnswer invalidBatchWrite(const QString& detail)
{
    return badRequest(QStringLiteral("invalid-batch-write"), detail);
}

// One write's result in the batch answer. The write's answer body is already JSON text (the
// record, a problem, or a stored answer replayed): it is spliced in as it is, because parsing it
// back only to serialize it again would cost about as much as the write.
QByteArray resultJson(const HttpAnswer& answer)
{
    QJsonObject envelope { { QStringLiteral("status"), answer.status } };
    const QByteArray etag = answer.header("ETag");
    if (!etag.isEmpty())
        envelope.insert(QStringLiteral("etag"), QString::fromLatin1(etag));
    if (answer.header("Idempotent-Replayed") == "true")
        envelope.insert(QStringLiteral("replayed"), true);
    QByteArray text = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    if (!answer.body.isEmpty()) {
        text.chop(1); // the envelope's closing brace
        text += ",\"body\":" + answer.body + '}';
    }
    return text;
}

} // namespace

HttpAnswer Api::batchWrite(const ApiRequest& request, const TokenIdentity& token)
{
    QJsonObject body;
    if (auto refused = parseJsonObject(request.body, m_options.maxBatchBytes, &body))
        return *refused;
    const QJsonValue writesValue = body.value(QStringLiteral("writes"));
    const QJsonArray writes = writesValue.toArray();
    if (!writesValue.isArray() || writes.isEmpty())
        return badRequest(QStringLiteral("invalid-batch"),
                          QStringLiteral("The body must be {\"writes\": [...]} with 1 to %1 writes.")
                              .arg(m_options.maxBatchWrites));
    if (writes.size() > m_options.maxBatchWrites)
        return problem(413, QStringLiteral("batch-too-large"), QStringLiteral("Batch Too Large"),
                       QStringLiteral("A batch carries at most %1 writes; send the others in another batch.")
                           .arg(m_options.maxBatchWrites),
                       { { QStringLiteral("limit"), m_options.maxBatchWrites } });
    QByteArray results;
    qint64 libraryVersion = 0;
    // One transaction, so one commit (one fsync) for the whole batch; a storage error anywhere
    // rolls every write back and answers 500, and a retry then executes them all again.
    m_store.beginWrite();
    try {
        forgetOldAnswers();
        for (const QJsonValue& write : writes) {
            if (!results.isEmpty())
                results += ',';
            results += resultJson(batchItem(write, token));
        }
        libraryVersion = m_store.libraryVersion();
        m_store.commit();
    } catch (...) {
        m_store.rollback();
        throw;
    }
    HttpAnswer answer;
    answer.status = 200;
    answer.body
        = "{\"libraryVersion\":" + QByteArray::number(libraryVersion) + ",\"results\":[" + results + "]}";
    return answer.withHeader("Content-Type", "application/json")
        .withHeader("Last-Modified-Version", QByteArray::number(libraryVersion));
}

HttpAnswer Api::batchItem(const QJsonValue& value, const TokenIdentity& token)
{
    const QJsonObject write = value.toObject();
    // The single request this write stands for: its answer, and its fingerprint for the key.
    ApiRequest item;
    item.method = write.value(QStringLiteral("method")).toString().toLatin1();
    item.path = write.value(QStringLiteral("path")).toString();
    if (!value.isObject() || (item.method != "PUT" && item.method != "DELETE"))
        return invalidBatchWrite(QStringLiteral(
            "Each write is an object with \"method\" PUT or DELETE and the \"path\" of a record."));
    const QStringList segments = item.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() != 3 || segments.at(0) != QStringLiteral("v1")
        || segments.at(1) == QStringLiteral("blobs"))
        return invalidBatchWrite(
            QStringLiteral("A batch carries record writes only, each to /v1/{collection}/{id}; "
                           "files are uploaded one request at a time."));
    const QString kind = RecordRules::kindOfCollection(segments.at(1));
    const QString id = canonicalId(segments.at(2));
    if (kind.isEmpty() || id.isEmpty())
        return notFound();
    if (!RecordRules::isWritableKind(kind))
        return methodNotAllowed("GET");
    const QString key = write.value(QStringLiteral("idempotencyKey")).toString();
    if (key.isEmpty() || key.size() > kMaxIdempotencyKeyLength)
        return idempotencyKeyMissing();
    if (write.contains(QStringLiteral("ifMatch")))
        item.headers.insert("if-match", write.value(QStringLiteral("ifMatch")).toString().toLatin1());
    if (write.contains(QStringLiteral("ifNoneMatch")))
        item.headers.insert("if-none-match",
                            write.value(QStringLiteral("ifNoneMatch")).toString().toLatin1());
    const QJsonValue bodyValue = write.value(QStringLiteral("body"));
    const QJsonObject body = bodyValue.toObject();
    // The bytes the single request would carry, in compact JSON: what its key is matched against.
    if (item.method == "PUT" && bodyValue.isObject())
        item.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return answerOnce(token, key, fingerprint(item), [&] {
        if (item.method == "DELETE")
            return deleteRecord(item, kind, id);
        if (!bodyValue.isObject())
            return badRequest(QStringLiteral("malformed-json"),
                              QStringLiteral("A PUT's \"body\" must be a JSON object."));
        if (item.body.size() > m_options.maxJsonBytes)
            return tooLarge(m_options.maxJsonBytes);
        return applyPut(item, body, kind, id, false);
    });
}

} // namespace casedesk::platform
