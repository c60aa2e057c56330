#pragma once

#include "common/AmountRules.h"

#include <QLineEdit>

#include <optional>

class QLabel;

namespace casedesk {

// A line edit for an amount in euros, typed the way the user's locale writes it and checked by
// AmountRules for its kind (a goal, a gift...). A refused text stays on screen in red with the
// reason in words in problemLabel(), which the form places under the field; cents() keeps the
// last accepted amount until the text is fixed.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget* parent = nullptr, AmountRules::Kind kind = AmountRules::Kind::Goal);

    qint64 cents() const { return m_cents; }
    void setCents(qint64 cents);
    // Why the text on screen is refused; empty when it is the accepted amount.
    QString problem() const { return m_problem; }
    QLabel* problemLabel() const { return m_problemLabel; }

signals:
    // Emitted when the user typed a new accepted amount.
    void centsEdited(qint64 cents);
    void problemChanged(const QString& problem);

private:
    void onTextEdited(const QString& text);
    void setProblem(const QString& problem);

    AmountRules::Kind m_kind;
    qint64 m_cents = 0;
    QString m_problem;
    QLabel* m_problemLabel;
};

} // namespace casedesk
