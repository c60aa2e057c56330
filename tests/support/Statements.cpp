#include "Statements.h"

namespace casedesk::test {

StatementLine creditLine(const QDate& date, qint64 cents, const QString& label, const QString& bankReference)
{
    StatementLine line;
    line.bookingDate = date;
    line.amountCents = cents;
    line.currency = QStringLiteral("EUR");
    line.label = label;
    line.bankReference = bankReference;
    return line;
}

ParsedStatement statementOf(const QDate& from, const QDate& to, const QList<StatementLine>& lines)
{
    ParsedStatement statement;
    statement.format = QStringLiteral("test");
    statement.accountIban = kTestIban;
    statement.currency = QStringLiteral("EUR");
    statement.fromDate = from;
    statement.toDate = to;
    statement.openingBalanceCents = 0;
    qint64 closing = 0;
    for (const StatementLine& line : lines)
        closing += line.amountCents;
    statement.closingBalanceCents = closing;
    statement.lines = lines;
    return statement;
}

ImportResult importStatement(Database& database, const ParsedStatement& statement, const QString& fileName)
{
    LedgerImport ledger(database);
    return ledger.commitStatement(ledger.previewStatement(statement, fileName));
}

} // namespace casedesk::test
