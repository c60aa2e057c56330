#include "donations/LedgerImport.h"

#include "common/Clock.h"
#include "donations/BankAccount.h"
#include "donations/DonationRepository.h"
#include "donations/Donor.h"
#include "evidence/Sha256.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/SqliteStatement.h"

#include <QLocale>
#include <QScopeGuard>
#include <QSqlError>
#include <QStringEncoder>
#include <QVarLengthArray>

#include <charconv>

namespace casedesk {

namespace {

using SqlValues::uuidText;

const QString kStatementEntity = QStringLiteral("bank_statement");
const QString kAccountEntity = QStringLiteral("bank_account");
const QString kDonorEntity = QStringLiteral("donor");
const QString kDonationEntity = QStringLiteral("donation");
const QString kPayoutEntity = QStringLiteral("payout");

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

QVariant optionalCents(const std::optional<qint64>& cents)
{
    return cents ? QVariant(*cents) : QVariant(QMetaType(QMetaType::LongLong));
}

// A statement prepared once and run for every row: the bulk path (PLATFORM-NOTES: one
// transaction, one prepared statement, bind + exec in a loop). Throws DatabaseError.
class Prepared
{
public:
    Prepared(Database& database, const QString& sql)
        : m_query(database.connection())
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            throw DatabaseError(
                LedgerImport::tr("Cannot prepare a statement: %1").arg(m_query.lastError().text()));
    }

    QSqlQuery& run(const QVariantList& values)
    {
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& value = values.at(i);
            // As Database::exec: an empty QString is empty text, not NULL, for NOT NULL columns.
            if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
                m_query.bindValue(i, QStringLiteral(""));
            else
                m_query.bindValue(i, value);
        }
        if (!m_query.exec())
            throw DatabaseError(m_query.lastError().databaseText().isEmpty()
                                    ? m_query.lastError().text()
                                    : m_query.lastError().databaseText());
        return m_query;
    }

private:
    QSqlQuery m_query;
};

// New records go straight to the end of the outbox (they cannot have an entry yet); a changed
// record first drops its older entry, as Outbox::enqueue does.
class OutboxWriter
{
public:
    explicit OutboxWriter(Database& database)
        : m_drop(database, QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_uuid = ?"))
        , m_add(database,
                QStringLiteral("INSERT INTO outbox (entity, entity_uuid, operation, revision, "
                               "queued_at) VALUES (?, ?, 'upsert', ?, ?)"))
        , m_now(Clock::nowUtcIso())
    {
    }

    void created(const QString& entity, const QString& uuid) { m_add.run({ entity, uuid, 1, m_now }); }
    void changed(const QString& entity, const QString& uuid, qint64 revision)
    {
        m_drop.run({ entity, uuid });
        m_add.run({ entity, uuid, revision, m_now });
    }

private:
    Prepared m_drop;
    Prepared m_add;
    QString m_now;
};

// Duplicate keys and UUIDs are random: each insert or lookup lands on a random page of the
// (account_uuid, line_key) and uuid indexes. With SQLite's default 2 MB page cache those pages
// are evicted and re-read all the time (100,000 lines: 8 s to commit, 4 s to look up, measured);
// a larger cache for the duration of the import keeps the indexes in memory.
class LargeCache
{
public:
    explicit LargeCache(Database& database)
        : m_database(database)
        , m_previous(database.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong())
    {
        m_database.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kKibibytes));
    }
    ~LargeCache()
    {
        try {
            m_database.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
        } catch (const DatabaseError&) {
            // The default cache only costs speed; never throw from a destructor.
        }
    }
    LargeCache(const LargeCache&) = delete;
    LargeCache& operator=(const LargeCache&) = delete;

private:
    static constexpr int kKibibytes = 128 * 1024; // an upper bound: pages are allocated as used
    Database& m_database;
    qint64 m_previous;
};

