#include "Api.h"

#include "ApiCommon.h"
#include "RecordRules.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

#include <algorithm>

namespace casedesk::platform {

namespace {

constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 1000;
constexpr int kIdempotencyRetentionHours = 24;

} // namespace

HttpAnswer internalError()
{
    return problem(500, QStringLiteral("internal-error"), QStringLiteral("Internal Server Error"),
                   QStringLiteral("The server could not complete the request; nothing was changed."));
}

HttpAnswer notFound()
{
    return problem(404, QStringLiteral("not-found"), QStringLiteral("Not Found"),
                   QStringLiteral("There is nothing at this address."));
}

HttpAnswer methodNotAllowed(const QByteArray& allowed)
{
    return problem(405, QStringLiteral("method-not-allowed"), QStringLiteral("Method Not Allowed"),
                   QStringLiteral("This address accepts: %1.").arg(QString::fromLatin1(allowed)))
        .withHeader("Allow", allowed);
}

HttpAnswer badRequest(const QString& slug, const QString& detail)
{
    return problem(400, slug, QStringLiteral("Bad Request"), detail);
}

HttpAnswer tooLarge(qint64 limit)
{
    return problem(413, QStringLiteral("payload-too-large"), QStringLiteral("Payload Too Large"),
                   QStringLiteral("The request body is larger than the %1 bytes allowed here.").arg(limit),
                   { { QStringLiteral("limit"), limit } });
}

HttpAnswer idempotencyKeyMissing()
{
    return badRequest(QStringLiteral("idempotency-key-missing"),
                      QStringLiteral("Every write needs an Idempotency-Key header of 1 to 255 characters."));
}

QString canonicalId(const QString& text)
{
    const QUuid uuid = QUuid::fromString(text);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

QByteArray fingerprint(const ApiRequest& request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray& part :
         { request.method, request.path.toUtf8(), request.header("if-match"), request.header("if-none-match"),
           request.header("content-range"), request.body }) {
        hash.addData(QByteArray::number(part.size()) + ':');
        hash.addData(part);
    }
    return hash.result();
}

Api::Api(PlatformStore& store, BlobFiles& blobs, const ServerOptions& options)
    : m_store(store)
    , m_blobs(blobs)
    , m_options(options)
    , m_rateLimiter(options.rateLimitPerSecond)
{
}

HttpAnswer Api::handle(const ApiRequest& request)
{
    m_lastClientName.clear();
    QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty() || segments.first() != QStringLiteral("v1"))
        return notFound();
    segments.removeFirst();
    try {
        return route(request, segments);
    } catch (const StoreError& error) {
        qWarning("casedesk-platform: storage error: %s", error.what());
        return internalError();
    }
}

HttpAnswer Api::route(const ApiRequest& request, const QStringList& segments)
{
    if (segments.isEmpty()) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return serviceInfo();
    }
    if (segments.first() == QStringLiteral("public")) {
        if (auto limited = rateLimit(QStringLiteral("peer:") + request.peer))
            return *limited;
        return routePublic(request, segments.mid(1));
    }
    HttpAnswer refusal;
    const std::optional<TokenIdentity> token = authenticate(request, &refusal);
    if (!token)
        return refusal;
    m_lastClientName = token->name;
    if (auto limited = rateLimit(QStringLiteral("token:%1").arg(token->id)))
        return *limited;
    return routeDesk(request, segments, *token);
}

HttpAnswer Api::serviceInfo() const
{
    QJsonObject limits { { QStringLiteral("maxJsonBytes"), m_options.maxJsonBytes },
                         { QStringLiteral("maxChunkBytes"), m_options.maxChunkBytes },
                         { QStringLiteral("maxBlobBytes"), m_options.maxBlobBytes },
                         { QStringLiteral("maxPageSize"), kMaxPageSize } };
    // Only a platform that takes batches names their limits (--no-batch plays one that does not).
    if (m_options.batchWrites) {
        limits.insert(QStringLiteral("maxBatchWrites"), m_options.maxBatchWrites);
        limits.insert(QStringLiteral("maxBatchBytes"), m_options.maxBatchBytes);
    }
    return HttpAnswer::json(200,
                            { { QStringLiteral("service"), QStringLiteral("casedesk-platform") },
                              { QStringLiteral("apiVersion"), 1 },
                              { QStringLiteral("limits"), limits } });
}

