#include "PlatformStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcPlatformStore, "casedesk.platform.store", QtInfoMsg)

namespace casedesk::platform {

namespace {

constexpr int kSchemaVersion = 1;
constexpr int kTokenBytes = 32;

// Each step takes the schema from version N to N+1; all pending steps run in one transaction.
const QStringList kMigrations = {
    QStringLiteral(R"(
        CREATE TABLE tokens (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL);
        CREATE TABLE library (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL);
        INSERT INTO library (id, version) VALUES (1, 0);
        CREATE TABLE records (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            version INTEGER NOT NULL UNIQUE,
            deleted INTEGER NOT NULL DEFAULT 0,
            campaign_id TEXT,
            status TEXT,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (kind, id));
        CREATE INDEX records_by_campaign ON records (campaign_id, kind);
        CREATE TABLE idempotency (
            token_id INTEGER NOT NULL REFERENCES tokens (id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            fingerprint BLOB NOT NULL,
            answer BLOB NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (token_id, key));
        CREATE INDEX idempotency_by_age ON idempotency (created_at);
        CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            created_at TEXT NOT NULL);
    )"),
};

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString hashText(const QByteArray& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

} // namespace

PlatformStore::PlatformStore()
    : m_connectionName(QStringLiteral("casedesk-platform-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Statement::Statement(QSqlQuery* cached, bool* busy)
    : m_cached(cached)
    , m_busy(busy)
{
    *m_busy = true;
}

Statement::Statement(QSqlQuery own)
    : m_own(std::move(own))
{
}

Statement::Statement(Statement&& other) noexcept
    : m_cached(std::exchange(other.m_cached, nullptr))
    , m_busy(std::exchange(other.m_busy, nullptr))
    , m_own(std::move(other.m_own))
{
}

Statement::~Statement()
{
    if (!m_cached)
        return;
    m_cached->finish();
    *m_busy = false;
}

PlatformStore::~PlatformStore()
{
    m_statements.clear(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool PlatformStore::open(const QString& dataDir, QString* errorMessage)
{
    QDir dir(dataDir);
    if (!dir.exists() && !QDir().mkpath(dataDir)) {
        *errorMessage = QStringLiteral("cannot create the data folder %1").arg(dataDir);
        return false;
    }
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_dataDir = dir.absolutePath();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(dir.filePath(QStringLiteral("platform.db")));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *errorMessage = db.lastError().text();
        return false;
    }
    try {
        QSqlQuery wal = prepare(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(wal);
        if (!wal.next() || wal.value(0).toString() != QStringLiteral("wal"))
            throw StoreError("the database refused WAL mode");
        wal.finish(); // an unfinished statement would block the migration's COMMIT
        for (const QString& pragma :
             { QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=FULL") }) {
            QSqlQuery query = prepare(pragma);
            exec(query);
        }
        migrate();
    } catch (const StoreError& error) {
        *errorMessage = QString::fromUtf8(error.what());
        return false;
    }
    return true;
}

QSqlQuery PlatformStore::prepare(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql))
        throw StoreError((QStringLiteral("prepare failed: ") + query.lastError().text()).toStdString());
    return query;
}

Statement PlatformStore::cached(const QString& sql)
{
    std::unique_ptr<CachedQuery>& entry = m_statements[sql];
    if (!entry) {
        entry = std::make_unique<CachedQuery>();
        entry->query = prepare(sql);
        entry->query.setForwardOnly(true);
    }
    if (entry->busy)
        return Statement(prepare(sql));
    return Statement(&entry->query, &entry->busy);
}

void PlatformStore::exec(QSqlQuery& query)
{
    if (!query.exec())
        throw StoreError((QStringLiteral("query failed: ") + query.lastError().text()).toStdString());
}

void PlatformStore::migrate()
{
    QSqlQuery versionQuery = prepare(QStringLiteral("PRAGMA user_version"));
    exec(versionQuery);
    const int current = versionQuery.next() ? versionQuery.value(0).toInt() : 0;
    versionQuery.finish();
    if (current > kSchemaVersion)
        throw StoreError("the data folder was written by a newer casedesk-platform");
    if (current == kSchemaVersion)
        return;
    beginWrite();
    try {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        for (int step = current; step < kSchemaVersion; ++step) {
            // QSqlQuery runs one statement at a time: split the step on ';'.
            for (const QString& statement :
                 kMigrations.at(step).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                if (statement.trimmed().isEmpty())
                    continue;
                QSqlQuery query(db);
                if (!query.exec(statement))
                    throw StoreError(
                        (QStringLiteral("migration failed: ") + query.lastError().text()).toStdString());
            }
        }
        QSqlQuery setVersion(db);
        if (!setVersion.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion)))
            throw StoreError("cannot record the schema version");
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

void PlatformStore::beginWrite()
{
    // IMMEDIATE takes the write lock up front: a read-then-write never fails half-way.
    Statement begin = cached(QStringLiteral("BEGIN IMMEDIATE"));
    exec(*begin);
}

void PlatformStore::commit()
{
    Statement commit = cached(QStringLiteral("COMMIT"));
    exec(*commit);
}

void PlatformStore::rollback()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(QStringLiteral("ROLLBACK"));
}

QByteArray PlatformStore::createToken(const QString& name)
{
    QByteArray random(kTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(random.data()),
                                         reinterpret_cast<quint32*>(random.data() + random.size()));
    // The prefix lets secret scanners and people recognize a leaked CaseDesk token.
    const QByteArray token
        = "cdp_" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QSqlQuery query
        = prepare(QStringLiteral("INSERT INTO tokens (name, sha256, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(hashText(token));
    query.addBindValue(nowText());
    exec(query);
    return token;
}

std::optional<TokenIdentity> PlatformStore::findToken(const QByteArray& token)
{
    Statement query = cached(QStringLiteral("SELECT id, name FROM tokens WHERE sha256 = ?"));
    query->addBindValue(hashText(token));
    exec(*query);
    if (!query->next())
        return std::nullopt;
    return TokenIdentity { query->value(0).toLongLong(), query->value(1).toString() };
}

StoredRecord PlatformStore::readRecord(const QSqlQuery& query) const
{
    StoredRecord record;
    record.kind = query.value(0).toString();
    record.id = query.value(1).toString();
    record.version = query.value(2).toLongLong();
    record.deleted = query.value(3).toBool();
    record.campaignId = query.value(4).toString();
    record.status = query.value(5).toString();
    record.data = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
    record.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    record.updatedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    return record;
}

static const QString kRecordColumns
    = QStringLiteral("kind, id, version, deleted, campaign_id, status, data, created_at, updated_at");

std::optional<StoredRecord> PlatformStore::record(const QString& kind, const QString& id)
{
    Statement query
        = cached(QStringLiteral("SELECT %1 FROM records WHERE kind = ? AND id = ?").arg(kRecordColumns));
    query->addBindValue(kind);
    query->addBindValue(id);
    exec(*query);
    if (!query->next())
        return std::nullopt;
    return readRecord(*query);
}

qint64 PlatformStore::libraryVersion()
{
    Statement query = cached(QStringLiteral("SELECT version FROM library WHERE id = 1"));
    exec(*query);
    return query->next() ? query->value(0).toLongLong() : 0;
}

StoredRecord PlatformStore::put(StoredRecord record)
{
    Statement bump = cached(QStringLiteral("UPDATE library SET version = version + 1 WHERE id = 1"));
    exec(*bump);
    record.version = libraryVersion();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!record.createdAt.isValid())
        record.createdAt = now;
    record.updatedAt = now;
    Statement query
        = cached(QStringLiteral("INSERT INTO records (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (kind, id) DO UPDATE SET version = excluded.version, "
                                "deleted = excluded.deleted, campaign_id = excluded.campaign_id, "
                                "status = excluded.status, data = excluded.data, "
                                "updated_at = excluded.updated_at")
                     .arg(kRecordColumns));
    query->addBindValue(record.kind);
    query->addBindValue(record.id);
    query->addBindValue(record.version);
    query->addBindValue(record.deleted ? 1 : 0);
    query->addBindValue(record.campaignId.isEmpty() ? QVariant() : QVariant(record.campaignId));
    query->addBindValue(record.status.isEmpty() ? QVariant() : QVariant(record.status));
    query->addBindValue(QJsonDocument(record.data).toJson(QJsonDocument::Compact));
    query->addBindValue(record.createdAt.toString(Qt::ISODateWithMs));
    query->addBindValue(record.updatedAt.toString(Qt::ISODateWithMs));
    exec(*query);
    return record;
}

QList<StoredRecord> PlatformStore::changesAfter(qint64 afterVersion, int limit, const QString& kind)
{
    Statement query
        = cached(QStringLiteral("SELECT %1 FROM records WHERE version > ? AND (? = '' OR kind = ?) "
                                "ORDER BY version LIMIT ?")
                     .arg(kRecordColumns));
    // A null QString binds as NULL, and NULL = '' is not true: bind a real empty string.
    const QString kindFilter = kind.isEmpty() ? QStringLiteral("") : kind;
    query->addBindValue(afterVersion);
    query->addBindValue(kindFilter);
    query->addBindValue(kindFilter);
    query->addBindValue(limit);
    exec(*query);
    QList<StoredRecord> records;
    while (query->next())
        records.append(readRecord(*query));
    return records;
}

QStringList PlatformStore::publicCampaignStatuses()
{
    // A campaign reaches donors once published, and stays visible (funded, closed) as a record
    // of what was raised; drafts, reviews, approvals and withdrawn campaigns never do.
    return { QStringLiteral("published"), QStringLiteral("funded"), QStringLiteral("closed") };
}

static const QString kPublicStatusList = QStringLiteral("('published', 'funded', 'closed')");

QList<StoredRecord> PlatformStore::publicCampaigns(qint64 afterVersion, int limit)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM records WHERE kind = 'campaign' AND deleted = 0 "
                                             "AND status IN %2 AND version > ? ORDER BY version LIMIT ?")
                                  .arg(kRecordColumns, kPublicStatusList));
    query.addBindValue(afterVersion);
    query.addBindValue(limit);
    exec(query);
    QList<StoredRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

QList<StoredRecord> PlatformStore::publicRecordsOfKind(const QString& kind, qint64 afterVersion, int limit)
{
    QSqlQuery query = prepare(
        QStringLiteral(
            "SELECT r.kind, r.id, r.version, r.deleted, r.campaign_id, r.status, r.data, r.created_at, "
            "r.updated_at FROM records r JOIN records c ON c.kind = 'campaign' AND c.id = r.campaign_id "
            "WHERE r.kind = ? AND r.deleted = 0 AND c.deleted = 0 AND c.status IN %1 AND r.version > ? "
            "ORDER BY r.version LIMIT ?")
            .arg(kPublicStatusList));
    query.addBindValue(kind);
    query.addBindValue(afterVersion);
    query.addBindValue(limit);
    exec(query);
    QList<StoredRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

QList<StoredRecord> PlatformStore::liveRecordsOfCampaign(const QString& kind, const QString& campaignId)
{
    QSqlQuery query = prepare(
        QStringLiteral(
            "SELECT %1 FROM records WHERE campaign_id = ? AND kind = ? AND deleted = 0 ORDER BY version")
            .arg(kRecordColumns));
    query.addBindValue(campaignId);
    query.addBindValue(kind);
    exec(query);
    QList<StoredRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

QList<StoredRecord> PlatformStore::liveRecordsWith(const QString& kind, const QString& member,
                                                   const QString& value)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM records WHERE kind = ? AND deleted = 0 AND "
                                             "json_extract(data, '$.' || ?) = ? ORDER BY version")
                                  .arg(kRecordColumns));
    query.addBindValue(kind);
    query.addBindValue(member);
    query.addBindValue(value);
    exec(query);
    QList<StoredRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

bool PlatformStore::isPublicCampaign(const QString& id)
{
    QSqlQuery query = prepare(
        QStringLiteral(
            "SELECT 1 FROM records WHERE kind = 'campaign' AND id = ? AND deleted = 0 AND status IN %1")
            .arg(kPublicStatusList));
    query.addBindValue(id);
    exec(query);
    return query.next();
}

bool PlatformStore::isPublicBlob(const QString& sha256)
{
    // Public when a live evidence record of a public campaign points at it.
    QSqlQuery query = prepare(
        QStringLiteral(
            "SELECT 1 FROM records e JOIN records c ON c.kind = 'campaign' AND c.id = e.campaign_id "
            "WHERE e.kind = 'evidence' AND e.deleted = 0 AND json_extract(e.data, '$.sha256') = ? "
            "AND c.deleted = 0 AND c.status IN %1 LIMIT 1")
            .arg(kPublicStatusList));
    query.addBindValue(sha256);
    exec(query);
    return query.next();
}

std::optional<StoredAnswer> PlatformStore::storedAnswer(qint64 tokenId, const QString& key)
{
    Statement query = cached(
        QStringLiteral("SELECT fingerprint, answer FROM idempotency WHERE token_id = ? AND key = ?"));
    query->addBindValue(tokenId);
    query->addBindValue(key);
    exec(*query);
    if (!query->next())
        return std::nullopt;
    return StoredAnswer { query->value(0).toByteArray(), query->value(1).toByteArray() };
}

void PlatformStore::storeAnswer(qint64 tokenId, const QString& key, const StoredAnswer& answer)
{
    Statement query
        = cached(QStringLiteral("INSERT INTO idempotency (token_id, key, fingerprint, answer, created_at) "
                                "VALUES (?, ?, ?, ?, ?)"));
    query->addBindValue(tokenId);
    query->addBindValue(key);
    query->addBindValue(answer.requestFingerprint);
    query->addBindValue(answer.answer);
    query->addBindValue(nowText());
    exec(*query);
}

void PlatformStore::forgetAnswersOlderThan(const QDateTime& limit)
{
    Statement query = cached(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"));
    query->addBindValue(limit.toUTC().toString(Qt::ISODateWithMs));
    exec(*query);
}

bool PlatformStore::hasBlob(const QString& sha256)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"));
    query.addBindValue(sha256);
    exec(query);
    return query.next();
}

void PlatformStore::addBlob(const QString& sha256, qint64 size)
{
    QSqlQuery query
        = prepare(QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(sha256);
    query.addBindValue(size);
    query.addBindValue(nowText());
    exec(query);
}

} // namespace casedesk::platform
