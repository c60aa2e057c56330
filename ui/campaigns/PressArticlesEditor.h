#pragma once

#include "campaigns/Campaign.h"

#include <QWidget>

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

public slots:
    void addArticle();
    void removeSelectedArticle();

signals:
    void edited();

private:
    void appendRow(const PressArticle& article);
    void onCellChanged(int row, int column);

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QList<QUuid> m_uuids;
    bool m_readOnly = false;
};

} // namespace casedesk
