#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace casedesk {

// One cell of a CSV row: text (neutralised against spreadsheet formulas) or an amount
// (written as a plain number with a point, "12.50", so spreadsheets read a number).
struct CsvCell
{
    enum class Kind
    {
        Text,
        Amount
    };
    Kind kind = Kind::Text;
    QString text;
    qint64 cents = 0;

    static CsvCell ofText(const QString& text) { return { Kind::Text, text, 0 }; }
    static CsvCell ofAmount(qint64 cents) { return { Kind::Amount, {}, cents }; }
};

// Writes CSV that spreadsheets open safely: UTF-8 with a byte order mark (Excel needs it to
// read accents), `;` (French Excel) or `,` as separator, CRLF line ends (RFC 4180), quotes
// where needed, and text cells starting with = + - @ tab or CR prefixed with an apostrophe so
// they are never run as formulas (CSV injection). Amounts are numbers, never neutralised.
class CsvWriter
{
public:
    // Writes the byte order mark at once when `withBom` (the default).
    explicit CsvWriter(QIODevice* device, QChar separator = QLatin1Char(';'), bool withBom = true);

    void writeRow(const QList<CsvCell>& cells);
    void writeTextRow(const QStringList& cells); // every cell as text (a header)
    // False once a write failed (disk full); the device's errorString() says why.
    bool ok() const { return m_ok; }
    int rowsWritten() const { return m_rows; }

    // The cell as written, quotes included when needed.
    static QString textCell(const QString& text, QChar separator);
    static QString amountCell(qint64 cents); // "12.50", "-3.05"

private:
    void writeLine(const QString& line);

    QIODevice* m_device;
    QChar m_separator;
    bool m_ok = true;
    int m_rows = 0;
};

} // namespace casedesk
