#include "procedures/ProceduresPage.h"

#include "campaigns/CampaignRepository.h"
#include "common/Attempt.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "common/FieldProblems.h"
#include "itemmodels/DeadlineListModel.h"
#include "procedures/DeadlineService.h"
#include "procedures/MilestoneDialog.h"
#include "procedures/ProcedureDialog.h"
#include "procedures/ProcedureRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace casedesk {

namespace {

constexpr int kUuidRole = Qt::UserRole + 1;

const QColor kMet(0x55, 0x77, 0x55);

} // namespace

ProceduresPage::ProceduresPage(ProcedureRepository& procedures, CampaignRepository& campaigns,
                               QWidget* parent)
    : QWidget(parent)
    , m_procedures(procedures)
    , m_campaigns(campaigns)
    , m_campaign(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_header(new QLabel(this))
    , m_timeline(new QTreeWidget(this))
    , m_explanation(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_newAppeal(new QPushButton(tr("New &appeal…"), this))
    , m_editProcedure(new QPushButton(tr("&Edit…"), this))
    , m_deleteProcedure(new QPushButton(tr("Delete"), this))
    , m_newMilestone(new QPushButton(tr("Add &milestone…"), this))
    , m_editMilestone(new QPushButton(tr("Edit…"), this))
    , m_doneMilestone(new QPushButton(tr("Mark &met"), this))
    , m_deleteMilestone(new QPushButton(tr("Delete"), this))
{
    auto* top = new QHBoxLayout;
    auto* campaignLabel = new QLabel(tr("&Campaign:"), this);
    campaignLabel->setBuddy(m_campaign);
    m_campaign->setMinimumContentsLength(40);
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    top->addWidget(campaignLabel);
    top->addWidget(m_campaign, 1);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_message->hide();

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildProcedureSide());
    splitter->addWidget(buildTimelineSide());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 560, 720 });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_campaign, &QComboBox::currentIndexChanged, this, &ProceduresPage::reloadProcedures);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ProceduresPage::reloadTimeline);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ProceduresPage::editProcedure);
    connect(m_timeline, &QTreeWidget::currentItemChanged, this, &ProceduresPage::showMilestoneDetails);
    connect(m_timeline, &QTreeWidget::itemActivated, this, &ProceduresPage::editMilestone);
    connect(&m_procedures.milestones(), &MilestoneRepository::milestonesChanged, this,
            [this](const QUuid& procedure) {
                if (procedure == currentProcedure())
                    reloadTimeline();
            });
    reloadCampaigns();
}

QWidget* ProceduresPage::buildProcedureSide()
{
    auto* side = new QWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Procedure"), tr("Kind"), tr("Status") });
    m_tree->setRootIsDecorated(true);
    m_tree->setAccessibleName(tr("Procedures and their appeals"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->setColumnWidth(1, 150);
    auto* newProcedure = new QPushButton(tr("&New procedure…"), side);
    connect(newProcedure, &QPushButton::clicked, this, &ProceduresPage::newProcedure);
    connect(m_newAppeal, &QPushButton::clicked, this, &ProceduresPage::newAppeal);
    connect(m_editProcedure, &QPushButton::clicked, this, &ProceduresPage::editProcedure);
    connect(m_deleteProcedure, &QPushButton::clicked, this, &ProceduresPage::deleteProcedure);
    m_newAppeal->setToolTip(tr("A procedure that challenges the selected one's decision (appeal, pourvoi)."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newProcedure);
    buttons->addWidget(m_newAppeal);
    buttons->addWidget(m_editProcedure);
    buttons->addStretch();
    buttons->addWidget(m_deleteProcedure);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    return side;
}

QWidget* ProceduresPage::buildTimelineSide()
{
    auto* side = new QWidget(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeline->setColumnCount(5);
    m_timeline->setHeaderLabels(
        { tr("Date"), tr("Milestone"), tr("Title"), tr("Deadline"), tr("Public page") });
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_timeline->header()->setStretchLastSection(false);
    m_explanation->setReadOnly(true);
    m_explanation->setMaximumHeight(170);
    m_explanation->setPlaceholderText(tr("Select a deadline to see how it was computed."));
    m_explanation->setAccessibleName(tr("How the deadline was computed"));
    connect(m_newMilestone, &QPushButton::clicked, this, &ProceduresPage::newMilestone);
    connect(m_editMilestone, &QPushButton::clicked, this, &ProceduresPage::editMilestone);
    connect(m_doneMilestone, &QPushButton::clicked, this, &ProceduresPage::toggleMilestoneDone);
    connect(m_deleteMilestone, &QPushButton::clicked, this, &ProceduresPage::deleteMilestone);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newMilestone);
    buttons->addWidget(m_editMilestone);
    buttons->addWidget(m_doneMilestone);
    buttons->addStretch();
    buttons->addWidget(m_deleteMilestone);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_timeline, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_explanation);
    return side;
}

void ProceduresPage::reloadCampaigns()
{
    const QUuid current = currentCampaign();
    {
        const QSignalBlocker blocker(m_campaign);
        m_campaign->clear();
        CampaignQuery query;
        query.sortColumn = CampaignColumn::Title;
        query.sortOrder = Qt::AscendingOrder;
        // A desk holds tens of campaigns, not thousands: the chooser lists them all.
        for (const CampaignRow& row : m_campaigns.rows(query, 0, 10000))
            m_campaign->addItem(row.title, row.uuid);
        const int index = m_campaign->findData(current);
        m_campaign->setCurrentIndex(index >= 0 ? index : 0);
    }
    reloadProcedures();
}

void ProceduresPage::setCampaign(const QUuid& campaignUuid)
{
    const int index = m_campaign->findData(campaignUuid);
    if (index >= 0)
        m_campaign->setCurrentIndex(index);
}

QUuid ProceduresPage::currentCampaign() const
{
    return m_campaign->currentData().toUuid();
}

QUuid ProceduresPage::currentProcedure() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, kUuidRole).toUuid() : QUuid();
}

