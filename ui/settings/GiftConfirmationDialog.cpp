#include "settings/GiftConfirmationDialog.h"

#include "common/AmountRules.h"
#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "common/FieldProblems.h"
#include "common/Money.h"
#include "common/MoneyEdit.h"
#include "settings/SettingsRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace casedesk {

GiftConfirmationDialog::GiftConfirmationDialog(SettingsRepository& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_amount(new MoneyEdit(this, AmountRules::Kind::Threshold))
{
    setWindowTitle(tr("Gift confirmation"));
    m_amount->setCents(settings.giftConfirmationCents());
    auto* intro
        = new QLabel(tr("A gift typed by hand above this amount asks for a confirmation before it is "
                        "recorded, so that a slip of the finger is caught before it reaches the books. "
                        "No gift can be above %1.")
                         .arg(Money::format(AmountRules::kMaxDonationCents, locale())),
                     this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Ask above (€)"), m_amount);
    form->addRow(QString(), m_amount->problemLabel());
    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString GiftConfirmationDialog::summary() const
{
    return tr("Gifts above %1 now ask for a confirmation.").arg(Money::format(m_amount->cents(), locale()));
}

void GiftConfirmationDialog::accept()
{
    if (!m_amount->problem().isEmpty())
        return;
    QString problem;
    runOrReport([&] { problem = m_settings.setGiftConfirmationCents(m_amount->cents()); },
                [&problem](const QString& message) { problem = message; });
    showProblem(m_amount->problemLabel(), problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace casedesk