// "2024-01-05", as QDate::toString(Qt::ISODate) writes it (nothing for an invalid date or a year
// beyond 0-9999), without its formatting machinery: an import writes two dates per line.
void appendIsoDate(QByteArray& out, QDate date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return;
    char text[10];
    const auto digits = [&text](int at, int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    digits(0, date.year(), 4);
    text[4] = '-';
    digits(5, date.month(), 2);
    text[7] = '-';
    digits(8, date.day(), 2);
    out.append(text, sizeof text);
}

void appendNumber(QByteArray& out, qint64 value)
{
    char text[24];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    out.append(text, end - text);
}

// The UTF-8 values of one row for a SqliteStatement, in one buffer reused from row to row: once
// it has grown to the longest row, a row costs no allocation. Values are added first and bound
// after (the buffer may move while it grows), each by the slot add() returned.
class Utf8Row
{
public:
    void clear()
    {
        m_bytes.resize(0); // keeps the capacity
        m_spans.clear();
    }
    int add(QStringView text)
    {
        const qsizetype start = m_bytes.size();
        m_bytes.resize(start + m_encoder.requiredSpace(text.size()));
        const char* end = m_encoder.appendToBuffer(m_bytes.data() + start, text);
        m_bytes.resize(end - m_bytes.constData());
        return addSpan(start);
    }
    int addIsoDate(QDate date)
    {
        const qsizetype start = m_bytes.size();
        appendIsoDate(m_bytes, date);
        return addSpan(start);
    }
    // As SqlValues::uuidText writes it (QUuid::WithoutBraces, lower case).
    int addUuid(const QUuid& uuid)
    {
        const qsizetype start = m_bytes.size();
        const auto hex = [this](quint64 value, int digits) {
            char text[16];
            for (int i = digits - 1; i >= 0; --i, value >>= 4)
                text[i] = "0123456789abcdef"[value & 0xF];
            m_bytes.append(text, digits);
        };
        hex(uuid.data1, 8);
        m_bytes.append('-');
        hex(uuid.data2, 4);
        m_bytes.append('-');
        hex(uuid.data3, 4);
        m_bytes.append('-');
        hex(quint64(uuid.data4[0]) << 8 | uuid.data4[1], 4);
        m_bytes.append('-');
        quint64 node = 0;
        for (int i = 2; i < 8; ++i)
            node = node << 8 | uuid.data4[i];
        hex(node, 12);
        return addSpan(start);
    }
    QByteArrayView operator[](int slot) const
    {
        const Span& span = m_spans.at(slot);
        return QByteArrayView(m_bytes.constData() + span.start, span.size);
    }

private:
    struct Span
    {
        qsizetype start;
        qsizetype size;
    };
    int addSpan(qsizetype start)
    {
        m_spans.append({ start, m_bytes.size() - start });
        return int(m_spans.size()) - 1;
    }

    QByteArray m_bytes;
    QVarLengthArray<Span, 16> m_spans;
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringEncoder::Flag::Stateless };
};

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

QString campaignSettingKey(const QString& platform, const QString& campaignRef)
{
    return QStringLiteral("donations.platform_campaign.%1.%2").arg(platform.toLower(), campaignRef);
}

} // namespace

QString ImportResult::summary() const
{
    QString text = tr("imported %1, duplicates %2").arg(imported).arg(duplicates);
    if (updated > 0)
        text += tr(", updated %1").arg(updated);
    return text;
}

LedgerImport::LedgerImport(Database& database)
    : m_database(database)
{
}

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

QUuid ensureAccount(Database& database, const StatementPreview& preview, OutboxWriter& outbox)
{
    if (!preview.accountUuid.isNull())
        return preview.accountUuid;
    // Another window may have added it since the preview.
    const QVariant known
        = database.scalar(QStringLiteral("SELECT uuid FROM bank_accounts WHERE iban = ? AND deleted = 0"),
                          { preview.accountIban });
    if (known.isValid())
        return QUuid::fromString(known.toString());
    const QUuid uuid = QUuid::createUuid();
    const QString now = Clock::nowUtcIso();
    const QString currency
        = preview.statement.currency.isEmpty() ? QStringLiteral("EUR") : preview.statement.currency;
    database.exec(
        QStringLiteral("INSERT INTO bank_accounts (uuid, revision, created_at, updated_at, iban, name, "
                       "currency) VALUES (?, 1, ?, ?, ?, ?, ?)"),
        { uuidText(uuid), now, now, preview.accountIban, preview.statement.accountName, currency });
    outbox.created(kAccountEntity, uuidText(uuid));
    return uuid;
}

