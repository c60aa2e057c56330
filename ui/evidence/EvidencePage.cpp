#include "evidence/EvidencePage.h"

#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignRepository.h"
#include "common/Attempt.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/Dialogs.h"
#include "common/FieldProblems.h"
#include "common/LayoutMemory.h"
#include "common/RecordTable.h"
#include "evidence/BordereauDialog.h"
#include "evidence/EvidenceDetails.h"
#include "evidence/EvidenceExport.h"
#include "evidence/EvidenceJobs.h"
#include "evidence/EvidencePreview.h"
#include "evidence/EvidenceRepository.h"
#include "evidence/EvidenceTaskBar.h"
#include "itemmodels/EvidenceListModel.h"
#include "procedures/ProcedureRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace casedesk {

EvidencePage::EvidencePage(Database& database, CampaignRepository& campaigns,
                           AssociationRepository& associations, QWidget* parent)
    : QWidget(parent)
    , m_campaigns(campaigns)
    , m_associations(associations)
    , m_evidence(std::make_unique<EvidenceRepository>(database, Vault(Vault::pathForDesk(database.path()))))
    , m_procedures(std::make_unique<ProcedureRepository>(database))
    , m_model(new EvidenceListModel(*m_evidence, this))
    , m_campaign(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
    , m_tasks(new EvidenceTaskBar(*m_evidence, campaigns, this))
    , m_details(new EvidenceDetails(this))
    , m_saveTimer(new QTimer(this))
{
    setAcceptDrops(true);
    m_campaign->setAccessibleName(tr("Campaign"));
    m_campaign->setMinimumContentsLength(30);
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_add = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Add files…"), this);
    m_open = new QPushButton(tr("&Open"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_verify = new QPushButton(tr("Check &integrity"), this);
    m_bordereau = new QPushButton(tr("&Bordereau (PDF)…"), this);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_open->setToolTip(
        tr("Opens a read-only copy in the usual application; the stored original never changes."));
    m_verify->setToolTip(
        tr("Re-reads every stored file and reports the pieces that are missing or altered."));
    m_export->setToolTip(tr("Copies the selected pieces (or all) into a folder with their bordereau."));
    m_limit = new QPushButton(tr("Size &limit…"), this);
    m_limit->setToolTip(tr("The largest file this desk accepts as a piece."));

    // Two rows: one for the campaign, one for the actions, so the page fits a 1280-pixel screen
    // with the French labels (one row needed more than 1,300 pixels).
    auto* campaignRow = new QHBoxLayout;
    campaignRow->addWidget(new QLabel(tr("Campaign:"), this));
    campaignRow->addWidget(m_campaign, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_open);
    actions->addWidget(m_remove);
    actions->addSpacing(12);
    actions->addWidget(m_verify);
    actions->addWidget(m_bordereau);
    actions->addWidget(m_export);
    actions->addWidget(m_limit);
    actions->addStretch(1);
    auto* top = new QVBoxLayout;
    top->addLayout(campaignRow);
    top->addLayout(actions);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDropIndicatorShown(true);
    m_view->setIconSize(QSize(EvidenceListModel::kThumbnailSize, EvidenceListModel::kThumbnailSize));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(EvidenceListModel::kThumbnailSize + 6);
    m_view->horizontalHeader()->setSectionResizeMode(EvidenceListModel::Title, QHeaderView::Stretch);
    m_view->setColumnWidth(EvidenceListModel::Number, EvidenceListModel::kThumbnailSize + 50);
    m_view->setColumnWidth(EvidenceListModel::DocumentDate, 90);
    m_view->setColumnWidth(EvidenceListModel::Source, 110);
    m_view->setColumnWidth(EvidenceListModel::Public, 70);
    m_view->setColumnWidth(EvidenceListModel::Size, 80);
    m_view->setAlternatingRowColors(true);
    // Titles as wide as their headers ("Fichier d'origine"), long names cut in the middle.
    showElidedTextInToolTips(m_view);
    fitColumnsToTitles(m_view, false); // the title takes the room; file names are cut in the middle
    m_view->setAccessibleName(tr("Pieces"));

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* hint
        = new QLabel(tr("Drop files here to attach them; drag a piece within the list to renumber."), this);
    hint->setEnabled(false);
    hint->setWordWrap(true);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    m_details->setEnabled(false);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 700, 450 });
    splitter->setChildrenCollapsible(false);
    LayoutMemory::remember(splitter, QStringLiteral("evidence"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_tasks);
    layout->addWidget(splitter, 1);
    layout->addWidget(hint);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &EvidencePage::save);
    connect(m_details, &EvidenceDetails::edited, this, &EvidencePage::markDirty);
    connect(m_add, &QPushButton::clicked, this, &EvidencePage::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &EvidencePage::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePage::removeSelected);
    connect(m_verify, &QPushButton::clicked, this, &EvidencePage::checkIntegrity);
    connect(m_bordereau, &QPushButton::clicked, this, &EvidencePage::askBordereau);
    connect(m_export, &QPushButton::clicked, this, &EvidencePage::askExport);
    connect(m_tasks, &EvidenceTaskBar::busyChanged, this, &EvidencePage::onBusyChanged);
    connect(m_tasks, &EvidenceTaskBar::finished, this, [this](const QString& summary, bool problem) {
        showMessage(summary, problem);
        emit jobFinished();
    });
    connect(m_limit, &QPushButton::clicked, this, &EvidencePage::askSizeLimit);
    connect(m_view, &QTableView::doubleClicked, this, &EvidencePage::openSelected);
    connect(m_model, &EvidenceListModel::filesDropped, this, &EvidencePage::attachFiles);
    connect(m_model, &EvidenceListModel::moveFailed, this,
            [this](const QString& text) { showMessage(text, true); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { flush(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the piece that was selected (its number may have changed).
        const int row = m_model->rowOf(m_current.sync.uuid);
        if (row >= 0)
            m_view->selectRow(row);
        showSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        flush();
        showSelected();
    });
    connect(m_campaign, &QComboBox::currentIndexChanged, this, [this] {
        flush();
        m_model->setCampaign(m_campaign->currentData().toUuid());
        showSelected();
    });
    for (auto signal : { &CampaignRepository::campaignCreated, &CampaignRepository::campaignRemoved,
                         &CampaignRepository::campaignSaved })
        connect(&m_campaigns, signal, this, &EvidencePage::reloadCampaigns);
    connect(&m_campaigns, &CampaignRepository::campaignsReset, this, &EvidencePage::reloadCampaigns);
    reloadCampaigns();
}

EvidencePage::~EvidencePage()
{
    flush();
}

QLineEdit* EvidencePage::titleEdit() const
{
    return m_details->titleEdit();
}

QCheckBox* EvidencePage::publicBox() const
{
    return m_details->publicBox();
}

void EvidencePage::reloadCampaigns()
{
    const QUuid current = m_campaign->currentData().toUuid();
    QSignalBlocker blocker(m_campaign);
    m_campaign->clear();
    CampaignQuery query;
    query.sortColumn = CampaignColumn::Title;
    query.sortOrder = Qt::AscendingOrder;
    runOrReport(
        [&] {
            for (const CampaignRow& row : m_campaigns.rows(query, 0, 10000))
                m_campaign->addItem(row.title.isEmpty() ? tr("(untitled)") : row.title, row.uuid);
        },
        [this](const QString& message) { showMessage(message, true); });
    const int index = m_campaign->findData(current);
    m_campaign->setCurrentIndex(index >= 0 ? index : (m_campaign->count() > 0 ? 0 : -1));
    blocker.unblock();
    const QUuid chosen = m_campaign->currentData().toUuid();
    if (chosen != m_model->campaign()) {
        m_model->setCampaign(chosen);
        showSelected();
    }
    updateActions();
}

void EvidencePage::setCampaign(const QUuid& campaignUuid)
{
    const int index = m_campaign->findData(campaignUuid);
    if (index >= 0)
        m_campaign->setCurrentIndex(index);
}

QUuid EvidencePage::campaign() const
{
    return m_model->campaign();
}

bool EvidencePage::isBusy() const
{
    return m_tasks->isBusy();
}

QProgressBar* EvidencePage::progressBar() const
{
    return m_tasks->progressBar();
}

QList<EvidencePiece> EvidencePage::selectedPieces() const
{
    QList<EvidencePiece> pieces;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        pieces.append(m_model->piece(index.row()));
    std::sort(pieces.begin(), pieces.end(),
              [](const EvidencePiece& a, const EvidencePiece& b) { return a.number < b.number; });
    return pieces;
}

void EvidencePage::updateActions()
{
    const bool busy = isBusy();
    const bool hasCampaign = !m_model->campaign().isNull();
    const bool hasPieces = m_model->rowCount() > 0;
    const int selected = m_view->selectionModel() ? int(m_view->selectionModel()->selectedRows().size()) : 0;
    m_add->setEnabled(hasCampaign && !busy);
    m_open->setEnabled(selected == 1);
    m_remove->setEnabled(selected >= 1 && !busy);
    m_verify->setEnabled(!busy);
    m_bordereau->setEnabled(hasPieces && !busy);
    m_export->setEnabled(hasPieces && !busy);
    m_view->setDragEnabled(!busy);
}

void EvidencePage::showMessage(const QString& text, bool problem)
{
    casedesk::showMessage(m_message, text, problem);
}

// --- Attaching ----------------------------------------------------------------------------------

void EvidencePage::chooseFiles()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Attach files as pieces"), QDir::homePath());
    if (!paths.isEmpty())
        attachFiles(paths);
}

void EvidencePage::attachFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (isBusy()) {
        showMessage(tr("Wait for the current task to finish (or cancel it) before attaching more files."),
                    true);
        return;
    }
    if (m_model->campaign().isNull()) {
        showMessage(tr("Create or choose a campaign before attaching files."), true);
        return;
    }
    m_tasks->attach(m_model->campaign(), paths);
}

void EvidencePage::cancelJob()
{
    m_tasks->cancel();
}

void EvidencePage::checkIntegrity()
{
    m_tasks->checkIntegrity();
}

// While a task runs the campaign stays the same and what it would disturb waits.
void EvidencePage::onBusyChanged(bool busy)
{
    m_campaign->setEnabled(!busy);
    if (busy)
        showMessage(QString(), false);
    updateActions();
}

void EvidencePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !m_model->campaign().isNull())
        event->acceptProposedAction();
}

