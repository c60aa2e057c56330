#include "donations/statements/StatementFormat.h"

#include "donations/statements/CamtParser.h"
#include "donations/statements/CsvStatementParser.h"
#include "donations/statements/OfxParser.h"

#include <QFile>

namespace casedesk {

namespace {

QByteArrayView withoutBomAndSpace(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    while (!head.isEmpty()
           && (head.front() == ' ' || head.front() == '\t' || head.front() == '\r' || head.front() == '\n'))
        head = head.sliced(1);
    return head;
}

// Text with at least one line cut by ';', ',' or a tab, and no control bytes: a CSV export.
bool looksLikeCsv(QByteArrayView head)
{
    bool separated = false;
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && c != '\t' && c != '\r' && c != '\n')
            return false;
        separated = separated || c == ';' || c == ',' || c == '\t';
    }
    return separated;
}

StatementParseResult cannotRead(const QString& path, const QString& message)
{
    StatementParseResult result;
    result.problem = ImportProblem { path, 0, {}, message };
    return result;
}

} // namespace

StatementFormat StatementFormats::detect(QByteArrayView head)
{
    head = withoutBomAndSpace(head);
    if (head.startsWith("OFXHEADER"))
        return StatementFormat::Ofx;
    if (head.startsWith("<")) {
        if (head.indexOf("urn:iso:std:iso:20022:tech:xsd:") >= 0)
            return StatementFormat::Camt053;
        if (head.indexOf("<?OFX") >= 0 || head.indexOf("<OFX>") >= 0)
            return StatementFormat::Ofx;
        return StatementFormat::Unknown;
    }
    return looksLikeCsv(head) ? StatementFormat::Csv : StatementFormat::Unknown;
}

StatementFormat StatementFormats::detectFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StatementFormat::Unknown;
    return detect(file.read(kHeadBytes));
}

QString StatementFormats::displayName(StatementFormat format)
{
    switch (format) {
    case StatementFormat::Camt053:
        return QStringLiteral("CAMT.053");
    case StatementFormat::Ofx:
        return QStringLiteral("OFX");
    case StatementFormat::Csv:
        return QStringLiteral("CSV");
    case StatementFormat::Unknown:
        break;
    }
    return tr("unknown format");
}

StatementParseResult StatementFormats::cannotOpen(const QString& path, const QString& reason)
{
    return cannotRead(path, tr("cannot open the file: %1").arg(reason));
}

StatementParseResult StatementFormats::parseFile(const QString& path,
                                                 const std::optional<CsvMapping>& csvMapping)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(path, file.errorString());
    const QByteArray head = file.peek(kHeadBytes);
    switch (detect(head)) {
    case StatementFormat::Camt053:
        return CamtParser::parse(file, path);
    case StatementFormat::Ofx:
        return OfxParser::parse(file, path);
    case StatementFormat::Csv:
        return CsvStatementParser::parse(file, csvMapping.value_or(CsvMapping::guess(head)), path);
    case StatementFormat::Unknown:
        break;
    }
    return cannotRead(path, tr("this is not a CAMT.053, OFX or CSV bank statement"));
}

} // namespace casedesk
