#include "settings/RecentDesks.h"

#include <QFileInfo>
#include <QSettings>

namespace casedesk::RecentDesks {

namespace {
const QString kKey = QStringLiteral("desks/recent");
}

QStringList list()
{
    QStringList desks;
    for (const QString& path : QSettings().value(kKey).toStringList()) {
        if (QFileInfo(path).isFile() && !desks.contains(path))
            desks.append(path);
    }
    return desks;
}

void remember(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList desks = QSettings().value(kKey).toStringList();
    desks.removeAll(absolute);
    desks.prepend(absolute);
    while (desks.size() > kMaxCount)
        desks.removeLast();
    QSettings().setValue(kKey, desks);
}

QString last()
{
    return list().value(0);
}

} // namespace casedesk::RecentDesks
