#include "campaigns/PressArticlesEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

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
} // namespace

PressArticlesEditor::PressArticlesEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 4, this))
    , m_add(new QPushButton(tr("Add article"), this))
    , m_remove(new QPushButton(tr("Remove article"), this))
{
    m_table->setHorizontalHeaderLabels({ tr("Title"), tr("Outlet"), tr("Link"), tr("Date (YYYY-MM-DD)") });
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
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
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_uuids.clear();
    for (const PressArticle& article : articles)
        appendRow(article);
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
    auto* date
        = new QTableWidgetItem(article.date.isValid() ? article.date.toString(Qt::ISODate) : QString());
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
    emit edited();
}

void PressArticlesEditor::onCellChanged(int row, int column)
{
    QTableWidgetItem* item = m_table->item(row, column);
    const QString text = item->text().trimmed();
    const QSignalBlocker blocker(m_table);
    if (column == UrlColumn) {
        const QUrl url = QUrl::fromUserInput(text);
        const bool ok = text.isEmpty()
            || (url.isValid()
                && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")));
        item->setBackground(ok ? QBrush() : QBrush(kInvalidBackground));
        item->setToolTip(ok ? QString()
                            : tr("Not a web link: type an address such as https://www.example.org/article"));
        if (!ok)
            return;
        item->setData(Qt::UserRole, text.isEmpty() ? QUrl() : url);
    } else if (column == DateColumn) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        const bool ok = text.isEmpty() || date.isValid();
        item->setBackground(ok ? QBrush() : QBrush(kInvalidBackground));
        item->setToolTip(ok ? QString() : tr("Not a date: type it as YYYY-MM-DD, for example 2016-07-01"));
        if (!ok)
            return;
        item->setData(Qt::UserRole, date);
    }
    emit edited();
}

} // namespace casedesk
