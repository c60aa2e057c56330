#pragma once

#include "Api.h"
#include "Faults.h"

#include <QAbstractHttpServer>
#include <QTcpServer>

namespace casedesk::platform {

// The HTTP transport: turns Qt HttpServer requests into ApiRequests, writes the answers, logs
// each request, and injects the test faults.
//
// Built on QAbstractHttpServer rather than QHttpServer (final in 6.4) because its
// handleRequest() hands over the QTcpSocket: a dropped connection is socket->abort(), a late
// answer is written from a timer, and every route, 404 and 405 is answered as problem+json.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(Api& api, const FaultOptions& faults, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void send(const QHttpServerRequest& request, QTcpSocket* socket, const HttpAnswer& answer, bool headOnly);

    Api& m_api;
    FaultInjector m_faults;
};

// The listening socket. On Linux it re-arms TCP_QUICKACK whenever request bytes arrive: Qt's own
// HTTP client (the desk's QNetworkAccessManager) leaves Nagle on and writes a large body in
// pieces, so each piece after the first waited for this side's delayed ACK, 40 ms a request over
// 16 KiB on loopback (measured: a 700 KiB batch, 43 ms of waiting for 1 ms of work).
class TcpListener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace casedesk::platform
