#pragma once

#include <QString>

class QHeaderView;
class QSplitter;

namespace casedesk {

// Pane sizes and column widths the user set, remembered across runs in the user's settings
// (QSettings, in the folder QStandardPaths gives: ~/.config/CaseDesk). Not in the desk: they
// belong to this person's screen, and a desk file moves between colleagues and computers.
namespace LayoutMemory {

// Restores the splitter's sizes saved under `key` (the splitter keeps its own defaults the first
// time) and saves them whenever the user drags a handle.
void remember(QSplitter* splitter, const QString& key);

} // namespace LayoutMemory
} // namespace casedesk
