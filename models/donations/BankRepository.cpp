#include "donations/BankRepository.h"

#include "common/Clock.h"
#include "donations/LedgerSql.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"

namespace casedesk {

namespace {

using SqlValues::instant;
using SqlValues::uuidText;

const QString kEntity = QStringLiteral("bank_account");

BankAccount accountFrom(const QSqlQuery& q)
{
    BankAccount account;
    account.sync = LedgerSql::syncFrom(q);
    const int c = LedgerSql::kSyncColumnCount;
    account.iban = q.value(c).toString();
    account.name = q.value(c + 1).toString();
    account.bic = q.value(c + 2).toString();
    account.currency = q.value(c + 3).toString();
    return account;
}

QString accountSelect(const QString& where)
{
    return QStringLiteral("SELECT %1, iban, name, bic, currency FROM bank_accounts WHERE %2")
        .arg(LedgerSql::syncColumns(), where);
}

std::optional<qint64> optionalCents(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

BankStatement statementFrom(const QSqlQuery& q)
{
    BankStatement s;
    s.sync = LedgerSql::syncFrom(q);
    const int c = LedgerSql::kSyncColumnCount;
    s.accountUuid = QUuid::fromString(q.value(c).toString());
    s.format = q.value(c + 1).toString();
    s.fileName = q.value(c + 2).toString();
    s.fileSha256 = q.value(c + 3).toString();
    s.statementRef = q.value(c + 4).toString();
    s.fromDate = QDate::fromString(q.value(c + 5).toString(), Qt::ISODate);
    s.toDate = QDate::fromString(q.value(c + 6).toString(), Qt::ISODate);
    s.openingCents = optionalCents(q.value(c + 7));
    s.closingCents = optionalCents(q.value(c + 8));
    s.importedAt = instant(q.value(c + 9));
    s.lineCount = q.value(c + 10).toInt();
    s.duplicateCount = q.value(c + 11).toInt();
    return s;
}

QString statementSelect(const QString& where)
{
    return QStringLiteral(
               "SELECT %1, account_uuid, format, file_name, file_sha256, statement_ref, from_date, "
               "to_date, opening_cents, closing_cents, imported_at, line_count, duplicate_count "
               "FROM bank_statements WHERE %2")
        .arg(LedgerSql::syncColumns(), where);
}

void tidy(BankAccount& account)
{
    account.iban = Iban::normalise(account.iban);
    account.bic = account.bic.trimmed().toUpper();
    account.name = account.name.trimmed();
    account.currency = account.currency.trimmed().toUpper();
}

} // namespace

BankRepository::BankRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

QList<FieldProblem> BankRepository::check(const BankAccount& account)
{
    QList<FieldProblem> problems;
    const QString ibanProblem = Iban::problem(account.iban);
    if (!ibanProblem.isEmpty()) {
        problems.append({ QStringLiteral("iban"), tr("IBAN: %1").arg(ibanProblem) });
    } else {
        const QVariant other
            = m_database.scalar(QStringLiteral("SELECT name FROM bank_accounts WHERE iban = ? AND uuid <> ?"),
                                { Iban::normalise(account.iban), uuidText(account.sync.uuid) });
        if (other.isValid())
            problems.append({ QStringLiteral("iban"),
                              tr("IBAN: the account \"%1\" already has this IBAN.").arg(other.toString()) });
    }
    const QString currency = account.currency.trimmed();
    if (currency.size() != 3)
        problems.append({ QStringLiteral("currency"), tr("Currency: use a three-letter code such as EUR.") });
    return problems;
}

QList<FieldProblem> BankRepository::create(BankAccount& account)
{
    tidy(account);
    const QList<FieldProblem> problems = check(account);
    if (!problems.isEmpty())
        return problems;
    if (account.sync.uuid.isNull())
        account.sync.uuid = QUuid::createUuid();
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    QSqlQuery q = m_database.exec(
        QStringLiteral("INSERT INTO bank_accounts (uuid, revision, created_at, "
                       "updated_at, iban, name, bic, currency) "
                       "VALUES (?, 1, ?, ?, ?, ?, ?, ?)"),
        { uuidText(account.sync.uuid), now, now, account.iban, account.name, account.bic, account.currency });
    Outbox::enqueue(m_database, kEntity, account.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();
    account.sync.localId = q.lastInsertId().toLongLong();
    account.sync.revision = 1;
    account.sync.createdAt = account.sync.updatedAt = instant(now);
    emit accountsChanged();
    return {};
}

QList<FieldProblem> BankRepository::save(BankAccount& account)
{
    tidy(account);
    const QList<FieldProblem> problems = check(account);
    if (!problems.isEmpty())
        return problems;
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    const QVariant stored = m_database.scalar(
        QStringLiteral("SELECT revision FROM bank_accounts WHERE uuid = ? AND deleted = 0"),
        { uuidText(account.sync.uuid) });
    if (!stored.isValid() || stored.toLongLong() != account.sync.revision)
        throw StaleRecordError(
            tr("The account %1 was changed or deleted elsewhere since it was opened; it has been reloaded.")
                .arg(Iban::grouped(account.iban)));
    const qint64 revision = account.sync.revision + 1;
    m_database.exec(
        QStringLiteral("UPDATE bank_accounts SET revision = ?, updated_at = ?, iban = ?, name = ?, "
                       "bic = ?, currency = ? WHERE uuid = ?"),
        { revision, now, account.iban, account.name, account.bic, account.currency,
          uuidText(account.sync.uuid) });
    Outbox::enqueue(m_database, kEntity, account.sync.uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    account.sync.revision = revision;
    account.sync.updatedAt = instant(now);
    emit accountsChanged();
    return {};
}

void BankRepository::remove(const QUuid& uuid)
{
    WriteTransaction transaction(m_database);
    const std::optional<BankAccount> account = load(uuid);
    if (!account)
        throw DatabaseError(tr("No bank account has the identifier %1.").arg(uuidText(uuid)));
    const int statements = m_database
                               .scalar(QStringLiteral("SELECT count(*) FROM bank_statements "
                                                      "WHERE account_uuid = ? AND deleted = 0"),
                                       { uuidText(uuid) })
                               .toInt();
    if (statements > 0)
        throw DatabaseError(
            tr("The account %1 has %n imported statement(s); it cannot be deleted.", nullptr, statements)
                .arg(Iban::grouped(account->iban)));
    const qint64 revision = account->sync.revision + 1;
    m_database.exec(
        QStringLiteral("UPDATE bank_accounts SET deleted = 1, revision = ?, updated_at = ? WHERE uuid = ?"),
        { revision, Clock::nowUtcIso(), uuidText(uuid) });
    Outbox::enqueue(m_database, kEntity, uuid, Outbox::Operation::Delete, revision);
    transaction.commit();
    emit accountsChanged();
}

std::optional<BankAccount> BankRepository::load(const QUuid& uuid)
{
    QSqlQuery q
        = m_database.exec(accountSelect(QStringLiteral("uuid = ? AND deleted = 0")), { uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    return accountFrom(q);
}

std::optional<BankAccount> BankRepository::findByIban(const QString& iban)
{
    QSqlQuery q = m_database.exec(accountSelect(QStringLiteral("iban = ? AND deleted = 0")),
                                  { Iban::normalise(iban) });
    if (!q.next())
        return std::nullopt;
    return accountFrom(q);
}

QList<BankAccount> BankRepository::accounts()
{
    QSqlQuery q = m_database.exec(accountSelect(QStringLiteral("deleted = 0 ORDER BY name, iban")));
    QList<BankAccount> result;
    while (q.next())
        result.append(accountFrom(q));
    return result;
}

QList<BankStatement> BankRepository::statements(const QUuid& accountUuid)
{
    QSqlQuery q = m_database.exec(
        statementSelect(QStringLiteral("account_uuid = ? AND deleted = 0 ORDER BY to_date, id")),
        { uuidText(accountUuid) });
    QList<BankStatement> result;
    while (q.next())
        result.append(statementFrom(q));
    return result;
}

std::optional<BankStatement> BankRepository::loadStatement(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(statementSelect(QStringLiteral("uuid = ?")), { uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    return statementFrom(q);
}

int BankRepository::lineCount(const QUuid& accountUuid)
{
    return m_database
        .scalar(QStringLiteral("SELECT count(*) FROM bank_lines WHERE account_uuid = ? AND deleted = 0"),
                { uuidText(accountUuid) })
        .toInt();
}

QList<BankLine> BankRepository::lines(const QUuid& statementUuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1, account_uuid, statement_uuid, booking_date, value_date, amount_cents, "
                       "currency, label, counterparty, counterparty_iban, reference, bank_reference, "
                       "line_key, source_line, reconciled FROM bank_lines WHERE statement_uuid = ? "
                       "AND deleted = 0 ORDER BY id")
            .arg(LedgerSql::syncColumns()),
        { uuidText(statementUuid) });
    QList<BankLine> result;
    const int c = LedgerSql::kSyncColumnCount;
    while (q.next()) {
        BankLine line;
        line.sync = LedgerSql::syncFrom(q);
        line.accountUuid = QUuid::fromString(q.value(c).toString());
        line.statementUuid = QUuid::fromString(q.value(c + 1).toString());
        line.bookingDate = QDate::fromString(q.value(c + 2).toString(), Qt::ISODate);
        line.valueDate = QDate::fromString(q.value(c + 3).toString(), Qt::ISODate);
        line.amountCents = q.value(c + 4).toLongLong();
        line.currency = q.value(c + 5).toString();
        line.label = q.value(c + 6).toString();
        line.counterparty = q.value(c + 7).toString();
        line.counterpartyIban = q.value(c + 8).toString();
        line.reference = q.value(c + 9).toString();
        line.bankReference = q.value(c + 10).toString();
        line.lineKey = q.value(c + 11).toString();
        line.sourceLine = q.value(c + 12).toInt();
        line.reconciled = q.value(c + 13).toBool();
        result.append(line);
    }
    return result;
}

} // namespace casedesk
