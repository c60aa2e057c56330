#pragma once

#include <QString>

class QFileDevice;

namespace casedesk::FileSafety {

// The few operating-system calls the vault needs beyond Qt, each behind one function so the
// POSIX code stays in FileSafety.cpp.

// Forces the file's written bytes to the disk (fsync); true when the disk confirmed.
bool syncFile(QFileDevice& file);
// Forces a folder's entries (a rename, a new file) to the disk. A no-op that succeeds where
// the system has no such call.
bool syncDirectory(const QString& path);
// Forces every written byte of the file system holding `path` to the disk (syncfs on Linux, sync
// on other Unix systems): one flush for many new files, where an fsync each would wait for the
// disk once per file. A no-op that succeeds where the system has no such call.
bool syncFileSystem(const QString& path);
// Renames `from` to `to`, replacing `to` atomically if it exists.
bool replaceFile(const QString& from, const QString& to, QString* errorMessage);
// Owner-only permissions: 0700 for folders, 0600 for files.
bool restrictFolder(const QString& path);
bool restrictFile(const QString& path);
// Whether the process `pid` still runs on this machine (unknown elsewhere: assume it does).
bool processIsRunning(qint64 pid);

} // namespace casedesk::FileSafety
