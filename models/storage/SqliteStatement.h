#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace casedesk {

class Database;

// One statement prepared on the desk connection's own sqlite3 handle and run for every row of a
// bulk write or lookup (bank statement imports). There, QSqlQuery cost more than SQLite itself:
// Qt 6.4 formats a placeholder name and copies a QVariant for each bindValue, and binds text as
// UTF-16 that SQLite converts back to UTF-8. Here text is bound from UTF-8 bytes without a copy
// and integers as integers. The statement runs inside whatever transaction the connection is in
// (WriteTransaction, a savepoint), like any QSqlQuery on it. Errors throw DatabaseError with
// SQLite's message (a trigger's RAISE text, a constraint).
class SqliteStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)

public:
    SqliteStatement(Database& database, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters count from 1, as SQLite's. The bytes are not copied: they must stay as they are
    // until the last step() that uses them. Empty text is bound as '' (never NULL), as
    // Database::exec binds an empty QString, for NOT NULL columns.
    void bindText(int parameter, QByteArrayView utf8);
    void bindInt(int parameter, qint64 value);
    void bindNull(int parameter);

    // Runs the statement one row further: true while it yields a row, false when done.
    bool step();
    // Makes it ready to run again; bound values stay bound.
    void reset();

    int columnInt(int column) const;
    QString columnText(int column) const;
    // Rows inserted, updated or deleted by the last statement run to its end (0 for an INSERT
    // that ON CONFLICT DO NOTHING skipped).
    int changes() const;

private:
    [[noreturn]] void fail(int code);

    sqlite3* m_database = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace casedesk
