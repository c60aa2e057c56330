#pragma once

// Bank statements as the ledger tests write them: a credit line, a statement of the test account,
// and the import of one into a desk.

#include "donations/ledger/LedgerImport.h"
#include "donations/statements/StatementData.h"

namespace casedesk {
class Database;
} // namespace casedesk

namespace casedesk::test {

// The account of the test statements (a valid French IBAN).
inline const QString kTestIban = QStringLiteral("FR7630006000011234567890189");

// A credit (money in) of `cents` euros booked on `date`, with the bank's text and reference.
StatementLine creditLine(const QDate& date, qint64 cents, const QString& label,
                         const QString& bankReference = {});

// A statement of kTestIban in euros, in the format "test", from `from` to `to`, holding `lines`:
// its balance goes from 0 to what the lines add up to.
ParsedStatement statementOf(const QDate& from, const QDate& to, const QList<StatementLine>& lines);

// `statement` imported into the desk's ledger as the file `fileName`: previewed, then committed.
ImportResult importStatement(Database& database, const ParsedStatement& statement, const QString& fileName);

} // namespace casedesk::test
