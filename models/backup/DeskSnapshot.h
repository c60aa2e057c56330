#pragma once

#include "backup/BackupManifest.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

namespace casedesk {

// An evidence file the desk's live pieces refer to, with one of those pieces to name it.
struct VaultReference
{
    QByteArray sha256;
    qint64 size = 0;
    int number = 0; // a piece's exhibit number
    QString campaignTitle;
};

// The committed state of a desk, copied into a file of its own with SQLite's online backup API
// on a read connection of its own: one read transaction spans the whole copy, so the copy is
// consistent however much the window, a sync or another process writes meanwhile (WAL lets
// them), and holds nothing they had not committed when it began. The same transaction reads
// which vault files the copied rows refer to. The copy is then checked (PRAGMA integrity_check)
// and its rows counted. Uses any thread.
class DeskSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(DeskSnapshot)

public:
    // done and total in bytes of the database.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString message; // when not ok and not cancelled
        int schemaVersion = 0;
        qint64 size = 0;
        QList<VaultReference> files; // by hash, each once
        QMap<QString, qint64> records;
    };

    static Result take(const QString& deskPath, const QString& copyPath, const Progress& progress = {},
                       const std::atomic_bool* cancel = nullptr);
    // Whether a live piece of the desk refers to `sha256` now (a file that vanished during a
    // backup was deleted with its piece after the copy began, or is missing from the vault).
    static bool isReferenced(const QString& deskPath, const QByteArray& sha256);
};

} // namespace casedesk
