#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace casedesk {

class SettingsRepository;

// The desk's automatic backups: on closing the window, at most once a day, into a folder the
// user chose (a USB key, a synced folder), keeping the last N.
struct AutoBackupSettings
{
    bool enabled = false;
    QString folder;
    int keep = 7;
    // Encrypted automatic backups need the passphrase once per session (it is never stored);
    // false is the user's explicit choice of unencrypted archives.
    bool encrypted = true;

    bool operator==(const AutoBackupSettings& other) const = default;
};

// Backup settings and history, kept in the desk's settings table: they belong to the desk.
class BackupSettings
{
public:
    explicit BackupSettings(SettingsRepository& settings);

    AutoBackupSettings automatic();
    void setAutomatic(const AutoBackupSettings& settings);
    // The last backup written by any means (window, automatic, command line); invalid if never.
    QDateTime lastBackupAt();
    QDateTime lastAutomaticAt();
    void recordBackup(const QDateTime& at, bool automatic);

private:
    SettingsRepository& m_settings;
};

namespace AutoBackup {

inline constexpr int kDefaultKeep = 7;
inline constexpr int kMaxKeep = 365;
inline constexpr qint64 kMinIntervalSeconds = 24 * 3600;
inline constexpr qint64 kStaleAfterDays = 7;

enum class Freshness
{
    Never,
    Recent,
    Stale // older than kStaleAfterDays
};

// Whether closing the window now should write an automatic backup.
bool isDue(const AutoBackupSettings& settings, const QDateTime& lastAutomatic, const QDateTime& now);
Freshness freshness(const QDateTime& lastBackup, const QDateTime& now);
// "<desk name>-<8 hex of the desk's path>-<UTC date-time>.casedesk-backup": names sort by date,
// and the path's hash keeps two desks of the same name in one folder from pruning each other.
QString archiveName(const QString& deskPath, const QDateTime& at);
// This desk's automatic backups in `folder`, oldest first; nothing else in the folder counts.
QStringList archivesOf(const QString& folder, const QString& deskPath);
// Deletes this desk's oldest automatic backups beyond `keep`; returns the files removed.
QStringList prune(const QString& folder, const QString& deskPath, int keep);
// What keeps `folder` from receiving backups now (not chosen, missing, not writable); empty if fine.
QString folderProblem(const QString& folder);

} // namespace AutoBackup
} // namespace casedesk
