#pragma once

#include "donations/ImportProblem.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Pieces the platform export readers share (Ulule, HelloAsso): JSON read with positions, a JSON
// cursor that knows its path ("data[12].amount"), exact amounts, dates, and a small CSV reader.
namespace casedesk::PlatformParsing {

// Thrown inside a reader when a field is wrong; the reader turns it into an ImportProblem.
struct FieldError
{
    int line = 0; // CSV line, 0 for JSON (QJsonDocument keeps no positions of values)
    QString location; // "data[12].amount" or the CSV column's name
    QString message;
};

[[noreturn]] void fail(const QString& location, const QString& message, int line = 0);

// The bytes of a file, or a problem naming it.
std::optional<QByteArray> readFile(const QString& path, ImportProblem* problem);
// The document, or a problem with the line of the syntax error.
std::optional<QJsonValue> parseJson(const QByteArray& data, const QString& path, ImportProblem* problem);
int lineOfOffset(const QByteArray& data, qsizetype offset);

// A JSON value and where it is in the document.
class JsonCursor
{
public:
    JsonCursor(const QJsonValue& value, const QString& path)
        : m_value(value)
        , m_path(path)
    {
    }

    QString path() const { return m_path; }
    QJsonValue value() const { return m_value; }
    bool isMissing() const { return m_value.isUndefined() || m_value.isNull(); }
    bool has(const QString& name) const;
    JsonCursor field(const QString& name) const;
    // The first of `names` present (for fields with several spellings); the first name otherwise.
    JsonCursor firstField(const QStringList& names) const;
    QList<JsonCursor> elements() const; // fails unless an array

    void requirePresent() const;
    void requireObject() const;
    QString text() const; // a string, or a number written as text; "" when missing
    QString requiredText() const;
    QDate requiredDate() const;
    QDate optionalDate() const;
    qint64 wholeCents() const; // a whole number of cents (HelloAsso)
    qint64 euroCents() const; // euros, at most two decimals, as a number or a string (Ulule)

private:
    QString typeName() const;
    QJsonValue m_value;
    QString m_path;
};

// "12.50", "12,5", "1 234,56", "1234": cents, exactly; nullopt when not such a number or with
// more than two decimals. `decimalMark` is '.' or ','; the other one is refused.
std::optional<qint64> decimalToCents(const QString& text, QChar decimalMark);
// "2026-03-14T10:12:00+01:00", "2026-03-14", "14/03/2026" or "14/03/2026 10:12": the calendar
// date as the platform wrote it (no time-zone shift).
QDate dateFromText(const QString& text);

// A CSV file: a header and rows, each with the line it starts on. Quoted fields may hold the
// separator, doubled quotes and line breaks. UTF-8 (BOM removed), else Windows-1252.
struct CsvTable
{
    QChar separator;
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines;

    // The column whose simplified name is one of `names` (see columnKey), -1 when none is.
    int column(const QStringList& names) const;
};

std::optional<CsvTable> readCsv(const QByteArray& data, const QString& path, ImportProblem* problem);
QString decodeText(const QByteArray& data);
// Lower case, accents removed, every run of other characters one space: "Montant (€)" -> "montant".
QString columnKey(const QString& name);

} // namespace casedesk::PlatformParsing
