#pragma once

#include "backup/BackupFormat.h"
#include "evidence/Sha256.h"

#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace casedesk {

class ArchiveCipher;

// Writes a backup archive's stream of entries onto a device: plain, or sealed in AES-256-GCM
// chunks of BackupFormat::kChunkSize bytes as they fill, so a vault of any size streams through
// a buffer of one chunk. Every stream byte before the end entry is hashed; the end entry carries
// that SHA-256, so even a plain archive proves it is whole.
class ArchiveWriter
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveWriter)

public:
    explicit ArchiveWriter(QIODevice& device);
    ~ArchiveWriter();
    ArchiveWriter(const ArchiveWriter&) = delete;
    ArchiveWriter& operator=(const ArchiveWriter&) = delete;

    // Writes the header. A non-empty passphrase encrypts; its key is derived first (scrypt, a
    // fraction of a second and 128 MiB with the default parameters).
    bool start(const QByteArray& passphrase, const BackupFormat::KdfParameters& kdf = {});
    // Opens an entry of exactly `size` bytes, to be given by write().
    bool beginEntry(BackupFormat::EntryKind kind, const QByteArray& name, qint64 size);
    bool write(const char* data, qint64 size);
    bool write(const QByteArray& bytes) { return write(bytes.constData(), bytes.size()); }
    // Writes the end entry and seals the last chunk.
    bool finish();
    // Why the last call failed.
    QString errorString() const { return m_error; }

private:
    bool put(const char* data, qint64 size);
    bool sealChunk(bool final);
    bool writeOut(const char* data, qint64 size);

    QIODevice& m_device;
    std::unique_ptr<ArchiveCipher> m_cipher;
    QByteArray m_header;
    QByteArray m_chunk; // plaintext waiting to be sealed
    quint64 m_chunkIndex = 0;
    Sha256 m_streamHash;
    qint64 m_entryLeft = 0;
    QString m_error;
};

// Reads an archive back, checking as it goes: the header, the passphrase (key check), each
// chunk's tag with its index and final flag, each entry's framing, and at the end entry the
// stream's SHA-256 and that nothing follows. The caller checks each entry's content against the
// manifest. Every status but Ok is final.
class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    enum class Status
    {
        Ok,
        NotABackup,
        NewerFormat,
        NeedsPassphrase,
        WrongPassphrase,
        Truncated,
        Damaged, // detail() says what
        ReadFailed // the device: detail() has its error
    };
    struct Entry
    {
        BackupFormat::EntryKind kind = BackupFormat::EntryKind::End;
        QByteArray name;
        qint64 size = 0;
    };

    explicit ArchiveReader(QIODevice& device);
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader&) = delete;
    ArchiveReader& operator=(const ArchiveReader&) = delete;

    // Reads the header only: whether a passphrase is needed, which format.
    Status readHeader();
    const BackupFormat::Header& header() const { return m_header; }
    // Derives the key of an encrypted archive and checks it against the header's key check.
    Status unlock(const QByteArray& passphrase);
    // The next entry. An End entry comes back only once the whole archive was found sound.
    Status next(Entry* entry);
    // Bytes of the current entry, exactly `size` of them.
    Status read(char* data, qint64 size);
    QString detail() const { return m_detail; }

private:
    Status readStream(char* data, qint64 size, bool hashed);
    Status readPlain(char* data, qint64 size);
    Status loadChunk();
    Status checkEnd();
    Status damaged(const QString& detail);

    QIODevice& m_device;
    BackupFormat::Header m_header;
    QByteArray m_headerBytes;
    std::unique_ptr<ArchiveCipher> m_cipher;
    QByteArray m_chunk; // decrypted bytes of the current chunk
    qint64 m_chunkOffset = 0;
    quint64 m_chunkIndex = 0;
    bool m_finalSeen = false;
    Sha256 m_streamHash;
    qint64 m_entryLeft = 0;
    QString m_detail;
};

} // namespace casedesk
