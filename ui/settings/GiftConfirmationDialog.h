#pragma once

#include <QDialog>

class QLabel;

namespace casedesk {

class MoneyEdit;
class SettingsRepository;

// Tools > Gift confirmation: the amount above which a gift typed by hand asks the treasurer to
// confirm it (a desk setting: it belongs to the association's books, whoever keeps them).
class GiftConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    GiftConfirmationDialog(SettingsRepository& settings, QWidget* parent = nullptr);

    MoneyEdit* amountEdit() const { return m_amount; }
    // What was set, for the status bar.
    QString summary() const;
    void accept() override;

private:
    SettingsRepository& m_settings;
    MoneyEdit* m_amount;
};

} // namespace casedesk
