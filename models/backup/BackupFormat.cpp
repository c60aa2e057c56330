#include "backup/BackupFormat.h"

#include <QIODevice>
#include <QtEndian>

#include <cstring>

namespace casedesk::BackupFormat {

namespace {

// A reader refuses costs beyond these: 1 GiB of memory, N up to 2^22.
constexpr quint64 kMaxKdfMemory = quint64(1) << 30;
constexpr quint8 kMinLog2N = 10;
constexpr quint8 kMaxLog2N = 22;
constexpr quint32 kMaxR = 32;
constexpr quint32 kMaxP = 16;

void appendU16(QByteArray& bytes, quint16 value)
{
    const quint16 big = qToBigEndian(value);
    bytes.append(reinterpret_cast<const char*>(&big), sizeof big);
}

void appendU32(QByteArray& bytes, quint32 value)
{
    const quint32 big = qToBigEndian(value);
    bytes.append(reinterpret_cast<const char*>(&big), sizeof big);
}

void appendU64(QByteArray& bytes, quint64 value)
{
    const quint64 big = qToBigEndian(value);
    bytes.append(reinterpret_cast<const char*>(&big), sizeof big);
}

quint16 u16At(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint16>(bytes.constData() + offset);
}

quint32 u32At(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

// Reads exactly `size` bytes, or says why not.
Header::ReadStatus readExactly(QIODevice& device, qint64 size, QByteArray* bytes)
{
    *bytes = device.read(size);
    if (bytes->size() == size)
        return Header::ReadStatus::Ok;
    return device.atEnd() ? Header::ReadStatus::Truncated : Header::ReadStatus::ReadFailed;
}

// The encrypted part of the header, after the 16 bytes every archive starts with.
Header::ReadStatus readKdfFields(const QByteArray& bytes, Header* header)
{
    int offset = kPlainHeaderSize;
    if (quint8(bytes.at(offset)) != kKdfScrypt)
        return Header::ReadStatus::Damaged;
    header->kdf.log2N = quint8(bytes.at(offset + 1));
    header->kdf.r = u32At(bytes, offset + 2);
    header->kdf.p = u32At(bytes, offset + 6);
    offset += 10;
    header->salt = bytes.mid(offset, kSaltSize);
    offset += kSaltSize;
    header->chunkSize = u32At(bytes, offset);
    offset += 4;
    header->keyCheck = bytes.mid(offset, kTagSize);
    if (!header->kdf.isAcceptable() || header->chunkSize == 0 || header->chunkSize > kMaxChunkSize)
        return Header::ReadStatus::Damaged;
    return Header::ReadStatus::Ok;
}

} // namespace

const QString& fileSuffix()
{
    static const QString suffix = QStringLiteral(".casedesk-backup");
    return suffix;
}

const QString& manifestName()
{
    static const QString name = QStringLiteral("manifest.json");
    return name;
}

const QString& databaseName()
{
    static const QString name = QStringLiteral("desk.db");
    return name;
}

quint64 KdfParameters::memoryBytes() const
{
    // OpenSSL's own count: 128 r p for B, 128 r (N + 2) for V.
    return quint64(128) * r * p + quint64(128) * r * ((quint64(1) << log2N) + 2);
}

bool KdfParameters::isAcceptable() const
{
    return log2N >= kMinLog2N && log2N <= kMaxLog2N && r >= 1 && r <= kMaxR && p >= 1 && p <= kMaxP
        && memoryBytes() <= kMaxKdfMemory;
}

QByteArray Header::encodeWithoutKeyCheck() const
{
    QByteArray bytes(kMagic, kMagicSize);
    appendU16(bytes, version);
    appendU16(bytes, encrypted ? kFlagEncrypted : 0);
    appendU32(bytes, quint32(size()));
    if (!encrypted)
        return bytes;
    bytes.append(char(kKdfScrypt));
    bytes.append(char(kdf.log2N));
    appendU32(bytes, kdf.r);
    appendU32(bytes, kdf.p);
    bytes.append(salt);
    appendU32(bytes, chunkSize);
    return bytes;
}

QByteArray Header::encode() const
{
    return encrypted ? encodeWithoutKeyCheck() + keyCheck : encodeWithoutKeyCheck();
}

Header::ReadStatus Header::read(QIODevice& device, Header* header)
{
    QByteArray bytes;
    const ReadStatus start = readExactly(device, kPlainHeaderSize, &bytes);
    if (start == ReadStatus::ReadFailed)
        return start;
    if (start != ReadStatus::Ok || std::memcmp(bytes.constData(), kMagic, kMagicSize) != 0)
        return ReadStatus::NotABackup;
    header->version = u16At(bytes, 8);
    if (header->version > kFormatVersion)
        return ReadStatus::NewerFormat;
    const quint16 flags = u16At(bytes, 10);
    if (header->version == 0 || (flags & ~kFlagEncrypted) != 0)
        return ReadStatus::Damaged;
    header->encrypted = (flags & kFlagEncrypted) != 0;
    if (u32At(bytes, 12) != quint32(header->size()))
        return ReadStatus::Damaged;
    if (!header->encrypted)
        return ReadStatus::Ok;
    QByteArray rest;
    const ReadStatus more = readExactly(device, kEncryptedHeaderSize - kPlainHeaderSize, &rest);
    if (more != ReadStatus::Ok)
        return more;
    return readKdfFields(bytes + rest, header);
}

QByteArray chunkNonce(quint64 index)
{
    QByteArray nonce(4, '\0');
    appendU64(nonce, index);
    return nonce;
}

QByteArray keyCheckNonce()
{
    return QByteArray(kNonceSize, char(0xff));
}

QByteArray chunkAad(const QByteArray& header, quint64 index, bool final)
{
    QByteArray aad = header;
    appendU64(aad, index);
    aad.append(final ? '\1' : '\0');
    return aad;
}

} // namespace casedesk::BackupFormat
