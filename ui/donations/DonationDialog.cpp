#include "donations/DonationDialog.h"

#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignRules.h"
#include "common/AmountRules.h"
#include "common/Attempt.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/Dialogs.h"
#include "common/FieldProblems.h"
#include "common/MoneyEdit.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "settings/SettingsRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

DonationDialog::DonationDialog(DonationRepository& donations, DonorRepository& donors,
                               CampaignRepository& campaigns, const std::optional<Donation>& existing,
                               QWidget* parent)
    : QDialog(parent)
    , m_donations(donations)
    , m_donors(donors)
    , m_campaigns(campaigns)
    , m_donation(existing.value_or(Donation {}))
    , m_isNew(!existing)
    , m_campaign(new QComboBox(this))
    , m_donor(new QComboBox(this))
    , m_newDonor(new QLineEdit(this))
    , m_amount(new MoneyEdit(this, AmountRules::Kind::Donation))
    , m_counterpart(new MoneyEdit(this, AmountRules::Kind::Counterpart))
    , m_date(new DateEdit(this))
    , m_method(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_platform(new QLineEdit(this))
    , m_order(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_problems(makeProblemLabel(this))
    , m_lock(new QLabel(this))
{
    setWindowTitle(m_isNew ? tr("New donation") : tr("Donation"));
    m_newDonor->setPlaceholderText(tr("or type a new donor's name"));
    m_note->setMaximumHeight(70);
    m_counterpart->setPlaceholderText(tr("0 when none"));
    m_counterpart->setToolTip(tr("The value of a reward the donor received for this gift (a book, a poster); "
                                 "the tax receipt deducts it."));
    for (DonationMethod method : DonationCodes::methods())
        m_method->addItem(DonationCodes::methodLabel(method), DonationCodes::method(method));
    for (DonationStatus status : DonationCodes::statuses())
        m_status->addItem(DonationCodes::statusLabel(status), DonationCodes::status(status));
    m_platform->setPlaceholderText(tr("ulule, helloasso…"));
    m_lock->setWordWrap(true);
    m_lock->setStyleSheet(QStringLiteral("color: #92400e;"));
    m_lock->hide();

    auto* form = new QFormLayout;
    // Each field's problem is said under it, in words.
    const auto problemRow = [this, form](const QString& field, QLabel* label = nullptr) {
        if (!label)
            label = makeProblemLabel(this);
        form->addRow(QString(), label);
        m_fieldProblems.insert(field, label);
    };
    form->addRow(tr("&Campaign"), m_campaign);
    auto* collecting = new QLabel(tr("Gifts go to campaigns that collect: published or funded."), this);
    collecting->setWordWrap(true);
    collecting->setEnabled(false);
    form->addRow(QString(), collecting);
    problemRow(QStringLiteral("campaign"));
    form->addRow(tr("D&onor"), m_donor);
    form->addRow(QString(), m_newDonor);
    problemRow(QStringLiteral("donor"));
    form->addRow(tr("&Amount"), m_amount);
    problemRow(QStringLiteral("amount"), m_amount->problemLabel());
    form->addRow(tr("Counterpart &value"), m_counterpart);
    problemRow(QStringLiteral("counterpart"), m_counterpart->problemLabel());
    form->addRow(tr("&Date"), m_date);
    problemRow(QStringLiteral("date"), m_date->problemLabel());
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("&Platform"), m_platform);
    problemRow(QStringLiteral("platform"));
    form->addRow(tr("Platform &order"), m_order);
    problemRow(QStringLiteral("platformOrderId"));
    form->addRow(tr("&Note"), m_note);
    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Save | QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lock);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    fillCampaigns();
    fillDonors();
    if (m_isNew) {
        m_donation.date = Clock::today();
        m_donation.method = DonationMethod::Cheque;
    }
    showDonation();
}

// The campaigns that collect, and the gift's own campaign when it is corrected (a gift keeps
// its campaign after that one closes).
void DonationDialog::fillCampaigns()
{
    CampaignQuery query;
    query.sortColumn = CampaignColumn::Title;
    query.sortOrder = Qt::AscendingOrder;
    QList<CampaignRow> offered;
    for (const CampaignRow& row : m_campaigns.rows(query, 0, 10000)) {
        if (CampaignRules::receivesGifts(row.status) || row.uuid == m_donation.campaignUuid)
            offered.append(row);
    }
    m_campaign->addItem(offered.isEmpty() ? tr("(no campaign collects gifts yet)")
                                          : tr("(choose a campaign)"));
    for (const CampaignRow& row : std::as_const(offered))
        m_campaign->addItem(row.title.isEmpty() ? tr("(untitled campaign)") : row.title, row.uuid);
}

void DonationDialog::fillDonors()
{
    m_donor->addItem(tr("(anonymous)"));
    // A combo of a few thousand names stays quick; the donors view is the place to browse more.
    for (const DonorRow& row : m_donors.rows(QString(), 0, 5000)) {
        const QString text = row.email.isEmpty() ? row.name : tr("%1 <%2>").arg(row.name, row.email);
        m_donor->addItem(text, row.uuid);
    }
    m_donor->setEditable(false);
}

void DonationDialog::setCampaign(const QUuid& campaignUuid)
{
    const int index = m_campaign->findData(campaignUuid);
    if (index >= 0)
        m_campaign->setCurrentIndex(index);
}

