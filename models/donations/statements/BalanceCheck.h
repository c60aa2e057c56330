#pragma once

#include "donations/statements/StatementData.h"

#include <QCoreApplication>

namespace casedesk {

// Does a statement add up? opening balance + the sum of its lines must equal the closing
// balance, to the cent. Only possible when the file gives both balances (CAMT.053 does; OFX
// has no opening balance; CSV exports usually have neither).
struct BalanceCheck
{
    Q_DECLARE_TR_FUNCTIONS(BalanceCheck)

public:
    enum class Status
    {
        Agrees,
        Differs,
        CannotCheck // a balance is missing
    };

    Status status = Status::CannotCheck;
    qint64 linesTotalCents = 0;
    qint64 expectedClosingCents = 0; // opening + lines, when the opening balance is known
    qint64 differenceCents = 0; // closing - (opening + lines): what the lines fail to explain

    bool agrees() const { return status == Status::Agrees; }
    // For the user: "the balances agree", "…differ by 12,50 €" (amounts formatted in the locale).
    QString message(const QLocale& locale = QLocale(), const QString& currency = QStringLiteral("EUR")) const;

    static BalanceCheck check(const ParsedStatement& statement);
};

} // namespace casedesk
