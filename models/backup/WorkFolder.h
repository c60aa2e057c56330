#pragma once

#include <QString>

namespace casedesk::WorkFolder {

// The hidden folders a backup (its copy of the database) and a restore (its staging) work in,
// beside the desk: "<folder>/.<name>-<pid>-XXXXXX", a QTemporaryDir template. The process id
// lets a later backup or restore remove what a crashed or killed one left, personal data
// included, while leaving alone the folders of a process still at work.
QString temporaryTemplate(const QString& folder, const QString& name);
// Removes the work folders called `name` in `folder` whose process no longer runs; returns how many.
int sweepAbandoned(const QString& folder, const QString& name);

} // namespace casedesk::WorkFolder
