#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace casedesk::test {

// One answer of the platform, read synchronously (bounded by a timeout).
struct PlatformReply
{
    int status = 0; // 0: no HTTP answer (connection dropped, timeout)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QJsonObject json() const;
    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

// A real casedesk-platform process on 127.0.0.1 with a temporary data folder and one token.
// Killed when this object goes away.
class PlatformProcess
{
public:
    PlatformProcess();
    ~PlatformProcess();

    // Starts the server with the extra options (faults, limits); false with a message on failure.
    bool start(const QStringList& extraArguments, QString* error);
    QString dataDir() const { return m_dataDir.path(); }
    QByteArray token() const { return m_token; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    // What the server logged so far (its stderr).
    QByteArray log();
    // Runs `casedesk-platform ARGS` to completion (token create, feed add).
    static QByteArray runCommand(const QStringList& arguments, int* exitCode);

private:
    bool startOnce(const QStringList& arguments, QString* error, bool* portTaken);

    QTemporaryDir m_dataDir;
    QByteArray m_token;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
};

// A small synchronous HTTP client for the tests.
class PlatformClient
{
public:
    PlatformClient(const QString& baseUrl, const QByteArray& token);

    PlatformReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                       const QHash<QByteArray, QByteArray>& headers = {}, int timeoutMs = 5000);
    // Retries on no answer, 429 and 5xx with the same headers (so the same Idempotency-Key),
    // as the desk's sync will; returns the first other answer.
    PlatformReply sendWithRetries(const QByteArray& method, const QString& path, const QByteArray& body,
                                  const QHash<QByteArray, QByteArray>& headers, int* attempts = nullptr,
                                  int timeoutMs = 5000);
    void setToken(const QByteArray& token) { m_token = token; }

private:
    QNetworkAccessManager m_network;
    QString m_baseUrl;
    QByteArray m_token;
};

} // namespace casedesk::test
