#include "campaigns/FeePanel.h"

#include "common/Money.h"

#include <QFormLayout>
#include <QLabel>

namespace casedesk {

FeePanel::FeePanel(QWidget* parent)
    : QGroupBox(tr("What reaches the case"), parent)
    , m_gross(new QLabel(this))
    , m_commission(new QLabel(this))
    , m_flatFee(new QLabel(this))
    , m_net(new QLabel(this))
    , m_summary(new QLabel(this))
{
    for (QLabel* label : { m_gross, m_commission, m_flatFee, m_net })
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Named for tests and accessibility tools, which read each line by its name.
    m_gross->setObjectName(QStringLiteral("gross"));
    m_commission->setObjectName(QStringLiteral("commission"));
    m_flatFee->setObjectName(QStringLiteral("flatFee"));
    m_net->setObjectName(QStringLiteral("net"));
    m_summary->setObjectName(QStringLiteral("summary"));
    QFont bold = m_net->font();
    bold.setBold(true);
    m_net->setFont(bold);
    m_summary->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Funding goal"), m_gross);
    form->addRow(tr("Platform commission"), m_commission);
    form->addRow(tr("Flat campaign fee"), m_flatFee);
    form->addRow(tr("Net for the legal action"), m_net);
    form->addRow(m_summary);
}

void FeePanel::show(qint64 goalCents, const FeeSettings& settings)
{
    const QLocale locale = this->locale();
    const FeeBreakdown fees = computeFees(goalCents, settings);
    m_gross->setText(Money::format(fees.grossCents, locale));
    m_commission->setText(tr("− %1 (%2 %)")
                              .arg(Money::format(fees.commissionCents, locale),
                                   locale.toString(settings.commissionBasisPoints / 100.0, 'f', 2)));
    m_flatFee->setText(tr("− %1").arg(Money::format(fees.flatFeeCents, locale)));
    m_net->setText(Money::format(fees.netCents, locale));
    if (fees.grossCents > 0) {
        m_summary->setText(
            tr("If the goal is reached, the association receives %1 of %2.")
                .arg(Money::format(fees.netCents, locale), Money::format(fees.grossCents, locale)));
    } else {
        m_summary->setText(tr("Set a funding goal to see what reaches the case."));
    }
}

} // namespace casedesk
