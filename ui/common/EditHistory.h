#pragma once

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

class QWidget;

namespace casedesk {

// Undo for forms that save as you type. Each save that changed something is one step: the form
// as it was before and after. Undoing shows the earlier state and saves it again, so an undo is
// as durable as the edit it takes back (and syncs like one).
template<typename State>
class SnapshotCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const State&)>;

    SnapshotCommand(const QString& text, State before, State after, Apply apply)
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
    {
    }

    void undo() override { m_apply(m_before); }
    void redo() override
    {
        // Pushed once the edit is already on screen and saved: only a later redo applies it.
        if (m_pushed)
            m_apply(m_after);
        m_pushed = true;
    }

private:
    State m_before;
    State m_after;
    Apply m_apply;
    bool m_pushed = false;
};

// Ctrl+Z in a text field would undo its own keystrokes behind the form's back (no save follows
// a line edit's own undo). This sends Undo and Redo to the window's Edit menu instead, where the
// form's history handles them.
void routeUndoToWindow(QWidget* field);

} // namespace casedesk
