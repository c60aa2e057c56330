#include "storage/SqliteStatement.h"

#include "storage/Database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace casedesk {

namespace {

sqlite3* handleOf(const QSqlDatabase& connection)
{
    // The QSQLITE driver hands out its sqlite3*; Debian's Qt plugin and this library share the
    // system libsqlite3 (as LocaleCollation relies on too).
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

} // namespace

SqliteStatement::SqliteStatement(Database& database, const char* sql)
    : m_database(handleOf(database.connection()))
{
    if (!m_database)
        throw DatabaseError(tr("Cannot prepare a statement: the desk is not an open SQLite file."));
    if (sqlite3_prepare_v3(m_database, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_database));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        throw DatabaseError(tr("Cannot prepare a statement: %1").arg(message));
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int parameter, QByteArrayView utf8)
{
    // A null view would bind NULL.
    const char* bytes = utf8.data() ? utf8.data() : "";
    const int code = sqlite3_bind_text(m_statement, parameter, bytes, int(utf8.size()), SQLITE_STATIC);
    if (code != SQLITE_OK)
        fail(code);
}

void SqliteStatement::bindInt(int parameter, qint64 value)
{
    const int code = sqlite3_bind_int64(m_statement, parameter, value);
    if (code != SQLITE_OK)
        fail(code);
}

void SqliteStatement::bindNull(int parameter)
{
    const int code = sqlite3_bind_null(m_statement, parameter);
    if (code != SQLITE_OK)
        fail(code);
}

bool SqliteStatement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    fail(code);
}

void SqliteStatement::reset()
{
    // The error of a failed step was thrown already; reset only repeats it.
    sqlite3_reset(m_statement);
}

int SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_database);
}

void SqliteStatement::fail(int code)
{
    // SQLite's own words, as QSqlError::databaseText() gives them: "injected" for a trigger's
    // RAISE(ABORT, 'injected'), "UNIQUE constraint failed: …".
    QString message = QString::fromUtf8(sqlite3_errmsg(m_database));
    if (message.isEmpty())
        message = QString::fromUtf8(sqlite3_errstr(code));
    // Leave the statement ready to run again and holding no lock.
    sqlite3_reset(m_statement);
    throw DatabaseError(message);
}

} // namespace casedesk
