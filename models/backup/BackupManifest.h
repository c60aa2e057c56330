#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace casedesk {

// One file of a backup: the desk's database copy, or an evidence file (named by its hash).
struct BackupFileEntry
{
    QByteArray sha256; // 64 lowercase hex digits
    qint64 size = 0;

    bool operator==(const BackupFileEntry& other) const = default;
};

// The first entry of every backup archive: what it holds and what made it, as JSON, so that a
// restore refuses a backup from a newer CaseDesk before writing anything, and checks every file
// against its size and SHA-256.
struct BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(BackupManifest)

public:
    int format = 1; // BackupFormat::kFormatVersion
    QString caseDeskVersion;
    int schemaVersion = 0; // the database's PRAGMA user_version
    QDateTime createdAt;
    bool encrypted = false;
    QMap<QString, qint64> records; // rows per table
    BackupFileEntry database;
    QList<BackupFileEntry> files; // evidence files, by hash

    qint64 fileBytes() const;
    QByteArray toJson() const;
    // Null with *problem set when the text is not a manifest this version understands.
    static std::optional<BackupManifest> fromJson(const QByteArray& json, QString* problem);
    // The version of CaseDesk that is running, for the manifests it writes.
    static QString currentVersion();
};

} // namespace casedesk