void EvidencePage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(paths);
}

// --- Details --------------------------------------------------------------------------------------

void EvidencePage::showSelected()
{
    const QList<EvidencePiece> selected = selectedPieces();
    m_loading = true;
    m_dirty = false;
    m_current = selected.size() == 1 ? selected.first() : EvidencePiece();
    const bool one = !m_current.sync.uuid.isNull();
    m_details->setEnabled(one);
    m_details->showPiece(m_current, one ? m_evidence->vault().filePath(m_current.sha256) : QString());
    m_loading = false;
    updateActions();
}

void EvidencePage::markDirty()
{
    if (m_loading || m_current.sync.uuid.isNull())
        return;
    m_dirty = true;
    emit saveStateChanged(tr("Saving…"));
    m_saveTimer->start();
}

bool EvidencePage::flush()
{
    m_saveTimer->stop();
    return !m_dirty || save();
}

bool EvidencePage::save()
{
    if (!m_dirty || m_current.sync.uuid.isNull())
        return true;
    EvidencePiece piece = m_current;
    m_details->collectInto(piece.metadata);
    m_dirty = false;
    QList<FieldProblem> problems;
    // Saving reloads the list, which shows the piece again.
    const bool written = runOrReport([&] { problems = m_evidence->update(piece); },
                                     [this](const QString& message) {
                                         showMessage(message, true);
                                         m_dirty = true; // the edit stays in the form, to be corrected
                                     },
                                     [this](const QString& message) {
                                         showMessage(message, true);
                                         m_model->reload();
                                     });
    if (written && problems.isEmpty()) {
        emit saveStateChanged(
            tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        return true;
    }
    if (written) {
        showMessage(fieldProblemsText(problems), true);
        m_dirty = true; // the edit stays in the form, so the user can correct it
    }
    emit saveStateChanged(tr("Not saved"));
    return false;
}

// --- Actions on pieces ------------------------------------------------------------------------------

void EvidencePage::removeSelected()
{
    const QList<EvidencePiece> pieces = selectedPieces();
    if (pieces.isEmpty() || !flush())
        return;
    QStringList names;
    for (const EvidencePiece& piece : pieces)
        names.append(tr("no. %1 \"%2\"").arg(piece.number).arg(piece.metadata.title));
    if (!Dialogs::confirm(
            this, tr("Remove pieces"),
            tr("Remove %1? The other pieces keep their numbers.").arg(names.join(QStringLiteral(", "))),
            tr("Remove")))
        return;
    runOrReport(
        [&] {
            QList<QUuid> uuids;
            for (const EvidencePiece& piece : pieces)
                uuids.append(piece.sync.uuid);
            m_evidence->remove(uuids);
            showMessage(tr("%n piece(s) removed.", nullptr, int(pieces.size())), false);
        },
        [this](const QString& message) {
            showMessage(message, true);
            m_model->reload();
        });
}

void EvidencePage::openSelected()
{
    const QList<EvidencePiece> pieces = selectedPieces();
    if (pieces.size() != 1)
        return;
    // A private (0700), unpredictable folder for the viewing copies, removed with the page: a
    // private piece must not become readable by other users of the machine.
    if (!m_viewingFolder) {
        m_viewingFolder = std::make_unique<QTemporaryDir>(
            QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                .filePath(QStringLiteral("casedesk-view-XXXXXX")));
    }
    if (!m_viewingFolder->isValid()) {
        showMessage(
            tr("Cannot create a private folder for the viewing copy: %1").arg(m_viewingFolder->errorString()),
            true);
        m_viewingFolder.reset();
        return;
    }
    const QString folder = m_viewingFolder->path();
    QString error;
    const QString copy = EvidenceExport::viewingCopy(m_evidence->vault(), pieces.first(), folder, &error);
    if (copy.isEmpty()) {
        showMessage(error, true);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy)))
        showMessage(tr("No application could open %1.").arg(QDir::toNativeSeparators(copy)), true);
}

