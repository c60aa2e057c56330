#include "donations/DonationsView.h"

#include "campaigns/CampaignRepository.h"
#include "common/Attempt.h"
#include "common/DateEdit.h"
#include "common/Dialogs.h"
#include "common/FieldProblems.h"
#include "common/RecordTable.h"
#include "donations/DonationDialog.h"
#include "donations/PlatformImportDialog.h"
#include "donations/StatementImportDialog.h"
#include "donations/ledger/DonationRepository.h"
#include "itemmodels/DonationListModel.h"
#include "reports/DonationExport.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

namespace {

// An empty date is no limit on that side of the period.
DateEdit* makeOpenDateEdit(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new DateEdit(parent);
    edit->setOptional(true, DonationsView::tr("any"));
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

DonationsView::DonationsView(Database& database, DonationRepository& donations, DonorRepository& donors,
                             CampaignRepository& campaigns, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_donations(donations)
    , m_donors(donors)
    , m_campaigns(campaigns)
    , m_model(new DonationListModel(donations, DonationListModel::Loading::Deferred, this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DonationListModel::Date, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(DonationListModel::Donor, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DonationListModel::Campaign, QHeaderView::Stretch);
    // The short columns are as wide as their (translated) titles, so none is cut.
    for (int column :
         { DonationListModel::Date, DonationListModel::Amount, DonationListModel::Method,
           DonationListModel::Status, DonationListModel::PlatformOrder, DonationListModel::Reconciled })
        m_table->horizontalHeader()->resizeSection(
            column, std::max(100, m_table->horizontalHeader()->sectionSizeHint(column) + 12));
    m_table->setAccessibleName(tr("Donations"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &DonationsView::applyFilters);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildActions());
    layout->addWidget(buildFilterBar());
    // What a period date refuses is said under the filters, in words.
    layout->addWidget(m_from->problemLabel());
    layout->addWidget(m_to->problemLabel());
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_model, &QAbstractItemModel::modelReset, this, &DonationsView::updateCount);
    connect(m_model, &DonationListModel::totalCountChanged, this, &DonationsView::updateCount);
    connect(m_table, &QTableView::doubleClicked, this, &DonationsView::editCurrent);
    for (auto signal : { &DonationRepository::donationCreated, &DonationRepository::donationRemoved })
        connect(&m_donations, signal, this, &DonationsView::reload);
    connect(&m_donations, &DonationRepository::donationsReset, this, &DonationsView::reload);
    reloadCampaigns();
    updateCount();
}

void DonationsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loaded)
        return;
    m_loaded = true;
    applyFilters();
}

QWidget* DonationsView::buildActions()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addButton = [&](const QString& text, void (DonationsView::*slot)()) {
        auto* button = new QPushButton(text, bar);
        connect(button, &QPushButton::clicked, this, slot);
        layout->addWidget(button);
        return button;
    };
    addButton(tr("New donation…"), &DonationsView::newDonation);
    addButton(tr("Edit…"), &DonationsView::editCurrent);
    addButton(tr("Delete"), &DonationsView::removeCurrent);
    layout->addSpacing(16);
    addButton(tr("Import bank statement…"), &DonationsView::importStatement);
    addButton(tr("Import platform export…"), &DonationsView::importPlatformExport);
    layout->addStretch(1);
    addButton(tr("Export this view as CSV…"), &DonationsView::exportCsv);
    return bar;
}

QWidget* DonationsView::buildFilterBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search donor, e-mail or order number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search donations"));
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    layout->addWidget(m_search, 2);

    m_campaign = new QComboBox(bar);
    m_campaign->setAccessibleName(tr("Campaign"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(16);
    layout->addWidget(m_campaign, 1);

    m_method = new QComboBox(bar);
    m_method->setAccessibleName(tr("Method"));
    m_method->addItem(tr("All methods"));
    for (DonationMethod method : DonationCodes::methods())
        m_method->addItem(DonationCodes::methodLabel(method), DonationCodes::method(method));
    layout->addWidget(m_method);

    m_status = new QComboBox(bar);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"));
    for (DonationStatus status : DonationCodes::statuses())
        m_status->addItem(DonationCodes::statusLabel(status), DonationCodes::status(status));
    layout->addWidget(m_status);

    m_reconciled = new QComboBox(bar);
    m_reconciled->setAccessibleName(tr("Reconciled"));
    m_reconciled->addItem(tr("Reconciled or not"));
    m_reconciled->addItem(tr("Reconciled"), true);
    m_reconciled->addItem(tr("Not reconciled"), false);
    layout->addWidget(m_reconciled);

    layout->addWidget(new QLabel(tr("From"), bar));
    m_from = makeOpenDateEdit(bar, tr("From"));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), bar));
    m_to = makeOpenDateEdit(bar, tr("To"));
    layout->addWidget(m_to);

    m_donorChip = new QPushButton(bar);
    m_donorChip->setToolTip(tr("Show every donor again"));
    m_donorChip->hide();
    connect(m_donorChip, &QPushButton::clicked, this, [this] {
        m_donorFilter = QUuid();
        m_donorChip->hide();
        applyFilters();
    });
    layout->addWidget(m_donorChip);

    for (QComboBox* combo : { m_campaign, m_method, m_status, m_reconciled })
        connect(combo, &QComboBox::currentIndexChanged, this, &DonationsView::applyFilters);
    for (DateEdit* edit : { m_from, m_to })
        connect(edit, &DateEdit::dateEdited, this, &DonationsView::applyFilters);
    return bar;
}

