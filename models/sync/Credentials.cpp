#include "sync/Credentials.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace casedesk {

Q_LOGGING_CATEGORY(lcCredentials, "casedesk.sync.credentials")

namespace {

const QString kService = QStringLiteral("casedesk");

// What the keychain's failure means for the user, in their language. The backend's own text is
// English D-Bus jargon ("Object does not exist at path /org/freedesktop/secrets/collection/login"):
// it goes to the log for whoever diagnoses the machine, never into a sentence for the user.
QString explain(const QKeychain::Job& job)
{
    qCInfo(lcCredentials) << "keychain error" << int(job.error()) << job.errorString();
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainCredentials::tr(
            "the keychain refused access (its unlock prompt was cancelled or denied).");
    case QKeychain::NoBackendAvailable:
        return KeychainCredentials::tr(
            "no keychain service answers on this computer (such as GNOME Keyring or KWallet).");
    case QKeychain::NotImplemented:
        return KeychainCredentials::tr("this computer's keychain cannot do that.");
    case QKeychain::CouldNotDeleteEntry:
        return KeychainCredentials::tr("the keychain would not remove the entry.");
    case QKeychain::EntryNotFound:
    case QKeychain::NoError:
    case QKeychain::OtherError:
        break;
    }
    return KeychainCredentials::tr(
        "the keychain did not answer as expected: it may be locked, its unlock prompt "
        "cancelled, or it has no keyring to store into.");
}

// Runs a QtKeychain job to completion; returns its error code.
QKeychain::Error runJob(QKeychain::Job& job, const QString& server)
{
    job.setAutoDelete(false);
    job.setKey(server);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error();
}

} // namespace

MemoryCredentials::MemoryCredentials(const QString& keychainProblem)
    : m_keychainProblem(keychainProblem)
{
}

QString MemoryCredentials::whereStored() const
{
    const QString sentence = tr("No keychain is available on this computer: the token is kept in memory for "
                                "this session only and must be entered again after a restart.");
    if (m_keychainProblem.isEmpty())
        return sentence;
    return sentence + QLatin1Char(' ') + tr("(Why: %1)").arg(m_keychainProblem);
}

std::optional<QByteArray> MemoryCredentials::token(const QString& server, QString* errorMessage)
{
    if (m_tokens.contains(server))
        return m_tokens.value(server);
    *errorMessage = tr("No token was given for %1 in this session.").arg(server);
    return std::nullopt;
}

bool MemoryCredentials::setToken(const QString& server, const QByteArray& token, QString*)
{
    m_tokens.insert(server, token);
    return true;
}

bool MemoryCredentials::removeToken(const QString& server, QString*)
{
    m_tokens.remove(server);
    return true;
}

std::optional<QByteArray> KeychainCredentials::token(const QString& server, QString* errorMessage)
{
    QKeychain::ReadPasswordJob job(kService);
    const QKeychain::Error error = runJob(job, server);
    if (error == QKeychain::NoError)
        return job.binaryData();
    *errorMessage = error == QKeychain::EntryNotFound
        ? tr("The keychain holds no token for %1.").arg(server)
        : tr("The keychain could not be read: %1").arg(explain(job));
    return std::nullopt;
}

bool KeychainCredentials::setToken(const QString& server, const QByteArray& token, QString* errorMessage)
{
    QKeychain::WritePasswordJob job(kService);
    job.setBinaryData(token);
    if (runJob(job, server) == QKeychain::NoError)
        return true;
    *errorMessage = tr("The token could not be stored in the keychain: %1").arg(explain(job));
    return false;
}

bool KeychainCredentials::removeToken(const QString& server, QString* errorMessage)
{
    QKeychain::DeletePasswordJob job(kService);
    const QKeychain::Error error = runJob(job, server);
    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
        return true;
    *errorMessage = tr("The token could not be removed from the keychain: %1").arg(explain(job));
    return false;
}

QString KeychainCredentials::whereStored() const
{
    // Where a saved token goes, not a claim that one is saved (the page says whether one is).
    return tr("Tokens are kept in this computer's keychain.");
}

bool KeychainCredentials::isAvailable(QString* problem)
{
    // QtKeychain 0.13 has no availability call: a read that reaches the backend answers
    // "found" or "not found"; no D-Bus session or no Secret Service answers something else.
    QKeychain::ReadPasswordJob probe(kService);
    const QKeychain::Error error = runJob(probe, QStringLiteral("casedesk-availability-probe"));
    const bool available = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
    if (!available && problem)
        *problem = explain(probe);
    return available;
}

QString credentialKey(const QUrl& server)
{
    return server.toString(QUrl::StripTrailingSlash);
}

std::unique_ptr<Credentials> makeCredentials()
{
    QString problem;
    if (KeychainCredentials::isAvailable(&problem))
        return std::make_unique<KeychainCredentials>();
    return std::make_unique<MemoryCredentials>(problem);
}

} // namespace casedesk
