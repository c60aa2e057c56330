#pragma once

#include "campaigns/Association.h" // FieldProblem
#include "donations/ledger/BankAccount.h"
#include "donations/statements/StatementData.h"
#include "storage/SqliteStatement.h"
#include "storage/Utf8Row.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// A statement as an import records it.
struct NewStatement
{
    QString uuid;
    QString account;
    QString format;
    QString fileName;
    QString fileSha256;
    QString statementRef;
    QDate fromDate;
    QDate toDate;
    std::optional<qint64> openingCents;
    std::optional<qint64> closingCents;
};

// Bank accounts, and the statements and lines imported into them: the one writer of
// bank_accounts, bank_statements and bank_lines. Account writes are one transaction each with an
// outbox entry (entity "bank_account"); statements and lines are written for LedgerImport, inside
// its transaction, and marked for the reconciliation.
class BankRepository : public QObject
{
    Q_OBJECT

public:
    // Its records' names in the outbox and the registry of sync kinds (SyncKinds), and their tables:
    // declared here once. A statement and its lines are one record.
    static inline const QString kAccountEntity = QStringLiteral("bank_account");
    static inline const QString kAccountTable = QStringLiteral("bank_accounts");
    static inline const QString kStatementEntity = QStringLiteral("bank_statement");
    static inline const QString kStatementTable = QStringLiteral("bank_statements");

    explicit BankRepository(Database& database, QObject* parent = nullptr);

    // "iban" (mod-97, already used), "currency" (3 letters); empty = fine.
    QList<FieldProblem> check(const BankAccount& account);
    QList<FieldProblem> create(BankAccount& account);
    QList<FieldProblem> save(BankAccount& account);
    // Throws DatabaseError while statements are imported into it.
    void remove(const QUuid& uuid);

    std::optional<BankAccount> load(const QUuid& uuid);
    std::optional<BankAccount> findByIban(const QString& iban); // any spacing, any case
    QList<BankAccount> accounts();

    QList<BankStatement> statements(const QUuid& accountUuid);
    std::optional<BankStatement> loadStatement(const QUuid& uuid);
    int lineCount(const QUuid& accountUuid);
    // The lines of a statement in file order.
    QList<BankLine> lines(const QUuid& statementUuid);

    // For LedgerImport, inside its transaction; the import queues what it created.
    // An account for a statement's IBAN the desk does not have yet; returns its UUID.
    QUuid createForStatement(const QString& iban, const QString& name, const QString& currency,
                             const QString& now);
    void insertStatement(const NewStatement& statement, const QString& now);
    void setStatementCounts(const QString& statementUuid, int lines, int duplicates);
    bool lineKeyTaken(const QString& accountUuid, const QString& key);
    // The lines of one statement, bound through SQLite's C API (a statement's bulk: QSqlQuery's
    // per-value work cost more than SQLite's own, docs/benchmarks.md) and one reused buffer.
    class LineWriter
    {
    public:
        LineWriter(Database& database, const QString& now, const QString& account, const QString& statement);
        // False when the account already holds a line with `key` (written since the preview).
        bool insert(const StatementLine& line, const QString& currency, const QString& key);

    private:
        SqliteStatement m_insert;
        QByteArray m_now;
        QByteArray m_account;
        QByteArray m_statement;
        Utf8Row m_row;
    };

    // For ReconciliationRepository: a line's reconciled flag. Its statement's revision moves and
    // the statement is queued (a statement and its lines are one sync aggregate).
    void markLine(const QString& uuid, bool reconciled);

signals:
    void accountsChanged();
    // An import wrote a statement.
    void statementImported(const QUuid& statementUuid);

private:
    Database& m_database;
};

} // namespace casedesk
