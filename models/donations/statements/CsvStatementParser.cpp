#include "donations/statements/CsvStatementParser.h"

#include "common/DateRules.h"
#include "donations/statements/CsvTokenizer.h"
#include "donations/statements/StatementFields.h"
#include "donations/statements/StatementFormat.h"

#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace casedesk {

namespace {

using StatementFields::AmountSyntax;

// Encodings in which ASCII bytes are ASCII text: a cell made only of them (dates, amounts, most
// labels) reads as Latin-1, without the decoder (for Windows-1252, one ICU call per cell).
bool isAsciiCompatible(const QString& encoding)
{
    static const QStringList names
        = { QStringLiteral("UTF-8"),      QStringLiteral("UTF8"),       QStringLiteral("Windows-1252"),
            QStringLiteral("CP1252"),     QStringLiteral("ISO-8859-1"), QStringLiteral("Latin1"),
            QStringLiteral("ISO-8859-15") };
    return names.contains(encoding, Qt::CaseInsensitive);
}

bool isAscii(const QByteArray& bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; });
}

// Cells of the file turned into text, with the row's place for messages.
class CsvReader
{
public:
    CsvReader(QIODevice& device, const CsvMapping& mapping, const QString& fileName)
        : m_mapping(mapping)
        , m_fileName(fileName)
        , m_tokenizer(device, char(mapping.separator.unicode()), char(mapping.quote.unicode()),
                      CsvStatementParser::kMaxRecordBytes)
        // Each cell is decoded on its own (cut on ASCII bytes): a stateless decoder reports a
        // broken sequence at a cell's end instead of carrying it into the next cell.
        , m_decoder(mapping.encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless)
        , m_asciiAsIs(isAsciiCompatible(mapping.encoding))
    {
    }

    // Checks the mapping (all of it, or only what cutting into cells needs), skips the
    // preamble and reads the header row.
    bool start(bool checkColumns = true);
    // The next non-blank row, decoded; false at the end or on a problem.
    bool nextRow(QStringList& cells, int& line);
    const QStringList& header() const { return m_header; }
    const std::optional<ImportProblem>& problem() const { return m_problem; }
    void fail(int line, const QString& location, const QString& message)
    {
        if (!m_problem)
            m_problem = ImportProblem { m_fileName, line, location, message };
    }
    // "Débit euros" from the header, else "column 3".
    QString columnName(int column) const;

private:
    bool decodeRecord(const CsvTokenizer::Record& record, QStringList& cells);

    const CsvMapping& m_mapping;
    QString m_fileName;
    CsvTokenizer m_tokenizer;
    QStringDecoder m_decoder;
    bool m_asciiAsIs;
    CsvTokenizer::Record m_record;
    QStringList m_header;
    std::optional<ImportProblem> m_problem;
};

bool CsvReader::start(bool checkColumns)
{
    const QStringList problems = m_mapping.problems(checkColumns);
    if (!problems.isEmpty()) {
        fail(0, {}, problems.join(QStringLiteral("; ")));
        return false;
    }
    if (!m_decoder.isValid()) {
        fail(0, {}, CsvStatementParser::tr("the encoding %1 is not known").arg(m_mapping.encoding));
        return false;
    }
    const bool utf8 = m_mapping.encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0
        || m_mapping.encoding.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) == 0;
    if (m_tokenizer.skipBom() && !utf8) {
        fail(1, {},
             CsvStatementParser::tr("the file starts with a UTF-8 byte order mark but the mapping says %1")
                 .arg(m_mapping.encoding));
        return false;
    }
    if (!m_tokenizer.error().isEmpty()) {
        fail(1, {}, m_tokenizer.error());
        return false;
    }
    m_tokenizer.skipLines(m_mapping.skipLines);
    if (!m_mapping.hasHeaderRow)
        return true;
    int line = 0;
    QStringList names;
    if (!nextRow(names, line)) {
        if (!m_problem)
            fail(line, {}, CsvStatementParser::tr("the file ends before its header row"));
        return false;
    }
    for (const QString& name : std::as_const(names))
        m_header << name.simplified();
    return true;
}

bool CsvReader::nextRow(QStringList& cells, int& line)
{
    // One record for all rows: its list of cells keeps its capacity.
    CsvTokenizer::Record& record = m_record;
    while (m_tokenizer.next(record)) {
        line = record.line;
        if (record.isBlank())
            continue;
        return decodeRecord(record, cells);
    }
    line = m_tokenizer.line();
    if (!m_tokenizer.error().isEmpty())
        fail(line, {}, m_tokenizer.error());
    return false;
}

