#include "BlobFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

#include <unistd.h>

namespace casedesk::platform {

namespace {

QString hashHex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString fileHashHex(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

BlobFiles::BlobFiles(const QString& dataDir)
    : m_blobDir(QDir(dataDir).filePath(QStringLiteral("blobs")))
    , m_uploadDir(QDir(dataDir).filePath(QStringLiteral("uploads")))
{
    QDir().mkpath(m_blobDir);
    QDir().mkpath(m_uploadDir);
}

bool BlobFiles::isValidHash(const QString& sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(sha256).hasMatch();
}

QString BlobFiles::path(const QString& sha256) const
{
    return m_blobDir + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

QString BlobFiles::partPath(const QString& sha256) const
{
    return m_uploadDir + QLatin1Char('/') + sha256 + QStringLiteral(".part");
}

bool BlobFiles::contains(const QString& sha256) const
{
    return QFileInfo::exists(path(sha256));
}

qint64 BlobFiles::uploadOffset(const QString& sha256) const
{
    const QFileInfo part(partPath(sha256));
    return part.exists() ? part.size() : 0;
}

BlobFiles::Result BlobFiles::putWhole(const QString& sha256, const QByteArray& bytes)
{
    if (hashHex(bytes) != sha256)
        return { Outcome::HashMismatch, 0 };
    if (contains(sha256))
        return { Outcome::Stored, bytes.size() };
    QDir().mkpath(QFileInfo(path(sha256)).absolutePath());
    QSaveFile file(path(sha256));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return { Outcome::IoError, 0 };
    QFile::remove(partPath(sha256));
    return { Outcome::Stored, bytes.size() };
}

BlobFiles::Result BlobFiles::putChunk(const QString& sha256, qint64 start, qint64 total,
                                      const QByteArray& bytes)
{
    if (contains(sha256))
        return { Outcome::Stored, total };
    const qint64 offset = uploadOffset(sha256);
    if (start > offset)
        return { Outcome::OffsetMismatch, offset };
    if (start + bytes.size() > total)
        return { Outcome::TooLong, offset };
    const qint64 alreadyHave = offset - start;
    if (alreadyHave < bytes.size()) {
        QFile part(partPath(sha256));
        if (!part.open(QIODevice::WriteOnly | QIODevice::Append))
            return { Outcome::IoError, offset };
        const QByteArray fresh = bytes.mid(alreadyHave);
        if (part.write(fresh) != fresh.size() || !part.flush() || ::fsync(part.handle()) != 0)
            return { Outcome::IoError, offset };
    }
    const qint64 received = uploadOffset(sha256);
    if (received < total)
        return { Outcome::Partial, received };
    if (fileHashHex(partPath(sha256)) != sha256) {
        QFile::remove(partPath(sha256));
        return { Outcome::HashMismatch, 0 };
    }
    return { finishUpload(sha256) ? Outcome::Stored : Outcome::IoError, received };
}

bool BlobFiles::finishUpload(const QString& sha256)
{
    QDir().mkpath(QFileInfo(path(sha256)).absolutePath());
    // rename(2) replaces atomically within one file system: the address never holds a half file.
    return ::rename(QFile::encodeName(partPath(sha256)).constData(),
                    QFile::encodeName(path(sha256)).constData())
        == 0;
}

} // namespace casedesk::platform
