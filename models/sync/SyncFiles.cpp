// SyncClient's evidence files: a piece's file reaches the platform before its record, and the
// files of a page's pieces reach the vault before the page's transaction.
#include "sync/SyncClient.h"

#include "evidence/Vault.h"
#include "storage/Database.h"
#include "sync/SyncKinds.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryFile>

namespace casedesk {

namespace {

// Blob uploads go in chunks of at most this (less when the platform's maxChunkBytes says so).
constexpr qint64 kPreferredChunkBytes = qint64(4) << 20;

QJsonObject bodyObject(const HttpResult& result)
{
    return QJsonDocument::fromJson(result.body).object();
}

} // namespace

qint64 SyncClient::chunkBytes()
{
    if (m_chunkBytes > 0)
        return m_chunkBytes;
    const HttpResult result = m_transport.send("GET", QStringLiteral("/v1"));
    const qint64 limit = bodyObject(result)
                             .value(QStringLiteral("limits"))
                             .toObject()
                             .value(QStringLiteral("maxChunkBytes"))
                             .toInteger();
    if (limit <= 0)
        return kPreferredChunkBytes; // not known this time: asked again for the next file
    m_chunkBytes = std::min(limit, kPreferredChunkBytes);
    return m_chunkBytes;
}

bool SyncClient::ensureBlob(const QJsonObject& evidence, SyncReport* report, bool* stop)
{
    const QByteArray sha256 = evidence.value(QStringLiteral("sha256")).toString().toLatin1();
    const qint64 size = evidence.value(QStringLiteral("size")).toInteger();
    const QString title = evidence.value(QStringLiteral("title")).toString();
    const QString path = QStringLiteral("/v1/blobs/") + QString::fromLatin1(sha256);
    const auto fail = [&](const QString& message, bool mustStop) {
        if (!cancelled()) {
            report->errors.append(message);
            log(message);
        }
        *stop = mustStop || cancelled();
        return false;
    };
    const auto refused = [&](const HttpResult& result) {
        return fail(describeFailure(result),
                    result.status == 0 || result.status == 401 || SyncTransport::isRetryable(result.status));
    };
    HttpResult result = m_transport.send("HEAD", path);
    if (result.status == 200)
        return true; // the platform has it (from this desk or another): nothing to send
    if (result.status != 404)
        return refused(result);
    qint64 offset = result.headers.value("upload-offset").trimmed().toLongLong();
    QFile file(Vault::isValidHash(sha256) ? Vault(Vault::pathForDesk(m_database.path())).filePath(sha256)
                                          : QString());
    if (!file.open(QIODevice::ReadOnly) || file.size() != size)
        return fail(tr("The file of the piece \"%1\" cannot be read from the evidence folder; the piece "
                       "was not sent.")
                        .arg(title),
                    false);
    const qint64 chunk = chunkBytes();
    QHash<QByteArray, QByteArray> headers { { "Content-Type", "application/octet-stream" } };
    if (offset == 0 && size <= chunk) {
        result = m_transport.send("PUT", path, file.readAll(), headers);
    } else {
        // One chunk of the vault file in memory at a time, from where the platform's copy stops.
        log(tr("Sending the file of \"%1\" (%2 MiB)…")
                .arg(title, QLocale().toString(double(size) / (1024 * 1024), 'f', 1)));
        for (qint64 round = 0; round <= size / chunk + 16 && !cancelled(); ++round) {
            if (offset < 0 || offset >= size)
                offset = 0;
            if (!file.seek(offset))
                break;
            const QByteArray bytes = file.read(std::min(chunk, size - offset));
            if (bytes.isEmpty())
                break;
            headers.insert("Content-Range",
                           QStringLiteral("bytes %1-%2/%3")
                               .arg(offset)
                               .arg(offset + bytes.size() - 1)
                               .arg(size)
                               .toLatin1());
            result = m_transport.send("PUT", path, bytes, headers);
            if (result.status != 202 && result.status != 409)
                break;
            offset = result.headers.value("upload-offset").trimmed().toLongLong();
        }
    }
    if (result.status == 200 || result.status == 201) {
        log(tr("Sent the file of \"%1\".").arg(title));
        return true;
    }
    return refused(result);
}

bool SyncClient::fetchBlobs(const QList<QJsonObject>& changes, SyncReport* report)
{
    const Vault vault(Vault::pathForDesk(m_database.path()));
    const auto fail = [&](const QString& message) {
        if (!cancelled()) {
            report->errors.append(message);
            log(message);
        }
        return false;
    };
    for (const QJsonObject& record : changes) {
        const QJsonObject data = record.value(QStringLiteral("data")).toObject();
        const QByteArray sha256 = data.value(QStringLiteral("sha256")).toString().toLatin1();
        const SyncKind* kind = SyncKinds::findWireKind(record.value(QStringLiteral("kind")).toString());
        if (!kind || !kind->carriesFile || record.value(QStringLiteral("deleted")).toBool()
            || (kind->hiddenThere && kind->hiddenThere(data)) || !Vault::isValidHash(sha256)
            || vault.contains(sha256))
            continue;
        const QString title = data.value(QStringLiteral("title")).toString();
        log(tr("Receiving the file of \"%1\"…").arg(title));
        QString error;
        if (!vault.prepare(&error))
            return fail(error);
        // Straight into a file beside the vault, never whole in memory; then through the vault's
        // own path (stage, then commit): hashed as it is copied, and only a copy with the
        // announced SHA-256 reaches its address.
        QTemporaryFile download(vault.rootPath() + QStringLiteral("/download-XXXXXX"));
        if (!download.open())
            return fail(tr("Cannot write the file of \"%1\" into the evidence folder %2.")
                            .arg(title, QDir::toNativeSeparators(vault.rootPath())));
        const HttpResult result
            = m_transport.download(QStringLiteral("/v1/blobs/") + QString::fromLatin1(sha256), &download);
        if (result.status == 404) {
            // A record naming a file the platform never received: left out, not a stuck feed.
            log(tr("The file of \"%1\" is not on the platform; the piece was left out.").arg(title));
            continue;
        }
        if (result.status != 200)
            return fail(describeFailure(result));
        const StageResult staged = vault.stage(download.fileName(), download.size());
        if (!staged.ok())
            return fail(staged.message);
        if (staged.file.sha256 != sha256) {
            vault.discard(staged.file);
            return fail(tr("The file of \"%1\" received from the platform does not match its SHA-256 "
                           "fingerprint; it was not kept.")
                            .arg(title));
        }
        bool alreadyStored = false;
        if (!vault.commit(staged.file, &alreadyStored, &error))
            return fail(error);
    }
    return true;
}

} // namespace casedesk
