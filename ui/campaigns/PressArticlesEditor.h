#pragma once

#include "campaigns/Campaign.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {

// Press coverage of the case: title, outlet, link and date, one row per article.
class PressArticlesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PressArticlesEditor(QWidget* parent = nullptr);

    QList<PressArticle> articles() const;
    void setArticles(const QList<PressArticle>& articles);
    void setReadOnly(bool readOnly);
    QTableWidget* table() const { return m_table; }
    // What the cells refuse now ("Article 2, date: ..."); empty when all are accepted.
    QStringList problems() const;

public slots:
    void addArticle();
    void removeSelectedArticle();

signals:
    void edited();
    void problemsChanged();

private:
    void appendRow(const PressArticle& article);
    void onCellChanged(int row, int column);
    void showProblems();

    QTableWidget* m_table;
    QLabel* m_problems;
    QPushButton* m_add;
    QPushButton* m_remove;
    QList<QUuid> m_uuids;
    bool m_readOnly = false;
};

} // namespace casedesk
