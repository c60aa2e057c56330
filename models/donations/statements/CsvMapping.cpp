#include "donations/statements/CsvMapping.h"

#include "donations/statements/CsvStatementParser.h"
#include "donations/statements/CsvTokenizer.h"
#include "donations/statements/StatementFields.h"

#include <QBuffer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>

namespace casedesk {

namespace {

constexpr int kJsonVersion = 1;

const QStringList kDateFormats
    = { QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"),
        QStringLiteral("dd/MM/yy"),   QStringLiteral("dd-MM-yyyy"), QStringLiteral("yyyy/MM/dd"),
        QStringLiteral("d/M/yyyy"),   QStringLiteral("dd.MM.yy") };

QString charText(QChar c)
{
    return c == QLatin1Char('\t') ? QStringLiteral("\\t") : QString(c);
}

QChar charFrom(const QString& text)
{
    if (text == QLatin1String("\\t") || text == QLatin1String("tab"))
        return QLatin1Char('\t');
    return text.size() == 1 ? text.at(0) : QChar();
}

// --- guess() -------------------------------------------------------------------------------

struct Row
{
    QStringList cells;
    int line = 0;
    bool blank = false;
};

QList<Row> rowsOf(const QByteArray& sample, char separator, const QString& encoding)
{
    QByteArray copy = sample;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvTokenizer tokenizer(buffer, separator, '"', CsvStatementParser::kMaxRecordBytes);
    tokenizer.skipBom();
    QStringDecoder decoder(encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    QList<Row> rows;
    CsvTokenizer::Record record;
    while (tokenizer.next(record)) {
        Row row { {}, record.line, record.isBlank() };
        for (const QByteArray& cell : std::as_const(record.cells))
            row.cells << QString(decoder(cell)).trimmed();
        rows << row;
    }
    return rows;
}

// The last run of non-blank rows with the same number of cells: the table under any preamble.
struct Block
{
    qsizetype first = 0;
    qsizetype length = 0;
    qsizetype width = 0;
};

Block tableBlock(const QList<Row>& rows)
{
    qsizetype last = rows.size() - 1;
    while (last >= 0 && rows.at(last).blank)
        --last;
    if (last < 0)
        return {};
    Block block { last, 1, rows.at(last).cells.size() };
    while (block.first > 0 && !rows.at(block.first - 1).blank
           && rows.at(block.first - 1).cells.size() == block.width) {
        --block.first;
        ++block.length;
    }
    return block;
}

bool looksLikeAmount(const QString& cell)
{
    static const QRegularExpression amount(
        QStringLiteral("^[-+\u2212]?\\s*\\d[\\d \u00A0\u202F.,]*([.,]\\d{1,2})?\\s*(\u20AC|EUR)?$"));
    return amount.match(cell).hasMatch();
}

bool looksLikeDate(const QString& cell)
{
    return std::any_of(kDateFormats.cbegin(), kDateFormats.cend(), [&](const QString& format) {
        return StatementFields::DatePattern(format).parse(cell).has_value();
    });
}

QString plainName(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString plain;
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c);
    }
    return plain.simplified();
}

// The date format all non-empty cells of a column fit, or empty.
QString dateFormatOf(const QList<Row>& data, int column)
{
    for (const QString& format : kDateFormats) {
        const StatementFields::DatePattern pattern(format);
        bool any = false, all = true;
        for (const Row& row : data) {
            const QString cell = row.cells.value(column);
            if (cell.isEmpty())
                continue;
            any = true;
            all = all && pattern.parse(cell).has_value();
        }
        if (any && all)
            return format;
    }
    return {};
}

bool isAmountColumn(const QList<Row>& data, int column)
{
    bool any = false;
    for (const Row& row : data) {
        const QString cell = row.cells.value(column);
        if (cell.isEmpty())
            continue;
        if (!looksLikeAmount(cell) || looksLikeDate(cell))
            return false;
        any = true;
    }
    return any;
}

void guessNumbers(CsvMapping& mapping, const QList<Row>& data)
{
    static const QRegularExpression commaDecimal(QStringLiteral("\\d,\\d{1,2}\\s*(\u20AC|EUR)?$"));
    static const QRegularExpression pointDecimal(QStringLiteral("\\d\\.\\d{1,2}\\s*(\u20AC|EUR)?$"));
    static const QRegularExpression pointGroups(QStringLiteral("\\d\\.\\d{3}(\\.\\d{3})*,\\d"));
    static const QRegularExpression commaGroups(QStringLiteral("\\d,\\d{3}(,\\d{3})*\\.\\d"));
    int commas = 0, points = 0;
    bool pointGrouping = false, commaGrouping = false;
    for (const Row& row : data) {
        for (const QString& cell : row.cells) {
            if (!looksLikeAmount(cell))
                continue;
            commas += commaDecimal.match(cell).hasMatch() ? 1 : 0;
            points += pointDecimal.match(cell).hasMatch() ? 1 : 0;
            pointGrouping = pointGrouping || pointGroups.match(cell).hasMatch();
            commaGrouping = commaGrouping || commaGroups.match(cell).hasMatch();
        }
    }
    mapping.decimalSeparator = points > commas ? QLatin1Char('.') : QLatin1Char(',');
    mapping.thousandsSeparators = QStringLiteral(" \u00A0\u202F");
    if (mapping.decimalSeparator == QLatin1Char(',') && pointGrouping)
        mapping.thousandsSeparators += QLatin1Char('.');
    if (mapping.decimalSeparator == QLatin1Char('.') && commaGrouping)
        mapping.thousandsSeparators += QLatin1Char(',');
}

// Columns from the header's names, French and English bank exports.
void guessColumnsByName(CsvMapping& mapping, const QStringList& header)
{
    auto has = [](const QString& name, std::initializer_list<const char*> words) {
        return std::any_of(words.begin(), words.end(),
                           [&](const char* word) { return name.contains(QLatin1String(word)); });
    };
    for (int column = 0; column < header.size(); ++column) {
        const QString name = plainName(header.at(column));
        if (name.isEmpty() || has(name, { "solde", "balance", "account", "compte", "categor" })) {
            continue;
        } else if (has(name, { "valeur", "dateval", "value" })) {
            if (mapping.valueDateColumn < 0)
                mapping.valueDateColumn = column;
        } else if (name.startsWith(QLatin1String("date"))) {
            if (mapping.bookingDateColumn < 0)
                mapping.bookingDateColumn = column;
        } else if (has(name, { "debit" })) {
            mapping.debitColumn = column;
        } else if (has(name, { "credit" })) {
            mapping.creditColumn = column;
        } else if (has(name, { "montant", "amount", "somme" })) {
            if (mapping.amountColumn < 0)
                mapping.amountColumn = column;
        } else if (has(name, { "reference" }) || name == QLatin1String("ref")) {
            mapping.referenceColumn = column;
        } else if (has(name,
                       { "tiers", "beneficiaire", "contrepartie", "emetteur", "payee", "counterparty",
                         "supplier" })) {
            mapping.counterpartyColumn = column;
        } else if (has(name,
                       { "libelle", "label", "description", "intitule", "detail", "operation", "memo" })) {
            mapping.labelColumns << column;
        }
    }
    if (mapping.debitColumn < 0 || mapping.creditColumn < 0)
        mapping.debitColumn = mapping.creditColumn = -1;
    else
        mapping.amountColumn = -1;
}

// Columns from what the data looks like, for what the names did not tell.
void guessColumnsByContent(CsvMapping& mapping, const QList<Row>& data, qsizetype width)
{
    QList<int> dates, amounts, texts;
    for (int column = 0; column < width; ++column) {
        if (!dateFormatOf(data, column).isEmpty())
            dates << column;
        else if (isAmountColumn(data, column))
            amounts << column;
        else
            texts << column;
    }
    if (mapping.bookingDateColumn < 0 && !dates.isEmpty())
        mapping.bookingDateColumn = dates.takeFirst();
    dates.removeAll(mapping.bookingDateColumn);
    if (mapping.valueDateColumn < 0 && !dates.isEmpty())
        mapping.valueDateColumn = dates.first();
    const bool hasAmount = mapping.amountColumn >= 0 || mapping.debitColumn >= 0;
    if (!hasAmount && amounts.size() == 1)
        mapping.amountColumn = amounts.first();
    else if (!hasAmount && amounts.size() >= 2)
        std::tie(mapping.debitColumn, mapping.creditColumn) = std::pair(amounts.at(0), amounts.at(1));
    if (mapping.labelColumns.isEmpty() && !texts.isEmpty()) {
        // The label is the wordiest text column.
        auto length = [&data](int column) {
            qsizetype total = 0;
            for (const Row& row : data)
                total += row.cells.value(column).size();
            return total;
        };
        mapping.labelColumns << *std::max_element(texts.cbegin(), texts.cend(),
                                                  [&](int a, int b) { return length(a) < length(b); });
    }
}

QString guessEncoding(const QByteArray& sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    QStringDecoder utf8(QStringDecoder::Utf8);
    // Stateful and never flushed: a character cut at the sample's end is not an error.
    const QString decoded = utf8(sample);
    return utf8.hasError() ? QStringLiteral("Windows-1252") : QStringLiteral("UTF-8");
}

} // namespace