BordereauHeader EvidencePage::proposedHeader()
{
    const std::optional<Campaign> campaign = m_campaigns.load(m_model->campaign());
    if (!campaign)
        return {};
    const QList<Procedure> procedures = m_procedures->forCampaign(campaign->sync.uuid);
    return EvidenceExport::defaultHeader(*campaign, m_associations.load(),
                                         procedures.size() == 1 ? &procedures.first() : nullptr,
                                         Clock::today());
}

bool EvidencePage::writeBordereau(const QString& path, const BordereauHeader& header)
{
    QList<EvidencePiece> pieces = selectedPieces();
    if (pieces.size() <= 1)
        pieces = m_model->pieces(); // one selected row is where the user stands, not a choice
    QString error;
    if (!BordereauWriter::writePdf(path, header, EvidenceExport::entries(pieces), &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Bordereau of %n piece(s) written to %1.", nullptr, int(pieces.size()))
                    .arg(QDir::toNativeSeparators(path)),
                false);
    return true;
}

bool EvidencePage::exportSelected(const QString& folder, const BordereauHeader& header)
{
    QList<EvidencePiece> pieces = selectedPieces();
    if (pieces.size() <= 1)
        pieces = m_model->pieces();
    QStringList written;
    QString error;
    if (!EvidenceExport::exportTo(m_evidence->vault(), pieces, header, folder, &written, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("%n piece(s) and the bordereau written to %1.", nullptr, int(pieces.size()))
                    .arg(QDir::toNativeSeparators(folder)),
                false);
    return true;
}

void EvidencePage::askBordereau()
{
    if (!flush())
        return;
    const int count = selectedPieces().size() > 1 ? int(selectedPieces().size()) : m_model->rowCount();
    BordereauDialog dialog(proposedHeader(), count, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the bordereau"),
                                                      QDir::home().filePath(QStringLiteral("Bordereau.pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        writeBordereau(path, dialog.header());
}

void EvidencePage::askExport()
{
    if (!flush())
        return;
    const int count = selectedPieces().size() > 1 ? int(selectedPieces().size()) : m_model->rowCount();
    BordereauDialog dialog(proposedHeader(), count, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export the pieces into an empty folder"), QDir::homePath());
    if (!folder.isEmpty())
        exportSelected(folder, dialog.header());
}

void EvidencePage::askSizeLimit()
{
    runOrReport(
        [&] {
            const qint64 mebibyte = 1024 * 1024;
            bool ok = false;
            const int current = int(std::min<qint64>(m_evidence->maxFileBytes() / mebibyte, 1024 * 1024));
            const int chosen
                = QInputDialog::getInt(this, tr("Size limit"), tr("Largest file accepted as a piece (MiB):"),
                                       std::max(1, current), 1, 1024 * 1024, 64, &ok);
            if (!ok)
                return;
            m_evidence->setMaxFileBytes(qint64(chosen) * mebibyte);
            showMessage(tr("Files up to %1 MiB are now accepted as pieces.").arg(chosen), false);
        },
        [this](const QString& message) { showMessage(message, true); });
}

} // namespace casedesk
