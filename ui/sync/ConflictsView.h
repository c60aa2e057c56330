#pragma once

#include "sync/ConflictResolver.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QTableWidget;

namespace casedesk {

class Database;

// The open conflicts: a list, and for the selected one a table field | mine | theirs | choice.
// "Keep mine" and "Keep theirs" decide every field; "Apply my choices" takes each differing field
// from the side chosen on its row. models/sync (ConflictResolver) writes the decision.
class ConflictsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsView(Database& database, QWidget* parent = nullptr);

    void reload();
    // While a sync runs the conflicts it may refresh are not decided on.
    void setBusy(bool busy);
    int conflictCount() const;

    QListWidget* list() const { return m_list; }
    QTableWidget* table() const { return m_table; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* keepTheirsButton() const { return m_keepTheirs; }
    QPushButton* applyChoicesButton() const { return m_applyChoices; }
    // Sets the side of one row's choice (tests, keyboard users through the combo box).
    void choose(const QString& field, ConflictSide side);

signals:
    // A conflict was resolved (the desk changed); `message` says what happens next.
    void resolved(const QString& message);
    void failed(const QString& message);

private:
    void showSelected();
    void fillRow(int row, const ConflictField& field);
    void resolveSelected(const ConflictChoices& choices);
    ConflictChoices rowChoices() const;
    qint64 selectedId() const;
    void updateButtons();

    ConflictResolver m_resolver;
    QListWidget* m_list;
    QTableWidget* m_table;
    QPushButton* m_keepMine;
    QPushButton* m_keepTheirs;
    QPushButton* m_applyChoices;
    bool m_busy = false;
};

} // namespace casedesk
