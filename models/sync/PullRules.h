#pragma once

#include "storage/SyncedTable.h"
#include "sync/SyncKinds.h"

#include <QDate>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// A record of the changes feed as every kind's pull reads it.
struct PulledRecord
{
    explicit PulledRecord(const QJsonObject& envelope);

    QJsonObject envelope;
    QUuid id;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject data;
};

// The rules every kind's pull follows (docs/architecture.md, "Sync, desk side").
namespace PullRules {

// What every kind checks before it writes a pulled record, with what the desk holds of it in
// *local: the platform's version is already known here; or both sides changed the record (a
// pending edit or an open conflict here): the conflict is recorded with the desk's document as
// mine (deleted when it has none) and the pending entry dropped; or both deleted it: the
// pending deletion is done (entry dropped, the platform's version kept). Empty when the record
// may be applied.
std::optional<PullOutcome> settle(Database& database, const SyncKind& kind, const PulledRecord& record,
                                  SyncedTable::Copy* local);
// Records (or refreshes) a conflict on the pulled record, the desk's document as mine.
PullOutcome recordConflict(Database& database, const SyncKind& kind, const PulledRecord& record,
                           const SyncedTable::Copy& local);

} // namespace PullRules

// Reading a pulled document's fields.
QUuid uuidField(const QJsonObject& data, const QString& field);
QDate dateField(const QJsonObject& data, const QString& field);

} // namespace casedesk
