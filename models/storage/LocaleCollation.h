#pragma once

class QSqlDatabase;

namespace casedesk {

// Registers the SQLite collation "LOCALE" on a connection: compares text the way the user's
// language sorts it (QCollator), so "École" sorts among the E and not after "Z" as SQLite's
// NOCASE (ASCII only) would. Lists use it in ORDER BY; the schema never refers to it, so other
// tools can still open the desk.
bool registerLocaleCollation(const QSqlDatabase& connection);

} // namespace casedesk
