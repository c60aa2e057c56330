#include "common/EditHistory.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QWidget>

namespace casedesk {

namespace {

class UndoKeysToWindow : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        // Left unaccepted, the key goes to the window's shortcuts (Edit > Undo, Edit > Redo).
        return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
    }
};

} // namespace

void routeUndoToWindow(QWidget* field)
{
    static UndoKeysToWindow* filter = nullptr;
    if (!filter)
        filter = new UndoKeysToWindow(QCoreApplication::instance());
    field->installEventFilter(filter);
}

} // namespace casedesk
