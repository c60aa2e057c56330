#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace casedesk::platform {

// An answer computed before it is written, so the transport can delay it, drop it (fault
// injection) or store it for an idempotent replay.
struct HttpAnswer
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString filePath; // a file sent as the body (blobs), instead of `body`
    qint64 contentLengthOverride = -1; // HEAD: the length the matching GET would send

    HttpAnswer& withHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    static HttpAnswer json(int status, const QJsonObject& body);
    static HttpAnswer empty(int status);

    // For the idempotency store.
    QByteArray serialize() const;
    static HttpAnswer deserialize(const QByteArray& bytes);
};

// RFC 9457 problem details. `slug` names the problem type
// (https://casedesk.example.org/problems/<slug>); `detail` is stable English API output, not UI text.
HttpAnswer problem(int status, const QString& slug, const QString& title, const QString& detail,
                   const QJsonObject& extensions = {});

} // namespace casedesk::platform
