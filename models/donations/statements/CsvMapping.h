#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// How one bank writes its CSV statements: chosen in the mapping dialog (pre-filled by guess())
// and saved per bank account as JSON. Columns are 0-based; -1 means "not in this file".
struct CsvMapping
{
    Q_DECLARE_TR_FUNCTIONS(CsvMapping)

public:
    QChar separator = QLatin1Char(';'); // ';', ',' or '\t'
    QChar quote = QLatin1Char('"');
    QString encoding = QStringLiteral("UTF-8"); // "UTF-8" (with or without BOM) or "Windows-1252"
    int skipLines = 0; // physical lines before the header row (a bank's preamble)
    bool hasHeaderRow = true;
    QChar decimalSeparator = QLatin1Char(',');
    // Characters grouping thousands ("1 234,56", "1.234,56"): space, no-break space U+00A0,
    // narrow no-break space U+202F, '.', ','. Only accepted before a group of three digits.
    QString thousandsSeparators = QStringLiteral(" \u00A0\u202F");
    QString dateFormat = QStringLiteral("dd/MM/yyyy"); // d, dd, M, MM, yy, yyyy and separators
    QString currency = QStringLiteral("EUR");

    int bookingDateColumn = -1;
    int valueDateColumn = -1;
    QList<int> labelColumns; // joined with a space
    int amountColumn = -1; // one signed amount, or:
    int debitColumn = -1; // debits, written positive or negative
    int creditColumn = -1;
    int referenceColumn = -1;
    int counterpartyColumn = -1;

    bool operator==(const CsvMapping& other) const = default;

    // What makes this mapping unusable, for the dialog; empty when it can be used. Without
    // checkColumns, only what cutting the file into cells needs (separator, quote, encoding).
    QStringList problems(bool checkColumns = true) const;
    // The highest column the mapping reads, + 1.
    int columnsNeeded() const;

    QJsonObject toJson() const;
    // nullopt (and *error) when the object is not a mapping this version can read.
    static std::optional<CsvMapping> fromJson(const QJsonObject& object, QString* error = nullptr);

    // A first proposal from the file's first bytes (a few KB): encoding, separator, the header
    // row and the preamble above it, decimal and thousands separators, date format, and the
    // columns recognised from the header's names (French and English) or from their content.
    static CsvMapping guess(const QByteArray& firstBytes);
};

} // namespace casedesk
