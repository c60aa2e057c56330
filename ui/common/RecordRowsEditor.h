#pragma once

#include <QList>
#include <QSignalBlocker>
#include <QUuid>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace casedesk {

// A list of a record's own entries edited in place (a campaign's budget lines, its press
// articles): a table with one row per entry, which keeps each entry's uuid, the buttons that add
// and remove a row, and under the table, in words, what the cells refuse. Each editor writes and
// reads its own columns and says how a refused cell is told.
class RecordRowsEditor : public QWidget
{
    Q_OBJECT

public:
    virtual void setReadOnly(bool readOnly);
    QTableWidget* table() const { return m_table; }
    // What the cells refuse now ("Article 2: ..."), one sentence each; empty when all are accepted.
    QStringList problems() const;
    QLabel* problemsLabel() const { return m_problems; }

public slots:
    void removeSelectedRow();

signals:
    void edited();
    void problemsChanged();

protected:
    RecordRowsEditor(const QStringList& titles, const QString& addText, const QString& removeText,
                     QWidget* parent);

    // A refused cell's sentence under the table, for the entry at `row`.
    virtual QString rowProblem(int row, const QString& problem) const = 0;
    // After rows were replaced or removed (a total to update).
    virtual void rowsChanged() { }

    // Every row replaced by one per record, each written by `append` (no edit is signalled).
    template<typename Record, typename Append>
    void replaceRows(const QList<Record>& records, Append append)
    {
        {
            const QSignalBlocker blocker(m_table);
            clearRows();
            for (const Record& record : records)
                append(record);
        }
        rowsChanged();
        showProblems();
    }
    // A new last row for the entry `uuid` (a new one when null); its index.
    int insertRow(const QUuid& uuid);
    // The new last row, added by the user: its `column` is edited first.
    void editNewRow(int column);
    // Marks `item` as refused with `problem` (its last accepted value stays), or as accepted when
    // `problem` is empty.
    void markProblem(QTableWidgetItem* item, const QString& problem);
    void showProblems();
    QHBoxLayout* buttonRow() const { return m_buttons; }
    QPushButton* addButton() const { return m_add; }
    QUuid uuidAt(int row) const { return m_uuids.value(row); }
    bool isReadOnly() const { return m_readOnly; }

private:
    void clearRows();

    QTableWidget* m_table;
    QLabel* m_problems;
    QPushButton* m_add;
    QPushButton* m_remove;
    QHBoxLayout* m_buttons;
    QList<QUuid> m_uuids; // row -> the entry's stable identity
    bool m_readOnly = false;
};

} // namespace casedesk
