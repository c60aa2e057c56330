#include "sync/SyncTransport.h"

#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>

namespace casedesk {

Q_LOGGING_CATEGORY(lcSync, "casedesk.sync")

namespace {

constexpr int kCancelPollMs = 100;

} // namespace

SyncTransport::SyncTransport(const QUrl& baseUrl, const QByteArray& token, const RetryPolicy& policy)
    : m_baseUrl(baseUrl)
    , m_token(token)
    , m_policy(policy)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    // Verification is always on; there is deliberately no switch to ignore TLS errors.
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

bool SyncTransport::addCaCertificates(const QString& pemFile, QString* errorMessage)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        *errorMessage = QCoreApplication::translate("SyncTransport", "No certificate could be read from %1.")
                            .arg(pemFile);
        return false;
    }
    m_ssl.addCaCertificates(certificates);
    return true;
}

bool SyncTransport::isRetryable(int status)
{
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

void SyncTransport::waitMs(int milliseconds)
{
    // An event loop, not a sleep: replies of other requests and timers keep being served.
    // Precise: a coarse timer may fire up to 5% early, and Retry-After is a minimum.
    QEventLoop loop;
    QTimer::singleShot(milliseconds, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [this, &loop] {
        if (cancelled())
            loop.quit();
    });
    poll.start(kCancelPollMs);
    loop.exec();
}

SyncTransport::Pending::~Pending()
{
    if (!reply)
        return;
    reply->abort();
    reply->deleteLater();
}

SyncTransport::~SyncTransport() = default;

HttpResult SyncTransport::send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                               const QHash<QByteArray, QByteArray>& headers)
{
    return finish(start(method, pathAndQuery, body, headers));
}

std::unique_ptr<SyncTransport::Pending> SyncTransport::start(const QByteArray& method,
                                                             const QString& pathAndQuery,
                                                             const QByteArray& body,
                                                             const QHash<QByteArray, QByteArray>& headers)
{
    auto pending = std::make_unique<Pending>();
    pending->method = method;
    pending->pathAndQuery = pathAndQuery;
    pending->body = body;
    pending->headers = headers;
    if (!cancelled())
        pending->reply = begin(method, pathAndQuery, body, headers);
    return pending;
}

void SyncTransport::pump()
{
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

HttpResult SyncTransport::finish(std::unique_ptr<Pending> pending)
{
    HttpResult result;
    for (int attempt = 1; attempt <= m_policy.maxAttempts && !cancelled(); ++attempt) {
        if (attempt > 1) {
            const int wait = backoffMs(attempt - 1, result);
            if (m_retryNotice)
                m_retryNotice(result, wait);
            waitMs(wait);
            if (cancelled())
                break;
        }
        QNetworkReply* reply = std::exchange(pending->reply, nullptr);
        if (!reply)
            reply = begin(pending->method, pending->pathAndQuery, pending->body, pending->headers);
        result = collect(reply);
        result.attempts = attempt;
        qCDebug(lcSync) << pending->method << pending->pathAndQuery << "->" << result.status << "attempt"
                        << attempt;
        if (!isRetryable(result.status))
            break;
    }
    return result;
}

HttpResult SyncTransport::download(const QString& pathAndQuery, QFileDevice* file)
{
    HttpResult result;
    for (int attempt = 1; attempt <= m_policy.maxAttempts && !cancelled(); ++attempt) {
        if (attempt > 1) {
            const int wait = backoffMs(attempt - 1, result);
            if (m_retryNotice)
                m_retryNotice(result, wait);
            waitMs(wait);
            if (cancelled())
                break;
        }
        // What an interrupted attempt wrote is not the file: start from nothing.
        if (!file->resize(0) || !file->seek(0)) {
            result = {};
            result.networkError = file->errorString();
            break;
        }
        result = collect(begin("GET", pathAndQuery, {}, {}), file);
        result.attempts = attempt;
        qCDebug(lcSync) << "GET" << pathAndQuery << "->" << result.status << "attempt" << attempt
                        << "(to a file)";
        if (!isRetryable(result.status))
            break;
    }
    return result;
}

QNetworkReply* SyncTransport::begin(const QByteArray& method, const QString& pathAndQuery,
                                    const QByteArray& body, const QHash<QByteArray, QByteArray>& headers)
{
    QUrl url = m_baseUrl;
    const QString base = url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path();
    const qsizetype query = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(base + pathAndQuery.left(query));
    url.setQuery(query < 0 ? QString() : pathAndQuery.mid(query + 1));

    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_policy.requestTimeoutMs);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());

    // HEAD through head(): a custom "HEAD" verb would wait for the body its Content-Length announces.
    return method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method, body);
}

HttpResult SyncTransport::collect(QNetworkReply* reply, QFileDevice* sink)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // A safety net over the transfer timeout, so one request can never hang the run; restarted
    // while bytes flow, so a large file on a slow line is not cut off.
    QTimer safetyNet;
    safetyNet.setSingleShot(true);
    QObject::connect(&safetyNet, &QTimer::timeout, reply, &QNetworkReply::abort);
    safetyNet.start(m_policy.requestTimeoutMs + 1000);
    const auto progressed = [&safetyNet, this] {
        safetyNet.start(m_policy.requestTimeoutMs + 1000);
    };
    QObject::connect(reply, &QNetworkReply::uploadProgress, &safetyNet, progressed);
    QObject::connect(reply, &QNetworkReply::downloadProgress, &safetyNet, progressed);
    QString sinkError;
    if (sink) {
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, sink, &sinkError] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 200 || status > 299 || !sinkError.isEmpty())
                return; // a problem document stays in the reply for the result
            const QByteArray chunk = reply->readAll();
            if (sink->write(chunk) != chunk.size()) {
                sinkError = sink->errorString();
                reply->abort();
            }
        });
    }
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, reply, [this, reply] {
        if (cancelled())
            reply->abort();
    });
    poll.start(kCancelPollMs);
    if (!reply->isFinished())
        loop.exec();

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (sink && result.status >= 200 && result.status <= 299 && sinkError.isEmpty()) {
        if (sink->write(result.body) != result.body.size() || !sink->flush())
            sinkError = sink->errorString();
        result.body.clear();
    }
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (result.status == 0)
        result.networkError = reply->errorString();
    if (!sinkError.isEmpty()) {
        // Retried like a network error (a bounded number of times), then reported with the file's
        // own error: the user learns the disk is full, not that the platform failed.
        result.status = 0;
        result.networkError = sinkError;
    }
    reply->deleteLater();
    return result;
}

int SyncTransport::backoffMs(int failures, const HttpResult& previous) const
{
    bool ok = false;
    const int retryAfterSeconds = previous.headers.value("retry-after").trimmed().toInt(&ok);
    if (ok && retryAfterSeconds >= 0)
        return std::min(retryAfterSeconds * 1000, m_policy.maxRetryAfterMs);
    // Jitter: a random wait between half and all of the capped exponential step, so desks that
    // failed together do not come back together, yet each wait still grows.
    const qint64 step = std::min<qint64>(qint64(m_policy.initialBackoffMs) << std::min(failures - 1, 20),
                                         m_policy.maxBackoffMs);
    return int(QRandomGenerator::global()->bounded(step / 2, step + 1));
}

} // namespace casedesk
