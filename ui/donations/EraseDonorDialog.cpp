#include "donations/EraseDonorDialog.h"

#include "common/Dialogs.h"
#include "common/FieldProblems.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

EraseDonorDialog::EraseDonorDialog(const QString& donorName, const QStringList& plan, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_problem(makeProblemLabel(this))
{
    setWindowTitle(tr("Erase the donor's data"));
    auto* intro = new QLabel(tr("Erasing %1 cannot be undone:").arg(donorName), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    QString items;
    for (const QString& line : plan)
        items += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    auto* details = new QLabel(QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(items), this);
    details->setWordWrap(true);
    details->setTextFormat(Qt::RichText);
    auto* reasonLabel
        = new QLabel(tr("&Reason (whose request, of which date), kept in the privacy log:"), this);
    reasonLabel->setWordWrap(true);
    reasonLabel->setBuddy(m_reason);
    m_reason->setMaximumHeight(70);
    m_reason->setTabChangesFocus(true);
    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Erase"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(details);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_reason->setFocus();
}

QString EraseDonorDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void EraseDonorDialog::accept()
{
    if (reason().isEmpty()) {
        showProblem(m_problem, tr("Give the reason: the erasure is not done without one."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
