#include "HttpAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace casedesk::platform {

HttpAnswer& HttpAnswer::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({ name, value });
    return *this;
}

QByteArray HttpAnswer::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpAnswer HttpAnswer::json(int status, const QJsonObject& body)
{
    HttpAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    answer.withHeader("Content-Type", "application/json");
    return answer;
}

HttpAnswer HttpAnswer::empty(int status)
{
    HttpAnswer answer;
    answer.status = status;
    return answer;
}

QByteArray HttpAnswer::serialize() const
{
    QJsonArray headerArray;
    for (const auto& [name, value] : headers)
        headerArray.append(QJsonArray { QString::fromLatin1(name), QString::fromLatin1(value) });
    return QJsonDocument(QJsonObject { { QStringLiteral("status"), status },
                                       { QStringLiteral("headers"), headerArray },
                                       { QStringLiteral("body"), QString::fromLatin1(body.toBase64()) } })
        .toJson(QJsonDocument::Compact);
}

HttpAnswer HttpAnswer::deserialize(const QByteArray& bytes)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    HttpAnswer answer;
    answer.status = object.value(QStringLiteral("status")).toInt(500);
    for (const QJsonValue& pair : object.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray nameValue = pair.toArray();
        answer.headers.append(
            { nameValue.at(0).toString().toLatin1(), nameValue.at(1).toString().toLatin1() });
    }
    answer.body = QByteArray::fromBase64(object.value(QStringLiteral("body")).toString().toLatin1());
    return answer;
}

HttpAnswer problem(int status, const QString& slug, const QString& title, const QString& detail,
                   const QJsonObject& extensions)
{
    QJsonObject body = extensions;
    body.insert(QStringLiteral("type"), QStringLiteral("https://casedesk.example.org/problems/") + slug);
    body.insert(QStringLiteral("title"), title);
    body.insert(QStringLiteral("status"), status);
    body.insert(QStringLiteral("detail"), detail);
    HttpAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    answer.withHeader("Content-Type", "application/problem+json");
    return answer;
}

} // namespace casedesk::platform
