#pragma once

#include <QString>

#include <functional>

namespace casedesk {

// A desk operation at a page's edge (a button, a reload): a storage error (DatabaseError, which
// models/ throws) goes to `report` as the message the user reads, and never out into Qt's event
// loop. Returns true when the operation finished.
bool runOrReport(const std::function<void()>& operation, const std::function<void(const QString&)>& report);

} // namespace casedesk
