#pragma once

#include "storage/SyncState.h"

#include <QSqlQuery>
#include <QString>

namespace casedesk::SyncColumns {

// The columns every syncable table starts with, as every repository's SELECT lists them first:
// id, uuid, revision, server_version, created_at, updated_at, deleted.
inline constexpr int kCount = 7;
QString list();
// Those columns of the current row, read from column 0.
SyncState read(const QSqlQuery& query);

// The identity of a record just inserted at revision 1, at `now` (as stored: ISO 8601, UTC).
void markCreated(SyncState& sync, qint64 localId, const QString& now);
// A record a local change moved to `revision` at `now`.
void markSaved(SyncState& sync, qint64 revision, const QString& now);

} // namespace casedesk::SyncColumns
