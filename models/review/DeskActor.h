#pragma once

#include "review/ReviewRepository.h"

namespace casedesk {

class Database;

// Who this desk acts as in a review: its owner, a board member (Association ▸ Board, "This desk
// belongs to"), whose name signs its comments and votes; or, on a desk no member owns, its staff,
// named after the user account.
namespace DeskActor {
ReviewActor of(Database& database);
} // namespace DeskActor

} // namespace casedesk
