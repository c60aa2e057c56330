// /v1/blobs/{sha256}: evidence files stored by their SHA-256 (docs/platform-api.md, "Blobs"),
// whole or in chunks that resume where an interrupted upload stopped (tus.io's Upload-Offset).
// The bytes live in BlobFiles; the store only records which hashes are complete.

#include "Api.h"
#include "ApiCommon.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace casedesk::platform {

HttpAnswer Api::headBlob(const QString& sha256)
{
    if (m_blobs.contains(sha256) && m_store.hasBlob(sha256)) {
        HttpAnswer answer = HttpAnswer::empty(200);
        answer.contentLengthOverride = QFileInfo(m_blobs.path(sha256)).size();
        return answer.withHeader("Content-Type", "application/octet-stream");
    }
    // tus.io's Upload-Offset: how many bytes of an interrupted upload the server already has.
    return HttpAnswer::empty(404).withHeader("Upload-Offset",
                                             QByteArray::number(m_blobs.uploadOffset(sha256)));
}

HttpAnswer Api::getBlob(const QString& sha256)
{
    if (!m_blobs.contains(sha256) || !m_store.hasBlob(sha256))
        return notFound();
    HttpAnswer answer = HttpAnswer::empty(200);
    answer.filePath = m_blobs.path(sha256);
    return answer;
}

HttpAnswer Api::blobStored(const QString& sha256, bool created)
{
    const qint64 size = QFileInfo(m_blobs.path(sha256)).size();
    return HttpAnswer::json(created ? 201 : 200,
                            { { QStringLiteral("sha256"), sha256 }, { QStringLiteral("size"), size } })
        .withHeader("Upload-Offset", QByteArray::number(size));
}

HttpAnswer Api::putBlob(const ApiRequest& request, const QString& sha256)
{
    if (request.body.size() > m_options.maxChunkBytes)
        return tooLarge(m_options.maxChunkBytes);
    if (m_blobs.contains(sha256) && m_store.hasBlob(sha256))
        return blobStored(sha256, false);
    BlobFiles::Result result;
    const QByteArray range = request.header("content-range");
    if (range.isEmpty()) {
        result = m_blobs.putWhole(sha256, request.body);
    } else {
        static const QRegularExpression pattern(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
        const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(range.trimmed()));
        const qint64 first = match.captured(1).toLongLong();
        const qint64 last = match.captured(2).toLongLong();
        const qint64 total = match.captured(3).toLongLong();
        if (!match.hasMatch() || last < first || last - first + 1 != request.body.size())
            return badRequest(
                QStringLiteral("invalid-content-range"),
                QStringLiteral("Content-Range must be \"bytes first-last/total\" matching the body."));
        if (total > m_options.maxBlobBytes)
            return tooLarge(m_options.maxBlobBytes);
        result = m_blobs.putChunk(sha256, first, total, request.body);
    }
    switch (result.outcome) {
    case BlobFiles::Outcome::Stored:
        m_store.addBlob(sha256, result.offset);
        return blobStored(sha256, true);
    case BlobFiles::Outcome::Partial:
        return HttpAnswer::json(
                   202, { { QStringLiteral("sha256"), sha256 }, { QStringLiteral("offset"), result.offset } })
            .withHeader("Upload-Offset", QByteArray::number(result.offset));
    case BlobFiles::Outcome::HashMismatch:
        return problem(
            422, QStringLiteral("blob-hash-mismatch"), QStringLiteral("Hash Mismatch"),
            QStringLiteral("The bytes received do not have the SHA-256 of this address; nothing was kept."));
    case BlobFiles::Outcome::OffsetMismatch:
        return problem(409, QStringLiteral("upload-offset-mismatch"),
                       QStringLiteral("Upload Offset Mismatch"),
                       QStringLiteral(
                           "The chunk starts after the bytes received so far; resume at Upload-Offset."),
                       { { QStringLiteral("offset"), result.offset } })
            .withHeader("Upload-Offset", QByteArray::number(result.offset));
    case BlobFiles::Outcome::TooLong:
        return badRequest(QStringLiteral("invalid-content-range"),
                          QStringLiteral("The chunk goes past the total size announced in Content-Range."));
    case BlobFiles::Outcome::IoError:
        break;
    }
    return internalError();
}

} // namespace casedesk::platform
