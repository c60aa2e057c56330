#include "donations/statements/OfxParser.h"

#include "common/DateRules.h"
#include "donations/ByteStream.h"
#include "donations/statements/StatementFields.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace casedesk {

namespace {

struct Field
{
    QString text;
    QString path;
    int line = 0;
};

struct Frame
{
    QString name;
    int index = 0; // "STMTTRN[3]" when > 0
    int line = 0;
};

bool isStatement(QStringView name)
{
    return name == QLatin1String("STMTRS") || name == QLatin1String("CCSTMTRS");
}

// "102" -> "ofx-1.02", "220" -> "ofx-2.2", "160" -> "ofx-1.6".
QString formatName(const QString& version)
{
    if (version.size() != 3)
        return QStringLiteral("ofx");
    QString minor = version.mid(1);
    if (minor.endsWith(QLatin1Char('0')))
        minor.chop(1);
    return QStringLiteral("ofx-%1.%2").arg(version.at(0), minor.isEmpty() ? QStringLiteral("0") : minor);
}

// The OFX date-time: YYYYMMDD[HHMMSS[.XXX]][[+-h[.mm]:TZ]]. Only the date matters here: the
// bank's own calendar day, not shifted to ours.
std::optional<QDate> parseOfxDate(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 8)
        return std::nullopt;
    qsizetype pos = 8;
    while (pos < text.size() && text.at(pos).isDigit())
        ++pos;
    if (pos != 8 && pos != 12 && pos != 14)
        return std::nullopt;
    if (pos < text.size() && text.at(pos) == QLatin1Char('.')) {
        ++pos;
        while (pos < text.size() && text.at(pos).isDigit())
            ++pos;
    }
    if (pos < text.size() && (text.at(pos) != QLatin1Char('[') || !text.endsWith(QLatin1Char(']'))))
        return std::nullopt;
    for (int i = 0; i < 8; ++i) {
        if (!text.at(i).isDigit())
            return std::nullopt;
    }
    const QDate date(text.first(4).toInt(), text.sliced(4, 2).toInt(), text.sliced(6, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// The statement handler: both front ends (SGML and XML) report the same three events.
class OfxReader
{
public:
    explicit OfxReader(const QString& fileName)
        : m_fileName(fileName)
    {
    }

    void begin(const QString& name, int line);
    void leaf(const QString& name, const QString& text, int line);
    void end(const QString& name, int line);

    QString path() const;
    const QList<Frame>& frames() const { return m_frames; }
    void fail(int line, const QString& location, const QString& message);
    bool failed() const { return m_problem.has_value(); }
    StatementParseResult finish(const QString& format, int lastLine);

private:
    void finishTransaction(const Frame& frame);
    void finishStatement(int line);
    std::optional<qint64> amountOf(const Field& field);
    std::optional<QDate> dateOf(const Field& field);

    QString m_fileName;
    std::optional<ImportProblem> m_problem;
    QList<Frame> m_frames;
    int m_transactionCount = 0;
    int m_statementCount = 0;
    QHash<QString, Field> m_transaction;
    QHash<QString, Field> m_statement;
    QList<StatementLine> m_lines;
    ParsedStatement m_result;
};

void OfxReader::begin(const QString& name, int line)
{
    const QString& parent = m_frames.isEmpty() ? QString() : m_frames.last().name;
    m_frames.append({ name, 0, line });
    if (m_frames.size() == 1 && name != QLatin1String("OFX"))
        return fail(line, path(), OfxParser::tr("expected the OFX element"));
    if (name == QLatin1String("STMTTRN") && parent == QLatin1String("BANKTRANLIST")) {
        m_frames.last().index = ++m_transactionCount;
        m_transaction.clear();
    } else if (isStatement(name)) {
        m_statement.clear();
        m_lines.clear();
        m_transactionCount = 0;
    }
}

void OfxReader::leaf(const QString& name, const QString& text, int line)
{
    if (m_frames.isEmpty())
        return fail(line, name, OfxParser::tr("expected the OFX element"));
    const QString& parent = m_frames.last().name;
    auto field = [&]() {
        return Field { text, path() + QLatin1Char('/') + name, line };
    };
    if (parent == QLatin1String("STMTTRN")) {
        m_transaction.insert(name, field());
    } else if (parent == QLatin1String("PAYEE") && name == QLatin1String("NAME")) {
        m_transaction.insert(QStringLiteral("PAYEE/NAME"), field());
    } else if (parent == QLatin1String("BANKACCTFROM") || parent == QLatin1String("CCACCTFROM")
               || parent == QLatin1String("LEDGERBAL") || parent == QLatin1String("BANKTRANLIST")
               || isStatement(parent)) {
        m_statement.insert(parent + QLatin1Char('/') + name, field());
    }
}

void OfxReader::end(const QString& name, int line)
{
    if (m_frames.isEmpty() || m_frames.last().name != name)
        return fail(line, path(), OfxParser::tr("unexpected </%1>").arg(name));
    const Frame frame = m_frames.last();
    if (frame.index > 0)
        finishTransaction(frame);
    else if (isStatement(name))
        finishStatement(line);
    m_frames.removeLast();
}

std::optional<qint64> OfxReader::amountOf(const Field& field)
{
    StatementFields::AmountSyntax syntax;
    syntax.allowSign = true;
    // French banks write "-12,50": a comma is the decimal separator when there is no point.
    if (field.text.contains(QLatin1Char(',')) && !field.text.contains(QLatin1Char('.')))
        syntax.decimalSeparator = QLatin1Char(',');
    const auto reading = StatementFields::parseCents(field.text, syntax);
    if (!reading.ok()) {
        fail(field.line, field.path,
             OfxParser::tr("%1 (expected a signed amount such as -12.50, found '%2')")
                 .arg(StatementFields::describe(reading.error), field.text));
        return std::nullopt;
    }
    return reading.cents;
}

std::optional<QDate> OfxReader::dateOf(const Field& field)
{
    const auto date = parseOfxDate(field.text);
    if (!date) {
        const DateRules::Reading reading
            = DateRules::readWithFormat(field.text.trimmed().left(8), QStringLiteral("yyyyMMdd"));
        fail(field.line, field.path,
             reading.impossible
                 ? reading.problem
                 : OfxParser::tr("expected a date as YYYYMMDD[HHMMSS], found '%1'").arg(field.text));
    }
    return date;
}

void OfxReader::finishTransaction(const Frame& frame)
{
    const QString owner = path();
    const auto required = [&](const char* tag) -> const Field* {
        const auto it = m_transaction.constFind(QLatin1String(tag));
        if (it != m_transaction.constEnd())
            return &*it;
        fail(frame.line, owner, OfxParser::tr("the transaction has no %1").arg(QLatin1String(tag)));
        return nullptr;
    };
    const Field* amountField = required("TRNAMT");
    const Field* postedField = amountField ? required("DTPOSTED") : nullptr;
    if (!postedField)
        return;
    const auto cents = amountOf(*amountField);
    const auto posted = cents ? dateOf(*postedField) : std::nullopt;
    if (!posted)
        return;
    StatementLine line;
    line.bookingDate = *posted;
    for (const char* tag : { "DTAVAIL", "DTUSER" }) {
        const auto it = m_transaction.constFind(QLatin1String(tag));
        if (it == m_transaction.constEnd() || line.valueDate.isValid())
            continue;
        const auto date = dateOf(*it);
        if (!date)
            return;
        line.valueDate = *date;
    }
    auto text = [this](const char* tag) {
        return m_transaction.value(QLatin1String(tag)).text;
    };
    line.amountCents = *cents;
    line.currency = text("CURSYM");
    line.bankReference = text("FITID");
    const QString name = text("NAME");
    const QString memo = text("MEMO");
    line.label = (memo.isEmpty() || memo == name) ? name
        : name.isEmpty()                          ? memo
                                                  : name + QLatin1Char(' ') + memo;
    line.reference = text("CHECKNUM");
    if (line.reference.isEmpty())
        line.reference = text("REFNUM");
    line.counterparty = text("PAYEE/NAME");
    line.sourceLine = frame.line;
    m_lines.append(std::move(line));
}

void OfxReader::finishStatement(int line)
{
    auto text = [this](const QString& key) {
        return m_statement.value(key).text;
    };
    const QString statementName = m_frames.last().name;
    const QString account = statementName == QLatin1String("CCSTMTRS") ? QStringLiteral("CCACCTFROM")
                                                                       : QStringLiteral("BANKACCTFROM");
    ParsedStatement current;
    current.currency = text(statementName + QStringLiteral("/CURDEF"));
    const QString accountId = text(account + QStringLiteral("/ACCTID")).trimmed();
    const QString iban = StatementFields::normaliseIban(accountId);
    if (StatementFields::isValidIban(iban))
        current.accountIban = iban;
    else
        current.accountName = accountId;
    for (const char* key : { "BANKTRANLIST/DTSTART", "BANKTRANLIST/DTEND", "LEDGERBAL/DTASOF" }) {
        const auto it = m_statement.constFind(QLatin1String(key));
        if (it == m_statement.constEnd())
            continue;
        const auto date = dateOf(*it);
        if (!date)
            return;
        if (qstrcmp(key, "BANKTRANLIST/DTSTART") == 0)
            current.fromDate = *date;
        else if (qstrcmp(key, "BANKTRANLIST/DTEND") == 0 || !current.toDate.isValid())
            current.toDate = *date;
    }
    const auto balance = m_statement.constFind(QStringLiteral("LEDGERBAL/BALAMT"));
    if (balance != m_statement.constEnd()) {
        const auto cents = amountOf(*balance);
        if (!cents)
            return;
        current.closingBalanceCents = *cents;
    }
    for (StatementLine& l : m_lines) {
        if (l.currency.isEmpty())
            l.currency = current.currency;
    }
    current.lines = std::move(m_lines);
    m_lines.clear();
    if (++m_statementCount == 1) {
        m_result = std::move(current);
        return;
    }
    auto identity = [](const ParsedStatement& s) {
        return (s.accountIban.isEmpty() ? s.accountName : s.accountIban) + QLatin1Char(' ') + s.currency;
    };
    if (identity(current) != identity(m_result)) {
        return fail(line, path(),
                    OfxParser::tr("this statement is for another account (%1) than the first one (%2); "
                                  "one file must hold one account")
                        .arg(identity(current), identity(m_result)));
    }
    m_result.lines.append(current.lines);
    if (current.toDate.isValid())
        m_result.toDate = current.toDate;
    if (current.closingBalanceCents)
        m_result.closingBalanceCents = current.closingBalanceCents;
}

StatementParseResult OfxReader::finish(const QString& format, int lastLine)
{
    if (!failed() && !m_frames.isEmpty()) {
        const Frame& open = m_frames.last();
        fail(lastLine, path(),
             OfxParser::tr("the file ends before </%1> (opened at line %2): is it truncated?")
                 .arg(open.name)
                 .arg(open.line));
    }
    if (!failed() && m_statementCount == 0)
        fail(lastLine, {}, OfxParser::tr("the file holds no bank or card statement (STMTRS)"));
    StatementParseResult result;
    if (failed()) {
        result.problem = m_problem;
        return result;
    }
    m_result.format = format;
    result.statement = std::move(m_result);
    return result;
}

QString OfxReader::path() const
{
    QString text;
    for (const Frame& frame : m_frames) {
        if (!text.isEmpty())
            text += QLatin1Char('/');
        text += frame.name;
        if (frame.index > 0)
            text += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
    }
    return text;
}

void OfxReader::fail(int line, const QString& location, const QString& message)
{
    if (!m_problem)
        m_problem = ImportProblem { m_fileName, line, location, message };
}

// --- OFX 1.x: SGML ---------------------------------------------------------------------------

class SgmlFrontEnd
{
public:
    SgmlFrontEnd(QIODevice& device, OfxReader& reader)
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
    OfxReader& m_reader;
    QStringDecoder m_decoder;
    QString m_format = QStringLiteral("ofx-1");
    QString m_pending; // a start tag whose content (text or children) is not known yet
    int m_pendingLine = 0;
    QString m_lastLeaf; // "</NAME>" right after "<NAME>text" closes that leaf
};

StatementParseResult SgmlFrontEnd::run()
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

bool SgmlFrontEnd::readHeader()
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
    m_format = formatName(header.value(QStringLiteral("VERSION"), QStringLiteral("102")));
    return chooseDecoder(header);
}

bool SgmlFrontEnd::chooseDecoder(const QHash<QString, QString>& header)
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

QString SgmlFrontEnd::decode(const QByteArray& raw, int line)
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

void SgmlFrontEnd::onStartTag(const QString& name, int line)
{
    flushPending();
    m_pending = name;
    m_pendingLine = line;
    m_lastLeaf.clear();
}

void SgmlFrontEnd::onText(const QByteArray& raw, int line)
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

void SgmlFrontEnd::onEndTag(const QString& name, int line)
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
    const QList<Frame>& frames = m_reader.frames();
    const bool isOpen
        = std::any_of(frames.cbegin(), frames.cend(), [&](const Frame& f) { return f.name == name; });
    if (!isOpen) {
        m_reader.fail(line, m_reader.path(), OfxParser::tr("unexpected </%1>").arg(name));
        return;
    }
    while (!m_reader.failed() && m_reader.frames().last().name != name)
        m_reader.end(m_reader.frames().last().name, line);
    m_reader.end(name, line);
}

void SgmlFrontEnd::flushPending()
{
    if (m_pending.isEmpty())
        return;
    m_reader.begin(m_pending, m_pendingLine);
    m_pending.clear();
}

// --- OFX 2.x: XML ----------------------------------------------------------------------------

StatementParseResult readXml(QIODevice& device, OfxReader& reader)
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
                format = formatName(data.mid(at + 9, 3));
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
    OfxReader reader(fileName);
    if (looksLikeXml(device))
        return readXml(device, reader);
    SgmlFrontEnd sgml(device, reader);
    return sgml.run();
}

StatementParseResult OfxParser::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        StatementParseResult result;
        result.problem
            = ImportProblem { path, 0, {}, tr("cannot open the file: %1").arg(file.errorString()) };
        return result;
    }
    return parse(file, path);
}

} // namespace casedesk