// "key#override-N" with the first N not used in the account yet.
QString overrideKey(Database& database, const QString& account, const QString& key)
{
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("%1#override-%2").arg(key).arg(n);
        if (!database
                 .scalar(QStringLiteral("SELECT 1 FROM bank_lines WHERE account_uuid = ? AND line_key = ?"),
                         { account, candidate })
                 .isValid())
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
    OutboxWriter outbox(m_database);
    const QString account = uuidText(ensureAccount(m_database, preview, outbox));
    const QUuid statementUuid = QUuid::createUuid();
    const QString statementText = uuidText(statementUuid);
    m_database.exec(
        QStringLiteral(
            "INSERT INTO bank_statements (uuid, revision, created_at, updated_at, account_uuid, format, "
            "file_name, file_sha256, statement_ref, from_date, to_date, opening_cents, closing_cents, "
            "imported_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { statementText, now, now, account, statement.format, preview.fileName, preview.fileSha256,
          statement.statementId, SqlValues::dateValue(statement.fromDate),
          SqlValues::dateValue(statement.toDate), optionalCents(statement.openingBalanceCents),
          optionalCents(statement.closingBalanceCents), now });

    // ON CONFLICT DO NOTHING: a line another import wrote since the preview is a duplicate, not
    // an error that would throw the whole file away. The C API and one reused buffer for the
    // values: through QSqlQuery, binding cost more than SQLite's own work for the row.
    SqliteStatement insert(m_database,
                           "INSERT INTO bank_lines (uuid, revision, created_at, updated_at, account_uuid, "
                           "statement_uuid, booking_date, value_date, amount_cents, currency, label, "
                           "counterparty, counterparty_iban, reference, bank_reference, line_key, "
                           "source_line) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (account_uuid, line_key) DO NOTHING");
    // The same for every line, bound once (SQLite keeps bindings from row to row).
    const QByteArray nowText = now.toUtf8();
    const QByteArray accountText = account.toUtf8();
    const QByteArray statementUtf8 = statementText.toUtf8();
    insert.bindText(2, nowText);
    insert.bindText(3, nowText);
    insert.bindText(4, accountText);
    insert.bindText(5, statementUtf8);
    const QString defaultCurrency = statement.currency.isEmpty() ? QStringLiteral("EUR") : statement.currency;
    Utf8Row row;
    for (const StatementLinePreview& linePreview : preview.lines) {
        const bool forced
            = linePreview.verdict == LineVerdict::Duplicate && overrides.contains(linePreview.index);
        if (linePreview.verdict == LineVerdict::Duplicate && !forced) {
            ++result.duplicates;
            continue;
        }
        const StatementLine& line = statement.lines.at(linePreview.index);
        row.clear();
        const int uuid = row.addUuid(QUuid::createUuid());
        const int bookingDate = row.addIsoDate(line.bookingDate);
        const int valueDate = row.addIsoDate(line.valueDate);
        const int currency = row.add(line.currency.isEmpty() ? defaultCurrency : line.currency);
        const int label = row.add(line.label);
        const int counterparty = row.add(line.counterparty);
        const int counterpartyIban = row.add(line.counterpartyIban);
        const int reference = row.add(line.reference);
        const int bankReference = row.add(line.bankReference);
        const int key = row.add(forced ? overrideKey(m_database, account, linePreview.key) : linePreview.key);
        insert.bindText(1, row[uuid]);
        insert.bindText(6, row[bookingDate]);
        if (line.valueDate.isValid())
            insert.bindText(7, row[valueDate]);
        else
            insert.bindNull(7);
        insert.bindInt(8, line.amountCents);
        insert.bindText(9, row[currency]);
        insert.bindText(10, row[label]);
        insert.bindText(11, row[counterparty]);
        insert.bindText(12, row[counterpartyIban]);
        insert.bindText(13, row[reference]);
        insert.bindText(14, row[bankReference]);
        insert.bindText(15, row[key]);
        insert.bindInt(16, line.sourceLine);
        insert.step();
        if (insert.changes() == 1)
            ++result.imported;
        else
            ++result.duplicates;
        insert.reset();
    }
    m_database.exec(
        QStringLiteral("UPDATE bank_statements SET line_count = ?, duplicate_count = ? WHERE uuid = ?"),
        { result.imported, result.duplicates, statementText });
    // A statement and its lines are one sync aggregate: one entry.
    outbox.created(kStatementEntity, statementText);
    transaction.commit();
    result.statementUuid = statementUuid;
    return result;
}

