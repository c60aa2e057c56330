#include "evidence/Sha256.h"

#ifdef CASEDESK_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace casedesk {

#ifdef CASEDESK_HAVE_OPENSSL

struct Sha256::State
{
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    EVP_DigestInit_ex(m_state->context, EVP_sha256(), nullptr);
}

void Sha256::addData(const char* data, qint64 size)
{
    EVP_DigestUpdate(m_state->context, data, size_t(size));
}

QByteArray Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->context, digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
}

#else

struct Sha256::State
{
    QCryptographicHash hash { QCryptographicHash::Sha256 };
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
}

void Sha256::addData(const char* data, qint64 size)
{
    m_state->hash.addData(QByteArrayView(data, size));
}

QByteArray Sha256::hexResult()
{
    return m_state->hash.result().toHex();
}

#endif

Sha256::~Sha256() = default;

} // namespace casedesk
