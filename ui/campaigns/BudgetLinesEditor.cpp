#include "campaigns/BudgetLinesEditor.h"

#include "campaigns/CampaignText.h"
#include "common/AmountRules.h"
#include "common/Money.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

namespace casedesk {

namespace {
enum Column
{
    KindColumn,
    LabelColumn,
    AmountColumn
};
} // namespace

BudgetLinesEditor::BudgetLinesEditor(QWidget* parent)
    : RecordRowsEditor({ tr("Kind"), tr("Label"), tr("Amount (€)") }, tr("Add line"), tr("Remove line"),
                       parent)
    , m_total(new QLabel(this))
{
    QHeaderView* header = table()->horizontalHeader();
    header->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    // As wide as their (translated) titles and contents; the label takes the rest.
    header->resizeSection(KindColumn, 170);
    header->resizeSection(AmountColumn, std::max(120, header->sectionSizeHint(AmountColumn)));
    table()->setWordWrap(true);
    addButton()->setToolTip(tr("Add a budget line"));
    buttonRow()->addWidget(m_total);

    connect(addButton(), &QPushButton::clicked, this, &BudgetLinesEditor::addLine);
    connect(table(), &QTableWidget::cellChanged, this, &BudgetLinesEditor::onCellChanged);
    updateTotal();
}

QList<BudgetLine> BudgetLinesEditor::lines() const
{
    QList<BudgetLine> result;
    for (int row = 0; row < table()->rowCount(); ++row) {
        auto* kind = qobject_cast<QComboBox*>(table()->cellWidget(row, KindColumn));
        const QTableWidgetItem* label = table()->item(row, LabelColumn);
        const QTableWidgetItem* amount = table()->item(row, AmountColumn);
        BudgetLine line;
        line.uuid = uuidAt(row);
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
    replaceRows(lines, [this](const BudgetLine& line) { appendRow(line); });
}

QString BudgetLinesEditor::rowProblem(int row, const QString& problem) const
{
    return tr("Budget line %1: %2").arg(row + 1).arg(problem);
}

void BudgetLinesEditor::setReadOnly(bool readOnly)
{
    RecordRowsEditor::setReadOnly(readOnly);
    for (int row = 0; row < table()->rowCount(); ++row) {
        if (QWidget* kind = table()->cellWidget(row, KindColumn))
            kind->setEnabled(!readOnly);
    }
}

void BudgetLinesEditor::appendRow(const BudgetLine& line)
{
    const int row = insertRow(line.uuid);

    auto* kind = new QComboBox(table());
    for (BudgetKind candidate : CampaignCodes::allBudgetKinds())
        kind->addItem(CampaignText::budgetKind(candidate), CampaignCodes::budgetKind(candidate));
    kind->setCurrentIndex(kind->findData(CampaignCodes::budgetKind(line.kind)));
    kind->setEnabled(!isReadOnly());
    connect(kind, &QComboBox::currentIndexChanged, this, [this] { emit edited(); });
    table()->setCellWidget(row, KindColumn, kind);

    table()->setItem(row, LabelColumn, new QTableWidgetItem(line.label));
    auto* amount = new QTableWidgetItem(Money::formatNumber(line.amountCents, locale()));
    amount->setData(Qt::UserRole, line.amountCents);
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table()->setItem(row, AmountColumn, amount);
}

void BudgetLinesEditor::addLine()
{
    {
        const QSignalBlocker blocker(table());
        appendRow({ QUuid::createUuid(), BudgetKind::LawyerFees, QString(), 0 });
    }
    updateTotal();
    editNewRow(LabelColumn);
}

void BudgetLinesEditor::onCellChanged(int row, int column)
{
    if (column == AmountColumn) {
        QTableWidgetItem* item = table()->item(row, column);
        const AmountRules::Reading reading
            = AmountRules::read(AmountRules::Kind::BudgetLine, item->text(), locale());
        {
            const QSignalBlocker blocker(table());
            if (reading.cents) {
                item->setData(Qt::UserRole, *reading.cents);
                item->setText(Money::formatNumber(*reading.cents, locale()));
                markProblem(item, QString());
            } else {
                // Keep the last valid amount; say what is wrong under the table, in words.
                markProblem(item, reading.problem);
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
