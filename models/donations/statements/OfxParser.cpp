#include "donations/statements/OfxParser.h"

#include "donations/statements/OfxSgmlReader.h"
#include "donations/statements/OfxStatementBuilder.h"
#include "donations/statements/StatementFormat.h"

#include <QFile>
#include <QXmlStreamReader>

namespace casedesk {

namespace {

// --- OFX 2.x: XML ----------------------------------------------------------------------------

StatementParseResult readXml(QIODevice& device, OfxStatementBuilder& reader)
{
    QXmlStreamReader xml(&device);
    QString format = QStringLiteral("ofx-2");
    bool sawHeader = false;
    QString pending;
    QString pendingText;
    int pendingLine = 0;
    while (!xml.atEnd() && !reader.failed()) {
        const auto token = xml.readNext();
        const int line = int(xml.lineNumber());
        if (token == QXmlStreamReader::ProcessingInstruction
            && xml.processingInstructionTarget() == QLatin1String("OFX")) {
            sawHeader = true;
            const QString data = xml.processingInstructionData().toString();
            const qsizetype at = data.indexOf(QLatin1String("VERSION=\""));
            if (at >= 0)
                format = OfxStatementBuilder::formatName(data.mid(at + 9, 3));
        } else if (token == QXmlStreamReader::StartElement) {
            if (!pending.isEmpty())
                reader.begin(pending, pendingLine);
            pending = xml.name().toString();
            pendingText.clear();
            pendingLine = line;
        } else if (token == QXmlStreamReader::Characters && !pending.isEmpty()) {
            pendingText += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (!pending.isEmpty() && pending == xml.name()) {
                reader.leaf(pending, pendingText.trimmed(), pendingLine);
                pending.clear();
            } else {
                if (!pending.isEmpty())
                    reader.begin(pending, pendingLine);
                pending.clear();
                reader.end(xml.name().toString(), line);
            }
        }
    }
    if (!reader.failed() && xml.hasError())
        reader.fail(int(xml.lineNumber()), reader.path(),
                    OfxParser::tr("the XML is malformed: %1").arg(xml.errorString()));
    if (!reader.failed() && !sawHeader)
        reader.fail(1, {}, OfxParser::tr("expected the OFX header <?OFX OFXHEADER=\"200\" ...?>"));
    return reader.finish(format, int(xml.lineNumber()));
}

bool looksLikeXml(QIODevice& device)
{
    QByteArray head = device.peek(512);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    head = head.trimmed();
    return head.startsWith("<?xml") || head.startsWith("<?OFX");
}

} // namespace

StatementParseResult OfxParser::parse(QIODevice& device, const QString& fileName)
{
    OfxStatementBuilder reader(fileName);
    if (looksLikeXml(device))
        return readXml(device, reader);
    OfxSgmlReader sgml(device, reader);
    return sgml.run();
}

StatementParseResult OfxParser::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StatementFormats::cannotOpen(path, file.errorString());
    return parse(file, path);
}

} // namespace casedesk
