#pragma once

// What Api.cpp, ApiBatch.cpp, ApiBlobs.cpp and ApiPublic.cpp share: the problems every address may answer,
// and what makes two writes "the same request" for an idempotency key. Internal to the server.

#include "Api.h"

namespace casedesk::platform {

constexpr int kMaxIdempotencyKeyLength = 255;

HttpAnswer internalError();
HttpAnswer notFound();
HttpAnswer methodNotAllowed(const QByteArray& allowed);
HttpAnswer badRequest(const QString& slug, const QString& detail);
HttpAnswer tooLarge(qint64 limit);
HttpAnswer idempotencyKeyMissing();

// A canonical UUID (lower case, no braces), or empty when the text is not a UUID.
QString canonicalId(const QString& text);
// What makes two requests "the same" for an idempotency key: method, address, preconditions, body.
// A write inside a batch is fingerprinted as the single request it stands for, so one key means
// one request whichever way it travels.
QByteArray fingerprint(const ApiRequest& request);

} // namespace casedesk::platform
