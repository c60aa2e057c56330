#pragma once

// Internal to models/donations: small SQL helpers the ledger's repositories share.

#include "storage/SyncState.h"

#include <QSqlQuery>
#include <QString>

namespace casedesk::LedgerSql {

// The sync columns as every ledger SELECT lists them first: id, uuid, revision,
// server_version, created_at, updated_at, deleted.
inline constexpr int kSyncColumnCount = 7;
QString syncColumns();
SyncState syncFrom(const QSqlQuery& query);

// The first string after every string that starts with `prefix`, for a range on an index
// ("key >= ? AND key < ?"), which SQLite answers from the index where LIKE would scan.
QString prefixEnd(const QString& prefix);

} // namespace casedesk::LedgerSql
