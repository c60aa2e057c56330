#pragma once

#include <QDialog>

class QTextBrowser;

namespace casedesk {

// The user manual, shipped inside the application (resources/manual) and read offline: how to do
// each job of each area, in the interface's language (French or English).
class ManualDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManualDialog(QWidget* parent = nullptr);

    // ":/manual/manual.fr.md" or ".en.md": the manual of the interface's language.
    static QString resourceFor(const QLocale& locale);
    // The manual's Markdown for `locale`, empty when this build has none.
    static QString text(const QLocale& locale);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace casedesk
