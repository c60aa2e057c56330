#include "evidence/FileSafety.h"

#include <QFile>
#include <QFileDevice>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#endif

namespace casedesk::FileSafety {

bool syncFile(QFileDevice& file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    const int handle = file.handle();
    if (handle < 0)
        return false;
    return ::fsync(handle) == 0;
#else
    return true;
#endif
}

bool syncDirectory(const QString& path)
{
#ifdef Q_OS_UNIX
    const int handle = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (handle < 0)
        return false;
    const bool synced = ::fsync(handle) == 0;
    ::close(handle);
    return synced;
#else
    Q_UNUSED(path)
    return true;
#endif
}

bool syncFileSystem(const QString& path)
{
#if defined(Q_OS_LINUX)
    const int handle = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (handle < 0)
        return false;
    const bool synced = ::syncfs(handle) == 0;
    ::close(handle);
    return synced;
#elif defined(Q_OS_UNIX)
    Q_UNUSED(path)
    ::sync();
    return true;
#else
    Q_UNUSED(path)
    return true;
#endif
}

bool replaceFile(const QString& from, const QString& to, QString* errorMessage)
{
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *errorMessage = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#else
    QFile::remove(to);
    QFile source(from);
    if (source.rename(to))
        return true;
    *errorMessage = source.errorString();
    return false;
#endif
}

bool restrictFolder(const QString& path)
{
    return QFile::setPermissions(path,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

bool restrictFile(const QString& path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool processIsRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid)
    return true;
#endif
}

} // namespace casedesk::FileSafety
