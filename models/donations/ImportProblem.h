#pragma once

#include <QCoreApplication>
#include <QString>

namespace casedesk {

// Where and why a file could not be read. Every importer stops at the first problem it finds
// and nothing of the file is written; the message names the file, the place in it and what was
// expected there.
struct ImportProblem
{
    QString file; // the file name as the user chose it
    int line = 0; // 1-based line in the file, 0 when unknown
    QString location; // the XML element path ("Document/BkToCstmrStmt/Stmt/Ntry[3]/Amt") or the CSV column
    QString message; // what was wrong, what was expected

    // "releve.xml, line 42, Document/BkToCstmrStmt/Stmt/Ntry[3]/Amt: the amount is not a number"
    QString text() const;
};

} // namespace casedesk
