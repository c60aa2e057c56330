#pragma once

#include <QString>
#include <QUuid>

namespace casedesk {
class Database;
}

namespace casedesk::test {

// A campaign goes to review only before a board in office, and is approved only by its decision
// (issue 12). For tests about something else:

// The board's secretary in office, seated when the board has none ("Claire Martin", since 2000).
QUuid seatSecretary(Database& database);
// The board approves the campaign's current dossier: a round opened if none is (a draft goes in
// review), every member's approval recorded by the secretary, the decision taken. Returns the
// refusal, empty when the campaign may now move to "approved".
QString approveThroughBoard(Database& database, const QUuid& campaign);

} // namespace casedesk::test
