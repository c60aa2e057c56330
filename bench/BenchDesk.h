#pragma once

class QString;

namespace casedesk {
class Database;
}

namespace casedesk::bench {

// A desk the size an association reaches after years of gifts, written straight into the tables
// in one transaction (the repositories would queue every record for sync): `donations` gifts by
// donations / 10 donors over 20 campaigns and 8 years, and, when `wholeDesk` is set, what the
// other areas show on such a desk: one bank account with donations / 10 lines in monthly
// statements, 3 procedures per campaign with their hearings, decisions and open deadlines.
// Never analysed: the desk is as a user's desk is before CaseDesk keeps its statistics.
bool fillDesk(Database& database, int donations, bool wholeDesk);

// Makes `path` (a new desk) with fillDesk and checkpoints its log; prints the time it took.
bool makeDesk(const QString& path, int donations, bool wholeDesk);

} // namespace casedesk::bench
