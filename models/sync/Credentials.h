#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace casedesk {

// Where the platform token lives. The token never goes to QSettings, the desk file or a log:
// either the OS keychain, or this process's memory for the session when there is no keychain.
class Credentials
{
public:
    virtual ~Credentials() = default;

    // The token stored for `server` (its base URL), or nullopt with a user-facing reason.
    virtual std::optional<QByteArray> token(const QString& server, QString* errorMessage) = 0;
    virtual bool setToken(const QString& server, const QByteArray& token, QString* errorMessage) = 0;
    virtual bool removeToken(const QString& server, QString* errorMessage) = 0;
    // False for the session-only store: the UI tells the user the token will be asked again.
    virtual bool persistent() const = 0;
    // One translated sentence for the settings page: where the token lives.
    virtual QString whereStored() const = 0;
};

// Session only: forgotten when the process ends.
class MemoryCredentials : public Credentials
{
    Q_DECLARE_TR_FUNCTIONS(MemoryCredentials)

public:
    // `keychainProblem`: why no keychain could be used, shown to the user.
    explicit MemoryCredentials(const QString& keychainProblem = {});

    std::optional<QByteArray> token(const QString& server, QString* errorMessage) override;
    bool setToken(const QString& server, const QByteArray& token, QString* errorMessage) override;
    bool removeToken(const QString& server, QString* errorMessage) override;
    bool persistent() const override { return false; }
    QString whereStored() const override;

private:
    QHash<QString, QByteArray> m_tokens;
    QString m_keychainProblem;
};

// The OS keychain through QtKeychain (Secret Service on Linux): service "casedesk", key = the
// server URL. Calls block on a local event loop: they are short and the CLI has no other work.
class KeychainCredentials : public Credentials
{
    Q_DECLARE_TR_FUNCTIONS(KeychainCredentials)

public:
    std::optional<QByteArray> token(const QString& server, QString* errorMessage) override;
    bool setToken(const QString& server, const QByteArray& token, QString* errorMessage) override;
    bool removeToken(const QString& server, QString* errorMessage) override;
    bool persistent() const override { return true; }
    QString whereStored() const override;

    // Whether a keychain answers at all (a D-Bus session with a Secret Service); if not, why.
    static bool isAvailable(QString* problem = nullptr);
};

// The key a server's token is stored under: its base URL without a trailing slash.
QString credentialKey(const QUrl& server);

// The keychain when one is available, else the session-only store.
std::unique_ptr<Credentials> makeCredentials();

} // namespace casedesk
