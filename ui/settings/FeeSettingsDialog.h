#pragma once

#include "campaigns/Fees.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;

namespace casedesk {

class MoneyEdit;

// The platform's fees, used by every campaign's fee panel.
class FeeSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FeeSettingsDialog(const FeeSettings& current, QWidget* parent = nullptr);
    FeeSettings settings() const;

private:
    void updateExample();

    MoneyEdit* m_flatFee;
    QDoubleSpinBox* m_commission;
    QLabel* m_example;
};

} // namespace casedesk
