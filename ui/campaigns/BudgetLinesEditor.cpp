#include "campaigns/BudgetLinesEditor.h"

#include "campaigns/CampaignText.h"
#include "common/AmountRules.h"
#include "common/FieldProblems.h"
#include "common/Money.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace casedesk {

namespace {
enum Column
{
    KindColumn,
    LabelColumn,
    AmountColumn
};
// Why a cell's text was refused, kept on the item so it follows its row.
constexpr int kProblemRole = Qt::UserRole + 1;
} // namespace

BudgetLinesEditor::BudgetLinesEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_total(new QLabel(this))
    , m_problems(makeProblemLabel(this))
    , m_add(new QPushButton(tr("Add line"), this))
    , m_remove(new QPushButton(tr("Remove line"), this))
{
    m_table->setHorizontalHeaderLabels({ tr("Kind"), tr("Label"), tr("Amount (€)") });
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    // As wide as their (translated) titles and contents; the label takes the rest.
    m_table->horizontalHeader()->resizeSection(KindColumn, 170);
    m_table->horizontalHeader()->resizeSection(
        AmountColumn, std::max(120, m_table->horizontalHeader()->sectionSizeHint(AmountColumn)));
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add->setToolTip(tr("Add a budget line"));
    m_remove->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_total);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &BudgetLinesEditor::addLine);
    connect(m_remove, &QPushButton::clicked, this, &BudgetLinesEditor::removeSelectedLine);
    connect(m_table, &QTableWidget::cellChanged, this, &BudgetLinesEditor::onCellChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_readOnly && !m_table->selectedItems().isEmpty()); });
    updateTotal();
}

QList<BudgetLine> BudgetLinesEditor::lines() const
{
    QList<BudgetLine> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* kind = qobject_cast<QComboBox*>(m_table->cellWidget(row, KindColumn));
        const QTableWidgetItem* label = m_table->item(row, LabelColumn);
        const QTableWidgetItem* amount = m_table->item(row, AmountColumn);
        BudgetLine line;
        line.uuid = m_uuids.value(row);
        line.kind = CampaignCodes::budgetKindFromCode(kind ? kind->currentData().toString() : QString())
                        .value_or(BudgetKind::Other);
        line.label = label ? label->text().trimmed() : QString();
        line.amountCents = amount ? amount->data(Qt::UserRole).toLongLong() : 0;
        result.append(line);
    }
    return result;
}

void BudgetLinesEditor::setLines(const QList<BudgetLine>& lines)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        m_uuids.clear();
        for (const BudgetLine& line : lines)
            appendRow(line);
    }
    updateTotal();
    showProblems();
}

QStringList BudgetLinesEditor::problems() const
{
    QStringList problems;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* amount = m_table->item(row, AmountColumn);
        const QString problem = amount ? amount->data(kProblemRole).toString() : QString();
        if (!problem.isEmpty())
            problems.append(tr("Budget line %1: %2").arg(row + 1).arg(problem));
    }
    return problems;
}

void BudgetLinesEditor::showProblems()
{
    const QString text = problems().join(QLatin1Char('\n'));
    if (text == m_problems->text() && m_problems->isVisibleTo(this) == !text.isEmpty())
        return;
    showProblem(m_problems, text);
    emit problemsChanged();
}

void BudgetLinesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::AllEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget* kind = m_table->cellWidget(row, KindColumn))
            kind->setEnabled(!readOnly);
    }
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly && !m_table->selectedItems().isEmpty());
}

void BudgetLinesEditor::appendRow(const BudgetLine& line)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_uuids.append(line.uuid.isNull() ? QUuid::createUuid() : line.uuid);

    auto* kind = new QComboBox(m_table);
    for (BudgetKind candidate : CampaignCodes::allBudgetKinds())
        kind->addItem(CampaignText::budgetKind(candidate), CampaignCodes::budgetKind(candidate));
    kind->setCurrentIndex(kind->findData(CampaignCodes::budgetKind(line.kind)));
    kind->setEnabled(!m_readOnly);
    connect(kind, &QComboBox::currentIndexChanged, this, [this] { emit edited(); });
    m_table->setCellWidget(row, KindColumn, kind);

    m_table->setItem(row, LabelColumn, new QTableWidgetItem(line.label));
    auto* amount = new QTableWidgetItem(Money::formatNumber(line.amountCents, locale()));
    amount->setData(Qt::UserRole, line.amountCents);
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, AmountColumn, amount);
}

void BudgetLinesEditor::addLine()
{
    {
        const QSignalBlocker blocker(m_table);
        appendRow({ QUuid::createUuid(), BudgetKind::LawyerFees, QString(), 0 });
    }
    updateTotal();
    m_table->setCurrentCell(m_table->rowCount() - 1, LabelColumn);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, LabelColumn));
    emit edited();
}

void BudgetLinesEditor::removeSelectedLine()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_uuids.removeAt(row);
    updateTotal();
    showProblems();
    emit edited();
}

void BudgetLinesEditor::onCellChanged(int row, int column)
{
    if (column == AmountColumn) {
        QTableWidgetItem* item = m_table->item(row, column);
        const AmountRules::Reading reading
            = AmountRules::read(AmountRules::Kind::BudgetLine, item->text(), locale());
        {
            const QSignalBlocker blocker(m_table);
            if (reading.cents) {
                item->setData(Qt::UserRole, *reading.cents);
                item->setText(Money::formatNumber(*reading.cents, locale()));
                item->setBackground(QBrush());
                item->setData(kProblemRole, QVariant());
                item->setToolTip(QString());
            } else {
                // Keep the last valid amount; say what is wrong under the table, in words.
                item->setBackground(QColor(0xfd, 0xe2, 0xe1));
                item->setData(kProblemRole, reading.problem);
                item->setToolTip(reading.problem);
            }
        }
        showProblems();
        if (!reading.cents)
            return;
        updateTotal();
    }
    emit edited();
}

void BudgetLinesEditor::updateTotal()
{
    qint64 total = 0;
    for (const BudgetLine& line : lines())
        total += line.amountCents;
    m_total->setText(tr("Total: %1").arg(Money::format(total, locale())));
}

} // namespace casedesk
