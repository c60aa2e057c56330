#include "campaigns/CampaignsPage.h"

#include "campaigns/CampaignEditor.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignText.h"
#include "common/Attempt.h"
#include "common/LayoutMemory.h"
#include "common/RecordTable.h"
#include "itemmodels/CampaignListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

CampaignsPage::CampaignsPage(CampaignRepository& campaigns, AssociationRepository& associations,
                             SettingsRepository& settings, QWidget* parent)
    : QWidget(parent)
    , m_campaigns(campaigns)
    , m_model(new CampaignListModel(campaigns, this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_editor(new CampaignEditor(campaigns, associations, settings, this))
{
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignListModel::UpdatedAt, Qt::DescendingOrder);
    setUpRecordTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(CampaignListModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnHidden(CampaignListModel::Court, true);
    m_table->setColumnHidden(CampaignListModel::Cause, true);
    m_table->horizontalHeader()->resizeSection(CampaignListModel::Status, 90);
    m_table->horizontalHeader()->resizeSection(CampaignListModel::Goal, 100);
    m_table->horizontalHeader()->resizeSection(CampaignListModel::EndDate, 80);
    m_table->setColumnHidden(CampaignListModel::UpdatedAt, true);
    fitColumnsToTitles(m_table);
    // Every column can be shown (and so sorted on) from the header's context menu.
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &CampaignsPage::showColumnMenu);
    m_table->setAccessibleName(tr("Campaigns"));

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(buildFilterBar());
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_editor);
    // The editor gets the larger share: its seven tabs fit side by side from a 1280-pixel window
    // (French labels are the longest); the list elides long titles and shows them whole on hover.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 440, 760 });
    splitter->setChildrenCollapsible(false);
    LayoutMemory::remember(splitter, QStringLiteral("campaigns"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsPage::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CampaignsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the campaign being edited selected across reloads (sorting, filtering, a create).
        const int row = m_model->rowOf(m_editor->campaignUuid());
        if (row >= 0)
            m_table->selectRow(row);
    });
    connect(m_editor, &CampaignEditor::saveStateChanged, this, &CampaignsPage::saveStateChanged);
    updateCount();
}

QWidget* CampaignsPage::buildFilterBar()
{
    auto* bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search title, court, opposing party… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search campaigns"));
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->addItem(tr("All statuses"));
    for (CampaignStatus status : CampaignCodes::allStatuses())
        m_statusFilter->addItem(CampaignText::status(status), CampaignCodes::status(status));
    m_causeFilter = new QComboBox(bar);
    m_causeFilter->addItem(tr("All causes"));
    for (Cause cause : CampaignCodes::allCauses())
        m_causeFilter->addItem(CampaignText::cause(cause), CampaignCodes::cause(cause));
    auto* create = new QPushButton(tr("New campaign"), bar);
    create->setToolTip(tr("Start a new campaign draft (Ctrl+N)"));

    // The search gets a row of its own: beside the filters it was squeezed to "R…".
    for (QComboBox* filter : { m_statusFilter, m_causeFilter }) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(8);
    }
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(create);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_statusFilter, 1);
    filterRow->addWidget(m_causeFilter, 1);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);

    // Searching waits for a short pause in typing so each keystroke does not hit the database.
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &CampaignsPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CampaignsPage::applyFilters);
    connect(m_causeFilter, &QComboBox::currentIndexChanged, this, &CampaignsPage::applyFilters);
    connect(create, &QPushButton::clicked, this, &CampaignsPage::createCampaign);
    return bar;
}

void CampaignsPage::showColumnMenu(const QPoint& position)
{
    QMenu menu(this);
    for (int column = 0; column < CampaignListModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        // The title identifies the campaign; it always stays.
        action->setEnabled(column != CampaignListModel::Title);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

void CampaignsPage::applyFilters()
{
    m_model->setFilters(m_search->text(),
                        CampaignCodes::statusFromCode(m_statusFilter->currentData().toString()),
                        CampaignCodes::causeFromCode(m_causeFilter->currentData().toString()));
}

void CampaignsPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QUuid uuid = current.isValid() ? m_model->uuidAt(current.row()) : QUuid();
    if (uuid.isNull() || m_editor->setCampaign(uuid))
        return;
    // The edited campaign could not be saved: keep it selected with its message.
    const int row = m_model->rowOf(m_editor->campaignUuid());
    const QSignalBlocker blocker(m_table->selectionModel());
    if (row >= 0)
        m_table->selectRow(row);
}

void CampaignsPage::updateCount()
{
    const int total = m_campaigns.count({});
    m_count->setText(tr("%n campaign(s) shown", nullptr, m_model->totalCount()) + QStringLiteral(" · ")
                     + tr("%n in all", nullptr, total));
    emit campaignCountChanged(m_model->totalCount(), total);
}

void CampaignsPage::createCampaign()
{
    if (!m_editor->flush())
        return;
    // A new draft must be visible whatever filters were set.
    m_search->clear();
    m_statusFilter->setCurrentIndex(0);
    m_causeFilter->setCurrentIndex(0);
    Campaign campaign;
    const bool created
        = runOrReport([&] { campaign = m_campaigns.create(campaign); },
                      [this](const QString& message) {
                          QMessageBox::warning(this, tr("New campaign"),
                                               tr("Could not create the campaign: %1").arg(message));
                      });
    if (!created)
        return;
    selectCampaign(campaign.sync.uuid);
    m_editor->titleEdit()->setFocus();
}

void CampaignsPage::selectCampaign(const QUuid& uuid)
{
    if (!m_editor->setCampaign(uuid))
        return;
    int row = m_model->rowOf(uuid);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(uuid);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void CampaignsPage::selectFirstCampaign()
{
    if (m_model->rowCount() > 0)
        selectCampaign(m_model->uuidAt(0));
}

void CampaignsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace casedesk
