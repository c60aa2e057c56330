#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// One pending outbox entry, in queue order.
struct OutboxEntry
{
    QString entity;
    QUuid uuid;
    bool isDelete = false;
    qint64 revision = 0;
};

// A push or pull that could not be applied because both sides changed the record.
struct SyncConflict
{
    qint64 id = 0;
    QString entity;
    QUuid uuid;
    qint64 localRevision = 0;
    std::optional<qint64> serverVersion; // theirs; none when the record is gone server-side
    QJsonObject mine; // {"deleted": true} for a local deletion
    QJsonObject theirs; // the platform's record envelope; empty when none
    QDateTime detectedAt;
};

// The sync's SQL: the outbox as the push reads it, conflict records, the feed cursor and
// applying pulled campaigns without queuing them again. Callers own the transactions.
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStore)

public:
    explicit SyncStore(Database& database);

    QList<OutboxEntry> pendingEntries();
    std::optional<qint64> serverVersion(const QString& table, const QUuid& uuid);
    // After the platform accepted `revision`: its version is stored, and the entry goes only if
    // nobody changed the record since (the entry's revision is still the one pushed).
    void acknowledge(const OutboxEntry& entry, qint64 version);
    // Drops the entry of exactly this revision (conflicted or obsolete).
    void dropEntry(const OutboxEntry& entry);
    bool hasPendingChange(const QString& entity, const QUuid& uuid);

    // Records (or refreshes, for a record that already has one open) a conflict; true when new.
    bool recordConflict(const SyncConflict& conflict);
    QList<SyncConflict> openConflicts();
    bool hasOpenConflict(const QString& entity, const QUuid& uuid);

    QString cursor(const QString& server);
    void setCursor(const QString& server, const QString& cursor);

    enum class PullOutcome
    {
        Applied,
        AlreadyKnown, // the echo of this desk's own push
        Conflict, // a new conflict record
        ConflictUpdated // the record's open conflict now holds the newer theirs
    };
    PullOutcome applyCampaign(const QJsonObject& envelope);

private:
    void writeCampaign(const QUuid& uuid, const QJsonObject& data, qint64 version);
    void writeCampaignChildren(qint64 campaignId, const QJsonObject& data);
    QJsonObject localCampaignJson(const QUuid& uuid);

    Database& m_database;
};

} // namespace casedesk
