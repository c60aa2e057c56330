#pragma once

#include "review/Review.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace casedesk {

class ReviewRepository;

// The comments on one section of a round's dossier, as threads (a reply under the comment it
// answers), open or resolved; a new comment, a reply, resolving and reopening.
class CommentsPane : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsPane(ReviewRepository& reviews, QWidget* parent = nullptr);

    void setRound(const std::optional<ReviewRound>& round);
    void setSection(const QString& key, const QString& title);

    QTreeWidget* threadView() const { return m_threads; }
    QPlainTextEdit* editor() const { return m_editor; }
    QPushButton* commentButton() const { return m_comment; }
    QPushButton* replyButton() const { return m_reply; }
    QPushButton* resolveButton() const { return m_resolve; }

    // What the buttons do (for tests): the text in the editor, as a new comment or a reply to the
    // selected one. A refusal is emitted and false returned.
    bool addComment(bool asReply);
    bool toggleResolved();

signals:
    void changed();
    void refused(const QString& message);

private:
    void reload();
    void updateButtons();
    QUuid selectedComment() const;

    ReviewRepository& m_reviews;
    std::optional<ReviewRound> m_round;
    QString m_section;
    QLabel* m_title;
    QTreeWidget* m_threads;
    QPlainTextEdit* m_editor;
    QPushButton* m_comment;
    QPushButton* m_reply;
    QPushButton* m_resolve;
};

} // namespace casedesk