// --- platform exports -------------------------------------------------------------------------

std::optional<QUuid> LedgerImport::campaignMapping(const QString& platform, const QString& campaignRef)
{
    const QVariant value = m_database.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                             { campaignSettingKey(platform, campaignRef) });
    if (!value.isValid())
        return std::nullopt;
    // A mapping to a campaign deleted since is no mapping.
    const QVariant live = m_database.scalar(
        QStringLiteral("SELECT uuid FROM campaigns WHERE uuid = ? AND deleted = 0"), { value.toString() });
    return live.isValid() ? std::optional<QUuid>(QUuid::fromString(live.toString())) : std::nullopt;
}

void LedgerImport::rememberCampaign(const ParsedPlatformExport& data, const QUuid& campaign)
{
    QSet<QPair<QString, QString>> refs;
    for (const PlatformDonation& donation : data.donations) {
        if (!donation.campaignRef.isEmpty())
            refs.insert(
                { donation.platform.isEmpty() ? data.platform : donation.platform, donation.campaignRef });
    }
    for (const auto& [platform, campaignRef] : std::as_const(refs))
        setCampaignMapping(platform, campaignRef, campaign);
}

void LedgerImport::setCampaignMapping(const QString& platform, const QString& campaignRef,
                                      const QUuid& campaign)
{
    m_database.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    { campaignSettingKey(platform, campaignRef), uuidText(campaign) });
}

namespace {

QString platformOf(const ParsedPlatformExport& data, const QString& own)
{
    return (own.isEmpty() ? data.platform : own).trimmed().toLower();
}

} // namespace

