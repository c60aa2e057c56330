#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// A push or pull that could not be applied because both sides changed the record.
struct SyncConflict
{
    qint64 id = 0;
    QString entity;
    QUuid uuid;
    qint64 localRevision = 0;
    std::optional<qint64> serverVersion; // theirs; none when the record is gone server-side
    QJsonObject mine; // {"deleted": true} for a local deletion
    QJsonObject theirs; // the platform's record envelope; empty when none
    QDateTime detectedAt;
};

// The conflict records the user decides on (ui/sync, `casedesk-cli conflicts`): one open
// conflict per record. Callers own the transactions.
class ConflictStore
{
public:
    explicit ConflictStore(Database& database);

    // Records (or refreshes, for a record that already has one open) a conflict; true when new.
    bool record(const SyncConflict& conflict);
    QList<SyncConflict> openConflicts();
    std::optional<SyncConflict> openConflict(qint64 id);
    bool hasOpenConflict(const QString& entity, const QUuid& uuid);
    void close(qint64 id);

private:
    Database& m_database;
};

} // namespace casedesk
