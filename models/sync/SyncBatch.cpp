#include "sync/SyncBatch.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace casedesk::SyncBatch {

// The body is already compact JSON (its digest is part of the write's Idempotency-Key): it is
// spliced in as it is rather than parsed and serialized a second time.
QByteArray writeJson(const PreparedWrite& write)
{
    QJsonObject envelope { { QStringLiteral("method"), QString::fromLatin1(write.method) },
                           { QStringLiteral("path"), write.path },
                           { QStringLiteral("idempotencyKey"), QString::fromUtf8(write.idempotencyKey) } };
    envelope.insert(write.preconditionHeader == "If-Match" ? QStringLiteral("ifMatch")
                                                           : QStringLiteral("ifNoneMatch"),
                    QString::fromLatin1(write.precondition));
    QByteArray text = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    if (!write.body.isEmpty()) {
        text.chop(1); // the envelope's closing brace
        text += ",\"body\":" + write.body + '}';
    }
    return text;
}

QByteArray requestBody(const QList<QByteArray>& writes)
{
    return "{\"writes\":[" + writes.join(',') + "]}";
}

std::optional<QList<WriteAnswer>> answers(const QByteArray& body, qsizetype expected)
{
    const QJsonArray results
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("results")).toArray();
    if (results.size() != expected)
        return std::nullopt;
    QList<WriteAnswer> list;
    list.reserve(results.size());
    for (const QJsonValue& result : results) {
        const int status = result[QStringLiteral("status")].toInt();
        if (status < 100)
            return std::nullopt;
        list.append({ status, result[QStringLiteral("body")].toObject() });
    }
    return list;
}

} // namespace casedesk::SyncBatch
