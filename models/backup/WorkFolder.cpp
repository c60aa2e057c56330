#include "backup/WorkFolder.h"

#include "evidence/FileSafety.h"

#include <QCoreApplication>
#include <QDir>

namespace casedesk::WorkFolder {

namespace {

QString prefix(const QString& name)
{
    return QLatin1Char('.') + name + QLatin1Char('-');
}

} // namespace

QString temporaryTemplate(const QString& folder, const QString& name)
{
    return QDir(folder).filePath(prefix(name) + QString::number(QCoreApplication::applicationPid())
                                 + QStringLiteral("-XXXXXX"));
}

int sweepAbandoned(const QString& folder, const QString& name)
{
    int removed = 0;
    const QDir dir(folder);
    const QStringList entries = dir.entryList({ prefix(name) + QLatin1Char('*') },
                                              QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isNumber = false;
        const qint64 pid
            = entry.mid(prefix(name).size()).section(QLatin1Char('-'), 0, 0).toLongLong(&isNumber);
        if (!isNumber || pid == QCoreApplication::applicationPid() || FileSafety::processIsRunning(pid))
            continue;
        if (QDir(dir.filePath(entry)).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace casedesk::WorkFolder
