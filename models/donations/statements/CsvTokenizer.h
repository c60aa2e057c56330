#pragma once

#include "donations/ByteStream.h"

#include <QByteArrayList>
#include <QCoreApplication>

namespace casedesk {

// RFC 4180 records from a byte stream, cells still in the file's encoding (separators, quotes
// and line breaks are ASCII in every encoding we read, so cutting bytes is safe). Lenient where
// banks are sloppy: a quote inside an unquoted cell is kept as text. Used by the CSV parser and
// by CsvMapping::guess.
class CsvTokenizer
{
    Q_DECLARE_TR_FUNCTIONS(CsvStatementParser)

public:
    struct Record
    {
        QByteArrayList cells;
        int line = 0; // where the record starts
        bool isBlank() const;
    };

    CsvTokenizer(QIODevice& device, char separator, char quote, qsizetype maxRecordBytes);

    // Skips a UTF-8 byte order mark at the very start; true if there was one.
    bool skipBom();
    // Skips whole physical lines, quotes or not (a bank's preamble).
    void skipLines(int count);
    // false at the end of the input, or on an error (then error() says why).
    bool next(Record& record);
    const QString& error() const { return m_error; }
    int line() const { return m_in.line(); }

private:
    ByteStream m_in;
    char m_separator;
    char m_quote;
    qsizetype m_maxRecordBytes;
    QString m_error;
};

} // namespace casedesk