std::optional<TokenIdentity> Api::authenticate(const ApiRequest& request, HttpAnswer* refusal)
{
    const QByteArray authorization = request.header("authorization");
    const QByteArray scheme = "Bearer ";
    if (!authorization.startsWith(scheme)) {
        *refusal = problem(401, QStringLiteral("unauthorized"), QStringLiteral("Unauthorized"),
                           QStringLiteral("This address needs an API token: Authorization: Bearer <token>."))
                       .withHeader("WWW-Authenticate", "Bearer realm=\"casedesk-platform\"");
        return std::nullopt;
    }
    const std::optional<TokenIdentity> token = m_store.findToken(authorization.mid(scheme.size()).trimmed());
    if (!token) {
        *refusal = problem(401, QStringLiteral("unauthorized"), QStringLiteral("Unauthorized"),
                           QStringLiteral("The API token is not known to this platform."))
                       .withHeader("WWW-Authenticate",
                                   "Bearer realm=\"casedesk-platform\", error=\"invalid_token\"");
    }
    return token;
}

std::optional<HttpAnswer> Api::rateLimit(const QString& client)
{
    const int waitSeconds = m_rateLimiter.admit(client);
    if (waitSeconds == 0)
        return std::nullopt;
    return problem(429, QStringLiteral("rate-limited"), QStringLiteral("Too Many Requests"),
                   QStringLiteral("Too many requests; try again after the time in Retry-After."),
                   { { QStringLiteral("retryAfterSeconds"), waitSeconds } })
        .withHeader("Retry-After", QByteArray::number(waitSeconds));
}

HttpAnswer Api::routeDesk(const ApiRequest& request, const QStringList& segments, const TokenIdentity& token)
{
    const QString& first = segments.first();
    if (segments.size() == 1 && first == QStringLiteral("me")) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return HttpAnswer::json(200,
                                { { QStringLiteral("tokenName"), token.name },
                                  { QStringLiteral("libraryVersion"), m_store.libraryVersion() } })
            .withHeader("Last-Modified-Version", QByteArray::number(m_store.libraryVersion()));
    }
    if (segments.size() == 1 && first == QStringLiteral("changes")) {
        if (request.method != "GET")
            return methodNotAllowed("GET");
        return listChanges(request, {});
    }
    if (segments.size() == 1 && first == QStringLiteral("batch") && m_options.batchWrites) {
        if (request.method != "POST")
            return methodNotAllowed("POST");
        return batchWrite(request, token);
    }
    if (segments.size() == 2 && first == QStringLiteral("blobs")) {
        const QString sha256 = segments.at(1);
        if (!BlobFiles::isValidHash(sha256))
            return badRequest(QStringLiteral("invalid-hash"),
                              QStringLiteral("A blob address is 64 lower-case hex digits of SHA-256."));
        if (request.method == "HEAD")
            return headBlob(sha256);
        if (request.method == "GET")
            return getBlob(sha256);
        if (request.method == "PUT")
            return putBlob(request, sha256);
        return methodNotAllowed("GET, HEAD, PUT");
    }
    const QString kind = RecordRules::kindOfCollection(first);
    if (kind.isEmpty() || segments.size() > 2)
        return notFound();
    const bool writable = RecordRules::isWritableKind(kind);
    if (segments.size() == 1) {
        if (request.method == "GET")
            return listChanges(request, kind);
        if (request.method == "POST" && writable) {
            return idempotentWrite(request, token, [&] {
                return putRecord(request, kind, QUuid::createUuid().toString(QUuid::WithoutBraces), true);
            });
        }
        return methodNotAllowed(writable ? "GET, POST" : "GET");
    }
    const QString id = canonicalId(segments.at(1));
    if (id.isEmpty())
        return notFound();
    if (request.method == "GET")
        return getRecord(kind, id);
    if (request.method == "PUT" && writable)
        return idempotentWrite(request, token, [&] { return putRecord(request, kind, id, false); });
    if (request.method == "DELETE" && writable)
        return idempotentWrite(request, token, [&] { return deleteRecord(request, kind, id); });
    return methodNotAllowed(writable ? "GET, PUT, DELETE" : "GET");
}

HttpAnswer Api::idempotentWrite(const ApiRequest& request, const TokenIdentity& token, const Handler& apply)
{
    const QString key = QString::fromUtf8(request.header("idempotency-key"));
    if (key.isEmpty() || key.size() > kMaxIdempotencyKeyLength)
        return idempotencyKeyMissing();
    const QByteArray requestFingerprint = fingerprint(request);
    m_store.beginWrite();
    try {
        forgetOldAnswers();
        const HttpAnswer answer = answerOnce(token, key, requestFingerprint, apply);
        m_store.commit();
        return answer;
    } catch (...) {
        m_store.rollback();
        throw;
    }
}

void Api::forgetOldAnswers()
{
    m_store.forgetAnswersOlderThan(
        QDateTime::currentDateTimeUtc().addSecs(-3600 * kIdempotencyRetentionHours));
}