bool CsvReader::decodeRecord(const CsvTokenizer::Record& record, QStringList& cells)
{
    cells.clear();
    cells.reserve(record.cells.size());
    for (qsizetype column = 0; column < record.cells.size(); ++column) {
        const QByteArray& bytes = record.cells.at(column);
        if (m_asciiAsIs && isAscii(bytes)) {
            cells.append(QString::fromLatin1(bytes));
            continue;
        }
        cells.append(m_decoder(bytes));
        if (m_decoder.hasError()) {
            m_decoder.resetState();
            fail(record.line, columnName(int(column)),
                 CsvStatementParser::tr("these bytes are not valid %1 text; is the file in another "
                                        "encoding (UTF-8 or Windows-1252)?")
                     .arg(m_mapping.encoding));
            return false;
        }
    }
    return true;
}

QString CsvReader::columnName(int column) const
{
    if (column >= 0 && column < m_header.size() && !m_header.at(column).isEmpty())
        return m_header.at(column);
    return CsvStatementParser::tr("column %1").arg(column + 1);
}

// One data row into a statement line.
class RowReader
{
public:
    RowReader(CsvReader& reader, const CsvMapping& mapping)
        : m_reader(reader)
        , m_mapping(mapping)
        , m_dates(mapping.dateFormat)
    {
        m_syntax.decimalSeparator = mapping.decimalSeparator;
        m_syntax.thousandsSeparators = mapping.thousandsSeparators;
        m_syntax.allowSign = true;
        m_syntax.allowCurrencySuffix = true;
    }

    std::optional<StatementLine> read(const QStringList& cells, int line);

private:
    bool checkWidth(const QStringList& cells, int line);
    std::optional<QDate> date(const QStringList& cells, int column, int line, bool required);
    std::optional<qint64> amount(const QStringList& cells, int column, int line);
    std::optional<qint64> signedAmount(const QStringList& cells, int line);
    QString cell(const QStringList& cells, int column) const
    {
        return column >= 0 && column < cells.size() ? cells.at(column).trimmed() : QString();
    }

    CsvReader& m_reader;
    const CsvMapping& m_mapping;
    StatementFields::DatePattern m_dates;
    AmountSyntax m_syntax;
};

std::optional<StatementLine> RowReader::read(const QStringList& cells, int line)
{
    if (!checkWidth(cells, line))
        return std::nullopt;
    const auto booked = date(cells, m_mapping.bookingDateColumn, line, true);
    const auto valued = booked ? date(cells, m_mapping.valueDateColumn, line, false) : std::nullopt;
    const auto cents = valued ? signedAmount(cells, line) : std::nullopt;
    if (!cents)
        return std::nullopt;
    StatementLine result;
    result.bookingDate = *booked;
    result.valueDate = *valued;
    result.amountCents = *cents;
    result.currency = m_mapping.currency;
    QStringList label;
    for (const int column : m_mapping.labelColumns) {
        // Multi-line cells become one line: the ledger shows one row per line.
        const QString text = cell(cells, column).simplified();
        if (!text.isEmpty())
            label << text;
    }
    result.label = label.join(QLatin1Char(' '));
    result.reference = cell(cells, m_mapping.referenceColumn);
    result.counterparty = cell(cells, m_mapping.counterpartyColumn).simplified();
    result.sourceLine = line;
    return result;
}

bool RowReader::checkWidth(const QStringList& cells, int line)
{
    if (cells.size() < m_mapping.columnsNeeded()) {
        m_reader.fail(line, {},
                      CsvStatementParser::tr("expected at least %1 columns separated by '%2', found %3")
                          .arg(m_mapping.columnsNeeded())
                          .arg(m_mapping.separator == QLatin1Char('\t') ? QStringLiteral("\\t")
                                                                        : QString(m_mapping.separator))
                          .arg(cells.size()));
        return false;
    }
    // More filled cells than the header names: a separator inside an unquoted text shifts
    // every column after it, so the amount read would be another cell's.
    const qsizetype headerWidth = m_reader.header().size();
    qsizetype filled = cells.size();
    while (filled > 0 && cells.at(filled - 1).trimmed().isEmpty())
        --filled;
    if (headerWidth > 0 && filled > headerWidth) {
        m_reader.fail(line, {},
                      CsvStatementParser::tr("this row has %1 columns but the header has %2: a separator "
                                             "inside an unquoted text?")
                          .arg(filled)
                          .arg(headerWidth));
        return false;
    }
    return true;
}

std::optional<QDate> RowReader::date(const QStringList& cells, int column, int line, bool required)
{
    const QString text = cell(cells, column);
    if (column < 0 || (text.isEmpty() && !required))
        return QDate();
    const auto parsed = m_dates.parse(text);
    if (!parsed) {
        // A real day that cannot exist (31/11) is said so; a wrong shape names the expected one
        // in words (DD/MM/YYYY), not as a format code.
        const DateRules::Reading reading = DateRules::readWithFormat(text, m_mapping.dateFormat);
        m_reader.fail(line, m_reader.columnName(column),
                      reading.impossible ? reading.problem
                                         : CsvStatementParser::tr("expected a date as %1, found '%2'")
                                               .arg(DateRules::readablePattern(m_mapping.dateFormat), text));
    }
    return parsed;
}

