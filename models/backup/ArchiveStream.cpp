#include "backup/ArchiveStream.h"

#include "backup/ArchiveCipher.h"

#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <limits>

namespace casedesk {

using BackupFormat::EntryKind;

namespace {

constexpr int kFrameHeaderSize = 5; // u32 length, u8 flags
constexpr char kFinalFlag = 1;
constexpr int kDigestSize = 32;

template<typename T>
QByteArray bigEndian(T value)
{
    const T big = qToBigEndian(value);
    return QByteArray(reinterpret_cast<const char*>(&big), sizeof big);
}

bool isEntryKind(char kind)
{
    return kind == char(EntryKind::Manifest) || kind == char(EntryKind::Database)
        || kind == char(EntryKind::File);
}

} // namespace

// --- ArchiveWriter ------------------------------------------------------------------------------

ArchiveWriter::ArchiveWriter(QIODevice& device)
    : m_device(device)
{
}

ArchiveWriter::~ArchiveWriter() = default;

bool ArchiveWriter::start(const QByteArray& passphrase, const BackupFormat::KdfParameters& kdf)
{
    BackupFormat::Header header;
    header.encrypted = !passphrase.isEmpty();
    if (header.encrypted) {
        header.kdf = kdf;
        header.salt = ArchiveCipher::randomBytes(BackupFormat::kSaltSize);
        if (header.salt.isEmpty()) {
            m_error = tr("the system gave no random bytes for the encryption");
            return false;
        }
        m_cipher = ArchiveCipher::derive(passphrase, header.salt, kdf);
        header.keyCheck = QByteArray(BackupFormat::kTagSize, '\0');
        if (!m_cipher
            || !m_cipher->seal(BackupFormat::keyCheckNonce(), header.encodeWithoutKeyCheck(), nullptr, 0,
                               header.keyCheck.data())) {
            m_error = tr("the encryption key could not be derived (not enough memory?)");
            return false;
        }
        m_chunk.reserve(qsizetype(header.chunkSize));
    }
    m_header = header.encode();
    return writeOut(m_header.constData(), m_header.size());
}

bool ArchiveWriter::beginEntry(EntryKind kind, const QByteArray& name, qint64 size)
{
    Q_ASSERT(m_entryLeft == 0 && kind != EntryKind::End && name.size() <= BackupFormat::kMaxNameSize);
    const QByteArray framing
        = QByteArray(1, char(kind)) + bigEndian(quint16(name.size())) + name + bigEndian(quint64(size));
    m_streamHash.addData(framing.constData(), framing.size());
    if (!put(framing.constData(), framing.size()))
        return false;
    m_entryLeft = size;
    return true;
}

bool ArchiveWriter::write(const char* data, qint64 size)
{
    Q_ASSERT(size <= m_entryLeft);
    m_entryLeft -= size;
    m_streamHash.addData(data, size);
    return put(data, size);
}

bool ArchiveWriter::finish()
{
    Q_ASSERT(m_entryLeft == 0);
    const std::array<unsigned char, 32> digest = m_streamHash.result();
    const QByteArray end = QByteArray(1, char(EntryKind::End)) + bigEndian(quint16(0))
        + bigEndian(quint64(kDigestSize))
        + QByteArray(reinterpret_cast<const char*>(digest.data()), kDigestSize);
    if (!put(end.constData(), end.size()))
        return false;
    return !m_cipher || sealChunk(true);
}

bool ArchiveWriter::put(const char* data, qint64 size)
{
    if (!m_cipher)
        return writeOut(data, size);
    const qint64 chunkSize = qint64(BackupFormat::kChunkSize);
    while (size > 0) {
        // A full chunk is sealed only once more bytes come: the last one is always sealed final.
        if (m_chunk.size() == chunkSize && !sealChunk(false))
            return false;
        const qint64 taken = std::min(size, chunkSize - m_chunk.size());
        m_chunk.append(data, taken);
        data += taken;
        size -= taken;
    }
    return true;
}

bool ArchiveWriter::sealChunk(bool final)
{
    char tag[BackupFormat::kTagSize];
    const QByteArray aad = BackupFormat::chunkAad(m_header, m_chunkIndex, final);
    if (!m_cipher->seal(BackupFormat::chunkNonce(m_chunkIndex), aad, m_chunk.data(), m_chunk.size(), tag)) {
        m_error = tr("the encryption failed");
        return false;
    }
    const QByteArray frame = bigEndian(quint32(m_chunk.size())) + QByteArray(1, final ? kFinalFlag : '\0');
    if (!writeOut(frame.constData(), frame.size()) || !writeOut(m_chunk.constData(), m_chunk.size())
        || !writeOut(tag, sizeof tag))
        return false;
    ++m_chunkIndex;
    m_chunk.truncate(0);
    return true;
}

bool ArchiveWriter::writeOut(const char* data, qint64 size)
{
    if (m_device.write(data, size) == size)
        return true;
    m_error = m_device.errorString();
    return false;
}

// --- ArchiveReader ------------------------------------------------------------------------------

ArchiveReader::ArchiveReader(QIODevice& device)
    : m_device(device)
{
}

ArchiveReader::~ArchiveReader() = default;

ArchiveReader::Status ArchiveReader::readHeader()
{
    switch (BackupFormat::Header::read(m_device, &m_header)) {
    case BackupFormat::Header::ReadStatus::Ok:
        m_headerBytes = m_header.encode();
        return Status::Ok;
    case BackupFormat::Header::ReadStatus::NotABackup:
        return Status::NotABackup;
    case BackupFormat::Header::ReadStatus::NewerFormat:
        return Status::NewerFormat;
    case BackupFormat::Header::ReadStatus::Truncated:
        return Status::Truncated;
    case BackupFormat::Header::ReadStatus::ReadFailed:
        m_detail = m_device.errorString();
        return Status::ReadFailed;
    case BackupFormat::Header::ReadStatus::Damaged:
        break;
    }
    return damaged(tr("its header is not valid"));
}

ArchiveReader::Status ArchiveReader::unlock(const QByteArray& passphrase)
{
    if (!m_header.encrypted)
        return Status::Ok;
    if (passphrase.isEmpty())
        return Status::NeedsPassphrase;
    m_cipher = ArchiveCipher::derive(passphrase, m_header.salt, m_header.kdf);
    if (!m_cipher) {
        m_detail = tr("the decryption key could not be derived (not enough memory?)");
        return Status::ReadFailed;
    }
    if (!m_cipher->open(BackupFormat::keyCheckNonce(), m_header.encodeWithoutKeyCheck(), nullptr, 0,
                        m_header.keyCheck.constData())) {
        m_cipher.reset();
        return Status::WrongPassphrase;
    }
    return Status::Ok;
}

ArchiveReader::Status ArchiveReader::next(Entry* entry)
{
    Q_ASSERT(m_entryLeft == 0);
    char kind = 0;
    if (const Status status = readStream(&kind, 1, false); status != Status::Ok)
        return status;
    if (kind == char(EntryKind::End)) {
        entry->kind = EntryKind::End;
        entry->name.clear();
        entry->size = 0;
        return checkEnd();
    }
    if (!isEntryKind(kind))
        return damaged(tr("an entry of unknown kind was found"));
    m_streamHash.addData(&kind, 1);
    quint16 nameSize = 0;
    if (const Status status = readStream(reinterpret_cast<char*>(&nameSize), 2, true); status != Status::Ok)
        return status;
    nameSize = qFromBigEndian(nameSize);
    if (nameSize > BackupFormat::kMaxNameSize)
        return damaged(tr("an entry has a name too long"));
    entry->kind = EntryKind(kind);
    entry->name = QByteArray(nameSize, Qt::Uninitialized);
    quint64 size = 0;
    if (const Status status = readStream(entry->name.data(), nameSize, true); status != Status::Ok)
        return status;
    if (const Status status = readStream(reinterpret_cast<char*>(&size), 8, true); status != Status::Ok)
        return status;
    size = qFromBigEndian(size);
    if (size > quint64(std::numeric_limits<qint64>::max()))
        return damaged(tr("an entry has an impossible size"));
    entry->size = qint64(size);
    m_entryLeft = entry->size;
    return Status::Ok;
}

ArchiveReader::Status ArchiveReader::read(char* data, qint64 size)
{
    Q_ASSERT(size <= m_entryLeft);
    m_entryLeft -= size;
    return readStream(data, size, true);
}

// The end entry: the SHA-256 of every stream byte before it, then nothing at all.
ArchiveReader::Status ArchiveReader::checkEnd()
{
    const std::array<unsigned char, 32> digest = m_streamHash.result();
    QByteArray framing(2 + 8 + kDigestSize, Qt::Uninitialized);
    if (const Status status = readStream(framing.data(), framing.size(), false); status != Status::Ok)
        return status;
    const QByteArray expected = bigEndian(quint16(0)) + bigEndian(quint64(kDigestSize))
        + QByteArray(reinterpret_cast<const char*>(digest.data()), kDigestSize);
    if (framing != expected)
        return damaged(tr("its contents do not match the checksum at its end"));
    const bool chunkDone = !m_cipher || (m_finalSeen && m_chunkOffset == m_chunk.size());
    char extra = 0;
    if (!chunkDone || m_device.read(&extra, 1) != 0)
        return damaged(tr("there are bytes after its end"));
    return Status::Ok;
}

ArchiveReader::Status ArchiveReader::readStream(char* data, qint64 size, bool hashed)
{
    if (!m_cipher) {
        if (const Status status = readPlain(data, size); status != Status::Ok)
            return status;
    } else {
        qint64 done = 0;
        while (done < size) {
            if (m_chunkOffset == m_chunk.size()) {
                if (const Status status = loadChunk(); status != Status::Ok)
                    return status;
                continue;
            }
            const qint64 taken = std::min(size - done, qint64(m_chunk.size()) - m_chunkOffset);
            std::copy_n(m_chunk.constData() + m_chunkOffset, taken, data + done);
            m_chunkOffset += taken;
            done += taken;
        }
    }
    if (hashed)
        m_streamHash.addData(data, size);
    return Status::Ok;
}

ArchiveReader::Status ArchiveReader::readPlain(char* data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 read = m_device.read(data + done, size - done);
        if (read < 0) {
            m_detail = m_device.errorString();
            return Status::ReadFailed;
        }
        if (read == 0)
            return Status::Truncated;
        done += read;
    }
    return Status::Ok;
}

