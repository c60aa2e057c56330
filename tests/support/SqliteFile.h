#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace casedesk::test {

// A plain QSQLITE connection to a file, behind Database's back: to look at what a desk really
// holds, or to put a file into a state (newer version, foreign tables) that the app never makes.
class RawSqlite
{
public:
    explicit RawSqlite(const QString& path);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    bool isOpen() const;
    // Runs one statement; false with lastError() set when SQLite refuses it.
    bool exec(const QString& sql);
    // The first column of the first row, or an invalid QVariant (see lastError()).
    QVariant scalar(const QString& sql);
    // The first column of every row, as text.
    QStringList column(const QString& sql);
    QString lastError() const { return m_error; }

private:
    QString m_connectionName;
    QString m_error;
};

// SHA-256 of a file's bytes; empty when it cannot be read.
QByteArray sha256Of(const QString& path);

// <source>/tests/data/<name>
QString fixturePath(const QString& name);

// Copies a file over `to` and makes the copy writable by its owner (fixtures may be read-only
// in a source checkout).
bool copyFile(const QString& from, const QString& to);

// Unix mode bits (mode & 0777) of a path, or -1 when it does not exist.
int unixMode(const QString& path);
// chmod; false when it failed (or off Unix).
bool setUnixMode(const QString& path, int mode);

// Root ignores file permissions, so a test about a read-only file would prove nothing when the
// suite runs as root (containers, CI images). While this object lives the process acts as the
// unprivileged user "nobody" (effective uid/gid 65534); the given paths are handed over to that
// user first so it can reach them. Does nothing when not root.
class UnprivilegedScope
{
public:
    explicit UnprivilegedScope(const QStringList& pathsToHandOver);
    ~UnprivilegedScope();
    UnprivilegedScope(const UnprivilegedScope&) = delete;
    UnprivilegedScope& operator=(const UnprivilegedScope&) = delete;

    // False when root could not become "nobody"; errorMessage() says why.
    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }

private:
    bool m_switched = false;
    QString m_error;
};

} // namespace casedesk::test
