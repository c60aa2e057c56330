#pragma once

#include <QStringList>

namespace casedesk {

class Database;

// SQLite's statistics (sqlite_stat1), kept in step with the desk. The lists name the index they
// read (DonationListSql, DonorRepository), so a desk never analysed is as fast as any other; the
// statistics serve every other statement. SQLite never gathers them by itself.
namespace DeskStatistics {

// A table is analysed again once it holds ten times more rows, or ten times fewer, than when it
// was last analysed; never analysed, from this many rows on.
inline constexpr qint64 kRowsWorthAnalysing = 1000;
// Rows written by one transaction from which it counts as a bulk write (an import, a sync pull,
// the demo), after which the statistics are refreshed.
inline constexpr qint64 kBulkWriteRows = 1000;
// ANALYZE samples this many rows of each index (PRAGMA analysis_limit): milliseconds even for a
// million rows, and estimates good enough for the statements that leave the choice to SQLite.
inline constexpr int kAnalysisLimit = 1000;

// Analyses the tables that changed size tenfold, then runs PRAGMA optimize (SQLite's own
// upkeep). Called when a desk closes, after a migration and after a bulk write; outside any
// transaction. Returns the tables analysed.
QStringList refresh(Database& database);

} // namespace DeskStatistics
} // namespace casedesk
