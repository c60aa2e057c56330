#include "campaigns/MarkdownEditor.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>

namespace casedesk {

MarkdownEditor::MarkdownEditor(QWidget* parent)
    : QWidget(parent)
    , m_source(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_previewTimer(new QTimer(this))
{
    m_source->setPlaceholderText(
        tr("Describe the case in Markdown: ## headings, *emphasis*, - lists, [links](https://...)"));
    m_source->setTabChangesFocus(true);
    m_preview->setOpenExternalLinks(true);
    m_preview->setAccessibleName(tr("Preview"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_source);
    splitter->addWidget(m_preview);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Rendering a long text on every keystroke would stutter; 150 ms still feels live.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &MarkdownEditor::renderPreview);
    connect(m_source, &QPlainTextEdit::textChanged, this, [this] {
        m_previewTimer->start();
        emit edited();
    });
}

QString MarkdownEditor::markdown() const
{
    return m_source->toPlainText();
}

void MarkdownEditor::setMarkdown(const QString& text)
{
    const QSignalBlocker blocker(m_source);
    m_source->setPlainText(text);
    renderPreview();
}

void MarkdownEditor::setReadOnly(bool readOnly)
{
    m_source->setReadOnly(readOnly);
}

void MarkdownEditor::renderPreview()
{
    m_preview->setMarkdown(m_source->toPlainText());
}

} // namespace casedesk