QStringList CsvMapping::problems(bool checkColumns) const
{
    QStringList found;
    if (separator.unicode() == 0 || separator.unicode() > 127 || separator == quote)
        found << tr("the separator must be one ASCII character other than the quote");
    if (quote.unicode() == 0 || quote.unicode() > 127)
        found << tr("the quote must be one ASCII character");
    if (!QStringDecoder(encoding.toLatin1().constData()).isValid())
        found << tr("the encoding %1 is not known").arg(encoding);
    if (skipLines < 0)
        found << tr("the number of lines to skip cannot be negative");
    if (!checkColumns)
        return found;
    if (!StatementFields::DatePattern(dateFormat).isValid())
        found
            << tr("the date format %1 is not one of d, dd, M, MM, yy, yyyy with separators").arg(dateFormat);
    if (decimalSeparator == separator || thousandsSeparators.contains(decimalSeparator))
        found << tr("the decimal separator must differ from the column and thousands separators");
    if (bookingDateColumn < 0)
        found << tr("choose the column of the booking date");
    const bool oneColumn = amountColumn >= 0;
    const bool twoColumns = debitColumn >= 0 && creditColumn >= 0;
    if (oneColumn == twoColumns)
        found << tr("choose either one signed amount column or a debit and a credit column");
    return found;
}