void DonationDialog::setLockReason(const QString& reason)
{
    m_lock->setText(reason);
    m_lock->setVisible(!reason.isEmpty());
    for (QWidget* field :
         std::initializer_list<QWidget*> { m_campaign, m_donor, m_newDonor, m_amount, m_counterpart, m_date,
                                           m_method, m_status, m_platform, m_order })
        field->setEnabled(reason.isEmpty());
}

void DonationDialog::showDonation()
{
    setCampaign(m_donation.campaignUuid);
    const int donorIndex = m_donor->findData(m_donation.donorUuid);
    if (donorIndex >= 0) {
        m_donor->setCurrentIndex(donorIndex);
    } else if (!m_donation.donorUuid.isNull()) {
        // A donor beyond the combo's first names: add it so the dialog never drops it.
        if (const std::optional<Donor> donor = m_donors.load(m_donation.donorUuid)) {
            m_donor->addItem(donor->name, donor->sync.uuid);
            m_donor->setCurrentIndex(m_donor->count() - 1);
        }
    }
    m_amount->setCents(m_donation.amountCents);
    m_counterpart->setCents(m_donation.counterpartCents);
    if (m_donation.counterpartCents == 0)
        m_counterpart->clear(); // empty reads as 0, and the placeholder says so
    m_date->setDate(m_donation.date);
    m_method->setCurrentIndex(m_method->findData(DonationCodes::method(m_donation.method)));
    m_status->setCurrentIndex(m_status->findData(DonationCodes::status(m_donation.status)));
    m_platform->setText(m_donation.platform);
    m_order->setText(m_donation.platformOrderId);
    m_note->setPlainText(m_donation.note);
}

// Creates the typed new donor when there is one; false (with the problems shown) when not.
bool DonationDialog::readForm()
{
    m_donation.campaignUuid = m_campaign->currentData().toUuid();
    m_donation.donorUuid = m_donor->currentData().toUuid();
    m_donation.amountCents = m_amount->cents();
    m_donation.counterpartCents = m_counterpart->cents();
    m_donation.date = m_date->date();
    m_donation.method = DonationCodes::methodFromCode(m_method->currentData().toString()).value();
    m_donation.status = DonationCodes::statusFromCode(m_status->currentData().toString()).value();
    m_donation.platform = m_platform->text().trimmed();
    m_donation.platformOrderId = m_order->text().trimmed();
    m_donation.note = m_note->toPlainText();
    const QString newDonorName = m_newDonor->text().trimmed();
    if (newDonorName.isEmpty())
        return true;
    Donor donor;
    donor.name = newDonorName;
    QList<FieldProblem> problems = m_donors.create(donor);
    if (!problems.isEmpty()) {
        for (FieldProblem& problem : problems)
            problem.field = QStringLiteral("donor"); // the new donor's name is typed under the donor
        showProblems(problems);
        return false;
    }
    m_donation.donorUuid = donor.sync.uuid;
    m_newDonor->clear();
    fillDonors();
    m_donor->setCurrentIndex(std::max(0, m_donor->findData(donor.sync.uuid)));
    return true;
}

void DonationDialog::showProblems(const QList<FieldProblem>& problems)
{
    for (QLabel* label : std::as_const(m_fieldProblems))
        showProblem(label, {});
    QList<FieldProblem> elsewhere;
    for (const FieldProblem& problem : problems) {
        if (QLabel* label = m_fieldProblems.value(problem.field))
            showProblem(label, problem.message);
        else
            elsewhere.append(problem);
    }
    if (!problems.isEmpty() && elsewhere.size() < problems.size())
        elsewhere.prepend({ QString(), tr("The donation is not saved: fix what is said under the fields.") });
    showFieldProblems(m_problems, elsewhere);
}

void DonationDialog::accept()
{
    // A text the amount or date field refused is said beside it already: nothing is saved.
    m_date->commitText();
    QList<FieldProblem> typed;
    if (!m_amount->problem().isEmpty())
        typed.append({ QStringLiteral("amount"), m_amount->problem() });
    if (!m_counterpart->problem().isEmpty())
        typed.append({ QStringLiteral("counterpart"), m_counterpart->problem() });
    if (!m_date->problem().isEmpty())
        typed.append({ QStringLiteral("date"), m_date->problem() });
    if (!typed.isEmpty()) {
        showProblems(typed);
        return;
    }
    const qint64 before = m_donation.amountCents;
    bool decided = false; // the form read (a typed new donor created) and a large gift confirmed
    QList<FieldProblem> problems;
    const bool written = runOrReport(
        [&] {
            if (!readForm())
                return;
            const qint64 threshold = SettingsRepository(m_campaigns.database()).giftConfirmationCents();
            if ((m_isNew || m_donation.amountCents != before)
                && AmountRules::needsConfirmation(m_donation.amountCents, threshold)
                && !Dialogs::confirm(
                    this, tr("Large gift"),
                    AmountRules::confirmationQuestion(m_donation.amountCents, threshold, locale()),
                    tr("Record it"))) {
                m_amount->setFocus();
                return;
            }
            decided = true;
            problems = m_isNew ? m_donations.create(m_donation) : m_donations.save(m_donation);
            showProblems(problems);
        },
        [this](const QString& message) {
            showFieldProblems(m_problems, { FieldProblem { QString(), message } });
        });
    if (!written || !decided || !problems.isEmpty())
        return;
    QDialog::accept();
}

} // namespace casedesk
