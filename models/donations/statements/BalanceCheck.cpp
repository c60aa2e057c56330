#include "donations/statements/BalanceCheck.h"

#include "common/Money.h"

namespace casedesk {

BalanceCheck BalanceCheck::check(const ParsedStatement& statement)
{
    BalanceCheck result;
    for (const StatementLine& line : statement.lines)
        result.linesTotalCents += line.amountCents;
    if (!statement.openingBalanceCents || !statement.closingBalanceCents)
        return result;
    result.expectedClosingCents = *statement.openingBalanceCents + result.linesTotalCents;
    result.differenceCents = *statement.closingBalanceCents - result.expectedClosingCents;
    result.status = result.differenceCents == 0 ? Status::Agrees : Status::Differs;
    return result;
}

QString BalanceCheck::message(const QLocale& locale, const QString& currency) const
{
    switch (status) {
    case Status::Agrees:
        return tr("The balances agree: opening balance plus the lines equals the closing balance.");
    case Status::Differs:
        return tr("The balances do not agree: opening balance plus the lines gives %1, the statement's "
                  "closing balance differs by %2. Lines may be missing from the file.")
            .arg(Money::format(expectedClosingCents, locale, currency),
                 Money::format(differenceCents, locale, currency));
    case Status::CannotCheck:
        break;
    }
    return tr("The balances cannot be checked: the file does not give both the opening and the closing "
              "balance.");
}

} // namespace casedesk
