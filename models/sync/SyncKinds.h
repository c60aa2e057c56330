#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <span>
#include <utility>

namespace casedesk {

class Database;

// What applying one pulled record did.
enum class PullOutcome
{
    Applied,
    AlreadyKnown, // the echo of this desk's own push, or a record left out (a notice says why)
    Conflict, // a new conflict record
    ConflictUpdated // the record's open conflict now holds the newer theirs
};

// What a kind's pull step has at hand besides the record. Records are applied inside the page's
// transaction, without being queued again.
struct PullContext
{
    Database& database;
    QString vaultRoot; // where evidence files are (fetched before the page's transaction)
    QStringList notices; // translated lines for the sync log, shown once the page is committed
    QList<QJsonObject> feedRecords; // the read-only feed's records, written into the ledger last
};

// What the user decided on a conflict, as a kind's followDecision() sees it.
struct DecidedConflict
{
    bool mineGone = false; // the desk had deleted the record (or kept it off the platform)
    bool theirsGone = false; // the platform had deleted it, or never had it
    bool deleted = false; // the decision: the record is deleted
};

// A document field a conflict is decided on; its label is translated in the context
// "ConflictResolver".
struct ConflictFieldSpec
{
    const char* key;
    const char* label;
};

// One kind of record the desk and the platform know of (docs/platform-api.md §2): its names on
// both sides, where its records live, what they refer to, and the functions that carry it.
// Every record is queued in the outbox when it changes, so a kind that stays on the desk (no wire
// kind) is listed too: its entries wait there and never count as "waiting to sync".
// Adding a kind: one entry in SyncKinds.cpp (its functions in sync/kinds/) and its repository.
struct SyncKind
{
    // A field of a record's data that names another record by id.
    struct Reference
    {
        QString kind; // the wire kind it names
        QString field; // "campaignId"
    };

    QString entity; // outbox entity and conflict records ("donation" for a gift); empty: never queued
    QString wireKind; // the envelope's "kind" ("gift"); empty: the contract does not carry it
    QString collection; // its platform collection: /v1/<collection>
    QString table; // the desk table of its records
    QList<Reference> references; // applied and pushed after what they name
    QString chainColumn; // names a record of the same kind (an appeal's procedure): pushed after it
    std::span<const ConflictFieldSpec> conflictFields; // in display order; empty: not decided here
    bool carriesFile = false; // evidence: the platform must hold its file before its record
    // Fields that come from the same side as a field the user takes from the desk (a computed
    // deadline's rule, start and source with its date).
    QList<std::pair<QString, QStringList>> companions;

    // The desk's record as the platform receives it; empty when it does not leave the desk (gone,
    // a news draft, a private piece, a feed donation). Null: the desk never sends this kind.
    QJsonObject (*document)(Database& database, const QUuid& uuid) = nullptr;
    // Applies a pulled record (an envelope of the changes feed) inside the page's transaction.
    PullOutcome (*applyPulled)(PullContext& context, const QJsonObject& envelope) = nullptr;
    // Writes a decided conflict's result (a document) with the platform's version, never queued.
    // Throws DatabaseError when the record cannot be written.
    void (*writeDecided)(Database& database, const QUuid& uuid, const QJsonObject& data,
                         std::optional<qint64> version)
        = nullptr;
    // Tombstones a record whose deletion was decided (revision bumped, never queued); throws
    // DatabaseError when the desk refuses (a locked gift, a donor gifts still name).
    void (*tombstoneDecided)(Database& database, const QUuid& uuid, std::optional<qint64> version) = nullptr;
    // How a log line or the conflicts list names a record given its document; empty when it cannot.
    QString (*label)(const QJsonObject& document) = nullptr;

    // Optional, for the kinds that need them.
    // A field's text in the conflict view when the generic text does not fit (codes, amounts, ids).
    std::optional<QString> (*fieldText)(Database& database, const QString& key, const QJsonValue& value)
        = nullptr;
    // True when the platform's live copy is, for this desk, gone (a piece it holds as private).
    bool (*hiddenThere)(const QJsonObject& data) = nullptr;
    // Queued records that stay on the desk nonetheless (a feed donation), and the same as an SQL
    // condition on an outbox row named `alias`.
    bool (*staysOnDesk)(Database& database, const QUuid& uuid) = nullptr;
    QString (*staysOnDeskSql)(const QString& alias) = nullptr;
    // An entry held back from the push until the user decides a conflict it depends on.
    bool (*waitsForDecision)(Database& database, const QUuid& uuid) = nullptr;
    // Queues, before a push, the records this kind's pending ones need (a gift's donor).
    void (*beforePush)(Database& database) = nullptr;
    // What a decision carries to related records (a procedure's milestones, a notification's
    // deadlines).
    void (*followDecision)(Database& database, const QUuid& uuid, const DecidedConflict& decision) = nullptr;
    // The report's line for a record the platform refused (422); null: the platform's answer.
    QString (*refusal)(const QJsonObject& document, const QJsonObject& problem, const QString& failure)
        = nullptr;
    // A refusal (422) is final for this kind: the record can never become acceptable (a vote for a
    // round the platform holds as closed, a signature used twice), so its entry leaves the outbox
    // after the report's line instead of being sent again at every sync. The record stays here.
    bool refusalIsFinal = false;
    // A kind whose conflicts settle themselves by a rule, never asked of the user (a review round:
    // its first closing stays; a comment: resolved stays resolved). Called when the desk has a
    // pending change of a record the platform changed too (a 412 on push, or a pulled record),
    // with the desk's document and the platform's envelope: writes the result with the platform's
    // version (never queued) and returns true when the desk still has something to send (its
    // entry is then queued again); a line for the log in *notice when the desk's change was lost.
    bool (*mergeConflict)(Database& database, const QUuid& uuid, const QJsonObject& mine,
                          const QJsonObject& theirs, QString* notice)
        = nullptr;

    bool isCarried() const { return !wireKind.isEmpty(); }
    bool isPushed() const { return document != nullptr; }
};

namespace SyncKinds {

// Every kind, in the order records are applied and pushed: what others refer to first.
const QList<const SyncKind*>& all();
// The kind of an outbox entity or conflict record, or of a wire kind. An unknown name is an
// error: these throw DatabaseError.
const SyncKind& ofEntity(const QString& entity);
const SyncKind& ofWireKind(const QString& kind);
// Null for a name this version does not know (a newer desk's kind on the platform).
const SyncKind* findEntity(const QString& entity);
const SyncKind* findWireKind(const QString& kind);
// Where a kind comes in all(): applied and pushed in that order.
int rank(const SyncKind& kind);

// The outbox entries that wait to be sent: those of the pushed kinds, but the ones that stay on
// the desk (the feed's donations, which every desk receives from the platform).
int pendingCount(Database& database);

// A record another refers to by id: a news item's campaign, a milestone's procedure.
struct Reference
{
    QString kind;
    QUuid id;
};
// The records `data` (of a record of wire kind `kind`) names; a pulled record is applied after them.
QList<Reference> referencesOf(const SyncKind& kind, const QJsonObject& data);

} // namespace SyncKinds
} // namespace casedesk
