#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <stdexcept>
#include <unordered_map>

namespace casedesk::platform {

// Thrown for SQL failures; the HTTP layer answers 500 and the transaction is rolled back.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One record of any kind as the platform keeps it. `version` is the library version at its last
// write (Zotero's model): unique across all records, so it also orders the changes feed.
struct StoredRecord
{
    QString kind; // "campaign", "news", "evidence", "donation", "payout"
    QString id; // UUID without braces
    qint64 version = 0;
    bool deleted = false;
    QString campaignId; // the campaign a news/evidence/donation/payout belongs to
    QString status; // campaign status code, empty for other kinds
    QJsonObject data;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct TokenIdentity
{
    qint64 id = 0;
    QString name;
};

// A stored answer to an idempotent write (Stripe's model), replayed for a retried key.
struct StoredAnswer
{
    QByteArray requestFingerprint;
    QByteArray answer; // serialized HttpAnswer
};

// A statement prepared once for the connection and reused: parsing SQL cost the server more than
// running it (70 % of a batch write's time, measured). Reset when the Statement goes away, so no
// read stays open between requests (an open one would keep an old snapshot: the next request
// would not see what `feed add` wrote meanwhile).
class Statement
{
public:
    Statement(QSqlQuery* cached, bool* busy);
    explicit Statement(QSqlQuery own); // the cached one is in use: a fresh one, used once
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    QSqlQuery& operator*() { return m_cached ? *m_cached : m_own; }
    QSqlQuery* operator->() { return &**this; }

private:
    QSqlQuery* m_cached = nullptr;
    bool* m_busy = nullptr;
    QSqlQuery m_own;
};

// The platform's SQLite file `<data>/platform.db`: its own connection, WAL, foreign keys,
// migrations by PRAGMA user_version, writes in BEGIN IMMEDIATE transactions.
class PlatformStore
{
public:
    PlatformStore();
    ~PlatformStore();
    PlatformStore(const PlatformStore&) = delete;
    PlatformStore& operator=(const PlatformStore&) = delete;

    // Creates the folder (0700) and the database if needed; false with a message on failure.
    bool open(const QString& dataDir, QString* errorMessage);
    QString dataDir() const { return m_dataDir; }

    void beginWrite();
    void commit();
    void rollback();

    // Tokens: only the SHA-256 of a token is stored; the token itself is returned once.
    QByteArray createToken(const QString& name);
    std::optional<TokenIdentity> findToken(const QByteArray& token);

    std::optional<StoredRecord> record(const QString& kind, const QString& id);
    // Gives the record the next library version and stores it; returns the stored record.
    StoredRecord put(StoredRecord record);
    // Records whose version is greater than `afterVersion`, oldest first; `kind` empty = all.
    QList<StoredRecord> changesAfter(qint64 afterVersion, int limit, const QString& kind = {});
    qint64 libraryVersion();

    // Public side: live campaigns in a public status, and live records of such campaigns.
    QList<StoredRecord> publicCampaigns(qint64 afterVersion, int limit);
    QList<StoredRecord> publicRecordsOfKind(const QString& kind, qint64 afterVersion, int limit);
    // The live records of one kind that belong to a campaign (its milestones), oldest version first.
    QList<StoredRecord> liveRecordsOfCampaign(const QString& kind, const QString& campaignId);
    // The live records of one kind whose data member `member` (a top-level name) is `value`: the
    // votes that carry a signature.
    QList<StoredRecord> liveRecordsWith(const QString& kind, const QString& member, const QString& value);
    bool isPublicCampaign(const QString& id);
    bool isPublicBlob(const QString& sha256);

    std::optional<StoredAnswer> storedAnswer(qint64 tokenId, const QString& key);
    void storeAnswer(qint64 tokenId, const QString& key, const StoredAnswer& answer);
    // Stripe keeps keys 24 hours; older ones are forgotten so a key may eventually be reused.
    void forgetAnswersOlderThan(const QDateTime& limit);

    bool hasBlob(const QString& sha256);
    void addBlob(const QString& sha256, qint64 size);

    static QStringList publicCampaignStatuses();

private:
    QSqlQuery prepare(const QString& sql);
    // The statements every write and every page of the feed runs, prepared once.
    Statement cached(const QString& sql);
    void exec(QSqlQuery& query);
    void migrate();
    StoredRecord readRecord(const QSqlQuery& query) const;

    struct CachedQuery
    {
        QSqlQuery query;
        bool busy = false;
    };
    QString m_connectionName;
    QString m_dataDir;
    std::unordered_map<QString, std::unique_ptr<CachedQuery>> m_statements;
};

} // namespace casedesk::platform
