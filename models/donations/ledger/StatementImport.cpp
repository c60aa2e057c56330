// LedgerImport's bank statements: duplicate keys, the preview (read only) and the commit (one
// transaction; the lines through BankRepository::LineWriter).
#include "donations/ledger/LedgerImport.h"

#include "common/Clock.h"
#include "donations/ledger/BankAccount.h"
#include "donations/ledger/BankRepository.h"
#include "donations/ledger/Donor.h"
#include "evidence/Sha256.h"
#include "storage/Database.h"
#include "storage/LargeCache.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SqliteStatement.h"
#include "storage/Utf8Row.h"

#include <QLocale>
#include <QScopeGuard>

namespace casedesk {

namespace {

using SqlValues::uuidText;

// A line's SHA-256, as the key of the table that counts identical lines.
struct LineDigest
{
    std::array<unsigned char, 32> bytes;
    friend bool operator==(const LineDigest&, const LineDigest&) = default;
};

size_t qHash(const LineDigest& digest, size_t seed = 0)
{
    return qHashBits(digest.bytes.data(), digest.bytes.size(), seed);
}

QString normalisedLabel(const QString& label)
{
    // Case, accents and spacing vary between a bank's exports of the same line.
    return DonorNames::sortKey(label);
}

QString dayText(const QVariant& instantText)
{
    const QDate day = SqlValues::instant(instantText).toLocalTime().date();
    return QLocale().toString(day, QLocale::ShortFormat);
}

} // namespace

QStringList LedgerImport::lineKeys(const ParsedStatement& statement)
{
    QStringList keys;
    keys.reserve(statement.lines.size());
    // Keyed by the digest's bytes, sized up front: with the hex text as key, and the table grown
    // line after line, counting ranks cost more than hashing.
    QHash<LineDigest, int> ranks;
    ranks.reserve(statement.lines.size());
    // Qt 6.4's SHA-256 and QString::arg cost more than the rest of the preview; the vault's
    // OpenSSL hash, one context for all lines, gives the same digest.
    Sha256 sha256;
    QByteArray content;
    QByteArray key;
    for (const StatementLine& line : statement.lines) {
        const QString reference = line.bankReference.trimmed();
        if (!reference.isEmpty()) {
            keys.append(QStringLiteral("ref:") + reference);
            continue;
        }
        // The UTF-8 of "2024-01-05|-1250|normalised label".
        content.resize(0);
        appendIsoDate(content, line.bookingDate);
        content.append('|');
        appendNumber(content, line.amountCents);
        content.append('|');
        content.append(normalisedLabel(line.label).toUtf8());
        sha256.reset();
        sha256.addData(content.constData(), content.size());
        const LineDigest digest { sha256.result() };
        const int rank = ++ranks[digest];
        // "hash:<64 lower-case hex digits>#<rank>", made in a reused buffer.
        key.resize(0);
        key.append("hash:");
        key.resize(key.size() + 2 * qsizetype(digest.bytes.size()));
        char* hex = key.data() + key.size() - 2 * qsizetype(digest.bytes.size());
        for (const unsigned char byte : digest.bytes) {
            *hex++ = "0123456789abcdef"[byte >> 4];
            *hex++ = "0123456789abcdef"[byte & 0xF];
        }
        key.append('#');
        appendNumber(key, rank);
        keys.append(QString::fromLatin1(key));
    }
    return keys;
}

// --- bank statements --------------------------------------------------------------------------

namespace {

struct AccountTarget
{
    QUuid uuid; // null: to be created from iban
    QString iban;
    QString currency;
};

} // namespace

StatementPreview LedgerImport::previewStatement(const ParsedStatement& statement, const QString& fileName,
                                                const QUuid& accountUuid, const QString& fileSha256)
{
    StatementPreview preview;
    preview.statement = statement;
    preview.fileName = fileName;
    preview.fileSha256 = fileSha256;
    preview.balance = BalanceCheck::check(statement);
    const QString fileIban = Iban::normalise(statement.accountIban);

    if (!accountUuid.isNull()) {
        QSqlQuery q = m_database.exec(
            QStringLiteral("SELECT iban, currency FROM bank_accounts WHERE uuid = ? AND deleted = 0"),
            { uuidText(accountUuid) });
        if (!q.next())
            throw DatabaseError(tr("No bank account has the identifier %1.").arg(uuidText(accountUuid)));
        preview.accountUuid = accountUuid;
        preview.accountIban = q.value(0).toString();
        if (!fileIban.isEmpty() && fileIban != preview.accountIban)
            preview.warnings.append(tr("The file is a statement of %1, not of the chosen account %2.")
                                        .arg(Iban::grouped(fileIban), Iban::grouped(preview.accountIban)));
        if (!statement.currency.isEmpty() && statement.currency != q.value(1).toString())
            preview.warnings.append(tr("The statement is in %1; the account is in %2.")
                                        .arg(statement.currency, q.value(1).toString()));
    } else {
        if (fileIban.isEmpty())
            throw DatabaseError(tr("%1 does not say which account it is for; choose the account to import "
                                   "into (--account IBAN).")
                                    .arg(fileName));
        const QString problem = Iban::problem(fileIban);
        if (!problem.isEmpty())
            throw DatabaseError(tr("%1: the statement's account: %2").arg(fileName, problem));
        preview.accountIban = fileIban;
        const QVariant known = m_database.scalar(
            QStringLiteral("SELECT uuid FROM bank_accounts WHERE iban = ? AND deleted = 0"), { fileIban });
        if (known.isValid())
            preview.accountUuid = QUuid::fromString(known.toString());
        else
            preview.warnings.append(
                tr("The account %1 is new to this desk; it will be added.").arg(Iban::grouped(fileIban)));
    }

    if (!fileSha256.isEmpty() && !preview.accountUuid.isNull()) {
        QSqlQuery same = m_database.exec(
            QStringLiteral("SELECT file_name, imported_at FROM bank_statements WHERE account_uuid = ? "
                           "AND file_sha256 = ? AND deleted = 0 ORDER BY id LIMIT 1"),
            { uuidText(preview.accountUuid), fileSha256 });
        if (same.next())
            preview.warnings.append(tr("This very file was already imported on %1 (as \"%2\").")
                                        .arg(dayText(same.value(1)), same.value(0).toString()));
    }

    const LargeCache cache(m_database);
    // One read transaction for all the lookups: in WAL mode each statement run on its own takes
    // and drops the shared-memory read lock (two fcntl calls), which doubled the lookup time.
    // A savepoint works inside a caller's transaction too; nothing is written.
    m_database.exec(QStringLiteral("SAVEPOINT ledger_preview"));
    const auto release = qScopeGuard([this] {
        try {
            m_database.exec(QStringLiteral("RELEASE ledger_preview"));
        } catch (const DatabaseError&) {
        }
    });
    const QStringList keys = lineKeys(statement);
    QHash<QString, int> firstInFile; // only "ref:" keys can repeat within a file
    firstInFile.reserve(keys.size());
    // One lookup per line: through the C API, without QSqlQuery's per-value conversions.
    std::optional<SqliteStatement> stored;
    const QByteArray account = uuidText(preview.accountUuid).toUtf8();
    if (!preview.accountUuid.isNull()) {
        stored.emplace(m_database,
                       "SELECT l.source_line, s.file_name, s.imported_at FROM bank_lines l "
                       "JOIN bank_statements s ON s.uuid = l.statement_uuid "
                       "WHERE l.account_uuid = ? AND l.line_key = ?");
        stored->bindText(1, account);
    }
    Utf8Row keyText;
    preview.lines.reserve(keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        StatementLinePreview line;
        line.index = i;
        line.key = keys.at(i);
        const bool byReference = line.key.startsWith(QLatin1String("ref:"));
        const auto earlier = firstInFile.constFind(line.key);
        if (earlier != firstInFile.constEnd()) {
            line.verdict = LineVerdict::Duplicate;
            line.reason = tr("same bank reference as line %1 of this file")
                              .arg(statement.lines.at(*earlier).sourceLine);
        } else if (stored) {
            keyText.clear();
            stored->bindText(2, keyText[keyText.add(line.key)]);
            if (stored->step()) {
                line.verdict = LineVerdict::Duplicate;
                const QString what
                    = byReference ? tr("same bank reference") : tr("same date, amount and label");
                line.reason = tr("%1 as line %2 of statement '%3' imported on %4")
                                  .arg(what)
                                  .arg(stored->columnInt(0))
                                  .arg(stored->columnText(1), dayText(stored->columnText(2)));
            }
            stored->reset();
        }
        if (byReference)
            firstInFile.insert(line.key, i);
        if (line.verdict == LineVerdict::New)
            ++preview.newCount;
        else
            ++preview.duplicateCount;
        preview.lines.append(line);
    }
    return preview;
}

namespace {

QUuid ensureAccount(Database& database, const StatementPreview& preview, const QString& now)
{
    if (!preview.accountUuid.isNull())
        return preview.accountUuid;
    // Another window may have added it since the preview.
    BankRepository accounts(database);
    if (const std::optional<BankAccount> known = accounts.findByIban(preview.accountIban))
        return known->sync.uuid;
    const QString currency
        = preview.statement.currency.isEmpty() ? QStringLiteral("EUR") : preview.statement.currency;
    const QUuid uuid
        = accounts.createForStatement(preview.accountIban, preview.statement.accountName, currency, now);
    Outbox::enqueueCreated(database, BankRepository::kAccountEntity, uuidText(uuid), now);
    return uuid;
}

// "key#override-N" with the first N not used in the account yet.
QString overrideKey(BankRepository& bank, const QString& account, const QString& key)
{
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("%1#override-%2").arg(key).arg(n);
        if (!bank.lineKeyTaken(account, candidate))
            return candidate;
    }
}

} // namespace

