#pragma once

#include "campaigns/Fees.h"

#include <QGroupBox>

class QLabel;

namespace casedesk {

// What reaches the case: the goal less the platform's commission and flat campaign fee.
class FeePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit FeePanel(QWidget* parent = nullptr);

    void show(qint64 goalCents, const FeeSettings& settings);

private:
    QLabel* m_gross;
    QLabel* m_commission;
    QLabel* m_flatFee;
    QLabel* m_net;
    QLabel* m_summary;
};

} // namespace casedesk
