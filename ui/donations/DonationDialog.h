#pragma once

#include "campaigns/Association.h"
#include "donations/ledger/Donation.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class CampaignRepository;
class DateEdit;
class DonationRepository;
class DonorRepository;
class MoneyEdit;

// A donation typed by hand (a cheque received by post, cash at a stand) or corrected: campaign,
// donor (an existing one or a new one by name), amount, the value of a counterpart the donor
// received (deducted on the tax receipt), date, method, status, note. The
// repository checks it; each problem shows under its field and the dialog stays open. Only
// campaigns that collect are offered; a gift above the desk's threshold asks for a confirmation.
class DonationDialog : public QDialog
{
    Q_OBJECT

public:
    DonationDialog(DonationRepository& donations, DonorRepository& donors, CampaignRepository& campaigns,
                   const std::optional<Donation>& existing, QWidget* parent = nullptr);

    void setCampaign(const QUuid& campaignUuid);
    // A donation reconciled in a closed period is shown read-only with the reason.
    void setLockReason(const QString& reason);
    const Donation& donation() const { return m_donation; }

    // For tests: the form's fields.
    MoneyEdit* amountEdit() const { return m_amount; }
    MoneyEdit* counterpartEdit() const { return m_counterpart; }
    QLineEdit* newDonorField() const { return m_newDonor; }
    QComboBox* donorCombo() const { return m_donor; }
    QComboBox* campaignCombo() const { return m_campaign; }
    QComboBox* methodCombo() const { return m_method; }
    DateEdit* dateEdit() const { return m_date; }
    QLabel* problemsLabel() const { return m_problems; }
    QLabel* problemLabel(const QString& field) const { return m_fieldProblems.value(field); }

    void accept() override;

private:
    void fillCampaigns();
    void fillDonors();
    void showDonation();
    bool readForm();
    void showProblems(const QList<FieldProblem>& problems);

    DonationRepository& m_donations;
    DonorRepository& m_donors;
    CampaignRepository& m_campaigns;
    Donation m_donation;
    bool m_isNew;
    QComboBox* m_campaign;
    QComboBox* m_donor;
    QLineEdit* m_newDonor;
    MoneyEdit* m_amount;
    MoneyEdit* m_counterpart;
    DateEdit* m_date;
    QComboBox* m_method;
    QComboBox* m_status;
    QLineEdit* m_platform;
    QLineEdit* m_order;
    QPlainTextEdit* m_note;
    QLabel* m_problems;
    QLabel* m_lock;
    QMap<QString, QLabel*> m_fieldProblems;
};

} // namespace casedesk