void DonationsView::reloadCampaigns()
{
    const QVariant current = m_campaign->currentData();
    const QSignalBlocker blocker(m_campaign);
    m_campaign->clear();
    m_campaign->addItem(tr("All campaigns"));
    CampaignQuery query;
    query.sortColumn = CampaignColumn::Title;
    query.sortOrder = Qt::AscendingOrder;
    for (const CampaignRow& row : m_campaigns.rows(query, 0, 10000))
        m_campaign->addItem(row.title.isEmpty() ? tr("(untitled campaign)") : row.title, row.uuid);
    const int index = m_campaign->findData(current);
    m_campaign->setCurrentIndex(index >= 0 ? index : 0);
}

void DonationsView::applyFilters()
{
    if (!m_loaded)
        return; // read with these filters when first shown
    DonationQuery query;
    query.search = m_search->text().trimmed();
    if (m_campaign->currentData().isValid())
        query.campaign = m_campaign->currentData().toUuid();
    if (!m_donorFilter.isNull())
        query.donor = m_donorFilter;
    if (m_method->currentData().isValid())
        query.method = DonationCodes::methodFromCode(m_method->currentData().toString());
    if (m_status->currentData().isValid())
        query.status = DonationCodes::statusFromCode(m_status->currentData().toString());
    if (m_reconciled->currentData().isValid())
        query.reconciled = m_reconciled->currentData().toBool();
    if (m_from->date().isValid())
        query.from = m_from->date();
    if (m_to->date().isValid())
        query.to = m_to->date();
    runOrReport([&] { m_model->setFilters(query); },
                [this](const QString& message) { showMessage(message, true); });
}

void DonationsView::showDonor(const QUuid& donorUuid, const QString& donorName)
{
    m_donorFilter = donorUuid;
    m_donorChip->setText(tr("Donor: %1 ✕").arg(donorName));
    m_donorChip->show();
    applyFilters();
}

void DonationsView::reload()
{
    if (!m_loaded)
        return;
    runOrReport([&] { m_model->reload(); }, [this](const QString& message) { showMessage(message, true); });
}

void DonationsView::updateCount()
{
    m_count->setText(m_model->isTotalKnown()
                         ? tr("%n donation(s)", nullptr, m_model->totalCount())
                         : tr("More than %L1 donations (counting…)").arg(DonationListModel::kCountAtOnce));
}

void DonationsView::showMessage(const QString& text, bool problem)
{
    casedesk::showMessage(m_message, text, problem);
}

QUuid DonationsView::currentUuid() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->uuidAt(current.row()) : QUuid();
}

void DonationsView::newDonation()
{
    DonationDialog dialog(m_donations, m_donors, m_campaigns, std::nullopt, this);
    if (m_campaign->currentData().isValid())
        dialog.setCampaign(m_campaign->currentData().toUuid());
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("Donation recorded."), false);
    emit ledgerChanged();
}

void DonationsView::editCurrent()
{
    const QUuid uuid = currentUuid();
    if (uuid.isNull())
        return;
    const std::optional<Donation> donation = m_donations.load(uuid);
    if (!donation) {
        showMessage(tr("This donation no longer exists."), true);
        reload();
        return;
    }
    const QString lock = m_donations.lockReason(uuid);
    DonationDialog dialog(m_donations, m_donors, m_campaigns, donation, this);
    dialog.setLockReason(lock);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showMessage(tr("Donation saved."), false);
    emit ledgerChanged();
}

void DonationsView::removeCurrent()
{
    const QUuid uuid = currentUuid();
    if (uuid.isNull())
        return;
    const QString lock = m_donations.lockReason(uuid);
    if (!lock.isEmpty()) {
        showMessage(lock, true);
        return;
    }
    if (!Dialogs::confirm(
            this, tr("Delete the donation"),
            tr("Delete this donation from the ledger? Its receipt and reconciliation go with it."),
            tr("Delete")))
        return;
    runOrReport(
        [&] {
            m_donations.remove(uuid);
            showMessage(tr("Donation deleted."), false);
            emit ledgerChanged();
        },
        [this](const QString& message) { showMessage(message, true); });
}

void DonationsView::importStatement()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a bank statement"), QDir::homePath(),
        tr("Bank statements (*.xml *.camt *.053 *.ofx *.qfx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    StatementImportDialog dialog(m_database, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(dialog.resultText(), false);
    reload();
    emit ledgerChanged();
}

void DonationsView::importPlatformExport()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import a crowdfunding platform export"), QDir::homePath(),
                                       tr("Platform exports (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    PlatformImportDialog dialog(m_database, m_campaigns, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(dialog.resultText(), false);
    reload();
    emit ledgerChanged();
}

void DonationsView::exportCsv()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the donations"),
                                       QDir::home().filePath(tr("donations.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const DonationExport::Result result = DonationExport::write(m_donations, m_model->query(), path);
    if (!result.ok) {
        showMessage(result.errorMessage, true);
        return;
    }
    showMessage(
        tr("%n donation(s) exported to %1.", nullptr, result.rows).arg(QDir::toNativeSeparators(path)),
        false);
}

} // namespace casedesk
