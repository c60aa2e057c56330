#include "campaigns/NewsEditor.h"

#include "campaigns/MarkdownEditor.h"
#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "common/LayoutMemory.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

NewsEditor::NewsEditor(NewsRepository& news, QWidget* parent)
    : QWidget(parent)
    , m_news(news)
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("&New update"), this))
    , m_delete(new QPushButton(tr("De&lete update"), this))
    , m_title(new QLineEdit(this))
    , m_body(new MarkdownEditor(this))
    , m_publish(new QPushButton(this))
    , m_state(new QLabel(this))
    , m_message(new QLabel(this))
    , m_autosave(new QTimer(this))
{
    m_list->setAccessibleName(tr("News updates"));
    m_title->setMaxLength(NewsRepository::kMaxTitleLength);
    m_title->setPlaceholderText(tr("Hearing on 12 March: the court heard our arguments"));
    m_body->sourceEdit()->setPlaceholderText(
        tr("Tell donors what happened, in Markdown: *emphasis*, - lists, [links](https://...)"));
    m_message->setWordWrap(true);
    m_message->hide();
    // A sentence that wraps: on one line it widened the whole window past a laptop's screen.
    m_state->setWordWrap(true);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    listLayout->addLayout(listButtons);

    auto* editSide = new QWidget(this);
    auto* editLayout = new QVBoxLayout(editSide);
    editLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    editLayout->addLayout(form);
    editLayout->addWidget(m_body, 1);
    auto* publishBar = new QHBoxLayout;
    publishBar->addWidget(m_state, 1);
    publishBar->addWidget(m_publish);
    editLayout->addLayout(publishBar);
    editLayout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(editSide);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    LayoutMemory::remember(splitter, QStringLiteral("campaign-news"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &NewsEditor::save);
    // textChanged: the field's own undo (Ctrl+Z, its menu) is saved like typing.
    connect(m_title, &QLineEdit::textChanged, this, &NewsEditor::markDirty);
    connect(m_body, &MarkdownEditor::edited, this, &NewsEditor::markDirty);
    connect(m_new, &QPushButton::clicked, this, &NewsEditor::addNews);
    connect(m_delete, &QPushButton::clicked, this, &NewsEditor::deleteNews);
    connect(m_publish, &QPushButton::clicked, this, &NewsEditor::togglePublished);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        if (m_loading)
            return;
        const QUuid uuid = current ? current->data(Qt::UserRole).toUuid() : QUuid();
        if (uuid == m_item.sync.uuid)
            return;
        // Edits that could not be saved stay on screen rather than vanish.
        if (!flush()) {
            reloadList();
            return;
        }
        select(uuid);
    });
    // A change made elsewhere (the CLI, another window, a sync) shows in the list.
    connect(&m_news, &NewsRepository::newsChanged, this, [this](const QUuid& campaign) {
        if (campaign == m_campaign)
            reloadList();
    });
    setCampaign({});
}

void NewsEditor::setCampaign(const QUuid& campaignUuid)
{
    flush();
    m_dirty = false;
    m_autosave->stop();
    m_campaign = campaignUuid;
    m_message->hide();
    m_new->setEnabled(!campaignUuid.isNull());
    const QList<NewsItem> items = campaignUuid.isNull() ? QList<NewsItem>() : m_news.list(campaignUuid);
    select(items.isEmpty() ? QUuid() : items.first().sync.uuid);
}

QString NewsEditor::itemLabel(const NewsItem& item) const
{
    const QString when = item.isPublished()
        ? locale().toString(item.publishedAt.toLocalTime().date(), QLocale::ShortFormat)
        : tr("draft");
    return tr("%1 (%2)").arg(item.title, when);
}

void NewsEditor::reloadList()
{
    m_loading = true;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_campaign.isNull()) {
        for (const NewsItem& item : m_news.list(m_campaign)) {
            auto* row = new QListWidgetItem(itemLabel(item), m_list);
            row->setData(Qt::UserRole, item.sync.uuid);
            if (item.sync.uuid == m_item.sync.uuid)
                m_list->setCurrentItem(row);
        }
    }
    m_loading = false;
}

