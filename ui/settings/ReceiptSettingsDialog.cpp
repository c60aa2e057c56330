#include "settings/ReceiptSettingsDialog.h"

#include "common/AmountRules.h"
#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "common/FieldProblems.h"
#include "common/MoneyEdit.h"
#include "receipts/AmountInWords.h"
#include "receipts/ReceiptPolicy.h"
#include "receipts/ReceiptRepository.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace casedesk {

ReceiptSettingsDialog::ReceiptSettingsDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_issuer(new QCheckBox(tr("This desk issues the association's tax receipts"), this))
    , m_otherDesk(new QLabel(this))
    , m_threshold(new MoneyEdit(this, AmountRules::Kind::Receipt))
    , m_ceiling(new MoneyEdit(this, AmountRules::Kind::Receipt))
    , m_spelling(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Tax receipts"));
    SettingsRepository settings(database);
    ReceiptPolicy policy;
    QString other;
    runOrReport(
        [&] {
            policy = ReceiptPolicy::load(settings);
            other = ReceiptRepository(database).otherIssuingDesk(ReceiptPolicy::deskId(settings));
            for (const FrenchSpelling spelling :
                 { FrenchSpelling::Traditional, FrenchSpelling::Rectified1990 })
                m_spelling->addItem(AmountInWords::label(spelling), AmountInWords::code(spelling));
            m_spelling->setCurrentIndex(
                m_spelling->findData(AmountInWords::code(AmountInWords::deskSpelling(settings))));
        },
        [this](const QString& message) { m_problem->setText(message); });
    m_issuer->setChecked(policy.thisDeskIssues);
    m_threshold->setCents(policy.thresholdCents);
    m_ceiling->setCents(policy.counterpartCeilingCents);
    auto* intro
        = new QLabel(tr("Only one desk of the association numbers and issues the receipts (the treasurer's); "
                        "the others see them after sync, read-only."),
                     this);
    intro->setWordWrap(true);
    m_otherDesk->setWordWrap(true);
    m_otherDesk->setStyleSheet(QStringLiteral("QLabel { color: #b45309; }"));
    m_otherDesk->setText(other.isEmpty()
                             ? QString()
                             : tr("Another desk (%1) has issued receipts. Tick the box only if this desk "
                                  "takes over from it, and stop issuing there.")
                                   .arg(other.left(8)));
    m_otherDesk->setVisible(!other.isEmpty());
    auto* ceilingNote = new QLabel(ReceiptPolicy::ceilingReference(), this);
    ceilingNote->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    auto* form = new QFormLayout;
    form->addRow(QString(), m_issuer);
    form->addRow(QString(), m_otherDesk);
    form->addRow(tr("No receipt in the yearly batch under (€)"), m_threshold);
    form->addRow(QString(), m_threshold->problemLabel());
    form->addRow(tr("Counterparts not deducted, per donor and year, up to (€)"), m_ceiling);
    form->addRow(QString(), m_ceiling->problemLabel());
    form->addRow(QString(), ceilingNote);
    form->addRow(tr("Amounts in words"), m_spelling);
    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString ReceiptSettingsDialog::summary() const
{
    return m_issuer->isChecked() ? tr("Receipt settings saved: this desk issues the receipts.")
                                 : tr("Receipt settings saved: this desk does not issue receipts.");
}

void ReceiptSettingsDialog::accept()
{
    if (!m_threshold->problem().isEmpty() || !m_ceiling->problem().isEmpty())
        return;
    ReceiptPolicy policy;
    policy.thisDeskIssues = m_issuer->isChecked();
    policy.thresholdCents = m_threshold->cents();
    policy.counterpartCeilingCents = m_ceiling->cents();
    QString problem;
    runOrReport(
        [&] {
            SettingsRepository settings(m_database);
            WriteTransaction transaction(m_database);
            problem = ReceiptPolicy::save(settings, policy);
            if (problem.isEmpty()) {
                AmountInWords::setDeskSpelling(settings,
                                               AmountInWords::fromCode(m_spelling->currentData().toString())
                                                   .value_or(FrenchSpelling::Traditional));
                transaction.commit();
            }
        },
        [&problem](const QString& message) { problem = message; });
    m_problem->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace casedesk
