#pragma once

#include <QLineEdit>

#include <optional>

namespace casedesk {

// A line edit for an amount in euros, typed the way the user's locale writes it. Shows the
// problem in red and keeps the last valid amount until the text parses again.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    qint64 cents() const { return m_cents; }
    void setCents(qint64 cents);

signals:
    // Emitted when the user typed a new valid amount.
    void centsEdited(qint64 cents);

private:
    void onTextEdited(const QString& text);
    void showValidity(bool valid);

    qint64 m_cents = 0;
    bool m_valid = true;
};

} // namespace casedesk
