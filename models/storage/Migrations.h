#pragma once

#include <QStringList>

namespace casedesk {

class Database;

// Cumulative schema steps: version N is reached by running every step above the file's
// PRAGMA user_version, all in one transaction, so a desk is never left half-migrated.
namespace Migrations {

// The statements that take a desk from version - 1 to version.
QStringList stepTo(int version);
// Runs the pending steps; throws DatabaseError (the transaction is then rolled back).
void apply(Database& database);

} // namespace Migrations
} // namespace casedesk
