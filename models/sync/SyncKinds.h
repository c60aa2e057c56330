#pragma once

#include <QStringList>

namespace casedesk {

class Database;

// The records the platform contract carries from a desk to the platform (docs/platform-api.md):
// campaigns, their public evidence and their published news. Every record is queued in the outbox
// when it changes, so procedures and the ledger can join when the contract carries them; until then
// they stay on the desk and never count as "waiting to sync" (a desk with a ledger must still
// converge).
namespace SyncKinds {

const QStringList& pushed();
// The outbox entries of the pushed kinds.
int pendingCount(Database& database);

} // namespace SyncKinds
} // namespace casedesk