PlatformPreview LedgerImport::previewPlatform(const ParsedPlatformExport& data, const QString& fileName,
                                              const std::optional<QUuid>& campaign)
{
    PlatformPreview preview;
    preview.data = data;
    preview.fileName = fileName;
    QHash<QString, std::optional<QUuid>> mapped; // platform + '\n' + ref -> campaign
    const auto campaignFor = [&](const QString& platform, const QString& ref) -> QUuid {
        if (campaign)
            return *campaign;
        const QString cacheKey = platform + QLatin1Char('\n') + ref;
        if (!mapped.contains(cacheKey))
            mapped.insert(cacheKey, campaignMapping(platform, ref));
        const std::optional<QUuid> found = mapped.value(cacheKey);
        if (!found && !preview.unmappedCampaignRefs.contains(ref))
            preview.unmappedCampaignRefs.append(ref);
        return found.value_or(QUuid());
    };

    Prepared known(m_database, QStringLiteral("SELECT status FROM donations WHERE import_key = ?"));
    Prepared donorByRef(m_database,
                        QStringLiteral("SELECT 1 FROM donors WHERE platform_ref = ? AND deleted = 0"));
    Prepared donorByEmail(
        m_database,
        QStringLiteral("SELECT 1 FROM donors WHERE email = ? COLLATE NOCASE AND deleted = 0 LIMIT 1"));
    QHash<QString, int> seenKeys;
    QSet<QString> newDonors; // refs and e-mails of donors this file will create
    for (int i = 0; i < data.donations.size(); ++i) {
        const PlatformDonation& donation = data.donations.at(i);
        PlatformDonationPreview line;
        line.index = i;
        const QString platform = platformOf(data, donation.platform);
        line.importKey = platform + QLatin1Char(':') + donation.orderId.trimmed();
        line.campaignUuid = campaignFor(platform, donation.campaignRef);
        if (seenKeys.contains(line.importKey)) {
            line.verdict = PlatformVerdict::Duplicate;
            line.reason = tr("listed twice in this file (line %1)")
                              .arg(data.donations.at(seenKeys.value(line.importKey)).sourceLine);
        } else {
            QSqlQuery& q = known.run({ line.importKey });
            if (q.next()) {
                const QString storedStatus = q.value(0).toString();
                if (storedStatus != donation.status) {
                    line.verdict = PlatformVerdict::Updated;
                    line.reason = tr("status %1 → %2").arg(storedStatus, donation.status);
                } else {
                    line.verdict = PlatformVerdict::Duplicate;
                    line.reason = tr("already imported");
                }
            }
            q.finish();
            seenKeys.insert(line.importKey, i);
        }
        if (line.verdict == PlatformVerdict::New) {
            const PlatformDonor& donor = donation.donor;
            const QString ref = donor.platformRef.trimmed();
            const QString email = donor.email.trimmed().toLower();
            const bool inFile = (!ref.isEmpty() && newDonors.contains(QStringLiteral("ref:") + ref))
                || (!email.isEmpty() && newDonors.contains(QStringLiteral("email:") + email));
            bool inDesk = false;
            if (!inFile && !ref.isEmpty()) {
                inDesk = donorByRef.run({ ref }).next();
            }
            if (!inFile && !inDesk && !email.isEmpty())
                inDesk = donorByEmail.run({ email }).next();
            if (!inFile && !inDesk && (!ref.isEmpty() || !email.isEmpty() || !donor.name.isEmpty()))
                ++preview.newDonorCount;
            if (!ref.isEmpty())
                newDonors.insert(QStringLiteral("ref:") + ref);
            if (!email.isEmpty())
                newDonors.insert(QStringLiteral("email:") + email);
        }
        switch (line.verdict) {
        case PlatformVerdict::New:
            ++preview.newCount;
            break;
        case PlatformVerdict::Updated:
            ++preview.updatedCount;
            break;
        case PlatformVerdict::Duplicate:
            ++preview.duplicateCount;
            break;
        }
        preview.donations.append(line);
    }

    Prepared knownPayout(m_database, QStringLiteral("SELECT 1 FROM payouts WHERE import_key = ?"));
    QSet<QString> seenPayouts;
    for (int i = 0; i < data.payouts.size(); ++i) {
        const PlatformPayout& payout = data.payouts.at(i);
        PlatformPayoutPreview line;
        line.index = i;
        const QString platform = platformOf(data, payout.platform);
        line.importKey = platform + QLatin1Char(':') + payout.reference.trimmed();
        line.campaignUuid = campaignFor(platform, payout.campaignRef);
        QSqlQuery& q = knownPayout.run({ line.importKey });
        const bool stored = q.next();
        q.finish();
        if (stored || seenPayouts.contains(line.importKey)) {
            line.verdict = PlatformVerdict::Duplicate;
            ++preview.duplicateCount;
        } else {
            ++preview.newCount;
        }
        seenPayouts.insert(line.importKey);
        preview.payouts.append(line);
    }
    return preview;
}

