#include "backup/ArchiveCipher.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <climits>

namespace casedesk {

struct ArchiveCipher::State
{
    std::array<unsigned char, BackupFormat::kKeySize> key {};
    EVP_CIPHER* algorithm = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    EVP_CIPHER_CTX* context = EVP_CIPHER_CTX_new();
    ~State()
    {
        OPENSSL_cleanse(key.data(), key.size());
        EVP_CIPHER_CTX_free(context);
        EVP_CIPHER_free(algorithm);
    }
};

ArchiveCipher::ArchiveCipher()
    : m_state(std::make_unique<State>())
{
}

ArchiveCipher::~ArchiveCipher() = default;

std::unique_ptr<ArchiveCipher> ArchiveCipher::derive(const QByteArray& passphrase, const QByteArray& salt,
                                                     const BackupFormat::KdfParameters& kdf)
{
    std::unique_ptr<ArchiveCipher> cipher(new ArchiveCipher);
    if (!cipher->m_state->algorithm || !cipher->m_state->context)
        return nullptr;
    const int derived
        = EVP_PBE_scrypt(passphrase.constData(), size_t(passphrase.size()),
                         reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()),
                         quint64(1) << kdf.log2N, kdf.r, kdf.p, kdf.memoryBytes() + 4096,
                         cipher->m_state->key.data(), cipher->m_state->key.size());
    return derived == 1 ? std::move(cipher) : nullptr;
}

QByteArray ArchiveCipher::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

bool ArchiveCipher::seal(const QByteArray& nonce, const QByteArray& aad, char* data, qint64 size, char* tag)
{
    return run(true, nonce, aad, data, size, tag);
}

bool ArchiveCipher::open(const QByteArray& nonce, const QByteArray& aad, char* data, qint64 size,
                         const char* tag)
{
    return run(false, nonce, aad, data, size, const_cast<char*>(tag));
}

// One whole GCM message: the key and nonce set afresh, the AAD, the bytes in place, the tag
// written (encrypting) or checked (decrypting).
bool ArchiveCipher::run(bool encrypt, const QByteArray& nonce, const QByteArray& aad, char* data, qint64 size,
                        char* tag)
{
    if (size < 0 || size > INT_MAX || nonce.size() != BackupFormat::kNonceSize)
        return false;
    EVP_CIPHER_CTX* context = m_state->context;
    const auto* iv = reinterpret_cast<const unsigned char*>(nonce.constData());
    if (EVP_CipherInit_ex2(context, m_state->algorithm, m_state->key.data(), iv, encrypt ? 1 : 0, nullptr)
        != 1)
        return false;
    int length = 0;
    if (EVP_CipherUpdate(context, nullptr, &length, reinterpret_cast<const unsigned char*>(aad.constData()),
                         int(aad.size()))
        != 1)
        return false;
    auto* bytes = reinterpret_cast<unsigned char*>(data);
    if (size > 0 && EVP_CipherUpdate(context, bytes, &length, bytes, int(size)) != 1)
        return false;
    if (!encrypt && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, BackupFormat::kTagSize, tag) != 1)
        return false;
    unsigned char tail[BackupFormat::kTagSize]; // GCM writes nothing here; OpenSSL wants a buffer
    if (EVP_CipherFinal_ex(context, tail, &length) != 1)
        return false;
    return !encrypt || EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_GET_TAG, BackupFormat::kTagSize, tag) == 1;
}

} // namespace casedesk
