#include "common/MoneyEdit.h"

#include "common/Money.h"

namespace casedesk {

MoneyEdit::MoneyEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight);
    setPlaceholderText(Money::formatNumber(0));
    connect(this, &QLineEdit::textEdited, this, &MoneyEdit::onTextEdited);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (m_valid)
            setText(Money::formatNumber(m_cents, locale()));
    });
}

void MoneyEdit::setCents(qint64 cents)
{
    m_cents = cents;
    setText(Money::formatNumber(cents, locale()));
    showValidity(true);
}

void MoneyEdit::onTextEdited(const QString& text)
{
    const std::optional<qint64> parsed
        = text.trimmed().isEmpty() ? std::optional<qint64>(0) : Money::parse(text, locale());
    showValidity(parsed.has_value());
    if (parsed && *parsed != m_cents) {
        m_cents = *parsed;
        emit centsEdited(m_cents);
    }
}

void MoneyEdit::showValidity(bool valid)
{
    m_valid = valid;
    setStyleSheet(valid ? QString() : QStringLiteral("QLineEdit { background: #fde2e1; }"));
    setToolTip(valid ? QString()
                     : tr("Not an amount: type euros and cents, for example %1")
                           .arg(Money::formatNumber(123450, locale())));
}

} // namespace casedesk
