#include "campaigns/PressArticlesEditor.h"

#include "common/DateRules.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

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
} // namespace

PressArticlesEditor::PressArticlesEditor(QWidget* parent)
    : RecordRowsEditor({ tr("Title"), tr("Outlet"), tr("Link"), tr("Date") }, tr("Add article"),
                       tr("Remove article"), parent)
{
    QHeaderView* header = table()->horizontalHeader();
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    // The date as this language writes it (31/12/2026): wide enough for one and for the title.
    header->resizeSection(DateColumn,
                          std::max(header->sectionSizeHint(DateColumn),
                                   fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 12));

    connect(addButton(), &QPushButton::clicked, this, &PressArticlesEditor::addArticle);
    connect(table(), &QTableWidget::cellChanged, this, &PressArticlesEditor::onCellChanged);
}

QList<PressArticle> PressArticlesEditor::articles() const
{
    QList<PressArticle> result;
    for (int row = 0; row < table()->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem* item = table()->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const QTableWidgetItem* urlItem = table()->item(row, UrlColumn);
        const QTableWidgetItem* dateItem = table()->item(row, DateColumn);
        result.append({ uuidAt(row), text(TitleColumn), text(OutletColumn),
                        urlItem ? urlItem->data(Qt::UserRole).toUrl() : QUrl(),
                        dateItem ? dateItem->data(Qt::UserRole).toDate() : QDate() });
    }
    return result;
}

void PressArticlesEditor::setArticles(const QList<PressArticle>& articles)
{
    replaceRows(articles, [this](const PressArticle& article) { appendRow(article); });
}

QString PressArticlesEditor::rowProblem(int row, const QString& problem) const
{
    return tr("Article %1: %2").arg(row + 1).arg(problem);
}

void PressArticlesEditor::appendRow(const PressArticle& article)
{
    const int row = insertRow(article.uuid);
    table()->setItem(row, TitleColumn, new QTableWidgetItem(article.title));
    table()->setItem(row, OutletColumn, new QTableWidgetItem(article.outlet));
    auto* url = new QTableWidgetItem(article.url.toString());
    url->setData(Qt::UserRole, article.url);
    table()->setItem(row, UrlColumn, url);
    auto* date = new QTableWidgetItem(DateRules::format(article.date, locale()));
    date->setData(Qt::UserRole, article.date);
    table()->setItem(row, DateColumn, date);
}

void PressArticlesEditor::addArticle()
{
    {
        const QSignalBlocker blocker(table());
        appendRow({ QUuid::createUuid(), QString(), QString(), QUrl(), QDate() });
    }
    editNewRow(TitleColumn);
}

void PressArticlesEditor::onCellChanged(int row, int column)
{
    QTableWidgetItem* item = table()->item(row, column);
    const QString text = item->text().trimmed();
    QString problem;
    {
        const QSignalBlocker blocker(table());
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
            markProblem(item, problem);
        }
    }
    showProblems();
    if (!problem.isEmpty())
        return;
    emit edited();
}

} // namespace casedesk
