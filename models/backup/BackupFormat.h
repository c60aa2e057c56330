#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace casedesk::BackupFormat {

// The archive a backup writes (docs/backup-format.md): a header, then one stream of entries
// (manifest, database, evidence files, end), plain or cut into AES-256-GCM chunks. Numbers are
// big-endian.

inline constexpr char kMagic[] = "CDBACKUP"; // 8 bytes, no terminator in the file
inline constexpr int kMagicSize = 8;
inline constexpr quint16 kFormatVersion = 1;
inline constexpr quint16 kFlagEncrypted = 0x0001;
inline constexpr int kPlainHeaderSize = 16;
inline constexpr int kSaltSize = 32;
inline constexpr int kKeySize = 32;
inline constexpr int kTagSize = 16;
inline constexpr int kNonceSize = 12;
// magic, version, flags, length; kdf id, log2 N, r, p, salt; chunk size; key check.
inline constexpr int kEncryptedHeaderSize = kPlainHeaderSize + 1 + 1 + 4 + 4 + kSaltSize + 4 + kTagSize;
// Plaintext bytes per encrypted chunk (the last may be shorter): big enough that the tag and
// the frame cost nothing, small enough that a reader never holds more than a few MiB.
inline constexpr quint32 kChunkSize = 1u << 20;
inline constexpr quint32 kMaxChunkSize = 16u << 20;
// Entry names are short: "manifest.json", "desk.db" or 64 hex digits.
inline constexpr int kMaxNameSize = 255;
inline constexpr qint64 kMaxManifestSize = qint64(64) << 20;
inline constexpr quint8 kKdfScrypt = 1;

const QString& fileSuffix(); // ".casedesk-backup"
const QString& manifestName(); // "manifest.json"
const QString& databaseName(); // "desk.db"

enum class EntryKind : char
{
    Manifest = 'M',
    Database = 'D',
    File = 'F',
    End = 'E'
};

// scrypt's cost. The defaults follow OWASP's advice for scrypt (N = 2^17, r = 8, p = 1: 128 MiB
// and about half a second here), which makes each guess of a passphrase cost as much.
struct KdfParameters
{
    quint8 log2N = 17;
    quint32 r = 8;
    quint32 p = 1;

    // Bytes of memory scrypt needs with these parameters.
    quint64 memoryBytes() const;
    // What a reader accepts: a crafted header must not make it allocate gigabytes or spin for
    // hours before the key check can fail.
    bool isAcceptable() const;
};

struct Header
{
    quint16 version = kFormatVersion;
    bool encrypted = false;
    KdfParameters kdf;
    QByteArray salt; // kSaltSize bytes when encrypted
    quint32 chunkSize = kChunkSize;
    QByteArray keyCheck; // kTagSize bytes when encrypted

    int size() const { return encrypted ? kEncryptedHeaderSize : kPlainHeaderSize; }
    // The header's bytes up to the key check: what the key check authenticates.
    QByteArray encodeWithoutKeyCheck() const;
    QByteArray encode() const;

    enum class ReadStatus
    {
        Ok,
        NotABackup,
        NewerFormat,
        Damaged,
        Truncated,
        ReadFailed
    };
    // Reads and checks a header from the device's current position.
    static ReadStatus read(QIODevice& device, Header* header);
};

// The 12-byte AES-GCM nonce of chunk `index`: 4 zero bytes, then the index.
QByteArray chunkNonce(quint64 index);
// The key check's nonce: 12 bytes 0xff, never a chunk's.
QByteArray keyCheckNonce();
// What a chunk's tag authenticates besides its bytes: the whole header, its index and whether
// it is the last, so that chunks cannot be moved, dropped or moved to another archive.
QByteArray chunkAad(const QByteArray& header, quint64 index, bool final);

} // namespace casedesk::BackupFormat
