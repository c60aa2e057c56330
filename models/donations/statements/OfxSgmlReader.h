#pragma once

#include "donations/ByteStream.h"
#include "donations/statements/StatementParseResult.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringDecoder>

class QIODevice;

namespace casedesk {

class OfxStatementBuilder;

// OFX 1.x, SGML: the "OFXHEADER:100" header lines, then tags whose leaves are usually left
// unclosed, read with a small tokenizer of our own in the header's character set; what it reads
// goes to the statement builder as begin, leaf and end.
class OfxSgmlReader
{
public:
    OfxSgmlReader(QIODevice& device, OfxStatementBuilder& reader)
        : m_in(device)
        , m_reader(reader)
    {
    }
    StatementParseResult run();

private:
    bool readHeader();
    bool chooseDecoder(const QHash<QString, QString>& header);
    void onStartTag(const QString& name, int line);
    void onText(const QByteArray& raw, int line);
    void onEndTag(const QString& name, int line);
    void flushPending();
    QString decode(const QByteArray& raw, int line);

    ByteStream m_in;
    OfxStatementBuilder& m_reader;
    QStringDecoder m_decoder;
    QString m_format = QStringLiteral("ofx-1");
    QString m_pending; // a start tag whose content (text or children) is not known yet
    int m_pendingLine = 0;
    QString m_lastLeaf; // "</NAME>" right after "<NAME>text" closes that leaf
};

} // namespace casedesk