QUuid ProceduresPage::currentMilestone() const
{
    return m_timeline->currentItem() ? m_timeline->currentItem()->data(0, kUuidRole).toUuid() : QUuid();
}

void ProceduresPage::selectProcedure(const QUuid& procedureUuid)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kUuidRole).toUuid() == procedureUuid) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void ProceduresPage::selectMilestone(const QUuid& milestoneUuid)
{
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        if (m_timeline->topLevelItem(i)->data(0, kUuidRole).toUuid() == milestoneUuid) {
            m_timeline->setCurrentItem(m_timeline->topLevelItem(i));
            return;
        }
    }
}

void ProceduresPage::reloadProcedures()
{
    const QUuid selected = currentProcedure();
    m_tree->clear();
    QHash<QUuid, QTreeWidgetItem*> items;
    runOrReport(
        [&] {
            for (const Procedure& procedure : m_procedures.forCampaign(currentCampaign())) {
                QTreeWidgetItem* parent = items.value(procedure.appealsUuid);
                auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
                item->setText(0, procedure.displayName());
                item->setText(1, ProcedureText::kind(procedure.kind));
                item->setText(2, ProcedureText::status(procedure.status));
                item->setToolTip(0,
                                 procedure.parties.isEmpty() ? procedure.displayName() : procedure.parties);
                item->setData(0, kUuidRole, procedure.sync.uuid);
                items.insert(procedure.sync.uuid, item);
            }
        },
        [this](const QString& message) { showError(message); });
    m_tree->expandAll();
    m_tree->resizeColumnToContents(2);
    if (!selected.isNull())
        selectProcedure(selected);
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    reloadTimeline();
}

void ProceduresPage::reloadTimeline()
{
    const QUuid selectedMilestone = currentMilestone();
    m_timeline->clear();
    m_explanation->clear();
    const QUuid uuid = currentProcedure();
    std::optional<Procedure> procedure;
    runOrReport([&] { procedure = uuid.isNull() ? std::nullopt : m_procedures.load(uuid); },
                [this](const QString& message) { showError(message); });
    if (!procedure) {
        m_header->setText(m_campaign->count() == 0
                              ? tr("<i>Create a campaign first; procedures belong to a campaign.</i>")
                              : tr("<i>No procedure selected. Add the first one with “New procedure…”.</i>"));
        updateButtons();
        return;
    }
    QStringList lines
        = { QStringLiteral("<b>%1</b> — %2")
                .arg(procedure->displayName().toHtmlEscaped(), ProcedureText::kind(procedure->kind)) };
    QStringList details;
    details.append(tr("Status: %1").arg(ProcedureText::status(procedure->status)));
    if (!procedure->lawyer.isEmpty())
        details.append(tr("Lawyer: %1").arg(procedure->lawyer.toHtmlEscaped()));
    if (!procedure->parties.isEmpty())
        details.append(tr("Parties: %1").arg(procedure->parties.toHtmlEscaped()));
    if (procedure->region == HolidayRegion::AlsaceMoselle)
        details.append(tr("Alsace-Moselle holidays"));
    lines.append(details.join(QStringLiteral(" · ")));
    m_header->setText(lines.join(QStringLiteral("<br>")));

    const QDate today = Clock::today();
    for (const Milestone& milestone : m_procedures.milestones().forProcedure(uuid)) {
        auto* item = new QTreeWidgetItem(m_timeline);
        item->setText(0, QLocale().toString(milestone.date, QStringLiteral("ddd d MMM yyyy")));
        item->setText(1, ProcedureText::milestoneKind(milestone.kind));
        item->setToolTip(1, item->text(1));
        item->setText(2, milestone.title);
        item->setData(0, kUuidRole, milestone.sync.uuid);
        if (milestone.isPublic) {
            item->setText(4, tr("Shown"));
            item->setToolTip(4, tr("Shown on the campaign's public page (kind, date and title)"));
        }
        if (milestone.isDeadline()) {
            QColor color;
            if (milestone.done) {
                item->setText(3, tr("Met"));
                color = kMet;
            } else {
                item->setText(3, DeadlineListModel::daysText(int(today.daysTo(milestone.date))));
                color = DeadlineService::colour(DeadlineService::urgency(milestone.date, today));
            }
            QFont font = item->font(0);
            font.setBold(!milestone.done);
            for (int column = 0; column < 4; ++column) {
                item->setFont(column, font);
                if (color.isValid())
                    item->setForeground(column, color);
            }
        }
    }
    for (int column = 0; column < m_timeline->columnCount(); ++column) {
        if (column != 2)
            m_timeline->resizeColumnToContents(column);
    }
    // A long kind ("Publication ou notification de la décision attaquée") must not squeeze the
    // title: it is cut, and whole in its tooltip.
    m_timeline->setColumnWidth(1, std::min(m_timeline->columnWidth(1), 200));
    if (!selectedMilestone.isNull())
        selectMilestone(selectedMilestone);
    showMilestoneDetails();
}

