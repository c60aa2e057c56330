#include "donations/platform/PlatformParsing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>

namespace casedesk::PlatformParsing {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PlatformImport)
};

// Amounts beyond this (a hundred billion euros) are a mistake in the file, and beyond what a
// double holds exactly in cents.
constexpr double kMaxEuros = 1e11;

QString shown(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

void fail(const QString& location, const QString& message, int line)
{
    throw FieldError { line, location, message };
}

std::optional<QByteArray> readFile(const QString& path, ImportProblem* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = { path, 0, {}, Text::tr("cannot read the file: %1").arg(file.errorString()) };
        return std::nullopt;
    }
    return file.readAll();
}

int lineOfOffset(const QByteArray& data, qsizetype offset)
{
    const qsizetype end = std::clamp<qsizetype>(offset, 0, data.size());
    return int(std::count(data.constBegin(), data.constBegin() + end, '\n')) + 1;
}

std::optional<QJsonValue> parseJson(const QByteArray& data, const QString& path, ImportProblem* problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = { path,
                     lineOfOffset(data, error.offset),
                     {},
                     Text::tr("not valid JSON: %1").arg(error.errorString()) };
        return std::nullopt;
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// --- JsonCursor --------------------------------------------------------------------------------

bool JsonCursor::has(const QString& name) const
{
    return m_value.isObject() && !field(name).isMissing();
}

JsonCursor JsonCursor::field(const QString& name) const
{
    const QString path = m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
    return { m_value.toObject().value(name), path };
}

JsonCursor JsonCursor::firstField(const QStringList& names) const
{
    for (const QString& name : names) {
        if (has(name))
            return field(name);
    }
    return field(names.first());
}

QList<JsonCursor> JsonCursor::elements() const
{
    if (!m_value.isArray())
        fail(m_path, Text::tr("expected an array, found %1").arg(typeName()));
    QList<JsonCursor> list;
    const QJsonArray array = m_value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        list.append({ array.at(i), QStringLiteral("%1[%2]").arg(m_path).arg(i) });
    return list;
}

QString JsonCursor::typeName() const
{
    switch (m_value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

void JsonCursor::requirePresent() const
{
    if (isMissing())
        fail(m_path, Text::tr("the field is missing"));
}

void JsonCursor::requireObject() const
{
    if (!m_value.isObject())
        fail(m_path, Text::tr("expected an object, found %1").arg(typeName()));
}

QString JsonCursor::text() const
{
    if (isMissing())
        return {};
    if (m_value.isString())
        return m_value.toString().trimmed();
    if (m_value.isDouble() && std::isfinite(m_value.toDouble())) {
        const double number = m_value.toDouble();
        return number == std::floor(number) && std::abs(number) < 1e15
            ? QString::number(qint64(number))
            : QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    fail(m_path, Text::tr("expected text or a number, found %1").arg(typeName()));
}

QString JsonCursor::requiredText() const
{
    requirePresent();
    const QString value = text();
    if (value.isEmpty())
        fail(m_path, Text::tr("the field is empty"));
    return value;
}

QDate JsonCursor::requiredDate() const
{
    requirePresent();
    if (!m_value.isString())
        fail(m_path, Text::tr("expected a date as text, found %1").arg(typeName()));
    const QDate date = dateFromText(m_value.toString());
    if (!date.isValid())
        fail(m_path, Text::tr("expected a date such as 2026-03-14, found %1").arg(shown(m_value)));
    return date;
}

QDate JsonCursor::optionalDate() const
{
    return isMissing() ? QDate() : requiredDate();
}

qint64 JsonCursor::wholeCents() const
{
    requirePresent();
    if (!m_value.isDouble())
        fail(m_path, Text::tr("expected a number of cents, found %1").arg(typeName()));
    const double value = m_value.toDouble();
    if (!std::isfinite(value) || std::abs(value) > kMaxEuros * 100 || value != std::floor(value))
        fail(m_path, Text::tr("expected a whole number of cents, found %1").arg(shown(m_value)));
    return qint64(value);
}

qint64 JsonCursor::euroCents() const
{
    requirePresent();
    if (m_value.isString()) {
        const std::optional<qint64> cents = decimalToCents(m_value.toString(), QLatin1Char('.'));
        if (!cents)
            fail(m_path, Text::tr("expected an amount such as 12.50, found %1").arg(shown(m_value)));
        return *cents;
    }
    if (!m_value.isDouble())
        fail(m_path, Text::tr("expected an amount, found %1").arg(typeName()));
    // A JSON number is a double: 12.34 is 12.339999...; times 100 it is within a hair of a whole
    // number of cents, which qRound64 gives exactly. More than that hair means a third decimal.
    const double value = m_value.toDouble();
    if (!std::isfinite(value) || std::abs(value) > kMaxEuros)
        fail(m_path, Text::tr("expected an amount, found %1").arg(shown(m_value)));
    const double cents = value * 100.0;
    const qint64 rounded = qRound64(cents);
    if (std::abs(cents - double(rounded)) > 1e-6)
        fail(m_path, Text::tr("expected an amount with at most two decimals, found %1").arg(shown(m_value)));
    return rounded;
}

// --- values -----------------------------------------------------------------------------------

std::optional<qint64> decimalToCents(const QString& text, QChar decimalMark)
{
    QString plain = text.trimmed();
    plain.remove(QChar(0x20AC)); // €
    plain.remove(QStringLiteral("EUR"));
    plain.remove(QLatin1Char(' '));
    plain.remove(QChar(0xA0));
    plain.remove(QChar(0x202F)); // narrow no-break space, the French thousands separator
    static const QRegularExpression number(QStringLiteral("^(-?)(\\d+)(?:[.,](\\d{1,2}))?$"));
    const QRegularExpressionMatch match = number.match(plain);
    if (!match.hasMatch() || match.capturedLength(2) > 13)
        return std::nullopt;
    if (match.capturedLength(3) > 0 && plain.at(match.capturedStart(3) - 1) != decimalMark)
        return std::nullopt;
    const qint64 units = match.captured(2).toLongLong();
    const QString decimals = match.captured(3).leftJustified(2, QLatin1Char('0'));
    const qint64 cents = units * 100 + decimals.toLongLong();
    return match.capturedLength(1) > 0 ? -cents : cents;
}

QDate dateFromText(const QString& text)
{
    const QString value = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$"));
    static const QRegularExpression french(QStringLiteral("^(\\d{2}/\\d{2}/\\d{4})( .*)?$"));
    if (const QRegularExpressionMatch match = iso.match(value); match.hasMatch())
        return QDate::fromString(match.captured(1), Qt::ISODate);
    if (const QRegularExpressionMatch match = french.match(value); match.hasMatch())
        return QDate::fromString(match.captured(1), QStringLiteral("dd/MM/yyyy"));
    return {};
}

// --- CSV ----------------------------------------------------------------------------------------

QString decodeText(const QByteArray& data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder windows("Windows-1252");
    if (windows.isValid()) {
        text = windows.decode(bytes);
        if (!windows.hasError())
            return text;
    }
    return QString::fromLatin1(bytes);
}

QString columnKey(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString key;
    bool space = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            key.append(c);
            space = false;
        } else if (!space) {
            key.append(QLatin1Char(' '));
            space = true;
        }
    }
    return key.trimmed();
}

int CsvTable::column(const QStringList& names) const
{
    for (const QString& name : names) {
        const QString wanted = columnKey(name);
        for (int i = 0; i < header.size(); ++i) {
            if (columnKey(header.at(i)) == wanted)
                return i;
        }
    }
    return -1;
}

namespace {

QChar guessSeparator(const QString& firstLine)
{
    int best = 0;
    QChar separator = QLatin1Char(';');
    for (const QChar candidate : { QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t') }) {
        const int count = int(firstLine.count(candidate));
        if (count > best) {
            best = count;
            separator = candidate;
        }
    }
    return separator;
}

} // namespace

std::optional<CsvTable> readCsv(const QByteArray& data, const QString& path, ImportProblem* problem)
{
    const QString text = decodeText(data);
    CsvTable table;
    table.separator = guessSeparator(text.section(QLatin1Char('\n'), 0, 0));
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    const auto endRecord = [&] {
        record.append(wasQuoted ? field : field.trimmed());
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            if (table.header.isEmpty()) {
                table.header = record;
            } else {
                table.rows.append(record);
                table.rowLines.append(recordLine);
            }
        }
        record.clear();
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                line += c == QLatin1Char('\n') ? 1 : 0;
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = wasQuoted = true;
            field.clear();
        } else if (c == table.separator) {
            record.append(wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            recordLine = ++line;
        } else if (c != QLatin1Char('\r')) {
            field.append(c);
        }
    }
    if (quoted) {
        *problem = { path, recordLine, {}, Text::tr("a quoted field is not closed") };
        return std::nullopt;
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    if (table.header.isEmpty()) {
        *problem = { path, 1, {}, Text::tr("the file is empty: expected a header line") };
        return std::nullopt;
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        if (table.rows.at(r).size() != table.header.size()) {
            *problem = { path,
                         table.rowLines.at(r),
                         {},
                         Text::tr("expected %1 fields as in the header, found %2")
                             .arg(table.header.size())
                             .arg(table.rows.at(r).size()) };
            return std::nullopt;
        }
    }
    return table;
}

} // namespace casedesk::PlatformParsing