int CsvMapping::columnsNeeded() const
{
    int highest = std::max({ bookingDateColumn, valueDateColumn, amountColumn, debitColumn, creditColumn,
                             referenceColumn, counterpartyColumn });
    for (const int column : labelColumns)
        highest = std::max(highest, column);
    return highest + 1;
}

QJsonObject CsvMapping::toJson() const
{
    QJsonArray labels;
    for (const int column : labelColumns)
        labels.append(column);
    return QJsonObject {
        { QStringLiteral("version"), kJsonVersion },
        { QStringLiteral("separator"), charText(separator) },
        { QStringLiteral("quote"), QString(quote) },
        { QStringLiteral("encoding"), encoding },
        { QStringLiteral("skipLines"), skipLines },
        { QStringLiteral("hasHeaderRow"), hasHeaderRow },
        { QStringLiteral("decimalSeparator"), QString(decimalSeparator) },
        { QStringLiteral("thousandsSeparators"), thousandsSeparators },
        { QStringLiteral("dateFormat"), dateFormat },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("bookingDateColumn"), bookingDateColumn },
        { QStringLiteral("valueDateColumn"), valueDateColumn },
        { QStringLiteral("labelColumns"), labels },
        { QStringLiteral("amountColumn"), amountColumn },
        { QStringLiteral("debitColumn"), debitColumn },
        { QStringLiteral("creditColumn"), creditColumn },
        { QStringLiteral("referenceColumn"), referenceColumn },
        { QStringLiteral("counterpartyColumn"), counterpartyColumn },
    };
}