void NewsEditor::select(const QUuid& uuid)
{
    const std::optional<NewsItem> loaded = uuid.isNull() ? std::nullopt : m_news.load(uuid);
    m_item = loaded.value_or(NewsItem());
    m_dirty = false;
    reloadList();
    showItem();
}

void NewsEditor::showItem()
{
    m_loading = true;
    const bool has = !m_item.sync.uuid.isNull();
    m_title->setText(m_item.title);
    m_body->setMarkdown(m_item.body);
    m_title->setEnabled(has);
    m_body->setEnabled(has);
    m_delete->setEnabled(has);
    m_publish->setEnabled(has);
    m_publish->setText(m_item.isPublished() ? tr("Unpubli&sh") : tr("Publi&sh"));
    if (!has)
        m_state->setText(m_campaign.isNull() ? QString() : tr("No news yet: \"New update\" writes one."));
    else if (m_item.isPublished())
        m_state->setText(tr("Published on %1; the platform shows it while the campaign is public.")
                             .arg(locale().toString(m_item.publishedAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_state->setText(tr("Draft: stays on this desk until published."));
    m_loading = false;
}

void NewsEditor::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void NewsEditor::markDirty()
{
    if (m_loading || m_item.sync.uuid.isNull())
        return;
    m_dirty = true;
    m_autosave->start();
}

bool NewsEditor::flush()
{
    if (!m_dirty)
        return true;
    m_autosave->stop();
    return save();
}

bool NewsEditor::save()
{
    if (!m_dirty || m_item.sync.uuid.isNull())
        return true;
    NewsItem edited = m_item;
    edited.title = m_title->text();
    edited.body = m_body->markdown();
    QList<FieldProblem> problems;
    const bool written
        = runOrReport([&] { problems = m_news.save(edited); },
                      [this](const QString& message) { showMessage(tr("Could not save: %1").arg(message)); },
                      [this](const QString& message) {
                          // Changed elsewhere (the CLI, a sync): show that version, say so.
                          m_dirty = false;
                          select(m_item.sync.uuid);
                          showMessage(message);
                      });
    if (!written)
        return false;
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem& problem : problems)
            lines.append(problem.message);
        showMessage(lines.join(QLatin1Char('\n')));
        return false;
    }
    m_item = edited;
    m_dirty = false;
    showMessage({});
    return true;
}

void NewsEditor::addNews()
{
    if (m_campaign.isNull() || !flush())
        return;
    NewsItem item;
    item.campaignUuid = m_campaign;
    item.title = tr("New update");
    if (!runOrReport([&] { m_news.create(item); },
                     [this](const QString& message) { showMessage(tr("Could not save: %1").arg(message)); }))
        return;
    select(item.sync.uuid);
    m_title->setFocus();
    m_title->selectAll();
}

void NewsEditor::deleteNews()
{
    if (m_item.sync.uuid.isNull() || !flush())
        return;
    const QString question = m_item.isPublished()
        ? tr("Delete \"%1\"? It is taken off the platform at the next sync.").arg(m_item.title)
        : tr("Delete the draft \"%1\"?").arg(m_item.title);
    if (!Dialogs::confirm(this, tr("Delete news"), question, tr("Delete")))
        return;
    if (!runOrReport([&] { m_news.remove(m_item.sync.uuid); },
                     [this](const QString& message) { showMessage(message); }))
        return;
    const QList<NewsItem> items = m_news.list(m_campaign);
    select(items.isEmpty() ? QUuid() : items.first().sync.uuid);
}

void NewsEditor::togglePublished()
{
    if (m_item.sync.uuid.isNull() || !flush())
        return;
    const bool done = runOrReport(
        [&] {
            if (m_item.isPublished())
                m_news.unpublish(m_item);
            else
                m_news.publish(m_item);
        },
        [this](const QString& message) { showMessage(message); },
        [this](const QString& message) {
            select(m_item.sync.uuid);
            showMessage(message);
        });
    if (!done)
        return;
    showMessage({});
    reloadList();
    showItem();
}

} // namespace casedesk
