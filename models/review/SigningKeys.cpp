#include "review/VoteSignature.h"

#include "board/BoardRepository.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace casedesk {

Q_LOGGING_CATEGORY(lcSigningKeys, "casedesk.review.keys")

namespace {

const QString kService = QStringLiteral("casedesk");

QString keyOf(const QUuid& member)
{
    return QStringLiteral("board-signing/") + member.toString(QUuid::WithoutBraces);
}

// The backend's own text is D-Bus jargon: it goes to the log, the user reads a sentence.
QString explain(const QKeychain::Job& job)
{
    qCInfo(lcSigningKeys) << "keychain error" << int(job.error()) << job.errorString();
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SigningKeys::tr("the keychain refused access (its unlock prompt was cancelled or denied).");
    case QKeychain::NoBackendAvailable:
        return SigningKeys::tr(
            "no keychain service answers on this computer (such as GNOME Keyring or KWallet).");
    default:
        break;
    }
    return SigningKeys::tr("the keychain did not answer as expected: it may be locked, or have no keyring "
                           "to store into.");
}

// Runs a QtKeychain job to completion, as the sync's credentials do.
QKeychain::Error run(QKeychain::Job& job, const QUuid& member)
{
    job.setAutoDelete(false);
    job.setKey(keyOf(member));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error();
}

} // namespace

std::optional<QByteArray> SigningKeys::privateKey(const QUuid& member, QString* problem)
{
    QKeychain::ReadPasswordJob job(kService);
    const QKeychain::Error error = run(job, member);
    if (error == QKeychain::NoError && job.binaryData().size() == 32)
        return job.binaryData();
    if (problem) {
        if (error == QKeychain::EntryNotFound)
            *problem = tr("This computer's keychain holds no signing key for this member: make one first "
                          "(board key).");
        else if (error == QKeychain::NoError)
            *problem
                = tr("The signing key in this computer's keychain is damaged: make a new one (board key).");
        else
            *problem = tr("The signing key could not be read from the keychain: %1").arg(explain(job));
    }
    return std::nullopt;
}

bool SigningKeys::store(const QUuid& member, const QByteArray& privateKey, QString* problem)
{
    QKeychain::WritePasswordJob job(kService);
    job.setBinaryData(privateKey);
    if (run(job, member) == QKeychain::NoError)
        return true;
    if (problem)
        *problem = tr("The signing key could not be stored in the keychain: %1").arg(explain(job));
    return false;
}

bool SigningKeys::remove(const QUuid& member, QString* problem)
{
    QKeychain::DeletePasswordJob job(kService);
    const QKeychain::Error error = run(job, member);
    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
        return true;
    if (problem)
        *problem = tr("The signing key could not be removed from the keychain: %1").arg(explain(job));
    return false;
}

std::optional<QString> SigningKeys::create(BoardRepository& board, const QUuid& member, QString* problem,
                                           bool* keychainRefused)
{
    if (keychainRefused)
        *keychainRefused = false;
    const SigningKeyPair keys = VoteSignature::generate();
    if (keys.privateKey.isEmpty()) {
        *problem = tr("No signing key could be made (OpenSSL refused).");
        return std::nullopt;
    }
    if (!store(member, keys.privateKey, problem)) {
        if (keychainRefused)
            *keychainRefused = true;
        return std::nullopt;
    }
    const QString publicKey = QString::fromLatin1(keys.publicKey.toBase64());
    const QString refused = board.setPublicKey(member, publicKey);
    if (!refused.isEmpty()) {
        remove(member, nullptr);
        *problem = refused;
        return std::nullopt;
    }
    return publicKey;
}

} // namespace casedesk
