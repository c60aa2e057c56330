#include "common/LayoutMemory.h"

#include <QSettings>
#include <QSplitter>

namespace casedesk::LayoutMemory {

namespace {

QString settingsKey(const QString& key)
{
    return QStringLiteral("layout/%1").arg(key);
}

} // namespace

void remember(QSplitter* splitter, const QString& key)
{
    const QByteArray saved = QSettings().value(settingsKey(key)).toByteArray();
    if (!saved.isEmpty())
        splitter->restoreState(saved);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, key] { QSettings().setValue(settingsKey(key), splitter->saveState()); });
}

} // namespace casedesk::LayoutMemory
