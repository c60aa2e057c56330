#pragma once

#include "sync/ConflictStore.h"
#include "sync/SyncKinds.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

class Database;

enum class ConflictSide
{
    Mine,
    Theirs
};

// One line of the side-by-side view of a conflict.
struct ConflictField
{
    QString field; // the document's key: "title", "budgetLines"; "deleted" for the record itself
    QString label; // translated
    QString mine; // display text, translated and locale-formatted
    QString theirs;
    bool differs = false;
    // The user may pick a side for this line. When one side deleted the record, only the
    // "deleted" line is a choice: the fields then come from the side that still has them.
    bool choosable = false;
};

// What the user decided: a side per field, the default side for the fields not named.
struct ConflictChoices
{
    ConflictSide defaultSide = ConflictSide::Theirs;
    QHash<QString, ConflictSide> fields;

    ConflictSide sideFor(const QString& field) const { return fields.value(field, defaultSide); }
};

struct ConflictResolution
{
    bool queued = false; // the result differs from the platform's copy: the next sync sends it
    bool deleted = false; // the result is a deletion
};

// Shows a conflict field by field and writes the user's decision, for every kind SyncKinds lists
// with conflict fields. "Mine" is the desk's record as it is now (edits made after the conflict
// was found included), "theirs" the platform's copy the conflict holds. The decision is written in one
// transaction: the record as decided, its revision bumped, its server version set to theirs (so the next
// push's If-Match is right), the conflict closed, and an outbox entry when the result differs from theirs.
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)

public:
    explicit ConflictResolver(Database& database);

    QList<SyncConflict> openConflicts();
    std::optional<SyncConflict> conflict(qint64 id);
    // A conflict by its record's UUID (or a prefix of at least 4 characters) or by its number.
    std::optional<SyncConflict> find(const QString& reference, QString* errorMessage);

    QList<ConflictField> fields(const SyncConflict& conflict);
    // The record's title on either side, for lists.
    QString title(const SyncConflict& conflict);
    // The document keys a choice may name for a kind of record (an outbox entity: "campaign",
    // "donation"...), in display order; empty for a kind that cannot be decided here.
    static QStringList fieldNames(const QString& entity);

    // Throws DatabaseError when the conflict is no longer open or the result cannot be written.
    ConflictResolution resolve(qint64 conflictId, const ConflictChoices& choices);

private:
    QJsonObject mineOf(const SyncConflict& conflict);
    static DecidedConflict decide(const SyncKind& kind, const SyncConflict& conflict, const QJsonObject& mine,
                                  const ConflictChoices& choices);
    Database& m_database;
    ConflictStore m_store;
};

} // namespace casedesk
