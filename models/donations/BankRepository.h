#pragma once

#include "campaigns/Association.h" // FieldProblem
#include "donations/BankAccount.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// Bank accounts, and the statements and lines imported into them (LedgerImport writes those).
// Account writes are one transaction each with an outbox entry (entity "bank_account").
class BankRepository : public QObject
{
    Q_OBJECT

public:
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

signals:
    void accountsChanged();
    // An import wrote a statement.
    void statementImported(const QUuid& statementUuid);

private:
    Database& m_database;
};

} // namespace casedesk