HttpAnswer Api::answerOnce(const TokenIdentity& token, const QString& key,
                           const QByteArray& requestFingerprint, const Handler& apply)
{
    if (const std::optional<StoredAnswer> stored = m_store.storedAnswer(token.id, key)) {
        if (stored->requestFingerprint != requestFingerprint)
            return problem(422, QStringLiteral("idempotency-key-reused"),
                           QStringLiteral("Idempotency Key Reused"),
                           QStringLiteral("This Idempotency-Key was used for a different request."));
        return HttpAnswer::deserialize(stored->answer).withHeader("Idempotent-Replayed", "true");
    }
    const HttpAnswer answer = apply();
    // 5xx answers are not stored: the write did not happen, and a retry must try again.
    if (answer.status < 500)
        m_store.storeAnswer(token.id, key, { requestFingerprint, answer.serialize() });
    return answer;
}

std::optional<HttpAnswer> Api::checkJsonBody(const ApiRequest& request, QJsonObject* object) const
{
    return parseJsonObject(request.body, m_options.maxJsonBytes, object);
}

std::optional<HttpAnswer> Api::parseJsonObject(const QByteArray& bytes, qint64 limit,
                                               QJsonObject* object) const
{
    if (bytes.size() > limit)
        return tooLarge(limit);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return problem(400, QStringLiteral("malformed-json"), QStringLiteral("Malformed JSON"),
                       QStringLiteral("The body is not valid JSON: %1 at byte %2.")
                           .arg(error.errorString())
                           .arg(error.offset),
                       { { QStringLiteral("offset"), error.offset } });
    }
    if (!document.isObject())
        return badRequest(QStringLiteral("malformed-json"),
                          QStringLiteral("The body must be a JSON object."));
    *object = document.object();
    return std::nullopt;
}

HttpAnswer Api::putRecord(const ApiRequest& request, const QString& kind, const QString& requestedId,
                          bool createOnly)
{
    QJsonObject body;
    if (auto refused = checkJsonBody(request, &body))
        return *refused;
    return applyPut(request, body, kind, requestedId, createOnly);
}

HttpAnswer Api::applyPut(const ApiRequest& request, const QJsonObject& body, const QString& kind,
                         const QString& requestedId, bool createOnly)
{
    QString id = requestedId;
    if (createOnly && body.contains(QStringLiteral("id"))) {
        id = canonicalId(body.value(QStringLiteral("id")).toString());
        if (id.isEmpty())
            return problem(422, QStringLiteral("invalid-record"), QStringLiteral("Invalid Record"),
                           QStringLiteral("The record has invalid fields."),
                           { { QStringLiteral("errors"),
                               QJsonArray { QJsonObject {
                                   { QStringLiteral("pointer"), QStringLiteral("/id") },
                                   { QStringLiteral("detail"), QStringLiteral("must be a UUID") } } } } });
    }
    const std::optional<StoredRecord> current = m_store.record(kind, id);
    const QByteArray ifMatch = request.header("if-match");
    const bool ifNoneMatchAny = request.header("if-none-match").trimmed() == "*";
    if (createOnly || ifNoneMatchAny) {
        if (current)
            return versionConflict(current, QStringLiteral("A record with this id already exists."));
    } else if (ifMatch.isEmpty()) {
        return problem(
            428, QStringLiteral("precondition-required"), QStringLiteral("Precondition Required"),
            QStringLiteral("Send If-Match with the version you edited, or If-None-Match: * to create."));
    } else {
        const std::optional<qint64> expected = RecordRules::versionFromEtag(ifMatch);
        if (!expected)
            return badRequest(QStringLiteral("invalid-precondition"),
                              QStringLiteral("If-Match must be a record version such as \"12\"."));
        if (!current || current->version != *expected)
            return versionConflict(current,
                                   QStringLiteral("The record changed since the version you edited."));
    }
    const QJsonValue dataValue = body.value(QStringLiteral("data"));
    QJsonArray errors;
    if (!dataValue.isObject()) {
        errors.append(QJsonObject { { QStringLiteral("pointer"), QStringLiteral("/data") },
                                    { QStringLiteral("detail"), QStringLiteral("must be an object") } });
    } else {
        const RecordRules::WriteContext write {
            id,
            [this](const QString& searchedKind, const QString& member, const QString& value) {
                return m_store.liveRecordsWith(searchedKind, member, value);
            }
        };
        errors = RecordRules::validate(
            kind, dataValue.toObject(),
            [this](const QString& referredKind, const QString& referredId) {
                return m_store.record(referredKind, referredId.toLower());
            },
            write);
    }
    if (!errors.isEmpty())
        return problem(422, QStringLiteral("invalid-record"), QStringLiteral("Invalid Record"),
                       QStringLiteral("The record has invalid fields."),
                       { { QStringLiteral("errors"), errors } });

    StoredRecord record;
    record.kind = kind;
    record.id = id;
    record.data = RecordRules::storedData(dataValue.toObject());
    record.campaignId = RecordRules::campaignIdOf(kind, id, record.data);
    record.status = RecordRules::statusOf(kind, record.data);
    if (current)
        record.createdAt = current->createdAt;
    const StoredRecord stored = m_store.put(record);
    HttpAnswer answer = recordAnswer(current ? 200 : 201, stored);
    if (!current)
        answer.withHeader(
            "Location",
            QStringLiteral("/v1/%1/%2").arg(request.path.section(QLatin1Char('/'), 2, 2), id).toUtf8());
    return answer;
}

