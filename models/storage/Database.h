#pragma once

#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

namespace casedesk {

// One SQLite desk file, opened on one named connection that belongs to the creating thread.
// open() checks the file (readable, not damaged, not newer, writable) before writing anything,
// runs the pending migrations in one transaction, switches to WAL and restricts the permissions.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int kSchemaVersion = 12;
    // quick_check reads every page: milliseconds for a desk of a few MB, seconds for a ledger of
    // a million donations. Above this size open() leaves it to checkIntegrity() in the background.
    static constexpr qint64 kCheckOnOpenMaxBytes = 64 * 1024 * 1024;

    explicit Database(const QString& connectionName = QStringLiteral("casedesk"));
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Returns false and a user-facing message when the desk cannot be used; the file is then
    // left as it was found.
    bool open(const QString& path, QString* errorMessage);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    // True when the desk was too big to be fully checked while opening: run checkIntegrity().
    bool integrityCheckDeferred() const { return m_integrityCheckDeferred; }
    // Reads every page of the desk at `path` on a connection of its own (any thread): empty
    // when sound, else what SQLite found, in a sentence for the user.
    static QString checkIntegrity(const QString& path);
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    int schemaVersion();

    // Prepares, binds and runs one statement; throws DatabaseError with the statement's context.
    QSqlQuery exec(const QString& sql, const QVariantList& values = {});
    QVariant scalar(const QString& sql, const QVariantList& values = {});

    // A statement run by execCached(): prepared once for this connection and kept. Reset when this
    // goes away, so no read stays open (an open one would hold an old snapshot of the desk).
    class CachedQuery
    {
    public:
        CachedQuery(CachedQuery&& other) noexcept;
        CachedQuery(const CachedQuery&) = delete;
        CachedQuery& operator=(const CachedQuery&) = delete;
        CachedQuery& operator=(CachedQuery&&) = delete;
        ~CachedQuery();

        bool next() { return query().next(); }
        QVariant value(int index) const { return m_cached ? m_cached->value(index) : m_own.value(index); }
        QSqlQuery& query() { return m_cached ? *m_cached : m_own; }

    private:
        friend class Database;
        CachedQuery(QSqlQuery* cached, bool* busy);
        explicit CachedQuery(QSqlQuery own);

        QSqlQuery* m_cached = nullptr;
        bool* m_busy = nullptr;
        QSqlQuery m_own;
    };
    // exec() for the statements run once per record (the sync's reads and acknowledgements, a
    // campaign's load): preparing one costs more than running it. A statement whose rows are still
    // being read elsewhere is prepared afresh for this call.
    CachedQuery execCached(const QString& sql, const QVariantList& values = {});
    QVariant scalarCached(const QString& sql, const QVariantList& values = {});

    // Called after each outermost transaction commits on this connection (the window's "saved
    // at", its count of changes waiting to sync); one observer, replaced by the next call.
    void setCommitObserver(std::function<void()> observer) { m_commitObserver = std::move(observer); }

    // The default desk: <AppDataLocation>/casedesk.db.
    static QString defaultPath();
    // Creates the desk's folder if needed with owner-only permissions (0700).
    static bool prepareDirectory(const QString& filePath, QString* errorMessage);

private:
    bool checkReadable(QString* errorMessage);
    bool configureConnection(QString* errorMessage);
    bool enableWriteAheadLog(QString* errorMessage);
    void restrictPermissions() const;
    // DeskStatistics::refresh, whose failure is logged and never stops the user's work.
    void refreshStatistics();

    void bindAndExec(QSqlQuery& query, const QVariantList& values);

    struct Prepared
    {
        QSqlQuery query;
        bool busy = false;
    };
    friend class WriteTransaction;
    std::unordered_map<QString, std::unique_ptr<Prepared>> m_prepared; // execCached's, by SQL text
    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
    bool m_integrityCheckDeferred = false;
    bool m_ready = false; // opened, checked and migrated: its statistics may be written
    bool m_ownsConnection = false; // this object added the named connection (and removes it)
    std::function<void()> m_commitObserver;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() was called.
// IMMEDIATE takes the write lock up front: a deferred BEGIN that reads and then writes fails
// at once with "database is locked" when another connection committed in between.
// Nested transactions become savepoints, so a repository method can run alone or inside a
// larger unit of work (the demo loader, an import) with the same all-or-nothing guarantee.
// An outermost transaction that wrote DeskStatistics::kBulkWriteRows rows or more refreshes the
// desk's statistics once committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit();

private:
    Database& m_database;
    QString m_savepoint; // empty for the outermost transaction
    qint64 m_changesBefore = 0; // SQLite's total_changes() when the outermost transaction began
    bool m_done = false;
};

} // namespace casedesk
