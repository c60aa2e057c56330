#include "common/ElidedLabel.h"

#include <QResizeEvent>

namespace casedesk {

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString& text)
{
    if (text == m_fullText)
        return;
    m_fullText = text;
    updateGeometry();
    updateShownText();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Enough for a few characters and the ellipsis: the rest is the tooltip's.
    return { fontMetrics().horizontalAdvance(QStringLiteral("MMMMM…")), QLabel::minimumSizeHint().height() };
}

QSize ElidedLabel::sizeHint() const
{
    return { fontMetrics().horizontalAdvance(m_fullText) + 2 * margin() + 4, QLabel::sizeHint().height() };
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateShownText();
}

void ElidedLabel::updateShownText()
{
    const QString shown
        = fontMetrics().elidedText(m_fullText, Qt::ElideMiddle, std::max(0, width() - 2 * margin()));
    setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

} // namespace casedesk
