#include "review/CommentsPane.h"

#include "common/Attempt.h"
#include "review/ReviewRepository.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

enum Roles
{
    CommentRole = Qt::UserRole + 1,
    ResolvedRole
};

} // namespace

CommentsPane::CommentsPane(ReviewRepository& reviews, QWidget* parent)
    : QWidget(parent)
    , m_reviews(reviews)
    , m_title(new QLabel(this))
    , m_threads(new QTreeWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_comment(new QPushButton(tr("Comment"), this))
    , m_reply(new QPushButton(tr("Reply"), this))
    , m_resolve(new QPushButton(tr("Resolve"), this))
{
    m_title->setWordWrap(true);
    m_threads->setHeaderHidden(true);
    m_threads->setWordWrap(true);
    m_threads->setAccessibleName(tr("Comments on this section"));
    m_editor->setPlaceholderText(tr("A comment on this section, or a reply to the selected comment"));
    m_editor->setMaximumHeight(70);
    m_editor->setTabChangesFocus(true);
    m_comment->setToolTip(tr("Adds the text as a new comment on this section."));
    m_reply->setToolTip(tr("Adds the text as a reply to the selected comment."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_comment);
    buttons->addWidget(m_reply);
    buttons->addStretch(1);
    buttons->addWidget(m_resolve);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_threads, 1);
    layout->addWidget(m_editor);
    layout->addLayout(buttons);
    connect(m_comment, &QPushButton::clicked, this, [this] { addComment(false); });
    connect(m_reply, &QPushButton::clicked, this, [this] { addComment(true); });
    connect(m_resolve, &QPushButton::clicked, this, &CommentsPane::toggleResolved);
    connect(m_threads, &QTreeWidget::currentItemChanged, this, &CommentsPane::updateButtons);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CommentsPane::updateButtons);
    updateButtons();
}

void CommentsPane::setRound(const std::optional<ReviewRound>& round)
{
    m_round = round;
    reload();
}

void CommentsPane::setSection(const QString& key, const QString& title)
{
    m_section = key;
    m_title->setText(key.isEmpty() ? QString() : tr("<b>Comments</b> on %1").arg(title.toHtmlEscaped()));
    reload();
}

void CommentsPane::reload()
{
    m_threads->clear();
    if (!m_round || m_section.isEmpty()) {
        updateButtons();
        return;
    }
    QList<ReviewComment> comments;
    runOrReport([&] { comments = m_reviews.comments(m_round->sync.uuid); },
                [this](const QString& message) { emit refused(message); });
    QHash<QUuid, QTreeWidgetItem*> items;
    for (const ReviewComment& comment : comments) {
        if (comment.section != m_section)
            continue;
        QTreeWidgetItem* parent = items.value(comment.parentUuid);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_threads);
        QString text = tr("%1, %2:\n%3")
                           .arg(comment.authorName,
                                QLocale().toString(comment.writtenAt.toLocalTime(), QLocale::ShortFormat),
                                comment.body);
        if (comment.resolved)
            text += QStringLiteral("\n") + tr("✓ Resolved by %1").arg(comment.resolvedBy);
        item->setText(0, text);
        item->setData(0, CommentRole, comment.sync.uuid);
        item->setData(0, ResolvedRole, comment.resolved);
        if (comment.resolved)
            item->setForeground(0, palette().placeholderText());
        items.insert(comment.sync.uuid, item);
    }
    if (m_threads->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(m_threads, { tr("No comment on this section.") });
        none->setFlags(Qt::ItemIsEnabled);
        none->setForeground(0, palette().placeholderText());
    }
    m_threads->expandAll();
    updateButtons();
}

QUuid CommentsPane::selectedComment() const
{
    const QTreeWidgetItem* item = m_threads->currentItem();
    return item ? item->data(0, CommentRole).toUuid() : QUuid();
}

void CommentsPane::updateButtons()
{
    const bool open = m_round && m_round->isOpen() && !m_section.isEmpty();
    const bool hasText = !m_editor->toPlainText().trimmed().isEmpty();
    m_editor->setEnabled(open);
    m_comment->setEnabled(open && hasText);
    m_reply->setEnabled(open && hasText && !selectedComment().isNull());
    const QTreeWidgetItem* item = m_threads->currentItem();
    const bool resolved = item && item->data(0, ResolvedRole).toBool();
    m_resolve->setText(resolved ? tr("Reopen") : tr("Resolve"));
    m_resolve->setEnabled(open && !selectedComment().isNull());
    if (!m_round)
        m_editor->setPlaceholderText(tr("Comments open once the dossier is submitted to the board."));
    else if (!open)
        m_editor->setPlaceholderText(tr("This round is closed: its comments are kept as they were."));
    else
        m_editor->setPlaceholderText(tr("A comment on this section, or a reply to the selected comment"));
}

bool CommentsPane::addComment(bool asReply)
{
    if (!m_round)
        return false;
    QString refusal;
    std::optional<ReviewComment> written;
    const QUuid parent = asReply ? selectedComment() : QUuid();
    if (!runOrReport(
            [&] {
                written = m_reviews.comment(m_round->sync.uuid, m_section, m_editor->toPlainText().trimmed(),
                                            m_reviews.deskActor(), parent, &refusal);
            },
            [&](const QString& message) { refusal = message; })
        || !written) {
        emit refused(refusal);
        return false;
    }
    m_editor->clear();
    reload();
    emit changed();
    return true;
}

bool CommentsPane::toggleResolved()
{
    const QUuid comment = selectedComment();
    const QTreeWidgetItem* item = m_threads->currentItem();
    if (comment.isNull() || !item)
        return false;
    QString refusal;
    runOrReport(
        [&] {
            refusal = m_reviews.setResolved(comment, !item->data(0, ResolvedRole).toBool(),
                                            m_reviews.deskActor());
        },
        [&](const QString& message) { refusal = message; });
    if (!refusal.isEmpty()) {
        emit refused(refusal);
        return false;
    }
    reload();
    emit changed();
    return true;
}

} // namespace casedesk
