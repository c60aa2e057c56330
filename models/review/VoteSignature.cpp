#include "review/VoteSignature.h"

#include <QtEndian>

#include <openssl/evp.h>

#include <memory>

namespace casedesk {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kSignatureBytes = 64;

struct PkeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX* context) const { EVP_PKEY_CTX_free(context); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// A field of the message: its length on four bytes (big-endian), then its bytes.
void append(QByteArray& message, const QByteArray& field)
{
    char length[4];
    qToBigEndian(quint32(field.size()), length);
    message.append(length, 4);
    message.append(field);
}

QByteArray rawKey(EVP_PKEY* key, bool privateKey)
{
    QByteArray raw(kKeyBytes, Qt::Uninitialized);
    size_t size = kKeyBytes;
    auto* out = reinterpret_cast<unsigned char*>(raw.data());
    const int done = privateKey ? EVP_PKEY_get_raw_private_key(key, out, &size)
                                : EVP_PKEY_get_raw_public_key(key, out, &size);
    return done == 1 && size == kKeyBytes ? raw : QByteArray();
}

} // namespace

SigningKeyPair VoteSignature::generate()
{
    PkeyCtx context(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY* generated = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1
        || EVP_PKEY_keygen(context.get(), &generated) != 1)
        return {};
    const Pkey key(generated);
    return { rawKey(key.get(), true), rawKey(key.get(), false) };
}

QByteArray VoteSignature::message(const QString& fingerprint, const ReviewVote& vote)
{
    // The round's UUID too: a dossier submitted again unchanged has the same fingerprint, and a
    // vote of the old round must not verify in the new one.
    QByteArray message;
    append(message, QByteArrayLiteral("casedesk-vote-1"));
    append(message, fingerprint.toLower().toUtf8());
    append(message, vote.roundUuid.toByteArray(QUuid::WithoutBraces));
    append(message, vote.memberUuid.toByteArray(QUuid::WithoutBraces));
    append(message, ReviewCodes::choice(vote.choice).toUtf8());
    append(message, vote.reason.toUtf8());
    append(message, vote.castAt.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    return message;
}

QByteArray VoteSignature::sign(const QByteArray& privateKey, const QByteArray& message)
{
    if (privateKey.size() != kKeyBytes)
        return {};
    const Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey), kKeyBytes));
    const MdCtx context(EVP_MD_CTX_new());
    if (!key || !context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    size_t size = kSignatureBytes;
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                       bytes(message), size_t(message.size()))
            != 1
        || size != kSignatureBytes)
        return {};
    return signature;
}

bool VoteSignature::verify(const QByteArray& publicKey, const QByteArray& message,
                           const QByteArray& signature)
{
    if (publicKey.size() != kKeyBytes || signature.size() != kSignatureBytes)
        return false;
    const Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), kKeyBytes));
    const MdCtx context(EVP_MD_CTX_new());
    if (!key || !context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(context.get(), bytes(signature), kSignatureBytes, bytes(message),
                            size_t(message.size()))
        == 1;
}

VoteCheck VoteSignature::check(const QString& fingerprint, const ReviewVote& vote,
                               const QString& publicKeyBase64)
{
    if (vote.form == VoteForm::Recorded && !vote.recordedBy.isNull() && vote.signature.isEmpty())
        return VoteCheck::RecordedBySecretary;
    const auto publicKey
        = QByteArray::fromBase64Encoding(publicKeyBase64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (vote.form != VoteForm::Signed || !publicKey)
        return VoteCheck::SignatureInvalid;
    return verify(*publicKey, message(fingerprint, vote), vote.signature) ? VoteCheck::SignedAndVerified
                                                                          : VoteCheck::SignatureInvalid;
}

bool VoteSignature::matches(const QByteArray& privateKey, const QString& publicKeyBase64)
{
    if (privateKey.size() != kKeyBytes)
        return false;
    const Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey), kKeyBytes));
    return key && rawKey(key.get(), false).toBase64() == publicKeyBase64.toLatin1();
}

} // namespace casedesk
