#include "donations/statements/OfxSgmlReader.h"

#include "donations/statements/OfxParser.h"
#include "donations/statements/OfxStatementBuilder.h"

#include <QStringList>

#include <algorithm>

namespace casedesk {

StatementParseResult OfxSgmlReader::run()
{
    if (!readHeader())
        return m_reader.finish(m_format, m_in.line());
    QByteArray text;
    int textLine = m_in.line();
    int previous = -1;
    while (!m_reader.failed()) {
        const int c = m_in.get();
        if (c < 0)
            break;
        previous = c;
        if (c != '<') {
            if (text.isEmpty())
                textLine = m_in.line();
            text.append(char(c));
            continue;
        }
        onText(text, textLine);
        text.clear();
        const int tagLine = m_in.line();
        QByteArray tag;
        int t = m_in.get();
        while (t >= 0 && t != '>' && t != '<') {
            tag.append(char(t));
            t = m_in.get();
        }
        if (t != '>') {
            m_reader.fail(
                tagLine, m_reader.path(),
                OfxParser::tr("the tag <%1 is not closed by '>'").arg(QString::fromLatin1(tag.left(40))));
            break;
        }
        if (tag.startsWith('?') || tag.startsWith('!'))
            continue; // processing instruction or comment
        const QString name = QString::fromLatin1(tag.trimmed());
        if (name.startsWith(QLatin1Char('/')))
            onEndTag(name.mid(1).trimmed(), tagLine);
        else
            onStartTag(name, tagLine);
    }
    if (!m_reader.failed()) {
        onText(text, textLine);
        flushPending();
    }
    // The last line with something on it, not the empty one after the final line break.
    const bool endsWithBreak = previous == '\n' || previous == '\r';
    return m_reader.finish(m_format, m_in.line() - (endsWithBreak ? 1 : 0));
}

bool OfxSgmlReader::readHeader()
{
    QHash<QString, QString> header;
    while (true) {
        while (m_in.peek() == '\r' || m_in.peek() == '\n' || m_in.peek() == ' ' || m_in.peek() == '\t')
            m_in.get();
        if (m_in.peek() < 0 || m_in.peek() == '<')
            break;
        const int line = m_in.line();
        QByteArray raw;
        while (m_in.peek() >= 0 && m_in.peek() != '\n' && m_in.peek() != '<')
            raw.append(char(m_in.get()));
        const QString text = QString::fromLatin1(raw).trimmed();
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            m_reader.fail(line, {},
                          OfxParser::tr("expected an OFX header line such as OFXHEADER:100, found '%1'")
                              .arg(QString::fromUtf8(raw).trimmed().left(40)));
            return false;
        }
        header.insert(text.left(colon).trimmed().toUpper(), text.mid(colon + 1).trimmed().toUpper());
    }
    if (header.value(QStringLiteral("OFXHEADER"), QStringLiteral("100")) != QLatin1String("100")
        || header.value(QStringLiteral("DATA"), QStringLiteral("OFXSGML")) != QLatin1String("OFXSGML")) {
        m_reader.fail(1, {}, OfxParser::tr("expected OFXHEADER:100 and DATA:OFXSGML in the header"));
        return false;
    }
    m_format
        = OfxStatementBuilder::formatName(header.value(QStringLiteral("VERSION"), QStringLiteral("102")));
    return chooseDecoder(header);
}