std::optional<qint64> RowReader::amount(const QStringList& cells, int column, int line)
{
    const QString text = cell(cells, column);
    const auto reading = StatementFields::parseCents(text, m_syntax);
    if (!reading.ok()) {
        const QString example = QStringLiteral("1 234") + m_mapping.decimalSeparator + QStringLiteral("56");
        m_reader.fail(line, m_reader.columnName(column),
                      CsvStatementParser::tr("%1: expected an amount such as %2, found '%3'")
                          .arg(StatementFields::describe(reading.error), example, text));
        return std::nullopt;
    }
    return reading.cents;
}

std::optional<qint64> RowReader::signedAmount(const QStringList& cells, int line)
{
    if (m_mapping.amountColumn >= 0)
        return amount(cells, m_mapping.amountColumn, line);
    const bool hasDebit = !cell(cells, m_mapping.debitColumn).isEmpty();
    const bool hasCredit = !cell(cells, m_mapping.creditColumn).isEmpty();
    const auto debit = hasDebit ? amount(cells, m_mapping.debitColumn, line) : std::optional<qint64>(0);
    const auto credit
        = (debit && hasCredit) ? amount(cells, m_mapping.creditColumn, line) : std::optional<qint64>(0);
    if (!debit || !credit)
        return std::nullopt;
    if (!hasDebit && !hasCredit) {
        m_reader.fail(line, m_reader.columnName(m_mapping.debitColumn),
                      CsvStatementParser::tr("expected an amount in %1 or %2, both are empty")
                          .arg(m_reader.columnName(m_mapping.debitColumn),
                               m_reader.columnName(m_mapping.creditColumn)));
        return std::nullopt;
    }
    if (*debit != 0 && *credit != 0) {
        m_reader.fail(line, m_reader.columnName(m_mapping.creditColumn),
                      CsvStatementParser::tr("expected an amount in %1 or %2, not in both")
                          .arg(m_reader.columnName(m_mapping.debitColumn),
                               m_reader.columnName(m_mapping.creditColumn)));
        return std::nullopt;
    }
    if (*credit < 0) {
        m_reader.fail(line, m_reader.columnName(m_mapping.creditColumn),
                      CsvStatementParser::tr("expected a credit as a positive amount"));
        return std::nullopt;
    }
    // Banks write debits as "12,50" or "-12,50" in their debit column: both are money out.
    return *credit - qAbs(*debit);
}

} // namespace

StatementParseResult CsvStatementParser::parse(QIODevice& device, const CsvMapping& mapping,
                                               const QString& fileName)
{
    CsvReader reader(device, mapping, fileName);
    StatementParseResult result;
    result.statement.format = QStringLiteral("csv");
    result.statement.currency = mapping.currency;
    if (reader.start()) {
        RowReader rows(reader, mapping);
        QStringList cells;
        int line = 0;
        while (reader.nextRow(cells, line)) {
            auto statementLine = rows.read(cells, line);
            if (!statementLine)
                break;
            result.statement.lines.append(std::move(*statementLine));
        }
    }
    if (reader.problem()) {
        result.problem = reader.problem();
        result.statement = ParsedStatement();
        return result;
    }
    for (const StatementLine& line : std::as_const(result.statement.lines)) {
        if (!result.statement.fromDate.isValid() || line.bookingDate < result.statement.fromDate)
            result.statement.fromDate = line.bookingDate;
        if (!result.statement.toDate.isValid() || line.bookingDate > result.statement.toDate)
            result.statement.toDate = line.bookingDate;
    }
    return result;
}

StatementParseResult CsvStatementParser::parseFile(const QString& path, const CsvMapping& mapping)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StatementFormats::cannotOpen(path, file.errorString());
    return parse(file, mapping, path);
}

CsvPreview CsvStatementParser::preview(QIODevice& device, const CsvMapping& mapping, int maxRows,
                                       const QString& fileName)
{
    CsvReader reader(device, mapping, fileName);
    CsvPreview preview;
    // The preview shows files whose mapping is not finished yet.
    if (reader.start(false)) {
        preview.header = reader.header();
        QStringList cells;
        int line = 0;
        while (preview.rows.size() < maxRows && reader.nextRow(cells, line)) {
            preview.rows.append(cells);
            preview.rowLines.append(line);
        }
    }
    preview.problem = reader.problem();
    return preview;
}

} // namespace casedesk
