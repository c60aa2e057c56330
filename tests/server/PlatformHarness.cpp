#include "PlatformHarness.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTimer>

namespace casedesk::test {

namespace {

constexpr int kStartAttempts = 5;
constexpr int kStartTimeoutMs = 10000;
constexpr int kExitCannotListen = 3;
constexpr int kMaxAttempts = 40;

// A port nobody listens on right now. Another process may take it before the server binds:
// the caller retries when the server says so (exit code 3).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

QJsonObject PlatformReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

PlatformProcess::PlatformProcess() = default;

PlatformProcess::~PlatformProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QByteArray PlatformProcess::runCommand(const QStringList& arguments, int* exitCode)
{
    QProcess process;
    process.start(QStringLiteral(CASEDESK_PLATFORM_PATH), arguments);
    if (!process.waitForFinished(kStartTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitCode();
    return process.readAllStandardOutput().trimmed();
}

bool PlatformProcess::start(const QStringList& extraArguments, QString* error)
{
    int exitCode = -1;
    m_token = runCommand({ QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data"),
                           m_dataDir.path(), QStringLiteral("--name"), QStringLiteral("test-desk") },
                         &exitCode);
    if (exitCode != 0 || m_token.isEmpty()) {
        *error = QStringLiteral("token create failed (exit %1)").arg(exitCode);
        return false;
    }
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        bool portTaken = false;
        if (startOnce(extraArguments, error, &portTaken))
            return true;
        if (!portTaken)
            return false;
    }
    return false;
}

bool PlatformProcess::startOnce(const QStringList& extraArguments, QString* error, bool* portTaken)
{
    m_port = freePort();
    m_process = std::make_unique<QProcess>();
    m_process->start(QStringLiteral(CASEDESK_PLATFORM_PATH),
                     QStringList { QStringLiteral("--port"), QString::number(m_port),
                                   QStringLiteral("--data"), m_dataDir.path() }
                         + extraArguments);
    const QDeadlineTimer deadline(kStartTimeoutMs);
    QByteArray output;
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(100);
        output += m_process->readAllStandardOutput();
        if (output.contains("listening on"))
            return true;
    }
    m_process->waitForFinished(1000);
    *portTaken
        = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == kExitCannotListen;
    *error
        = QStringLiteral("the server did not start: ") + QString::fromUtf8(m_process->readAllStandardError());
    return false;
}

QByteArray PlatformProcess::log()
{
    if (m_process)
        m_log += m_process->readAllStandardError();
    return m_log;
}

PlatformClient::PlatformClient(const QString& baseUrl, const QByteArray& token)
    : m_baseUrl(baseUrl)
    , m_token(token)
{
}

PlatformReply PlatformClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                                   const QHash<QByteArray, QByteArray>& headers, int timeoutMs)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply
        = method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit); // a safety net over the transfer timeout
    if (!reply->isFinished())
        loop.exec();
    PlatformReply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            result.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

PlatformReply PlatformClient::sendWithRetries(const QByteArray& method, const QString& path,
                                              const QByteArray& body,
                                              const QHash<QByteArray, QByteArray>& headers, int* attempts,
                                              int timeoutMs)
{
    PlatformReply reply;
    for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
        if (attempts)
            *attempts = attempt;
        reply = send(method, path, body, headers, timeoutMs);
        if (reply.status != 0 && reply.status != 429 && reply.status < 500)
            return reply;
    }
    return reply;
}

} // namespace casedesk::test
