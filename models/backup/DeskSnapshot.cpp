#include "backup/DeskSnapshot.h"

#include "evidence/FileSafety.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace casedesk {

namespace {

// 4 MiB of 4 KiB pages per step: progress and Cancel every few hundredths of a second.
constexpr int kPagesPerStep = 1024;
constexpr int kBusyTimeoutMs = 5000;
constexpr int kBusyRetryMs = 20;
// SQLite checks the cancel flag every this many steps of its machine.
constexpr int kProgressHandlerSteps = 10000;

// One raw SQLite connection, closed when it goes.
struct Connection
{
    sqlite3* handle = nullptr;
    ~Connection() { sqlite3_close_v2(handle); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(handle)); }
};

bool openConnection(const QString& path, int flags, Connection* connection)
{
    const int code
        = sqlite3_open_v2(QFile::encodeName(path).constData(), &connection->handle, flags, nullptr);
    if (code == SQLITE_OK)
        sqlite3_busy_timeout(connection->handle, kBusyTimeoutMs);
    return code == SQLITE_OK;
}

bool execute(const Connection& connection, const char* sql)
{
    return sqlite3_exec(connection.handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString columnText(sqlite3_stmt* statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}

// Runs one statement and hands each row to `row`; false on any error (see the connection's).
bool forEachRow(const Connection& connection, const QByteArray& sql,
                const std::function<void(sqlite3_stmt*)>& row, const QByteArray& text = {})
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(connection.handle, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return false;
    if (!text.isNull())
        sqlite3_bind_text(statement, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW)
        row(statement);
    sqlite3_finalize(statement);
    return code == SQLITE_DONE;
}

int cancelRequested(void* flag)
{
    return static_cast<const std::atomic_bool*>(flag)->load() ? 1 : 0;
}

bool hasEvidenceTable(const Connection& connection)
{
    bool found = false;
    forEachRow(connection, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'evidence'",
               [&found](sqlite3_stmt*) { found = true; });
    return found;
}

// The distinct files the live pieces refer to, each with one piece that names it.
bool readReferences(const Connection& source, QList<VaultReference>* files)
{
    if (!hasEvidenceTable(source))
        return true;
    return forEachRow(source,
                      "SELECT e.sha256, e.size, e.number, coalesce(c.title, '') FROM evidence e "
                      "LEFT JOIN campaigns c ON c.uuid = e.campaign_uuid WHERE e.deleted = 0 "
                      "ORDER BY e.sha256, e.campaign_uuid, e.number",
                      [files](sqlite3_stmt* row) {
                          const QByteArray sha256 = columnText(row, 0).toLatin1();
                          if (!files->isEmpty() && files->last().sha256 == sha256)
                              return;
                          files->append({ sha256, sqlite3_column_int64(row, 1), sqlite3_column_int(row, 2),
                                          columnText(row, 3) });
                      });
}

qint64 pageSize(const Connection& connection)
{
    qint64 size = 0;
    forEachRow(connection, "PRAGMA page_size",
               [&size](sqlite3_stmt* row) { size = sqlite3_column_int64(row, 0); });
    return size;
}

// The backup API's pages, a few MiB per step, inside the source's read transaction; a step that
// finds the copy busy is retried.
int copyPages(const Connection& source, const Connection& copy, const DeskSnapshot::Progress& progress,
              const std::atomic_bool* cancel)
{
    sqlite3_backup* backup = sqlite3_backup_init(copy.handle, "main", source.handle, "main");
    if (!backup)
        return sqlite3_errcode(copy.handle);
    const qint64 bytesPerPage = pageSize(source);
    int code = SQLITE_OK;
    while (code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED) {
        if (cancel && cancel->load()) {
            code = SQLITE_INTERRUPT;
            break;
        }
        code = sqlite3_backup_step(backup, kPagesPerStep);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            sqlite3_sleep(kBusyRetryMs);
        const qint64 pages = sqlite3_backup_pagecount(backup);
        if (progress)
            progress((pages - sqlite3_backup_remaining(backup)) * bytesPerPage, pages * bytesPerPage);
    }
    sqlite3_backup_finish(backup);
    return code;
}

QStringList integrityProblems(const Connection& copy, bool* ran)
{
    QStringList problems;
    *ran = forEachRow(copy, "PRAGMA integrity_check",
                      [&problems](sqlite3_stmt* row) { problems.append(columnText(row, 0)); });
    if (problems == QStringList { QStringLiteral("ok") })
        problems.clear();
    // A page so damaged that the check itself stops is damage too, not a failure to check.
    const int code = sqlite3_errcode(copy.handle) & 0xff;
    if (!*ran && (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)) {
        *ran = true;
        problems.append(copy.error());
    }
    return problems;
}

bool countRecords(const Connection& copy, QMap<QString, qint64>* records)
{
    QStringList tables;
    if (!forEachRow(copy,
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    "ORDER BY name",
                    [&tables](sqlite3_stmt* row) { tables.append(columnText(row, 0)); }))
        return false;
    for (const QString& table : std::as_const(tables)) {
        const QByteArray sql = "SELECT count(*) FROM \"" + table.toUtf8().replace('"', "\"\"") + '"';
        if (!forEachRow(copy, sql,
                        [&](sqlite3_stmt* row) { records->insert(table, sqlite3_column_int64(row, 0)); }))
            return false;
    }
    return true;
}

// The copy stands alone (rollback journal, not WAL), passes a full integrity check and is counted.
bool checkCopy(const Connection& copy, const QString& nativeDesk, const std::atomic_bool* cancel,
               DeskSnapshot::Result* result)
{
    if (cancel)
        sqlite3_progress_handler(copy.handle, kProgressHandlerSteps, &cancelRequested,
                                 const_cast<std::atomic_bool*>(cancel));
    bool ran = false;
    const QStringList problems
        = execute(copy, "PRAGMA journal_mode=DELETE") ? integrityProblems(copy, &ran) : QStringList();
    const bool counted = ran && problems.isEmpty() && countRecords(copy, &result->records);
    forEachRow(copy, "PRAGMA user_version",
               [result](sqlite3_stmt* row) { result->schemaVersion = sqlite3_column_int(row, 0); });
    if (cancel && cancel->load()) {
        result->cancelled = true;
        return false;
    }
    if (!problems.isEmpty()) {
        result->message
            = DeskSnapshot::tr("The copy of the desk %1 fails SQLite's integrity check (%2): the desk itself "
                               "is probably damaged. Run \"desk check\" and keep the file aside.")
                  .arg(nativeDesk, problems.first());
        return false;
    }
    if (!counted) {
        result->message
            = DeskSnapshot::tr("Cannot check the copy of the desk %1: %2").arg(nativeDesk, copy.error());
        return false;
    }
    return true;
}

} // namespace

DeskSnapshot::Result DeskSnapshot::take(const QString& deskPath, const QString& copyPath,
                                        const Progress& progress, const std::atomic_bool* cancel)
{
    Result result;
    const QString nativeDesk = QDir::toNativeSeparators(deskPath);
    Connection source;
    // One read transaction from here to the end of the copy: the snapshot the backup holds.
    if (!openConnection(deskPath, SQLITE_OPEN_READONLY, &source) || !execute(source, "BEGIN")
        || !readReferences(source, &result.files)) {
        result.message = tr("Cannot read the desk %1: %2").arg(nativeDesk, source.error());
        return result;
    }
    Connection copy;
    if (!openConnection(copyPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &copy)) {
        result.message = tr("Cannot write a copy of the desk in %1: %2")
                             .arg(QDir::toNativeSeparators(QFileInfo(copyPath).absolutePath()), copy.error());
        return result;
    }
    FileSafety::restrictFile(copyPath);
    const int code = copyPages(source, copy, progress, cancel);
    if (code == SQLITE_INTERRUPT) {
        result.cancelled = true;
        return result;
    }
    if (code != SQLITE_DONE) {
        result.message
            = tr("Cannot copy the desk %1: %2").arg(nativeDesk, QString::fromUtf8(sqlite3_errstr(code)));
        return result;
    }
    execute(source, "COMMIT");
    if (!checkCopy(copy, nativeDesk, cancel, &result))
        return result;
    result.size = QFileInfo(copyPath).size();
    result.ok = true;
    return result;
}

bool DeskSnapshot::isReferenced(const QString& deskPath, const QByteArray& sha256)
{
    Connection connection;
    bool referenced = false;
    const bool read = openConnection(deskPath, SQLITE_OPEN_READONLY, &connection)
        && forEachRow(
                          connection, "SELECT 1 FROM evidence WHERE deleted = 0 AND sha256 = ? LIMIT 1",
                          [&referenced](sqlite3_stmt*) { referenced = true; }, sha256);
    // When the desk cannot tell, the file is taken as missing: the backup then fails and says so.
    return referenced || !read;
}

} // namespace casedesk