ImportResult LedgerImport::commitStatement(const StatementPreview& preview, const QSet<int>& overrides)
{
    ImportResult result;
    const ParsedStatement& statement = preview.statement;
    const QString now = Clock::nowUtcIso();
    const LargeCache cache(m_database);
    WriteTransaction transaction(m_database);
    BankRepository bank(m_database);
    const QString account = uuidText(ensureAccount(m_database, preview, now));
    const QString statementUuid = uuidText(QUuid::createUuid());
    bank.insertStatement({ statementUuid, account, statement.format, preview.fileName, preview.fileSha256,
                           statement.statementId, statement.fromDate, statement.toDate,
                           statement.openingBalanceCents, statement.closingBalanceCents },
                         now);
    BankRepository::LineWriter lines(m_database, now, account, statementUuid);
    const QString defaultCurrency = statement.currency.isEmpty() ? QStringLiteral("EUR") : statement.currency;
    for (const StatementLinePreview& linePreview : preview.lines) {
        const bool forced
            = linePreview.verdict == LineVerdict::Duplicate && overrides.contains(linePreview.index);
        if (linePreview.verdict == LineVerdict::Duplicate && !forced) {
            ++result.duplicates;
            continue;
        }
        const StatementLine& line = statement.lines.at(linePreview.index);
        const QString key = forced ? overrideKey(bank, account, linePreview.key) : linePreview.key;
        if (lines.insert(line, line.currency.isEmpty() ? defaultCurrency : line.currency, key))
            ++result.imported;
        else
            ++result.duplicates;
    }
    bank.setStatementCounts(statementUuid, result.imported, result.duplicates);
    // A statement and its lines are one sync aggregate: one entry.
    Outbox::enqueueCreated(m_database, BankRepository::kStatementEntity, statementUuid, now);
    transaction.commit();
    result.statementUuid = QUuid::fromString(statementUuid);
    return result;
}

} // namespace casedesk
