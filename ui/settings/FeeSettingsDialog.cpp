#include "settings/FeeSettingsDialog.h"

#include "common/Money.h"
#include "common/MoneyEdit.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace casedesk {

FeeSettingsDialog::FeeSettingsDialog(const FeeSettings& current, QWidget* parent)
    : QDialog(parent)
    , m_flatFee(new MoneyEdit(this, AmountRules::Kind::FlatFee))
    , m_commission(new QDoubleSpinBox(this))
    , m_example(new QLabel(this))
{
    setWindowTitle(tr("Platform fees"));
    m_flatFee->setCents(current.flatCampaignFeeCents);
    m_commission->setRange(0.0, 100.0);
    m_commission->setDecimals(2);
    m_commission->setSuffix(QStringLiteral(" %"));
    m_commission->setValue(current.commissionBasisPoints / 100.0);
    m_example->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Flat fee per campaign (€)"), m_flatFee);
    form->addRow(QString(), m_flatFee->problemLabel());
    form->addRow(tr("Commission on donations"), m_commission);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What the crowdfunding platform keeps. Each campaign's fee panel uses these "
                                "to show what reaches the case."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_example);
    layout->addWidget(buttons);

    // A refused fee (said under it) keeps the dialog open: nothing is stored.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_flatFee->problem().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_flatFee, &MoneyEdit::centsEdited, this, &FeeSettingsDialog::updateExample);
    connect(m_commission, &QDoubleSpinBox::valueChanged, this, &FeeSettingsDialog::updateExample);
    updateExample();
}

FeeSettings FeeSettingsDialog::settings() const
{
    return { m_flatFee->cents(), int(qRound(m_commission->value() * 100.0)) };
}

void FeeSettingsDialog::updateExample()
{
    const qint64 goal = 1000000;
    const FeeBreakdown fees = computeFees(goal, settings());
    m_example->setText(tr("For a goal of %1, the association receives %2.")
                           .arg(Money::format(goal, locale()), Money::format(fees.netCents, locale())));
}

} // namespace casedesk
