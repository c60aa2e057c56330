#pragma once

#include "donations/statements/CsvMapping.h"
#include "donations/statements/StatementParseResult.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace casedesk {

// The first rows of a CSV file cut into cells with a mapping, for the mapping dialog.
struct CsvPreview
{
    QStringList header; // empty when the mapping says there is no header row
    QList<QStringList> rows;
    QList<int> rowLines; // the 1-based line where each row starts
    std::optional<ImportProblem> problem; // the rows read before it are still there
};

// Reads a bank's CSV statement with a CsvMapping. RFC 4180 quoting (separators, doubled quotes
// and line breaks inside quoted cells; line numbers stay those of the file), UTF-8 with or
// without BOM or Windows-1252, amounts exact in cents. Blank rows are skipped; any other row
// that does not fit the mapping stops the import with its line, column and what was expected.
// CSV exports have no balances: the statement's balances stay empty.
class CsvStatementParser
{
    Q_DECLARE_TR_FUNCTIONS(CsvStatementParser)

public:
    // A quoted cell longer than this is taken for an unbalanced quote.
    static constexpr qsizetype kMaxRecordBytes = 1024 * 1024;

    // fileName names the file in problems only.
    static StatementParseResult parse(QIODevice& device, const CsvMapping& mapping, const QString& fileName);
    static StatementParseResult parseFile(const QString& path, const CsvMapping& mapping);
    static CsvPreview preview(QIODevice& device, const CsvMapping& mapping, int maxRows,
                              const QString& fileName = QString());
};

} // namespace casedesk
