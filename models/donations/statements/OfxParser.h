#pragma once

#include "donations/statements/StatementParseResult.h"

#include <QCoreApplication>

class QIODevice;

namespace casedesk {

// Reads an OFX bank or card statement: OFX 1.x (SGML: "OFXHEADER:100" header lines, leaf tags
// usually left unclosed, CHARSET USASCII / 1252 / ISO-8859-1 / UTF-8) with a small tokenizer of
// our own, and OFX 2.x (XML, "<?OFX OFXHEADER="200" ...?>") with QXmlStreamReader. Both stream.
//
// - Account: ACCTID becomes accountIban only when it is a valid IBAN; otherwise it is kept, as
//   written, in accountName (French banks give the RIB: BANKID, BRANCHID, ACCTID, ACCTKEY).
// - Each STMTTRN is a line: TRNAMT signed (a decimal comma is accepted), DTPOSTED the booking
//   date, DTAVAIL (else DTUSER) the value date, FITID the bank reference, NAME + MEMO the label,
//   CHECKNUM (else REFNUM) the reference, PAYEE/NAME the counterparty.
// - LEDGERBAL is the closing balance; OFX has no opening balance, so none is set.
// - Several statements in one file must be for the same account (they are concatenated).
// - Problems carry the line and the tag path, "OFX/BANKMSGSRSV1/.../STMTTRN[3]/TRNAMT".
class OfxParser
{
    Q_DECLARE_TR_FUNCTIONS(OfxParser)

public:
    // fileName names the file in problems only.
    static StatementParseResult parse(QIODevice& device, const QString& fileName);
    static StatementParseResult parseFile(const QString& path);
};

} // namespace casedesk
