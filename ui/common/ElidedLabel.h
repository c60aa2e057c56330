#pragma once

#include <QLabel>

namespace casedesk {

// One line of text that never widens its window: when the space is short it is cut in the
// middle ("Non enregistré : corr…champ signalé") and shown whole in its tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateShownText();

    QString m_fullText;
};

} // namespace casedesk
