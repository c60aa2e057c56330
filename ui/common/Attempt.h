#pragma once

#include <QString>

#include <functional>

namespace casedesk {

// The one place in ui/ that catches the storage layer's exceptions. A desk operation at a page's
// edge (a button, a reload, an autosave): a storage error (DatabaseError, which models/ throws)
// goes to `report` as the message the user reads, and never out into Qt's event loop. Returns
// true when the operation finished.
bool runOrReport(const std::function<void()>& operation, const std::function<void(const QString&)>& report);

// The same, but a record changed or deleted elsewhere since it was read (StaleRecordError: another
// window, the CLI, a sync) goes to `stale`, which usually shows the stored version instead.
bool runOrReport(const std::function<void()>& operation, const std::function<void(const QString&)>& report,
                 const std::function<void(const QString&)>& stale);

} // namespace casedesk
