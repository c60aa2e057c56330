#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace casedesk {

// How hard the client tries. Tests shorten the waits; the defaults suit a real network.
struct RetryPolicy
{
    int maxAttempts = 8;
    int initialBackoffMs = 250;
    int maxBackoffMs = 15000;
    int maxRetryAfterMs = 60000; // a Retry-After beyond this is capped: the run stays bounded
    int requestTimeoutMs = 15000; // per attempt; a late answer counts as a network error
};

// One HTTP answer; status 0 when none arrived (network error, timeout).
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError; // set when status is 0
    int attempts = 0;
};

// Sends requests to the platform with the bearer token, verified TLS and retries: network
// errors, 408, 429 and 5xx only, capped exponential backoff with full jitter, Retry-After
// honoured, the same headers (so the same Idempotency-Key) on every attempt. Synchronous on a
// local event loop so the CLI and tests can run a sync to completion.
class SyncTransport
{
public:
    ~SyncTransport();
    SyncTransport(const QUrl& baseUrl, const QByteArray& token, const RetryPolicy& policy);

    // Adds the CA certificates of a PEM file to the trusted ones (self-hosted platforms).
    bool addCaCertificates(const QString& pemFile, QString* errorMessage);

    HttpResult send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                    const QHash<QByteArray, QByteArray>& headers = {});

    // A request whose first attempt is on its way while the caller goes on working (the push
    // prepares its next batch while the platform applies this one); finish() takes its answer,
    // retrying as send() does. Call pump() now and then meanwhile: the answer is read as it comes.
    class Pending
    {
    public:
        ~Pending(); // aborts an attempt never read

    private:
        friend class SyncTransport;
        QByteArray method;
        QString pathAndQuery;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
        QNetworkReply* reply = nullptr; // the first attempt, until finish() reads it
    };
    std::unique_ptr<Pending> start(const QByteArray& method, const QString& pathAndQuery,
                                   const QByteArray& body = {},
                                   const QHash<QByteArray, QByteArray>& headers = {});
    HttpResult finish(std::unique_ptr<Pending> pending);
    void pump();
    // A GET whose successful (2xx) body goes into `file` as it arrives, never whole in memory (an
    // evidence file may be hundreds of megabytes); the file is emptied before each attempt. Other
    // answers keep their (small, problem+json) body in the result. A write error ends the attempt
    // with status 0 and the file's error.
    HttpResult download(const QString& pathAndQuery, QFileDevice* file);

    static bool isRetryable(int status);

    // Told before each wait between attempts: the attempt that failed and how long it waits.
    void setRetryNotice(std::function<void(const HttpResult& failed, int waitMs)> notice)
    {
        m_retryNotice = std::move(notice);
    }
    // When the flag turns true, the request in flight is aborted and no attempt follows.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    bool cancelled() const { return m_cancel && m_cancel->load(); }

private:
    void waitMs(int milliseconds);

    QNetworkReply* begin(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                         const QHash<QByteArray, QByteArray>& headers);
    // Waits for the reply (bounded), then reads it; the reply is deleted.
    HttpResult collect(QNetworkReply* reply, QFileDevice* sink = nullptr);
    int backoffMs(int attempt, const HttpResult& previous) const;

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QByteArray m_token;
    RetryPolicy m_policy;
    QSslConfiguration m_ssl;
    std::function<void(const HttpResult&, int)> m_retryNotice;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace casedesk