HttpAnswer Api::deleteRecord(const ApiRequest& request, const QString& kind, const QString& id)
{
    const QByteArray ifMatch = request.header("if-match");
    if (ifMatch.isEmpty())
        return problem(428, QStringLiteral("precondition-required"), QStringLiteral("Precondition Required"),
                       QStringLiteral("Send If-Match with the version you are deleting."));
    const std::optional<qint64> expected = RecordRules::versionFromEtag(ifMatch);
    if (!expected)
        return badRequest(QStringLiteral("invalid-precondition"),
                          QStringLiteral("If-Match must be a record version such as \"12\"."));
    const std::optional<StoredRecord> current = m_store.record(kind, id);
    if (!current)
        return notFound();
    if (current->version != *expected)
        return versionConflict(current, QStringLiteral("The record changed since the version you deleted."));
    if (current->deleted)
        return recordAnswer(200, *current);
    StoredRecord tombstone = *current;
    tombstone.deleted = true;
    tombstone.data = {}; // a tombstone carries no content: the public side and other desks forget it
    return recordAnswer(200, m_store.put(tombstone));
}

HttpAnswer Api::getRecord(const QString& kind, const QString& id)
{
    const std::optional<StoredRecord> current = m_store.record(kind, id);
    if (!current)
        return notFound();
    return recordAnswer(200, *current);
}

HttpAnswer Api::recordAnswer(int status, const StoredRecord& record) const
{
    return HttpAnswer::json(status, RecordRules::deskJson(record))
        .withHeader("ETag", RecordRules::etag(record.version))
        .withHeader("Last-Modified-Version", QByteArray::number(record.version));
}

HttpAnswer Api::versionConflict(const std::optional<StoredRecord>& current, const QString& detail) const
{
    HttpAnswer answer
        = problem(412, QStringLiteral("version-conflict"), QStringLiteral("Precondition Failed"), detail,
                  { { QStringLiteral("current"),
                      current ? QJsonValue(RecordRules::deskJson(*current)) : QJsonValue() } });
    if (current)
        answer.withHeader("ETag", RecordRules::etag(current->version));
    return answer;
}

std::optional<HttpAnswer> Api::pageParameters(const ApiRequest& request, qint64* after, int* limit) const
{
    const std::optional<qint64> cursor
        = RecordRules::decodeCursor(request.query.queryItemValue(QStringLiteral("cursor")));
    if (!cursor)
        return badRequest(QStringLiteral("invalid-cursor"),
                          QStringLiteral("The cursor is not one this server gave; start again without one."));
    *after = *cursor;
    *limit = kDefaultPageSize;
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    if (!limitText.isEmpty()) {
        bool ok = false;
        *limit = limitText.toInt(&ok);
        if (!ok || *limit < 1 || *limit > kMaxPageSize)
            return badRequest(QStringLiteral("invalid-limit"),
                              QStringLiteral("limit must be a whole number from 1 to %1.").arg(kMaxPageSize));
    }
    return std::nullopt;
}

HttpAnswer Api::listChanges(const ApiRequest& request, const QString& kind)
{
    qint64 after = 0;
    int limit = 0;
    if (auto refused = pageParameters(request, &after, &limit))
        return *refused;
    // One more than asked tells whether another page follows.
    QList<StoredRecord> records = m_store.changesAfter(after, limit + 1, kind);
    const bool hasMore = records.size() > limit;
    if (hasMore)
        records.removeLast();
    QJsonArray changes;
    for (const StoredRecord& record : records)
        changes.append(RecordRules::deskJson(record));
    const qint64 next = records.isEmpty() ? after : records.last().version;
    const qint64 libraryVersion = m_store.libraryVersion();
    return HttpAnswer::json(200,
                            { { QStringLiteral("changes"), changes },
                              { QStringLiteral("cursor"), RecordRules::encodeCursor(next) },
                              { QStringLiteral("hasMore"), hasMore },
                              { QStringLiteral("libraryVersion"), libraryVersion } })
        .withHeader("Last-Modified-Version", QByteArray::number(libraryVersion));
}

} // namespace casedesk::platform
