#include "donations/PlatformImportDialog.h"

#include "campaigns/CampaignRepository.h"
#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "common/FieldProblems.h"
#include "common/Money.h"
#include "common/RecordTable.h"
#include "donations/ledger/Donation.h"
#include "donations/platform/PlatformImport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QString verdictText(PlatformVerdict verdict)
{
    switch (verdict) {
    case PlatformVerdict::New:
        return QCoreApplication::translate("casedesk::PlatformImportDialog", "New");
    case PlatformVerdict::Updated:
        return QCoreApplication::translate("casedesk::PlatformImportDialog", "Updated");
    case PlatformVerdict::Duplicate:
        return QCoreApplication::translate("casedesk::PlatformImportDialog", "Already imported");
    }
    return {};
}

QString statusText(const QString& code)
{
    const std::optional<DonationStatus> status = DonationCodes::statusFromCode(code);
    return status ? DonationCodes::statusLabel(*status) : code;
}

} // namespace

PlatformImportDialog::PlatformImportDialog(Database& database, CampaignRepository& campaigns,
                                           const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_campaigns(campaigns)
    , m_path(path)
    , m_fileLabel(new QLabel(QDir::toNativeSeparators(path), this))
    , m_campaign(new QComboBox(this))
    , m_problem(makeProblemLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 7, this))
    , m_import(new QPushButton(tr("Import"), this))
{
    setWindowTitle(tr("Import a platform export"));
    resize(980, 600);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_table->setHorizontalHeaderLabels(
        { tr("Order"), tr("Date"), tr("Donor"), tr("Amount"), tr("Status"), tr("Import"), tr("Why") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpRecordTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Donations in the export"));

    m_campaign->addItem(tr("As tied before (one campaign per platform project)"));
    CampaignQuery query;
    query.sortColumn = CampaignColumn::Title;
    query.sortOrder = Qt::AscendingOrder;
    for (const CampaignRow& row : m_campaigns.rows(query, 0, 10000))
        m_campaign->addItem(row.title.isEmpty() ? tr("(untitled campaign)") : row.title, row.uuid);

    auto* form = new QFormLayout;
    form->addRow(tr("File"), m_fileLabel);
    form->addRow(tr("&Campaign"), m_campaign);
    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Cancel);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_campaign, &QComboBox::currentIndexChanged, this, &PlatformImportDialog::refreshPreview);
    readFile();
}

void PlatformImportDialog::showProblem(const QString& text)
{
    casedesk::showProblem(m_problem, text);
}

void PlatformImportDialog::readFile()
{
    ImportProblem problem;
    m_parsed = PlatformImport::parse(m_path, &m_data, &problem);
    if (!m_parsed) {
        showProblem(tr("This file cannot be imported: %1").arg(problem.text()));
        m_import->setEnabled(false);
        return;
    }
    refreshPreview();
}

void PlatformImportDialog::refreshPreview()
{
    if (!m_parsed)
        return;
    std::optional<QUuid> campaign;
    if (m_campaign->currentData().isValid())
        campaign = m_campaign->currentData().toUuid();
    const bool previewed = runOrReport(
        [&] {
            m_preview
                = LedgerImport(m_database).previewPlatform(m_data, QFileInfo(m_path).fileName(), campaign);
        },
        [this](const QString& message) {
            m_preview.reset();
            showProblem(message);
            m_import->setEnabled(false);
        });
    if (!previewed)
        return;
    const PlatformPreview& preview = *m_preview;
    m_table->setRowCount(int(preview.donations.size()));
    for (int row = 0; row < preview.donations.size(); ++row) {
        const PlatformDonationPreview& line = preview.donations.at(row);
        const PlatformDonation& donation = m_data.donations.at(line.index);
        const QStringList cells = { donation.orderId,
                                    QLocale().toString(donation.date, QLocale::ShortFormat),
                                    donation.donor.name,
                                    Money::format(donation.amountCents),
                                    statusText(donation.status),
                                    verdictText(line.verdict),
                                    line.reason };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, 3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_summary->setText(tr("%1: %n new, ", nullptr, preview.newCount).arg(m_data.platform)
                       + tr("%n updated, ", nullptr, preview.updatedCount)
                       + tr("%n already imported; ", nullptr, preview.duplicateCount)
                       + tr("%n payout(s), ", nullptr, int(m_data.payouts.size()))
                       + tr("%n new donor(s).", nullptr, preview.newDonorCount));
    if (!preview.canCommit()) {
        showProblem(tr("Choose the campaign these donations go to: the platform's project %1 is not tied to "
                       "a campaign of this desk yet.")
                        .arg(preview.unmappedCampaignRefs.join(QStringLiteral(", "))));
    } else {
        showProblem(QString());
    }
    m_import->setEnabled(preview.canCommit() && preview.newCount + preview.updatedCount > 0);
}

void PlatformImportDialog::accept()
{
    if (!m_preview || !m_preview->canCommit())
        return;
    const bool imported = runOrReport(
        [&] {
            LedgerImport importer(m_database);
            m_resultText = importer.commitPlatform(*m_preview).summary();
            if (m_campaign->currentData().isValid())
                importer.rememberCampaign(m_data, m_campaign->currentData().toUuid());
        },
        [this](const QString& message) { showProblem(tr("Nothing was imported: %1").arg(message)); });
    if (!imported)
        return;
    QDialog::accept();
}

} // namespace casedesk
