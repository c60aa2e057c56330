#pragma once

#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariantList>

#include <optional>
#include <type_traits>

namespace casedesk {

class Database;

// The statements on the sync columns (SyncColumns) that every syncable table shares: the
// revision check before a local change, the tombstone, and what the sync reads and records (a
// record's copy on this desk, the platform's version). A repository runs them on its own table;
// the sync reaches a kind's table through the kind's entry in SyncKinds. Callers own the
// transactions.
class SyncedTable
{
public:
    SyncedTable(Database& database, const QString& table);

    // Before a local change: the live record's stored revision must still be `expected`, the one
    // the caller read it at. Throws StaleRecordError with `gone` when the record is no longer
    // there and with `changed` when another writer (a window, the CLI, a sync) moved it since.
    void checkRevision(const QUuid& uuid, qint64 expected, const QString& gone, const QString& changed);
    // A local deletion: the row stays, tombstoned at `revision`, until the platform knows.
    void tombstone(const QUuid& uuid, qint64 revision, const QString& now);
    // A local deletion of the live record read at `readRevision`: tombstoned at the next revision,
    // now, and its Delete queued under `entity` (Outbox) for the platform. Returns that revision.
    qint64 removeLocal(const QString& entity, const QUuid& uuid, qint64 readRevision);

    // The live record `uuid` as `read` makes it from its row of `columns` (SQL, "a, b, c");
    // nothing when the table holds no live record with that UUID.
    template<typename Read>
    auto loadLive(const QUuid& uuid, const QString& columns, Read read)
        -> std::optional<std::invoke_result_t<Read, const QSqlQuery&>>
    {
        QSqlQuery row = selectLive(uuid, columns);
        if (!row.next())
            return std::nullopt;
        return read(row);
    }

    // What this desk holds of a record the platform sent.
    struct Copy
    {
        bool exists = false;
        std::optional<qint64> serverVersion;
        qint64 revision = 0;
        bool deleted = false;
        // This desk already stored the platform's `version` (or a later one): nothing to apply.
        bool knows(qint64 version) const { return serverVersion && *serverVersion >= version; }
    };
    Copy copy(const QUuid& uuid);
    // Whether the desk has a row for the record, live or tombstoned.
    bool holds(const QUuid& uuid);
    std::optional<qint64> serverVersion(const QUuid& uuid);
    qint64 revision(const QUuid& uuid);
    // The platform accepted the record at `version`.
    void storeServerVersion(const QUuid& uuid, qint64 version);
    // Leaves the record as it is but for the platform's version (none: the platform does not
    // hold it) and its revision, bumped so an editor open on it reloads.
    void adoptServerVersion(const QUuid& uuid, std::optional<qint64> version);
    // A record the platform sent at `version`, written as it is: inserted at revision 1, or over
    // this desk's copy (revived if tombstoned, revision bumped so an editor open on it refuses to
    // save over the received change; created_at kept); never queued. `columns` lists the table's
    // own columns after the sync columns as SQL does ("a, b, c"), `values` theirs in that order.
    void storeReceived(const QUuid& uuid, qint64 version, const QString& columns, const QVariantList& values);
    // Tombstones the record as the platform deleted it (revision bumped, never queued).
    void tombstoneReceived(const QUuid& uuid, std::optional<qint64> version);
    // How many records of this table `uuid` reaches by following `column` (a record's own kind
    // that it refers to: an appeal's appealed procedure); bounded so bad data cannot loop.
    int chainDepth(const QUuid& uuid, const QString& column);

private:
    QSqlQuery selectLive(const QUuid& uuid, const QString& columns);

    Database& m_database;
    QString m_table;
};

} // namespace casedesk