std::optional<CsvMapping> CsvMapping::fromJson(const QJsonObject& object, QString* error)
{
    auto refuse = [error](const QString& why) -> std::optional<CsvMapping> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (object.value(QStringLiteral("version")).toInt() != kJsonVersion)
        return refuse(tr("the saved CSV mapping has an unknown version"));
    CsvMapping mapping;
    auto text = [&object](const char* key, const QString& fallback) {
        return object.value(QLatin1String(key)).toString(fallback);
    };
    auto number = [&object](const char* key, int fallback) {
        return object.value(QLatin1String(key)).toInt(fallback);
    };
    mapping.separator = charFrom(text("separator", QStringLiteral(";")));
    mapping.quote = charFrom(text("quote", QStringLiteral("\"")));
    mapping.encoding = text("encoding", mapping.encoding);
    mapping.skipLines = number("skipLines", 0);
    mapping.hasHeaderRow = object.value(QStringLiteral("hasHeaderRow")).toBool(true);
    mapping.decimalSeparator = charFrom(text("decimalSeparator", QStringLiteral(",")));
    mapping.thousandsSeparators = text("thousandsSeparators", mapping.thousandsSeparators);
    mapping.dateFormat = text("dateFormat", mapping.dateFormat);
    mapping.currency = text("currency", mapping.currency);
    mapping.bookingDateColumn = number("bookingDateColumn", -1);
    mapping.valueDateColumn = number("valueDateColumn", -1);
    const QJsonArray labels = object.value(QStringLiteral("labelColumns")).toArray();
    for (const QJsonValue& column : labels)
        mapping.labelColumns << column.toInt(-1);
    mapping.amountColumn = number("amountColumn", -1);
    mapping.debitColumn = number("debitColumn", -1);
    mapping.creditColumn = number("creditColumn", -1);
    mapping.referenceColumn = number("referenceColumn", -1);
    mapping.counterpartyColumn = number("counterpartyColumn", -1);
    const QStringList problems = mapping.problems();
    if (!problems.isEmpty())
        return refuse(problems.join(QStringLiteral("; ")));
    return mapping;
}

CsvMapping CsvMapping::guess(const QByteArray& firstBytes)
{
    CsvMapping mapping;
    mapping.encoding = guessEncoding(firstBytes);
    QByteArray sample = firstBytes;
    const qsizetype lastBreak = sample.lastIndexOf('\n');
    if (lastBreak > 0 && lastBreak + 1 < sample.size())
        sample.truncate(lastBreak + 1); // the last line may be cut short

    QList<Row> rows;
    Block block;
    for (const char separator : { ';', ',', '\t' }) {
        QList<Row> candidate = rowsOf(sample, separator, mapping.encoding);
        const Block found = tableBlock(candidate);
        if (found.width >= 2 && found.length > block.length) {
            block = found;
            rows = std::move(candidate);
            mapping.separator = QLatin1Char(separator);
        }
    }
    if (block.length == 0)
        return mapping;

    const Row& first = rows.at(block.first);
    const bool isHeader = std::none_of(first.cells.cbegin(), first.cells.cend(), [](const QString& cell) {
        return looksLikeDate(cell) || looksLikeAmount(cell);
    });
    mapping.hasHeaderRow = isHeader;
    mapping.skipLines = first.line - 1;
    const QList<Row> data = rows.mid(block.first + (isHeader ? 1 : 0), block.length - (isHeader ? 1 : 0));

    guessNumbers(mapping, data);
    if (isHeader)
        guessColumnsByName(mapping, first.cells);
    guessColumnsByContent(mapping, data, block.width);
    if (mapping.bookingDateColumn >= 0) {
        const QString format = dateFormatOf(data, mapping.bookingDateColumn);
        if (!format.isEmpty())
            mapping.dateFormat = format;
    }
    return mapping;
}

} // namespace casedesk