void ProceduresPage::showMilestoneDetails()
{
    m_explanation->clear();
    const QUuid uuid = currentMilestone();
    if (!uuid.isNull()) {
        const std::optional<Milestone> milestone = m_procedures.milestones().load(uuid);
        if (milestone && milestone->isDeadline()) {
            const ComputedDeadline computed = DeadlineService(m_procedures.database()).explain(*milestone);
            QStringList text = { tr("Due: %1").arg(FrenchCalendar::longDate(milestone->date)) };
            if (computed.isValid()) {
                text.append(QString());
                text += computed.explanation();
            } else {
                text.append(tr("Entered by hand, not computed by a rule."));
            }
            if (!milestone->note.isEmpty())
                text += { QString(), milestone->note };
            m_explanation->setPlainText(text.join(QLatin1Char('\n')));
        } else if (milestone && !milestone->note.isEmpty()) {
            m_explanation->setPlainText(milestone->note);
        }
    }
    updateButtons();
}

void ProceduresPage::updateButtons()
{
    const bool hasProcedure = !currentProcedure().isNull();
    const bool hasMilestone = !currentMilestone().isNull();
    m_newAppeal->setEnabled(hasProcedure);
    m_editProcedure->setEnabled(hasProcedure);
    m_deleteProcedure->setEnabled(hasProcedure);
    m_newMilestone->setEnabled(hasProcedure);
    m_editMilestone->setEnabled(hasMilestone);
    m_deleteMilestone->setEnabled(hasMilestone);
    bool isOpenDeadline = false;
    bool isDeadline = false;
    if (hasMilestone) {
        const std::optional<Milestone> milestone = m_procedures.milestones().load(currentMilestone());
        isDeadline = milestone && milestone->isDeadline();
        isOpenDeadline = isDeadline && !milestone->done;
    }
    m_doneMilestone->setEnabled(isDeadline);
    m_doneMilestone->setText(isDeadline && !isOpenDeadline ? tr("Re&open") : tr("Mark &met"));
}

void ProceduresPage::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool ProceduresPage::attempt(const std::function<void()>& write)
{
    return attemptChecked([&] {
        write();
        return QList<FieldProblem>();
    });
}

bool ProceduresPage::attemptChecked(const std::function<QList<FieldProblem>()>& write)
{
    QList<FieldProblem> problems;
    if (!runOrReport([&] { problems = write(); }, [this](const QString& message) { showError(message); }))
        return false;
    showError(fieldProblemsText(problems));
    return problems.isEmpty();
}

