#pragma once

#include <QString>
#include <QStringList>

namespace casedesk {

// The desks this person opened last, most recent first, in their own settings (QSettings under
// QStandardPaths' configuration folder, never the desk): the next start opens the last one.
namespace RecentDesks {

inline constexpr int kMaxCount = 8;

// Existing files only: a desk moved or deleted since drops out of the list.
QStringList list();
// Puts `path` first (as an absolute path), keeping at most kMaxCount.
void remember(const QString& path);
// The desk to open when none is named: the most recent one that still exists, else empty.
QString last();

} // namespace RecentDesks
} // namespace casedesk