// The next sealed chunk, decrypted and authenticated with its index and final flag.
ArchiveReader::Status ArchiveReader::loadChunk()
{
    if (m_finalSeen)
        return damaged(tr("an entry runs past its last part"));
    char frame[kFrameHeaderSize];
    if (const Status status = readPlain(frame, sizeof frame); status != Status::Ok)
        return status;
    const quint32 length = qFromBigEndian<quint32>(frame);
    const bool final = frame[4] == kFinalFlag;
    if ((frame[4] != 0 && !final) || length > m_header.chunkSize || (!final && length != m_header.chunkSize))
        return damaged(tr("part %1 has an invalid frame").arg(m_chunkIndex + 1));
    m_chunk.resize(qsizetype(length));
    char tag[BackupFormat::kTagSize];
    if (const Status status = readPlain(m_chunk.data(), length); status != Status::Ok)
        return status;
    if (const Status status = readPlain(tag, sizeof tag); status != Status::Ok)
        return status;
    const QByteArray aad = BackupFormat::chunkAad(m_headerBytes, m_chunkIndex, final);
    if (!m_cipher->open(BackupFormat::chunkNonce(m_chunkIndex), aad, m_chunk.data(), length, tag))
        return damaged(tr("part %1 fails its authentication check").arg(m_chunkIndex + 1));
    ++m_chunkIndex;
    m_chunkOffset = 0;
    m_finalSeen = final;
    return Status::Ok;
}

ArchiveReader::Status ArchiveReader::damaged(const QString& detail)
{
    m_detail = detail;
    return Status::Damaged;
}

} // namespace casedesk
