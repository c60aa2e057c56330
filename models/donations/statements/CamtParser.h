#pragma once

#include "donations/statements/StatementParseResult.h"

#include <QCoreApplication>

class QIODevice;

namespace casedesk {

// Reads an ISO 20022 CAMT.053 bank-to-customer statement (camt.053.001.02 to .001.08) from
// libxml2's SAX2 events with a state machine on element names: one pass, never a DOM, so memory
// grows with the lines kept, not the XML. No DTD is loaded and nothing outside the file is read.
//
// - Several Stmt in one file are accepted when they are for the same account and currency:
//   their lines are concatenated, the opening balance is the first statement's, the closing
//   balance the last one's. Statements for different accounts are refused.
// - An entry (Ntry) is one StatementLine with the entry's amount, even when it is a batch of
//   several transactions (TxDtls): the label then joins each detail's "name: text" with "; "
//   (at most kMaxDetailsInLabel of them, then "… (+N)"); counterparty and reference are kept only
//   when all details agree.
// - Entries with status PDNG (pending) or INFO are not booked and are left out.
// - Problems carry the line and the element path, "Document/BkToCstmrStmt/Stmt/Ntry[3]/Amt".
class CamtParser
{
    Q_DECLARE_TR_FUNCTIONS(CamtParser)

public:
    static constexpr int kMaxDetailsInLabel = 20;
    static constexpr int kFirstVersion = 2; // camt.053.001.02
    static constexpr int kLastVersion = 8; // camt.053.001.08

    // fileName names the file in problems only.
    static StatementParseResult parse(QIODevice& device, const QString& fileName);
    static StatementParseResult parseFile(const QString& path);
};

} // namespace casedesk
