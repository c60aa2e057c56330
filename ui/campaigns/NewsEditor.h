#pragma once

#include "campaigns/NewsRepository.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace casedesk {

class MarkdownEditor;

// The campaign editor's "News" tab: the campaign's news updates (drafts first, then the
// published ones, newest first) and an editor for the selected one, saved shortly after the user
// stops typing. News can be written whatever the campaign's status: the platform shows them only
// while the campaign is public.
class NewsEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 400;

    explicit NewsEditor(NewsRepository& news, QWidget* parent = nullptr);

    void setCampaign(const QUuid& campaignUuid);
    // Saves now if anything is waiting; false when the save failed (the text stays on screen).
    bool flush();
    QUuid currentNews() const { return m_item.sync.uuid; }

    // Named parts, for tests.
    QListWidget* list() const { return m_list; }
    QLineEdit* titleEdit() const { return m_title; }
    MarkdownEditor* bodyEditor() const { return m_body; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* publishButton() const { return m_publish; }
    QLabel* messageLabel() const { return m_message; }

public slots:
    void addNews();
    void deleteNews();
    void togglePublished();

private:
    void reloadList();
    void select(const QUuid& uuid);
    void showItem();
    void markDirty();
    bool save();
    void showMessage(const QString& text);
    QString itemLabel(const NewsItem& item) const;

    NewsRepository& m_news;
    QUuid m_campaign;
    NewsItem m_item;
    bool m_dirty = false;
    bool m_loading = false;

    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_delete;
    QLineEdit* m_title;
    MarkdownEditor* m_body;
    QPushButton* m_publish;
    QLabel* m_state;
    QLabel* m_message;
    QTimer* m_autosave;
};

} // namespace casedesk
