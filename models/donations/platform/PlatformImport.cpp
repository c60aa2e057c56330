#include "donations/platform/PlatformImport.h"

#include "donations/platform/PlatformParsing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk {

using namespace PlatformParsing;

namespace {

bool looksLikeJson(const QByteArray& data)
{
    for (const char c : data) {
        if (c == '{' || c == '[')
            return true;
        if (!QChar::isSpace(uchar(c)) && c != '\xEF' && c != '\xBB' && c != '\xBF')
            return false;
    }
    return false;
}

// Ulule orders carry "created_at" and "order_total"; HelloAsso payments "date", "state", "payer".
PlatformFormat jsonFormat(const QJsonDocument& document)
{
    QJsonValue first;
    if (document.isObject()) {
        const QJsonObject root = document.object();
        if (root.contains(QStringLiteral("orders")))
            return PlatformFormat::UluleJson;
        if (root.contains(QStringLiteral("data")))
            return PlatformFormat::HelloAssoJson;
        return PlatformFormat::Unknown;
    }
    first = document.array().first();
    const QJsonObject item = first.toObject();
    if (item.contains(QStringLiteral("created_at")) || item.contains(QStringLiteral("order_total")))
        return PlatformFormat::UluleJson;
    if (item.contains(QStringLiteral("state")) || item.contains(QStringLiteral("payer")))
        return PlatformFormat::HelloAssoJson;
    return PlatformFormat::Unknown;
}

// HelloAsso's export speaks of payments ("Date du paiement"), Ulule's of orders ("commande").
PlatformFormat csvFormat(const QByteArray& data)
{
    const QString header = decodeText(data.left(4096)).section(QLatin1Char('\n'), 0, 0);
    const QString key = columnKey(header);
    if (key.contains(QStringLiteral("paiement")) || key.contains(QStringLiteral("payeur")))
        return PlatformFormat::HelloAssoCsv;
    if (key.contains(QStringLiteral("commande")) || key.contains(QStringLiteral("contrepartie")))
        return PlatformFormat::UluleCsv;
    return PlatformFormat::Unknown;
}

} // namespace

PlatformFormat PlatformImport::detect(const QString& path)
{
    ImportProblem ignored;
    const std::optional<QByteArray> data = readFile(path, &ignored);
    if (!data)
        return PlatformFormat::Unknown;
    if (!looksLikeJson(*data))
        return csvFormat(*data);
    const QJsonDocument document = QJsonDocument::fromJson(*data);
    return document.isNull() ? PlatformFormat::Unknown : jsonFormat(document);
}

QString PlatformImport::formatCode(PlatformFormat format)
{
    switch (format) {
    case PlatformFormat::UluleJson:
        return QStringLiteral("ulule-json");
    case PlatformFormat::UluleCsv:
        return QStringLiteral("ulule-csv");
    case PlatformFormat::HelloAssoJson:
        return QStringLiteral("helloasso-json");
    case PlatformFormat::HelloAssoCsv:
        return QStringLiteral("helloasso-csv");
    case PlatformFormat::Unknown:
        break;
    }
    return {};
}

bool PlatformImport::parse(const QString& path, ParsedPlatformExport* result, ImportProblem* problem)
{
    return parse(path, detect(path), result, problem);
}

bool PlatformImport::parse(const QString& path, PlatformFormat format, ParsedPlatformExport* result,
                           ImportProblem* problem)
{
    const std::optional<QByteArray> data = readFile(path, problem);
    if (!data)
        return false;
    switch (format) {
    case PlatformFormat::UluleJson:
        return UluleReader::readJson(*data, path, result, problem);
    case PlatformFormat::UluleCsv:
        return UluleReader::readCsv(*data, path, result, problem);
    case PlatformFormat::HelloAssoJson:
        return HelloAssoReader::readJson(*data, path, result, problem);
    case PlatformFormat::HelloAssoCsv:
        return HelloAssoReader::readCsv(*data, path, result, problem);
    case PlatformFormat::Unknown:
        break;
    }
    // A JSON file with a syntax error is "unknown" to detect(); say where the error is instead.
    if (looksLikeJson(*data) && !parseJson(*data, path, problem))
        return false;
    *problem = { path,
                 0,
                 {},
                 tr("not an export this version knows: expected Ulule orders or HelloAsso payments, as the "
                    "platform's API gives them (JSON) or its back office exports them (CSV)") };
    return false;
}

} // namespace casedesk
