#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

namespace casedesk {

struct Milestone;
struct PlatformDonation;

class Database;

// One pending outbox entry, in queue order.
struct OutboxEntry
{
    QString entity;
    QUuid uuid;
    bool isDelete = false;
    qint64 revision = 0;
    int refusals = 0; // 422 answers to this revision so far
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
    // The platform refused this revision (422) and applied nothing: the next attempt, after what
    // it lacked has arrived (a parent restored, a campaign received), is a new request.
    void noteRefusal(const OutboxEntry& entry);
    // Drops the entry of exactly this revision (conflicted or obsolete).
    void dropEntry(const OutboxEntry& entry);
    bool hasPendingChange(const QString& entity, const QUuid& uuid);
    // Drops the record's pending entry whatever its revision (a conflict now holds the change).
    void dropEntries(const QString& entity, const QUuid& uuid);

    // Records (or refreshes, for a record that already has one open) a conflict; true when new.
    bool recordConflict(const SyncConflict& conflict);
    QList<SyncConflict> openConflicts();
    std::optional<SyncConflict> openConflict(qint64 id);
    bool hasOpenConflict(const QString& entity, const QUuid& uuid);
    void closeConflict(qint64 id);

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
    // A pulled evidence record; its file must already be in the desk's vault (`vaultRoot`). A
    // piece whose number this desk already uses gets the next free one: *renumbered says which.
    // One of a campaign this desk lacks, or whose file could not be had, is left out: *skipped
    // says so.
    PullOutcome applyEvidence(const QJsonObject& envelope, const QString& vaultRoot,
                              std::optional<int>* renumbered, QString* skipped);
    // The desk's public piece as the platform receives it; empty when it is gone or private.
    QJsonObject localEvidenceJson(const QUuid& uuid);
    // A pulled news record. One whose campaign this desk lacks is left out: *skipped says so.
    PullOutcome applyNews(const QJsonObject& envelope, QString* skipped);
    // The desk's published news as the platform receives it; empty when it is gone or a draft.
    QJsonObject localNewsJson(const QUuid& uuid);
    // Pulled procedures and milestones (SyncStoreProcedures.cpp). One whose campaign, procedure,
    // appealed procedure or source milestone this desk lacks is left out: *skipped says so.
    PullOutcome applyProcedure(const QJsonObject& envelope, QString* skipped);
    PullOutcome applyMilestone(const QJsonObject& envelope, QString* skipped);
    // The desk's procedure or milestone as the platform receives it; empty when it is gone.
    QJsonObject localProcedureJson(const QUuid& uuid);
    QJsonObject localMilestoneJson(const QUuid& uuid);
    // For a decided conflict: written as they are, revision bumped, `version` stored, not queued.
    void writeProcedure(const QUuid& uuid, const QJsonObject& data, qint64 version);
    void writeMilestone(const QUuid& uuid, const QJsonObject& data, qint64 version);
    // Whether the desk has a row for the record, live or tombstoned (a pulled child can refer to it).
    bool holds(const QString& entity, const QUuid& uuid);

    // The desk table that holds an outbox entity's records.
    static QString tableOf(const QString& entity);

    // For a decided conflict, news and evidence records (the platform's document shape, as
    // localNewsJson() and localEvidenceJson() give it) written as they are: revision bumped, the
    // platform's `version` stored, not queued. Evidence keeps its file fields; the file must be in
    // the vault at `vaultRoot`. Throw DatabaseError when the record cannot be written.
    void writeNews(const QUuid& uuid, const QJsonObject& data, qint64 version);
    void writeEvidence(const QUuid& uuid, const QJsonObject& data, qint64 version, const QString& vaultRoot);
    // Tombstones a news or evidence record (revision bumped, not queued).
    void tombstone(const QString& entity, const QUuid& uuid, std::optional<qint64> version);
    // Leaves the record as it is but for its server version (none: the platform does not hold
    // it) and its revision, bumped.
    void adoptServerVersion(const QString& entity, const QUuid& uuid, std::optional<qint64> version);
    qint64 revision(const QString& entity, const QUuid& uuid);