bool OfxSgmlReader::chooseDecoder(const QHash<QString, QString>& header)
{
    const QString encoding = header.value(QStringLiteral("ENCODING"), QStringLiteral("USASCII"));
    const QString charset = header.value(QStringLiteral("CHARSET"), QStringLiteral("1252"));
    if (encoding == QLatin1String("UTF-8") || encoding == QLatin1String("UTF8")) {
        m_decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        return true;
    }
    // USASCII files from French banks still carry accented letters: read them as Windows-1252,
    // a superset of ASCII and of printable ISO-8859-1.
    static const QStringList windows1252
        = { QStringLiteral("1252"),   QStringLiteral("WINDOWS-1252"), QStringLiteral("CP1252"),
            QStringLiteral("NONE"),   QStringLiteral("USASCII"),      QStringLiteral("ISO-8859-1"),
            QStringLiteral("8859-1"), QStringLiteral("LATIN1") };
    if (windows1252.contains(charset)) {
        m_decoder = QStringDecoder("Windows-1252", QStringDecoder::Flag::Stateless);
        if (!m_decoder.isValid()) // a Qt built without ICU
            m_decoder = QStringDecoder(QStringDecoder::Latin1, QStringDecoder::Flag::Stateless);
        return true;
    }
    if (charset == QLatin1String("ISO-8859-15") || charset == QLatin1String("8859-15")) {
        m_decoder = QStringDecoder("ISO-8859-15", QStringDecoder::Flag::Stateless);
        if (m_decoder.isValid())
            return true;
    }
    m_reader.fail(1, {},
                  OfxParser::tr("the character set %1 is not supported (expected USASCII, 1252, ISO-8859-1 "
                                "or UTF-8)")
                      .arg(charset));
    return false;
}

QString OfxSgmlReader::decode(const QByteArray& raw, int line)
{
    QString text = m_decoder(raw);
    if (m_decoder.hasError()) {
        m_decoder.resetState();
        m_reader.fail(line, m_reader.path(),
                      OfxParser::tr("these bytes are not valid in the file's declared character set"));
        return {};
    }
    if (text.contains(QLatin1Char('&'))) {
        text.replace(QLatin1String("&lt;"), QLatin1String("<"));
        text.replace(QLatin1String("&gt;"), QLatin1String(">"));
        text.replace(QLatin1String("&quot;"), QLatin1String("\""));
        text.replace(QLatin1String("&apos;"), QLatin1String("'"));
        text.replace(QLatin1String("&nbsp;"), QString(QChar(0x00A0)));
        text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    }
    return text;
}

void OfxSgmlReader::onStartTag(const QString& name, int line)
{
    flushPending();
    m_pending = name;
    m_pendingLine = line;
    m_lastLeaf.clear();
}

void OfxSgmlReader::onText(const QByteArray& raw, int line)
{
    const QByteArray trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return;
    if (m_pending.isEmpty()) {
        m_reader.fail(
            line, m_reader.path(),
            OfxParser::tr("unexpected text '%1' outside a tag").arg(QString::fromLatin1(trimmed.left(40))));
        return;
    }
    const QString text = decode(trimmed, line);
    if (m_reader.failed())
        return;
    m_reader.leaf(m_pending, text, m_pendingLine);
    m_lastLeaf = m_pending;
    m_pending.clear();
}

void OfxSgmlReader::onEndTag(const QString& name, int line)
{
    if (!m_pending.isEmpty() && m_pending == name) {
        m_reader.leaf(name, QString(), m_pendingLine); // <MEMO></MEMO>
        m_pending.clear();
        return;
    }
    flushPending();
    if (!m_lastLeaf.isEmpty() && m_lastLeaf == name) {
        m_lastLeaf.clear(); // "<NAME>text</NAME>": the leaf is already read
        return;
    }
    m_lastLeaf.clear();
    // SGML may omit end tags of empty elements ("<MEMO>" then "</STMTTRN>"): close what lies
    // above the element this tag ends, when it is open at all.
    const QList<OfxStatementBuilder::Frame>& frames = m_reader.frames();
    const bool isOpen = std::any_of(frames.cbegin(), frames.cend(),
                                    [&](const OfxStatementBuilder::Frame& f) { return f.name == name; });
    if (!isOpen) {
        m_reader.fail(line, m_reader.path(), OfxParser::tr("unexpected </%1>").arg(name));
        return;
    }
    while (!m_reader.failed() && m_reader.frames().last().name != name)
        m_reader.end(m_reader.frames().last().name, line);
    m_reader.end(name, line);
}

void OfxSgmlReader::flushPending()
{
    if (m_pending.isEmpty())
        return;
    m_reader.begin(m_pending, m_pendingLine);
    m_pending.clear();
}

} // namespace casedesk
