#include "donations/ledger/BankRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

namespace casedesk {

namespace {

using SqlValues::instant;
using SqlValues::uuidText;

// A statement and its lines are one sync aggregate: a line's change queues its statement.

BankAccount accountFrom(const QSqlQuery& q)
{
    BankAccount account;
    account.sync = SyncColumns::read(q);
    const int c = SyncColumns::kCount;
    account.iban = q.value(c).toString();
    account.name = q.value(c + 1).toString();
    account.bic = q.value(c + 2).toString();
    account.currency = q.value(c + 3).toString();
    return account;
}

QString accountSelect(const QString& where)
{
    return QStringLiteral("SELECT %1, iban, name, bic, currency FROM bank_accounts WHERE %2")
        .arg(SyncColumns::list(), where);
}

std::optional<qint64> optionalCents(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

BankStatement statementFrom(const QSqlQuery& q)
{
    BankStatement s;
    s.sync = SyncColumns::read(q);
    const int c = SyncColumns::kCount;
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
        .arg(SyncColumns::list(), where);
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
    Outbox::enqueue(m_database, kAccountEntity, account.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();
    SyncColumns::markCreated(account.sync, q.lastInsertId().toLongLong(), now);
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
    const QString stale
        = tr("The account %1 was changed or deleted elsewhere since it was opened; it has been reloaded.")
              .arg(Iban::grouped(account.iban));
    SyncedTable(m_database, kAccountTable)
        .checkRevision(account.sync.uuid, account.sync.revision, stale, stale);
    const qint64 revision = account.sync.revision + 1;
    m_database.exec(
        QStringLiteral("UPDATE bank_accounts SET revision = ?, updated_at = ?, iban = ?, name = ?, "
                       "bic = ?, currency = ? WHERE uuid = ?"),
        { revision, now, account.iban, account.name, account.bic, account.currency,
          uuidText(account.sync.uuid) });
    Outbox::enqueue(m_database, kAccountEntity, account.sync.uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    SyncColumns::markSaved(account.sync, revision, now);
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
    SyncedTable(m_database, kAccountTable).removeLocal(kAccountEntity, uuid, account->sync.revision);
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
            .arg(SyncColumns::list()),
        { uuidText(statementUuid) });
    QList<BankLine> result;
    const int c = SyncColumns::kCount;
    while (q.next()) {
        BankLine line;
        line.sync = SyncColumns::read(q);
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

// --- for LedgerImport ----------------------------------------------------------------------------

QUuid BankRepository::createForStatement(const QString& iban, const QString& name, const QString& currency,
                                         const QString& now)
{
    const QUuid uuid = QUuid::createUuid();
    m_database.exec(
        QStringLiteral("INSERT INTO bank_accounts (uuid, revision, created_at, updated_at, iban, name, "
                       "currency) VALUES (?, 1, ?, ?, ?, ?, ?)"),
        { uuidText(uuid), now, now, iban, name, currency });
    return uuid;
}

void BankRepository::insertStatement(const NewStatement& s, const QString& now)
{
    const auto cents = [](const std::optional<qint64>& value) {
        return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
    };
    m_database.exec(
        QStringLiteral(
            "INSERT INTO bank_statements (uuid, revision, created_at, updated_at, account_uuid, format, "
            "file_name, file_sha256, statement_ref, from_date, to_date, opening_cents, closing_cents, "
            "imported_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { s.uuid, now, now, s.account, s.format, s.fileName, s.fileSha256, s.statementRef,
          SqlValues::dateValue(s.fromDate), SqlValues::dateValue(s.toDate), cents(s.openingCents),
          cents(s.closingCents), now });
}

void BankRepository::setStatementCounts(const QString& statementUuid, int lines, int duplicates)
{
    m_database.exec(
        QStringLiteral("UPDATE bank_statements SET line_count = ?, duplicate_count = ? WHERE uuid = ?"),
        { lines, duplicates, statementUuid });
}

bool BankRepository::lineKeyTaken(const QString& accountUuid, const QString& key)
{
    return m_database
        .scalar(QStringLiteral("SELECT 1 FROM bank_lines WHERE account_uuid = ? AND line_key = ?"),
                { accountUuid, key })
        .isValid();
}

// ON CONFLICT DO NOTHING: a line another import wrote since the preview is a duplicate, not an
// error that would throw the whole file away.
BankRepository::LineWriter::LineWriter(Database& database, const QString& now, const QString& account,
                                       const QString& statement)
    : m_insert(database,
               "INSERT INTO bank_lines (uuid, revision, created_at, updated_at, account_uuid, "
               "statement_uuid, booking_date, value_date, amount_cents, currency, label, "
               "counterparty, counterparty_iban, reference, bank_reference, line_key, "
               "source_line) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT (account_uuid, line_key) DO NOTHING")
    , m_now(now.toUtf8())
    , m_account(account.toUtf8())
    , m_statement(statement.toUtf8())
{
    // The same for every line, bound once (SQLite keeps bindings from row to row).
    m_insert.bindText(2, m_now);
    m_insert.bindText(3, m_now);
    m_insert.bindText(4, m_account);
    m_insert.bindText(5, m_statement);
}

bool BankRepository::LineWriter::insert(const StatementLine& line, const QString& currency,
                                        const QString& key)
{
    m_row.clear();
    const int uuid = m_row.addUuid(QUuid::createUuid());
    const int bookingDate = m_row.addIsoDate(line.bookingDate);
    const int valueDate = m_row.addIsoDate(line.valueDate);
    const int currencyText = m_row.add(currency);
    const int label = m_row.add(line.label);
    const int counterparty = m_row.add(line.counterparty);
    const int counterpartyIban = m_row.add(line.counterpartyIban);
    const int reference = m_row.add(line.reference);
    const int bankReference = m_row.add(line.bankReference);
    const int keyText = m_row.add(key);
    m_insert.bindText(1, m_row[uuid]);
    m_insert.bindText(6, m_row[bookingDate]);
    if (line.valueDate.isValid())
        m_insert.bindText(7, m_row[valueDate]);
    else
        m_insert.bindNull(7);
    m_insert.bindInt(8, line.amountCents);
    m_insert.bindText(9, m_row[currencyText]);
    m_insert.bindText(10, m_row[label]);
    m_insert.bindText(11, m_row[counterparty]);
    m_insert.bindText(12, m_row[counterpartyIban]);
    m_insert.bindText(13, m_row[reference]);
    m_insert.bindText(14, m_row[bankReference]);
    m_insert.bindText(15, m_row[keyText]);
    m_insert.bindInt(16, line.sourceLine);
    m_insert.step();
    const bool inserted = m_insert.changes() == 1;
    m_insert.reset();
    return inserted;
}

// --- for ReconciliationRepository ----------------------------------------------------------------

void BankRepository::markLine(const QString& uuid, bool reconciled)
{
    const QString now = Clock::nowUtcIso();
    const QVariant statement = SqlValues::returned(
        m_database.exec(QStringLiteral("UPDATE bank_lines SET reconciled = ?, revision = revision + 1, "
                                       "updated_at = ? WHERE uuid = ? RETURNING statement_uuid"),
                        { reconciled ? 1 : 0, now, uuid }));
    if (!statement.isValid())
        return;
    const QVariant revision = SqlValues::returned(
        m_database.exec(QStringLiteral("UPDATE bank_statements SET revision = revision + 1, updated_at = ? "
                                       "WHERE uuid = ? RETURNING revision"),
                        { now, statement }));
    if (revision.isValid())
        Outbox::enqueue(m_database, kStatementEntity, QUuid::fromString(statement.toString()),
                        Outbox::Operation::Upsert, revision.toLongLong());
}

} // namespace casedesk
