#pragma once

#include <QByteArray>
#include <QString>

namespace casedesk::platform {

// Evidence file contents on disk, addressed by SHA-256 (lower-case hex):
// <data>/blobs/ab/<64 hex> for complete files, <data>/uploads/<64 hex>.part for resumable
// uploads in progress. Only validated hashes ever become paths.
class BlobFiles
{
public:
    explicit BlobFiles(const QString& dataDir);

    enum class Outcome
    {
        Stored, // the file is complete and its hash checked
        Partial, // more bytes are expected (see offset)
        HashMismatch, // the bytes did not hash to the address; nothing kept
        OffsetMismatch, // a chunk started after the bytes received so far (see offset)
        TooLong, // more bytes than the announced total
        IoError
    };
    struct Result
    {
        Outcome outcome = Outcome::IoError;
        qint64 offset = 0; // bytes received so far
    };

    static bool isValidHash(const QString& sha256);
    bool contains(const QString& sha256) const;
    QString path(const QString& sha256) const;
    qint64 uploadOffset(const QString& sha256) const;

    Result putWhole(const QString& sha256, const QByteArray& bytes);
    // A Content-Range chunk [start, start + bytes.size()) of a file of `total` bytes. A chunk
    // that repeats bytes already received (a retry) only adds what is new.
    Result putChunk(const QString& sha256, qint64 start, qint64 total, const QByteArray& bytes);

private:
    QString partPath(const QString& sha256) const;
    bool finishUpload(const QString& sha256);

    QString m_blobDir;
    QString m_uploadDir;
};

} // namespace casedesk::platform
