#include "common/RecordRowsEditor.h"

#include "common/FieldProblems.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const QColor kInvalidBackground(0xfd, 0xe2, 0xe1);
// Why a cell's text was refused, kept on the item so it follows its row.
constexpr int kProblemRole = Qt::UserRole + 1;
} // namespace

RecordRowsEditor::RecordRowsEditor(const QStringList& titles, const QString& addText,
                                   const QString& removeText, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(titles.size()), this))
    , m_problems(makeProblemLabel(this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(removeText, this))
    , m_buttons(new QHBoxLayout)
{
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_remove->setEnabled(false);

    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_remove);
    m_buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_problems);
    layout->addLayout(m_buttons);

    connect(m_remove, &QPushButton::clicked, this, &RecordRowsEditor::removeSelectedRow);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_readOnly && !m_table->selectedItems().isEmpty()); });
}

void RecordRowsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::AllEditTriggers);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly && !m_table->selectedItems().isEmpty());
}

QStringList RecordRowsEditor::problems() const
{
    QStringList problems;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            const QString problem = item ? item->data(kProblemRole).toString() : QString();
            if (!problem.isEmpty())
                problems.append(rowProblem(row, problem));
        }
    }
    return problems;
}

void RecordRowsEditor::showProblems()
{
    const QString text = problems().join(QLatin1Char('\n'));
    if (text == m_problems->text() && m_problems->isVisibleTo(this) == !text.isEmpty())
        return;
    showProblem(m_problems, text);
    emit problemsChanged();
}

void RecordRowsEditor::markProblem(QTableWidgetItem* item, const QString& problem)
{
    item->setBackground(problem.isEmpty() ? QBrush() : QBrush(kInvalidBackground));
    item->setData(kProblemRole, problem.isEmpty() ? QVariant() : QVariant(problem));
    item->setToolTip(problem);
}

void RecordRowsEditor::clearRows()
{
    m_table->setRowCount(0);
    m_uuids.clear();
}

int RecordRowsEditor::insertRow(const QUuid& uuid)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_uuids.append(uuid.isNull() ? QUuid::createUuid() : uuid);
    return row;
}

void RecordRowsEditor::editNewRow(int column)
{
    m_table->setCurrentCell(m_table->rowCount() - 1, column);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, column));
    emit edited();
}

void RecordRowsEditor::removeSelectedRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_uuids.removeAt(row);
    rowsChanged();
    showProblems();
    emit edited();
}

} // namespace casedesk