    // Donations and payouts of the platform's read-only feed (kinds "donation", "payout"),
    // written into the ledger through LedgerImport (platform "platform", one import per campaign,
    // a savepoint inside the caller's page transaction). Never queued for a push. A record this
    // desk cannot take (unknown campaign, unreadable data, a tombstone) is left out and named in
    // `skipped`, a translated sentence each.
    struct LedgerPull
    {
        int imported = 0;
        int updated = 0; // known donations whose status changed
        QStringList skipped;
    };
    LedgerPull applyLedgerRecords(const QList<QJsonObject>& envelopes);

    // The desk's campaign as the platform would receive it; {"deleted": true} when it is gone.
    QJsonObject localCampaignJson(const QUuid& uuid);
    // Writes a campaign document as it is (status included, revision bumped, not queued);
    // `version` is the platform's (none: the platform does not hold it). A status it moves is
    // recorded in the status history with `note`.
    void writeCampaign(const QUuid& uuid, const QJsonObject& data, std::optional<qint64> version,
                       const QString& note);
    // Tombstones the desk's copy (revision bumped, not queued).
    void tombstoneCampaign(const QUuid& uuid, std::optional<qint64> version);
    qint64 campaignRevision(const QUuid& uuid);

    // What this desk holds of a pulled record: the first thing every kind's pull reads.
    struct LocalCopy
    {
        bool exists = false;
        std::optional<qint64> serverVersion;
        qint64 revision = 0;
        bool deleted = false;
        // This desk already stored the platform's `version` (or a later one): nothing to apply.
        bool knows(qint64 version) const { return serverVersion && *serverVersion >= version; }
    };
    LocalCopy localCopy(const QString& entity, const QUuid& uuid);
    // What every pulled kind checks before it writes a record this desk has: when both sides
    // changed it (a pending edit or an open conflict here), the conflict is recorded with `mine()`
    // (empty: deleted here) and the pending entry dropped; when both sides deleted it, the
    // pending deletion is done (entry dropped, the platform's version kept). Empty when the pulled
    // record may be applied.
    std::optional<PullOutcome> keepBothSides(const QString& entity, const QUuid& uuid, const LocalCopy& local,
                                             qint64 version, const std::function<QJsonObject()>& mine,
                                             const QJsonObject& envelope);
    // Tombstones the live milestones of a procedure (revision bumped, not queued): a procedure
    // deleted elsewhere takes its timeline. Their pending entries are dropped; with
    // `queueDeletions`, the ones the platform holds are queued for deletion.
    void tombstoneMilestonesOf(const QUuid& procedureUuid, bool queueDeletions);
    // An entry held back from the push until a conflict is decided: a milestone of a procedure
    // whose deletion elsewhere the user has not decided on yet.
    bool waitsForDecision(const OutboxEntry& entry);
    // Queues every live milestone of a procedure that has no pending entry (a procedure kept after
    // its deletion elsewhere: its timeline goes back to the platform with it).
    void requeueMilestonesOf(const QUuid& procedureUuid);
    // How deep a pushed record sits below records of its own kind that it refers to (an appeal
    // below the procedure it challenges, a deadline below its notification): pushed in that order.
    int referenceDepth(const QString& entity, const QUuid& uuid);

private:
    QList<QUuid> liveMilestonesOf(const QUuid& procedureUuid);
    bool hasPendingMilestones(const QUuid& procedureUuid);
    // Why a pulled milestone cannot be stored here (translated); empty when it can.
    QString milestoneProblem(const Milestone& milestone);
    QString lockedChange(const PlatformDonation& donation, QSet<QString>* lockedOrders);
    // Budget lines and press articles as the document has them; `replace`: the old ones go first.
    void writeCampaignChildren(qint64 campaignId, const QJsonObject& data, bool replace);
    void recordStatusChange(qint64 campaignId, const QString& from, const QString& to, const QString& note);

    Database& m_database;
};

} // namespace casedesk
