#pragma once

#include <QDateTime>
#include <QUuid>

#include <optional>

namespace casedesk {

// What every syncable record carries, whatever its kind.
struct SyncState
{
    qint64 localId = 0; // SQLite rowid; 0 until stored
    QUuid uuid; // stable across desks and the platform
    qint64 revision = 0; // bumped by every local change
    std::optional<qint64> serverVersion; // last version the platform confirmed
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    bool deleted = false; // tombstone until the platform acknowledged it
};

} // namespace casedesk
