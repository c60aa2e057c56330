#include "common/ManualDialog.h"

#include "common/Dialogs.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casedesk {

ManualDialog::ManualDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("CaseDesk manual"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setMarkdown(text(locale()));
    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString ManualDialog::resourceFor(const QLocale& locale)
{
    return locale.language() == QLocale::French ? QStringLiteral(":/manual/manual.fr.md")
                                                : QStringLiteral(":/manual/manual.en.md");
}

QString ManualDialog::text(const QLocale& locale)
{
    QFile file(resourceFor(locale));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace casedesk
