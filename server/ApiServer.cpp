#include "ApiServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcPlatformRequests, "casedesk.platform.requests", QtInfoMsg)

namespace casedesk::platform {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

ApiRequest toApiRequest(const QHttpServerRequest& request)
{
    ApiRequest apiRequest;
    apiRequest.method = methodName(request.method());
    apiRequest.path = request.url().path();
    apiRequest.query = request.query();
    for (const auto& [name, value] : request.headers())
        apiRequest.headers.insert(name.toLower(), value);
    apiRequest.body = request.body();
    apiRequest.peer = request.remoteAddress().toString();
    return apiRequest;
}

} // namespace

ApiServer::ApiServer(Api& api, const FaultOptions& faults, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_faults(faults)
{
}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    const ApiRequest apiRequest = toApiRequest(request);
    const FaultAction fault = m_faults.decide(apiRequest.isWrite());
    // The log names the path and the token's name; never the Authorization header.
    bool handled = false;
    const auto logLine = [&](const QString& outcome) {
        qCInfo(lcPlatformRequests).noquote()
            << apiRequest.method << apiRequest.path << outcome << QStringLiteral("%1 ms").arg(timer.elapsed())
            << (handled ? m_api.lastClientName() : QString());
    };
    if (fault == FaultAction::Drop) {
        logLine(QStringLiteral("dropped (fault)"));
        socket->abort();
        return true;
    }
    const HttpAnswer answer = fault == FaultAction::ServerError
        ? problem(500, QStringLiteral("injected-fault"), QStringLiteral("Internal Server Error"),
                  QStringLiteral("A fault injected for testing; nothing was changed."))
        : m_api.handle(apiRequest);
    handled = fault != FaultAction::ServerError;
    if (fault == FaultAction::ApplyThenDrop && answer.status < 500) {
        logLine(QStringLiteral("%1, answer dropped (fault)").arg(answer.status));
        socket->abort();
        return true;
    }
    logLine(QString::number(answer.status));
    const bool headOnly = apiRequest.method == "HEAD";
    if (m_faults.latencyMs() <= 0) {
        send(request, socket, answer, headOnly);
        return true;
    }
    // The socket is the timer's context: if the client goes away first, nothing is written.
    // The request object lives as long as its socket.
    const QHttpServerRequest* requestPointer = &request;
    QTimer::singleShot(m_faults.latencyMs(), socket, [this, requestPointer, socket, answer, headOnly] {
        send(*requestPointer, socket, answer, headOnly);
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers every request; this is only the base class's contract.
    send(request, socket,
         problem(404, QStringLiteral("not-found"), QStringLiteral("Not Found"),
                 QStringLiteral("There is nothing at this address.")),
         false);
}

void ApiServer::send(const QHttpServerRequest& request, QTcpSocket* socket, const HttpAnswer& answer,
                     bool headOnly)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QHttpServerResponder responder = makeResponder(request, socket);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(answer.status);
    if (!answer.filePath.isEmpty() && !headOnly) {
        responder.write(new QFile(answer.filePath), { { "Content-Type", "application/octet-stream" } },
                        status);
        return;
    }
    qint64 contentLength = answer.body.size();
    if (answer.contentLengthOverride >= 0)
        contentLength = answer.contentLengthOverride;
    else if (!answer.filePath.isEmpty())
        contentLength = QFileInfo(answer.filePath).size();
    responder.writeStatusLine(status);
    for (const auto& [name, value] : answer.headers)
        responder.writeHeader(name, value);
    if (!answer.filePath.isEmpty())
        responder.writeHeader("Content-Type", "application/octet-stream");
    responder.writeHeader("Content-Length", QByteArray::number(contentLength));
    responder.writeBody(headOnly ? QByteArray() : answer.body);
}

void TcpListener::incomingConnection(qintptr socketDescriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
#ifdef Q_OS_LINUX
    // Not a lasting setting: the kernel leaves quick-ACK mode on its own, so it is set again as
    // each piece of a request arrives.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        const int on = 1;
        setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    });
#endif
    addPendingConnection(socket);
}

} // namespace casedesk::platform
