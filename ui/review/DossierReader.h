#pragma once

#include "review/DossierSnapshot.h"
#include "review/Review.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace casedesk {

class CommentsPane;
class ReviewRepository;

// The frozen dossier of a round, read section by section (the sections list, the section's text),
// with what changed since the version this desk's member last saw, and the section's comments
// beside it (the comments pane, which the page places).
class DossierReader : public QWidget
{
    Q_OBJECT

public:
    DossierReader(ReviewRepository& reviews, QWidget* parent = nullptr);

    void setRound(const QUuid& campaignUuid, const std::optional<ReviewRound>& round);
    // The section shown ("case", "evidence/P-3", …).
    QString currentSection() const;
    void showSection(const QString& key);

    CommentsPane* comments() const { return m_comments; }
    QListWidget* sectionList() const { return m_sections; }
    QTextBrowser* textView() const { return m_text; }
    QLabel* changesLabel() const { return m_changes; }

signals:
    void changed();
    void refused(const QString& message);

private:
    void showCurrentSection();
    void showChanges(const std::optional<ReviewRound>& round);

    ReviewRepository& m_reviews;
    std::optional<DossierSnapshot> m_snapshot;
    QListWidget* m_sections;
    QTextBrowser* m_text;
    QLabel* m_changes;
    CommentsPane* m_comments;
};

} // namespace casedesk
