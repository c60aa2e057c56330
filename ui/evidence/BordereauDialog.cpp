#include "evidence/BordereauDialog.h"

#include "common/Dialogs.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

BordereauDialog::BordereauDialog(const BordereauHeader& header, int pieceCount, QWidget* parent)
    : QDialog(parent)
    , m_court(new QLineEdit(header.court, this))
    , m_caseNumber(new QLineEdit(header.caseNumber, this))
    , m_parties(new QPlainTextEdit(header.parties, this))
    , m_lawyer(new QLineEdit(header.lawyer, this))
    , m_date(new QDateEdit(header.date, this))
{
    setWindowTitle(tr("Bordereau de communication de pièces"));
    m_court->setPlaceholderText(tr("e.g. Tribunal administratif de Toulouse"));
    m_caseNumber->setPlaceholderText(tr("e.g. 2401234"));
    m_parties->setPlaceholderText(tr("e.g. Association Zone humide c/ Préfet du Tarn"));
    m_parties->setTabChangesFocus(true);
    m_parties->setMaximumHeight(m_parties->fontMetrics().lineSpacing() * 4 + 12);
    m_lawyer->setPlaceholderText(tr("e.g. Me Claire Martin, avocate au barreau de Toulouse"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(locale().dateFormat(QLocale::ShortFormat));

    auto* intro = new QLabel(tr("%n piece(s) will be listed. The document is in French, the language of the "
                                "court.",
                                nullptr, pieceCount),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Court"), m_court);
    form->addRow(tr("Case &number"), m_caseNumber);
    form->addRow(tr("&Parties"), m_parties);
    form->addRow(tr("&Lawyer"), m_lawyer);
    form->addRow(tr("&Date"), m_date);
    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Write PDF…"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

BordereauHeader BordereauDialog::header() const
{
    return { m_court->text().trimmed(), m_caseNumber->text().trimmed(), m_parties->toPlainText().trimmed(),
             m_lawyer->text().trimmed(), m_date->date() };
}

} // namespace casedesk