void ProceduresPage::openProcedureDialog(const Procedure& procedure)
{
    ProcedureDialog dialog(m_procedures, procedure, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Procedure edited = dialog.procedure();
    const bool created = edited.sync.uuid.isNull();
    if (attemptChecked([&] { return created ? m_procedures.create(edited) : m_procedures.save(edited); })) {
        reloadProcedures();
        selectProcedure(edited.sync.uuid);
    } else {
        reloadProcedures();
    }
}

void ProceduresPage::newProcedure()
{
    if (currentCampaign().isNull()) {
        showError(tr("Create a campaign first; procedures belong to a campaign."));
        return;
    }
    Procedure procedure;
    procedure.campaignUuid = currentCampaign();
    procedure.status = ProcedureStatus::Preparing;
    openProcedureDialog(procedure);
}

void ProceduresPage::newAppeal()
{
    const std::optional<Procedure> appealed = m_procedures.load(currentProcedure());
    if (!appealed)
        return;
    Procedure procedure;
    procedure.campaignUuid = appealed->campaignUuid;
    procedure.appealsUuid = appealed->sync.uuid;
    procedure.kind = ProcedureKind::Appeal;
    procedure.status = ProcedureStatus::Preparing;
    procedure.region = appealed->region;
    procedure.lawyer = appealed->lawyer;
    procedure.parties = appealed->parties;
    // The usual next court up.
    switch (appealed->court) {
    case Court::TribunalAdministratif:
        procedure.court = appealed->kind == ProcedureKind::RefereSuspension ? Court::ConseilEtat
                                                                            : Court::CourAdministrativeAppel;
        procedure.kind = appealed->kind == ProcedureKind::RefereSuspension ? ProcedureKind::Cassation
                                                                           : ProcedureKind::Appeal;
        break;
    case Court::CourAdministrativeAppel:
        procedure.court = Court::ConseilEtat;
        procedure.kind = ProcedureKind::Cassation;
        break;
    case Court::TribunalJudiciaire:
    case Court::TribunalCorrectionnel:
        procedure.court = Court::CourAppel;
        break;
    case Court::CourAppel:
        procedure.court = Court::CourCassation;
        procedure.kind = ProcedureKind::Cassation;
        break;
    default:
        procedure.court = Court::Other;
        break;
    }
    if (procedure.court == Court::ConseilEtat)
        procedure.courtName = ProcedureText::court(Court::ConseilEtat);
    if (procedure.court == Court::CourCassation)
        procedure.courtName = ProcedureText::court(Court::CourCassation);
    openProcedureDialog(procedure);
}

void ProceduresPage::editProcedure()
{
    if (const std::optional<Procedure> procedure = m_procedures.load(currentProcedure()))
        openProcedureDialog(*procedure);
}

void ProceduresPage::deleteProcedure()
{
    const std::optional<Procedure> procedure = m_procedures.load(currentProcedure());
    if (!procedure)
        return;
    if (!Dialogs::confirm(this, tr("Delete procedure"),
                          tr("Delete \"%1\" and its %n milestone(s)?", nullptr,
                             int(m_procedures.milestones().forProcedure(procedure->sync.uuid).size()))
                              .arg(procedure->displayName()),
                          tr("Delete")))
        return;
    attempt([&] { m_procedures.remove(procedure->sync.uuid); });
    reloadProcedures();
}

void ProceduresPage::newMilestone()
{
    const std::optional<Procedure> procedure = m_procedures.load(currentProcedure());
    if (!procedure)
        return;
    Milestone milestone;
    milestone.procedureUuid = procedure->sync.uuid;
    milestone.kind = MilestoneKind::Notification;
    milestone.date = Clock::today();
    MilestoneDialog dialog(m_procedures, *procedure, milestone, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Milestone recorded = dialog.milestone();
    Milestone deadline;
    const QString ruleId = dialog.deadlineRuleId();
    if (attemptChecked([&] { return m_procedures.milestones().record(recorded, ruleId, &deadline); })) {
        reloadTimeline();
        selectMilestone(ruleId.isEmpty() ? recorded.sync.uuid : deadline.sync.uuid);
    }
}

void ProceduresPage::editMilestone()
{
    const std::optional<Procedure> procedure = m_procedures.load(currentProcedure());
    const std::optional<Milestone> milestone = m_procedures.milestones().load(currentMilestone());
    if (!procedure || !milestone)
        return;
    MilestoneDialog dialog(m_procedures, *procedure, *milestone, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Milestone edited = dialog.milestone();
    attemptChecked([&] { return m_procedures.milestones().save(edited); });
    reloadTimeline();
}

void ProceduresPage::toggleMilestoneDone()
{
    const std::optional<Milestone> milestone = m_procedures.milestones().load(currentMilestone());
    if (!milestone || !milestone->isDeadline())
        return;
    attempt([&] { m_procedures.milestones().setDone(milestone->sync.uuid, !milestone->done); });
}

void ProceduresPage::deleteMilestone()
{
    const std::optional<Milestone> milestone = m_procedures.milestones().load(currentMilestone());
    if (!milestone)
        return;
    if (!Dialogs::confirm(
            this, tr("Delete milestone"),
            tr("Delete \"%1\" of %2?").arg(milestone->title, milestone->date.toString(Qt::ISODate)),
            tr("Delete")))
        return;
    attempt([&] { m_procedures.milestones().remove(milestone->sync.uuid); });
}

} // namespace casedesk
