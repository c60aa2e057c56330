#pragma once

#include "storage/SyncState.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {

// The association's bank account. Syncable: entity "bank_account".
struct BankAccount
{
    SyncState sync;
    QString iban; // normalised: upper case, no spaces
    QString name; // "Crédit Coopératif – compte courant"
    QString bic;
    QString currency = QStringLiteral("EUR");
};

// One imported file. A statement and its lines are one sync aggregate (entity
// "bank_statement"), like a campaign and its budget lines: an import queues one entry.
struct BankStatement
{
    SyncState sync;
    QUuid accountUuid;
    QString format; // ParsedStatement::format
    QString fileName;
    QString fileSha256;
    QString statementRef;
    QDate fromDate;
    QDate toDate;
    std::optional<qint64> openingCents;
    std::optional<qint64> closingCents;
    QDateTime importedAt; // UTC
    int lineCount = 0; // lines written
    int duplicateCount = 0; // lines skipped as already known
};

struct BankLine
{
    SyncState sync;
    QUuid accountUuid;
    QUuid statementUuid;
    QDate bookingDate;
    QDate valueDate;
    qint64 amountCents = 0; // signed: credits positive
    QString currency = QStringLiteral("EUR");
    QString label;
    QString counterparty;
    QString counterpartyIban;
    QString reference;
    QString bankReference;
    QString lineKey; // the duplicate key (see LedgerImport)
    int sourceLine = 0;
    bool reconciled = false;
};

// International Bank Account Numbers (ISO 13616): normalising and the mod-97 check.
class Iban
{
    Q_DECLARE_TR_FUNCTIONS(Iban)

public:
    // Upper case, spaces and dashes removed: "fr76 3000 6000 0112 3456 7890 189" ->
    // "FR7630006000011234567890189".
    static QString normalise(const QString& text);
    // Country code, two check digits, 11 to 30 letters or digits, and (ISO 7064) mod 97 == 1.
    static bool isValid(const QString& text);
    // Why `text` is not an IBAN, in one translated sentence; empty when it is one.
    static QString problem(const QString& text);
    // Groups of four for display: "FR76 3000 6000 0112 3456 7890 189".
    static QString grouped(const QString& text);
};

} // namespace casedesk