namespace {

// Finds or creates the donors of one platform import, remembering what it found.
class DonorMatcher
{
public:
    DonorMatcher(Database& database, OutboxWriter& outbox)
        : m_byRef(database, QStringLiteral("SELECT uuid FROM donors WHERE platform_ref = ? AND deleted = 0"))
        , m_byEmail(database,
                    QStringLiteral("SELECT uuid FROM donors WHERE email = ? COLLATE NOCASE "
                                   "AND deleted = 0 ORDER BY id LIMIT 1"))
        , m_insert(database,
                   QStringLiteral("INSERT INTO donors (uuid, revision, created_at, updated_at, name, "
                                  "email, address, consent_to_contact, platform_ref, sort_key) "
                                  "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"))
        , m_outbox(outbox)
        , m_now(Clock::nowUtcIso())
    {
    }

    // Null for an anonymous gift (no reference, no e-mail, no name).
    QString uuidFor(const PlatformDonor& donor)
    {
        const QString ref = donor.platformRef.trimmed();
        const QString email = donor.email.trimmed();
        if (ref.isEmpty() && email.isEmpty() && donor.name.trimmed().isEmpty())
            return {};
        const QString refKey = QStringLiteral("ref:") + ref;
        const QString emailKey = QStringLiteral("email:") + email.toLower();
        if (!ref.isEmpty() && m_found.contains(refKey))
            return m_found.value(refKey);
        if (!email.isEmpty() && m_found.contains(emailKey))
            return m_found.value(emailKey);
        QString uuid = lookup(m_byRef, ref);
        if (uuid.isEmpty())
            uuid = lookup(m_byEmail, email);
        if (uuid.isEmpty())
            uuid = create(donor);
        if (!ref.isEmpty())
            m_found.insert(refKey, uuid);
        if (!email.isEmpty())
            m_found.insert(emailKey, uuid);
        return uuid;
    }

private:
    static QString lookup(Prepared& query, const QString& value)
    {
        if (value.isEmpty())
            return {};
        QSqlQuery& q = query.run({ value });
        const QString uuid = q.next() ? q.value(0).toString() : QString();
        q.finish();
        return uuid;
    }

    QString create(const PlatformDonor& donor)
    {
        const QString uuid = uuidText(QUuid::createUuid());
        const QString name = donor.name.trimmed().isEmpty() ? donor.email.trimmed() : donor.name.trimmed();
        m_insert.run({ uuid, m_now, m_now, name, donor.email.trimmed(), donor.address,
                       int(donor.consentToContact), textOrNull(donor.platformRef.trimmed()),
                       DonorNames::sortKey(name) });
        m_outbox.created(kDonorEntity, uuid);
        return uuid;
    }

    Prepared m_byRef;
    Prepared m_byEmail;
    Prepared m_insert;
    OutboxWriter& m_outbox;
    QString m_now;
    QHash<QString, QString> m_found;
};

} // namespace

