#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace casedesk {

// Markdown on the left, its rendering on the right, refreshed as the user types.
class MarkdownEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget* parent = nullptr);

    QString markdown() const;
    void setMarkdown(const QString& text);
    void setReadOnly(bool readOnly);
    QPlainTextEdit* sourceEdit() const { return m_source; }
    QTextBrowser* preview() const { return m_preview; }

signals:
    void edited();

private:
    void renderPreview();

    QPlainTextEdit* m_source;
    QTextBrowser* m_preview;
    QTimer* m_previewTimer;
};

} // namespace casedesk
