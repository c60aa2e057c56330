#pragma once

#include "review/Review.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace casedesk {

class BoardRepository;

// An Ed25519 key pair (OpenSSL libcrypto): 32-byte raw keys.
struct SigningKeyPair
{
    QByteArray privateKey;
    QByteArray publicKey;
};

// Signs and verifies votes. The signed message covers the round's fingerprint, the round's UUID
// (a dossier submitted again unchanged keeps its fingerprint), the member, the choice, the reason
// and the time to the millisecond (UTC), in one unambiguous byte string ("casedesk-vote-1" and
// each field length-prefixed on four bytes), so no two votes share a message.
class VoteSignature
{
    Q_DECLARE_TR_FUNCTIONS(VoteSignature)

public:
    static SigningKeyPair generate();
    static QByteArray message(const QString& fingerprint, const ReviewVote& vote);
    static QByteArray sign(const QByteArray& privateKey, const QByteArray& message);
    // False for a wrong length, a key that is not a valid public key, or a signature that does
    // not match: a truncated or tampered signature never verifies.
    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);
    // What a stored vote shows as: recorded, signed and verified, or signature invalid.
    static VoteCheck check(const QString& fingerprint, const ReviewVote& vote,
                           const QString& publicKeyBase64);
    // Whether `privateKey` is the private half of the registered `publicKeyBase64`.
    static bool matches(const QByteArray& privateKey, const QString& publicKeyBase64);
};

// Where a member's private signing key lives: the system keychain (QtKeychain, service
// "casedesk", key "board-signing/<member uuid>"), never the desk file. A test or a desk without
// a keychain gets the reason.
class SigningKeys
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeys)

public:
    static std::optional<QByteArray> privateKey(const QUuid& member, QString* problem);
    static bool store(const QUuid& member, const QByteArray& privateKey, QString* problem);
    static bool remove(const QUuid& member, QString* problem);
    // Makes the member's key pair: the private key into the keychain first (a public key registered
    // without its private half would sign nothing), then the public key on the member, and the
    // keychain entry removed again when the board refuses it. Returns the public key (base64), or
    // nullopt and why in *problem; *keychainRefused says the keychain was the step that failed.
    static std::optional<QString> create(BoardRepository& board, const QUuid& member, QString* problem,
                                         bool* keychainRefused = nullptr);
};

} // namespace casedesk