ImportResult LedgerImport::commitPlatform(const PlatformPreview& preview)
{
    if (!preview.canCommit())
        throw DatabaseError(
            tr("No local campaign is chosen for the platform campaign(s) %1; choose one before "
               "importing.")
                .arg(preview.unmappedCampaignRefs.join(QStringLiteral(", "))));
    ImportResult result;
    const ParsedPlatformExport& data = preview.data;
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    OutboxWriter outbox(m_database);

    // Payouts first, so the donations can point at them.
    Prepared insertPayout(
        m_database,
        QStringLiteral(
            "INSERT INTO payouts (uuid, revision, created_at, updated_at, campaign_uuid, platform, "
            "reference, date, gross_cents, commission_cents, payment_fees_cents, net_cents, import_key) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const PlatformPayoutPreview& line : preview.payouts) {
        if (line.verdict != PlatformVerdict::New) {
            ++result.duplicates;
            continue;
        }
        const PlatformPayout& payout = data.payouts.at(line.index);
        const QString uuid = uuidText(QUuid::createUuid());
        insertPayout.run({ uuid, now, now, uuidText(line.campaignUuid), platformOf(data, payout.platform),
                           payout.reference.trimmed(), SqlValues::dateValue(payout.date), payout.grossCents,
                           payout.commissionCents, payout.paymentFeesCents, payout.netCents,
                           line.importKey });
        outbox.created(kPayoutEntity, uuid);
        ++result.imported;
    }

    DonorMatcher donors(m_database, outbox);
    Prepared insertDonation(
        m_database,
        QStringLiteral(
            "INSERT INTO donations (uuid, revision, created_at, updated_at, campaign_uuid, campaign_title, "
            "donor_uuid, donor_name, donor_sort_key, amount_cents, currency, date, method, platform, "
            "platform_order_id, status, payout_uuid, import_key) VALUES (?, 1, ?, ?, "
            "?, coalesce((SELECT title FROM campaigns WHERE uuid = ?), ''), "
            "?, coalesce((SELECT name FROM donors WHERE uuid = ?), ''), "
            "coalesce((SELECT sort_key FROM donors WHERE uuid = ?), ''), ?, ?, ?, 'platform', ?, ?, ?, "
            "(SELECT uuid FROM payouts WHERE import_key = ?), ?)"));
    Prepared updateStatus(
        m_database,
        QStringLiteral("UPDATE donations SET status = ?, revision = revision + 1, updated_at = ? "
                       "WHERE import_key = ? RETURNING uuid, revision"));
    for (const PlatformDonationPreview& line : preview.donations) {
        const PlatformDonation& donation = data.donations.at(line.index);
        if (line.verdict == PlatformVerdict::Duplicate) {
            ++result.duplicates;
            continue;
        }
        if (line.verdict == PlatformVerdict::Updated) {
            try {
                QSqlQuery& q = updateStatus.run({ donation.status, now, line.importKey });
                if (q.next())
                    outbox.changed(kDonationEntity, q.value(0).toString(), q.value(1).toLongLong());
                q.finish();
            } catch (const DatabaseError& error) {
                LedgerErrors::rethrowTranslated(
                    error, tr("the order %1 (line %2)").arg(donation.orderId).arg(donation.sourceLine));
            }
            ++result.updated;
            continue;
        }
        if (donation.amountCents <= 0)
            throw DatabaseError(tr("%1, line %2: the order %3 has no positive amount.")
                                    .arg(preview.fileName)
                                    .arg(donation.sourceLine)
                                    .arg(donation.orderId));
        const QString platform = platformOf(data, donation.platform);
        const QString uuid = uuidText(QUuid::createUuid());
        const QString campaign = uuidText(line.campaignUuid);
        const QVariant donor = textOrNull(donors.uuidFor(donation.donor));
        const QString payoutKey = donation.payoutRef.isEmpty()
            ? QString()
            : platform + QLatin1Char(':') + donation.payoutRef.trimmed();
        insertDonation.run({ uuid, now, now, campaign, campaign, donor, donor, donor, donation.amountCents,
                             donation.currency.isEmpty() ? QStringLiteral("EUR") : donation.currency,
                             SqlValues::dateValue(donation.date), platform, donation.orderId.trimmed(),
                             donation.status, payoutKey, line.importKey });
        outbox.created(kDonationEntity, uuid);
        ++result.imported;
    }

    // Payouts that list the orders they cover: link those donations (imported now or before).
    // Revision bumped (an open editor must reload) but not queued: the payout link is the bank
    // side, which is not part of a shared gift (as ReconciliationRepository does for its flag).
    Prepared link(
        m_database,
        QStringLiteral("UPDATE donations SET payout_uuid = (SELECT uuid FROM payouts WHERE import_key = ?), "
                       "revision = revision + 1, updated_at = ? WHERE import_key = ? "
                       "AND payout_uuid IS NOT (SELECT uuid FROM payouts WHERE import_key = ?)"));
    for (const PlatformPayoutPreview& line : preview.payouts) {
        const PlatformPayout& payout = data.payouts.at(line.index);
        const QString platform = platformOf(data, payout.platform);
        for (const QString& orderId : payout.orderIds)
            link.run({ line.importKey, now, platform + QLatin1Char(':') + orderId.trimmed(), line.importKey })
                .finish();
    }
    transaction.commit();
    return result;
}

} // namespace casedesk
