#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// One booked line of a bank statement, as read from the bank's file (CAMT.053 entry, OFX
// STMTTRN, CSV row). Parsers fill it; the ledger stores it and computes its duplicate key.
struct StatementLine
{
    QDate bookingDate;
    QDate valueDate; // may be invalid when the file has none
    qint64 amountCents = 0; // signed: credits (money in) positive, debits negative
    QString currency; // ISO 4217, "EUR"
    QString label; // the bank's text for the line (remittance information, OFX NAME+MEMO, CSV label)
    QString counterparty; // debtor for a credit, creditor for a debit, when the file says
    QString counterpartyIban;
    QString reference; // end-to-end id or structured creditor reference, when the file has one
    QString bankReference; // the bank's own id for the entry: CAMT AcctSvcrRef / NtryRef, OFX FITID
    int sourceLine = 0; // 1-based line in the file where the entry starts, for messages
};

// A statement as a whole. Balances are present for CAMT.053 and OFX (LEDGERBAL, and the
// opening one when the bank gives it); CSV files usually have none.
struct ParsedStatement
{
    QString format; // "camt.053.001.08", "ofx-1.02", "ofx-2.2", "csv"
    QString accountIban; // normalised: upper case, no spaces; may be empty for OFX/CSV
    QString accountName;
    QString currency;
    QString statementId; // CAMT Stmt/Id, OFX none
    QDate fromDate;
    QDate toDate;
    std::optional<qint64> openingBalanceCents;
    std::optional<qint64> closingBalanceCents;
    QList<StatementLine> lines;
};

} // namespace casedesk
