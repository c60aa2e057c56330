#pragma once

#include "campaigns/Campaign.h"

#include "common/RecordRowsEditor.h"

namespace casedesk {

// Press coverage of the case: title, outlet, link and date, one row per article.
class PressArticlesEditor : public RecordRowsEditor
{
    Q_OBJECT

public:
    explicit PressArticlesEditor(QWidget* parent = nullptr);

    QList<PressArticle> articles() const;
    void setArticles(const QList<PressArticle>& articles);

public slots:
    void addArticle();

protected:
    QString rowProblem(int row, const QString& problem) const override;

private:
    void appendRow(const PressArticle& article);
    void onCellChanged(int row, int column);
};

} // namespace casedesk
