#include "evidence/Sha256.h"

#include <QFile>

#include <algorithm>

#include <openssl/evp.h>

namespace casedesk {

struct Sha256::State
{
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    // Fetched once: OpenSSL 3 looks the algorithm up again at every init given EVP_sha256(),
    // which cost twice the hashing of a statement line's duplicate key.
    EVP_MD* algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    ~State()
    {
        EVP_MD_free(algorithm);
        EVP_MD_CTX_free(context);
    }
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    reset();
}

void Sha256::addData(const char* data, qint64 size)
{
    EVP_DigestUpdate(m_state->context, data, size_t(size));
}

QByteArray Sha256::hexResult()
{
    const std::array<unsigned char, 32> digest = result();
    return QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size())).toHex();
}

std::array<unsigned char, 32> Sha256::result()
{
    static_assert(EVP_MAX_MD_SIZE >= 32);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->context, digest, &length);
    std::array<unsigned char, 32> bytes {};
    std::copy_n(digest, std::min<size_t>(length, bytes.size()), bytes.begin());
    return bytes;
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_state->context, m_state->algorithm ? m_state->algorithm : EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

QString Sha256::hexOfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (qint64 read = 0; (read = file.read(chunk.data(), chunk.size())) > 0;)
        hash.addData(chunk.constData(), read);
    if (file.error() != QFileDevice::NoError)
        return {};
    return QString::fromLatin1(hash.hexResult());
}

} // namespace casedesk
