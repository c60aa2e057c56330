#include "SqliteFile.h"

#include "TempDesk.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace casedesk::test {

RawSqlite::RawSqlite(const QString& path)
    : m_connectionName(uniqueConnectionName(QStringLiteral("raw")))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        m_error = db.lastError().text();
}

RawSqlite::~RawSqlite()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool RawSqlite::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool RawSqlite::exec(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

QVariant RawSqlite::scalar(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql) || !query.next()) {
        m_error = query.lastError().text();
        return {};
    }
    return query.value(0);
}

QStringList RawSqlite::column(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QStringList values;
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return values;
    }
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString fixturePath(const QString& name)
{
    return QDir(QStringLiteral(CASEDESK_TEST_DATA_DIR)).filePath(name);
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return false;
    return QFile::setPermissions(to,
                                 QFile::permissions(to) | QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

int unixMode(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

bool setUnixMode(const QString& path, int mode)
{
#ifdef Q_OS_UNIX
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
#else
    Q_UNUSED(path);
    Q_UNUSED(mode);
    return false;
#endif
}

namespace {
#ifdef Q_OS_UNIX
constexpr uid_t kNobody = 65534;
#endif
} // namespace

UnprivilegedScope::UnprivilegedScope(const QStringList& pathsToHandOver)
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return;
    for (const QString& path : pathsToHandOver) {
        if (::chown(QFile::encodeName(path).constData(), kNobody, kNobody) != 0) {
            m_error = QStringLiteral("cannot hand %1 over to nobody").arg(path);
            return;
        }
    }
    // The group first: once the user is not root any more it may not change its group.
    if (::setegid(kNobody) != 0 || ::seteuid(kNobody) != 0) {
        m_error = QStringLiteral("cannot switch to the user nobody");
        [[maybe_unused]] const int restored = ::setegid(0);
        return;
    }
    m_switched = true;
#else
    Q_UNUSED(pathsToHandOver);
#endif
}

UnprivilegedScope::~UnprivilegedScope()
{
#ifdef Q_OS_UNIX
    if (!m_switched)
        return;
    // Back to root so the temporary folder can be cleaned up; failing here would leave the rest
    // of the suite running as nobody, which is worse than stopping.
    if (::seteuid(0) != 0 || ::setegid(0) != 0)
        qFatal("cannot switch back to root after an unprivileged test");
#endif
}

} // namespace casedesk::test
