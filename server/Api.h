#pragma once

#include "BlobFiles.h"
#include "HttpAnswer.h"
#include "PlatformStore.h"
#include "RateLimiter.h"
#include "ServerOptions.h"

#include <QHash>
#include <QUrlQuery>

#include <functional>

namespace casedesk::platform {

// One HTTP request as the API sees it, independent of the transport.
struct ApiRequest
{
    QByteArray method; // "GET", "PUT", ...
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString peer; // client address, for the public side's rate limit

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    bool isWrite() const { return method != "GET" && method != "HEAD"; }
};

// The platform API of docs/platform-api.md: routing, authentication, rate limiting,
// idempotency, optimistic concurrency, records, the changes feed, blobs and the public side.
class Api
{
public:
    Api(PlatformStore& store, BlobFiles& blobs, const ServerOptions& options);

    HttpAnswer handle(const ApiRequest& request);
    // The token's name for the request log (never the token); empty when unauthenticated.
    QString lastClientName() const { return m_lastClientName; }

private:
    using Handler = std::function<HttpAnswer()>;

    HttpAnswer route(const ApiRequest& request, const QStringList& segments);
    HttpAnswer routeDesk(const ApiRequest& request, const QStringList& segments, const TokenIdentity& token);
    HttpAnswer routePublic(const ApiRequest& request, const QStringList& segments);
    HttpAnswer serviceInfo() const;

    std::optional<TokenIdentity> authenticate(const ApiRequest& request, HttpAnswer* refusal);
    std::optional<HttpAnswer> rateLimit(const QString& client);

    HttpAnswer idempotentWrite(const ApiRequest& request, const TokenIdentity& token, const Handler& apply);
    // Inside the caller's transaction: the stored answer when the key is known (422 when it was
    // used for another request), else the write, its answer stored with the key.
    HttpAnswer answerOnce(const TokenIdentity& token, const QString& key,
                          const QByteArray& requestFingerprint, const Handler& apply);
    void forgetOldAnswers();
    HttpAnswer putRecord(const ApiRequest& request, const QString& kind, const QString& id, bool createOnly);
    // A PUT (or a POST create) whose body is already read; `request` gives its preconditions.
    HttpAnswer applyPut(const ApiRequest& request, const QJsonObject& body, const QString& kind,
                        const QString& requestedId, bool createOnly);
    HttpAnswer deleteRecord(const ApiRequest& request, const QString& kind, const QString& id);
    HttpAnswer getRecord(const QString& kind, const QString& id);
    HttpAnswer listChanges(const ApiRequest& request, const QString& kind);

    // POST /v1/batch (ApiBatch.cpp): record writes applied in order in one transaction, each
    // under its own precondition and idempotency key, each with its own answer.
    HttpAnswer batchWrite(const ApiRequest& request, const TokenIdentity& token);
    HttpAnswer batchItem(const QJsonValue& write, const TokenIdentity& token);

    // /v1/blobs (ApiBlobs.cpp).
    HttpAnswer headBlob(const QString& sha256);
    HttpAnswer getBlob(const QString& sha256);
    HttpAnswer putBlob(const ApiRequest& request, const QString& sha256);
    HttpAnswer blobStored(const QString& sha256, bool created);

    // /v1/public (ApiPublic.cpp).
    HttpAnswer listPublic(const ApiRequest& request, const QString& kind);
    HttpAnswer getPublicCampaign(const QString& id);
    // A public campaign with its public milestones (from the procedures' milestone records).
    QJsonObject withPublicMilestones(QJsonObject campaignView);
    // A milestone shows only while its procedure is live (a deleted procedure takes its timeline).
    bool hasLiveProcedure(const StoredRecord& milestone);

    std::optional<HttpAnswer> checkJsonBody(const ApiRequest& request, QJsonObject* object) const;
    // 413 over `limit` bytes, 400 malformed-json when not a JSON object.
    std::optional<HttpAnswer> parseJsonObject(const QByteArray& bytes, qint64 limit,
                                              QJsonObject* object) const;
    std::optional<HttpAnswer> pageParameters(const ApiRequest& request, qint64* after, int* limit) const;
    HttpAnswer recordAnswer(int status, const StoredRecord& record) const;
    HttpAnswer versionConflict(const std::optional<StoredRecord>& current, const QString& detail) const;

    PlatformStore& m_store;
    BlobFiles& m_blobs;
    ServerOptions m_options;
    RateLimiter m_rateLimiter;
    QString m_lastClientName;
};

} // namespace casedesk::platform
