#pragma once

#include "backup/BackupFormat.h"

#include <QByteArray>

#include <array>
#include <memory>

namespace casedesk {

// AES-256-GCM with a key derived from a passphrase by scrypt, both from OpenSSL's libcrypto.
// The key lives in this object only and is wiped when it goes; the passphrase is never kept.
class ArchiveCipher
{
public:
    ~ArchiveCipher();
    ArchiveCipher(const ArchiveCipher&) = delete;
    ArchiveCipher& operator=(const ArchiveCipher&) = delete;

    // scrypt(passphrase, salt); null when OpenSSL refuses (out of memory, parameters).
    static std::unique_ptr<ArchiveCipher> derive(const QByteArray& passphrase, const QByteArray& salt,
                                                 const BackupFormat::KdfParameters& kdf);
    // Random bytes from OpenSSL's generator (salts); empty if it fails.
    static QByteArray randomBytes(int count);

    // Encrypts `size` bytes in place and writes the tag (BackupFormat::kTagSize bytes).
    bool seal(const QByteArray& nonce, const QByteArray& aad, char* data, qint64 size, char* tag);
    // Decrypts in place; false when the tag does not match (wrong key, altered bytes or AAD).
    bool open(const QByteArray& nonce, const QByteArray& aad, char* data, qint64 size, const char* tag);

private:
    ArchiveCipher();
    bool run(bool encrypt, const QByteArray& nonce, const QByteArray& aad, char* data, qint64 size,
             char* tag);

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace casedesk
