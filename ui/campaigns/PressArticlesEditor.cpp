#include "campaigns/PressArticlesEditor.h"

#include "common/DateRules.h"
#include "common/FieldProblems.h"

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
    TitleColumn,
    OutletColumn,
    UrlColumn,
    DateColumn
};
const QColor kInvalidBackground(0xfd, 0xe2, 0xe1);
// Why a cell's text was refused, kept on the item so it follows its row.
constexpr int kProblemRole = Qt::UserRole + 1;
} // namespace

PressArticlesEditor::PressArticlesEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 4, this))
    , m_problems(makeProblemLabel(this))
    , m_add(new QPushButton(tr("Add article"), this))
    , m_remove(new QPushButton(tr("Remove article"), this))
{
    m_table->setHorizontalHeaderLabels({ tr("Title"), tr("Outlet"), tr("Link"), tr("Date") });
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    // The date as this language writes it (31/12/2026): wide enough for one and for the title.
    m_table->horizontalHeader()->resizeSection(
        DateColumn,
        std::max(m_table->horizontalHeader()->sectionSizeHint(DateColumn),
                 fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 12));
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_remove->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PressArticlesEditor::addArticle);
    connect(m_remove, &QPushButton::clicked, this, &PressArticlesEditor::removeSelectedArticle);
    connect(m_table, &QTableWidget::cellChanged, this, &PressArticlesEditor::onCellChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_readOnly && !m_table->selectedItems().isEmpty()); });
}

QList<PressArticle> PressArticlesEditor::articles() const
{
    QList<PressArticle> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const QTableWidgetItem* urlItem = m_table->item(row, UrlColumn);
        const QTableWidgetItem* dateItem = m_table->item(row, DateColumn);
        result.append({ m_uuids.value(row), text(TitleColumn), text(OutletColumn),
                        urlItem ? urlItem->data(Qt::UserRole).toUrl() : QUrl(),
                        dateItem ? dateItem->data(Qt::UserRole).toDate() : QDate() });
    }
    return result;
}

void PressArticlesEditor::setArticles(const QList<PressArticle>& articles)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        m_uuids.clear();
        for (const PressArticle& article : articles)
            appendRow(article);
    }
    showProblems();
}

QStringList PressArticlesEditor::problems() const
{
    QStringList problems;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column : { UrlColumn, DateColumn }) {
            const QTableWidgetItem* item = m_table->item(row, column);
            const QString problem = item ? item->data(kProblemRole).toString() : QString();
            if (!problem.isEmpty())
                problems.append(tr("Article %1: %2").arg(row + 1).arg(problem));
        }
    }
    return problems;
}

void PressArticlesEditor::showProblems()
{
    const QString text = problems().join(QLatin1Char('\n'));
    if (text == m_problems->text() && m_problems->isVisibleTo(this) == !text.isEmpty())
        return;
    showProblem(m_problems, text);
    emit problemsChanged();
}

void PressArticlesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::AllEditTriggers);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly && !m_table->selectedItems().isEmpty());
}

void PressArticlesEditor::appendRow(const PressArticle& article)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_uuids.append(article.uuid.isNull() ? QUuid::createUuid() : article.uuid);
    m_table->setItem(row, TitleColumn, new QTableWidgetItem(article.title));
    m_table->setItem(row, OutletColumn, new QTableWidgetItem(article.outlet));
    auto* url = new QTableWidgetItem(article.url.toString());
    url->setData(Qt::UserRole, article.url);
    m_table->setItem(row, UrlColumn, url);
    auto* date = new QTableWidgetItem(DateRules::format(article.date, locale()));
    date->setData(Qt::UserRole, article.date);
    m_table->setItem(row, DateColumn, date);
}

void PressArticlesEditor::addArticle()
{
    {
        const QSignalBlocker blocker(m_table);
        appendRow({ QUuid::createUuid(), QString(), QString(), QUrl(), QDate() });
    }
    m_table->setCurrentCell(m_table->rowCount() - 1, TitleColumn);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, TitleColumn));
    emit edited();
}

void PressArticlesEditor::removeSelectedArticle()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_uuids.removeAt(row);
    showProblems();
    emit edited();
}

void PressArticlesEditor::onCellChanged(int row, int column)
{
    QTableWidgetItem* item = m_table->item(row, column);
    const QString text = item->text().trimmed();
    QString problem;
    {
        const QSignalBlocker blocker(m_table);
        if (column == UrlColumn) {
            const QUrl url = QUrl::fromUserInput(text);
            const bool ok = text.isEmpty()
                || (url.isValid()
                    && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")));
            if (ok)
                item->setData(Qt::UserRole, text.isEmpty() ? QUrl() : url);
            else
                problem = tr("link: \"%1\" is not a web address; type one such as "
                             "https://www.example.org/article")
                              .arg(text);
        } else if (column == DateColumn) {
            const DateRules::Reading reading = DateRules::read(text, locale());
            if (reading.problem.isEmpty()) {
                item->setData(Qt::UserRole, reading.date);
                item->setText(DateRules::format(reading.date, locale()));
            } else {
                problem = tr("date: %1").arg(reading.problem);
            }
        }
        if (column == UrlColumn || column == DateColumn) {
            // Keep the last accepted value; say what is wrong under the table, in words.
            item->setBackground(problem.isEmpty() ? QBrush() : QBrush(kInvalidBackground));
            item->setData(kProblemRole, problem.isEmpty() ? QVariant() : QVariant(problem));
            item->setToolTip(problem);
        }
    }
    showProblems();
    if (!problem.isEmpty())
        return;
    emit edited();
}

} // namespace casedesk
