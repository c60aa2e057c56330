#include "campaigns/CampaignEditor.h"

#include "campaigns/AssociationRepository.h"
#include "campaigns/CampaignBudgetForm.h"
#include "campaigns/CampaignCaseForm.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignRules.h"
#include "campaigns/CampaignText.h"
#include "campaigns/FeePanel.h"
#include "campaigns/MarkdownEditor.h"
#include "campaigns/NewsEditor.h"
#include "campaigns/NewsRepository.h"
#include "campaigns/PressArticlesEditor.h"
#include "campaigns/StatusHistoryList.h"
#include "common/Attempt.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/Dialogs.h"
#include "common/EditHistory.h"
#include "common/MoneyEdit.h"
#include "common/ReadOnlyLook.h"
#include "settings/SettingsRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QString statusColour(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft:
        return QStringLiteral("#6b7280");
    case CampaignStatus::InReview:
        return QStringLiteral("#b45309");
    case CampaignStatus::Approved:
        return QStringLiteral("#1d4ed8");
    case CampaignStatus::Published:
        return QStringLiteral("#047857");
    case CampaignStatus::Funded:
        return QStringLiteral("#7c3aed");
    case CampaignStatus::Closed:
    case CampaignStatus::Withdrawn:
        return QStringLiteral("#374151");
    }
    return QStringLiteral("#6b7280");
}

} // namespace

CampaignEditor::CampaignEditor(CampaignRepository& campaigns, AssociationRepository& associations,
                               SettingsRepository& settings, QWidget* parent)
    : QWidget(parent)
    , m_campaigns(campaigns)
    , m_associations(associations)
    , m_settings(settings)
    , m_heading(new QLabel(this))
    , m_statusBadge(new QLabel(this))
    , m_transitionBar(new QHBoxLayout)
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_autosave(new QTimer(this))
    , m_history(new QUndoStack(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_statusBadge);
    m_transitionBar->addStretch();

    m_case = new CampaignCaseForm(this);
    m_tabs->addTab(m_case, tr("&Case"));
    m_description = new MarkdownEditor(this);
    m_tabs->addTab(m_description, tr("&Description"));
    m_budgetForm = new CampaignBudgetForm(m_settings, this);
    m_tabs->addTab(m_budgetForm, tr("&Budget and fees"));
    m_press = new PressArticlesEditor(this);
    m_tabs->addTab(m_press, tr("&Press"));
    m_howMoneyUsed = new QPlainTextEdit(this);
    m_howMoneyUsed->setTabChangesFocus(true);
    m_howMoneyUsed->setPlaceholderText(
        tr("Explain to donors how their money will be spent, and what happens to "
           "any surplus."));
    m_tabs->addTab(m_howMoneyUsed, tr("&Use of funds"));
    // News are written whatever the campaign's status: the platform shows them while it is public.
    m_news = new NewsEditor(*new NewsRepository(campaigns.database(), this), this);
    m_tabs->addTab(m_news, tr("Ne&ws"));
    m_statusHistory = new StatusHistoryList(campaigns, this);
    m_tabs->addTab(m_statusHistory, tr("&History"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_transitionBar);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    // Ctrl+Z in a field goes to Edit > Undo, which undoes (and saves) whole edits of the campaign.
    for (QWidget* field : typedFields())
        routeUndoToWindow(field);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &CampaignEditor::save);
    connectEdits();
    connect(&m_settings, &SettingsRepository::feeSettingsChanged, this, &CampaignEditor::refreshFees);
    setEnabled(false);
}

QLineEdit* CampaignEditor::titleEdit() const
{
    return m_case->titleEdit();
}

QPlainTextEdit* CampaignEditor::summaryEdit() const
{
    return m_case->summaryEdit();
}

QLineEdit* CampaignEditor::courtEdit() const
{
    return m_case->courtEdit();
}

MoneyEdit* CampaignEditor::goalEdit() const
{
    return m_budgetForm->goalEdit();
}

DateEdit* CampaignEditor::endDateEdit() const
{
    return m_budgetForm->endDateEdit();
}

QLabel* CampaignEditor::budgetWarningLabel() const
{
    return m_budgetForm->budgetWarningLabel();
}

BudgetLinesEditor* CampaignEditor::budgetEditor() const
{
    return m_budgetForm->budgetEditor();
}

QList<QWidget*> CampaignEditor::typedFields() const
{
    return m_case->typedFields() + m_budgetForm->typedFields()
        + QList<QWidget*> { m_howMoneyUsed, m_description->sourceEdit(), m_press->table() };
}

void CampaignEditor::connectEdits()
{
    // textChanged, not textEdited: a field's own undo (its context menu) is saved like typing.
    connect(m_case, &CampaignCaseForm::edited, this, &CampaignEditor::markDirty);
    connect(m_howMoneyUsed, &QPlainTextEdit::textChanged, this, &CampaignEditor::markDirty);
    connect(m_description, &MarkdownEditor::edited, this, &CampaignEditor::markDirty);
    connect(m_budgetForm, &CampaignBudgetForm::edited, this, &CampaignEditor::markDirty);
    connect(m_press, &PressArticlesEditor::edited, this, &CampaignEditor::markDirty);
    connect(m_budgetForm, &CampaignBudgetForm::problemsChanged, this, &CampaignEditor::onFieldProblemChanged);
    connect(m_press, &PressArticlesEditor::problemsChanged, this, &CampaignEditor::onFieldProblemChanged);
    connect(m_case, &CampaignCaseForm::problemsChanged, this, &CampaignEditor::onFieldProblemChanged);
    connect(m_case, &CampaignCaseForm::titleEdited, this,
            [this](const QString& text) { m_heading->setText(text.isEmpty() ? tr("(untitled)") : text); });
}

void CampaignEditor::markDirty()
{
    if (m_loading || !m_campaign.isEditable())
        return;
    m_dirty = true;
    m_autosave->start();
    emit saveStateChanged(tr("Editing…"));
}

bool CampaignEditor::setCampaign(const QUuid& uuid)
{
    if (uuid == m_campaign.sync.uuid && !uuid.isNull())
        return true;
    // Edits that could not be saved stay on screen, with their message, rather than vanish.
    flush();
    if (m_dirty)
        return false;
    const std::optional<Campaign> loaded = uuid.isNull() ? std::nullopt : m_campaigns.load(uuid);
    m_campaign = loaded.value_or(Campaign());
    m_pendingReview = false;
    m_message->hide();
    setEnabled(loaded.has_value());
    showCampaign();
    resetHistory();
    m_news->setCampaign(m_campaign.sync.uuid);
    return true;
}

void CampaignEditor::collectInto(Campaign& c) const
{
    m_case->collectInto(c);
    c.description = m_description->markdown();
    m_budgetForm->collectInto(c);
    c.pressArticles = m_press->articles();
    c.howMoneyUsed = m_howMoneyUsed->toPlainText().trimmed();
}

bool CampaignEditor::flush()
{
    const bool newsSaved = m_news->flush();
    if (!m_dirty)
        return newsSaved;
    m_autosave->stop();
    return save();
}

// What the fields refuse now, one sentence each: nothing is saved while there is any.
QString CampaignEditor::fieldRefusals() const
{
    const QStringList reasons = m_case->problems() + m_budgetForm->problems() + m_press->problems();
    return reasons.join(QLatin1Char('\n'));
}

void CampaignEditor::setRefusal(const QString& reason)
{
    if (reason == m_refusal)
        return;
    m_refusal = reason;
    emit unsavedChanged(reason);
    if (!reason.isEmpty())
        emit saveStateChanged(tr("Not saved: %1").arg(reason.section(QLatin1Char('\n'), 0, 0)));
}

void CampaignEditor::onFieldProblemChanged()
{
    if (m_loading || !m_campaign.isEditable())
        return;
    const QString refusals = fieldRefusals();
    if (!refusals.isEmpty()) {
        // The text on screen is not what the desk holds: say so until it is fixed.
        m_dirty = true;
        setRefusal(refusals);
        return;
    }
    if (!m_refusal.isEmpty()) {
        setRefusal({});
        markDirty();
    }
}

bool CampaignEditor::save()
{
    if (!m_dirty || m_campaign.sync.uuid.isNull())
        return true;
    const QString refusals = fieldRefusals();
    if (!refusals.isEmpty()) {
        setRefusal(refusals);
        return false;
    }
    const Campaign before = m_campaign;
    Campaign edited = m_campaign;
    collectInto(edited);
    QList<FieldProblem> problems;
    const bool saved = runOrReport([&] { problems = m_campaigns.save(edited); },
                                   [this](const QString& message) {
                                       // Keep the user's text on screen and dirty so a later save can still
                                       // succeed.
                                       showMessage(tr("Could not save: %1").arg(message), true);
                                       emit saveStateChanged(tr("Not saved"));
                                   },
                                   [this](const QString& message) {
                                       // Someone else changed it (the CLI, another window): show their
                                       // version, say so.
                                       m_dirty = false;
                                       const QUuid uuid = m_campaign.sync.uuid;
                                       m_campaign = m_campaigns.load(uuid).value_or(Campaign());
                                       showCampaign();
                                       resetHistory();
                                       showMessage(message, true);
                                       emit saveStateChanged(tr("Not saved: the campaign changed elsewhere"));
                                   });
    if (!saved)
        return false;
    if (!problems.isEmpty()) {
        QStringList reasons;
        QStringList html;
        for (const FieldProblem& problem : std::as_const(problems)) {
            reasons.append(problem.message);
            html.append(problem.message.toHtmlEscaped());
        }
        setRefusal(reasons.join(QLatin1Char('\n')));
        showMessage(html.join(QStringLiteral("<br>")), true);
        return false;
    }
    m_campaign = edited;
    m_dirty = false;
    setRefusal({});
    updateReviewChecklist();
    if (!m_applyingHistory) {
        const QString change = describeChange(before, edited);
        if (!change.isEmpty())
            m_history->push(new SnapshotCommand<Campaign>(change, before, edited,
                                                          [this](const Campaign& state) { restore(state); }));
    }
    emit saveStateChanged(
        tr("Saved at %1").arg(locale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

// The fields of `state` on screen and saved again (an undo or a redo); the record's identity,
// status and revision stay those of the campaign as it is now.
void CampaignEditor::restore(const Campaign& state)
{
    Campaign target = m_campaign;
    target.title = state.title;
    target.summary = state.summary;
    target.description = state.description;
    target.cause = state.cause;
    target.harm = state.harm;
    target.legalBasis = state.legalBasis;
    target.court = state.court;
    target.opposingParty = state.opposingParty;
    target.goalCents = state.goalCents;
    target.endDate = state.endDate;
    target.howMoneyUsed = state.howMoneyUsed;
    target.budgetLines = state.budgetLines;
    target.pressArticles = state.pressArticles;
    const Campaign saved = m_campaign;
    m_campaign = target;
    showCampaign();
    m_campaign = saved;
    m_dirty = true;
    m_applyingHistory = true;
    save();
    m_applyingHistory = false;
}

void CampaignEditor::resetHistory()
{
    // Never while the stack is running a command: clear it once that returns.
    if (m_applyingHistory)
        QTimer::singleShot(0, m_history, &QUndoStack::clear);
    else
        m_history->clear();
}

void CampaignEditor::undoEdit()
{
    // Text the fields refuse, or not saved yet, is what Ctrl+Z takes back first.
    if (!m_refusal.isEmpty() || (m_dirty && !flush())) {
        m_dirty = false;
        showCampaign();
        setRefusal({});
        emit saveStateChanged(tr("Edits not saved were undone"));
        return;
    }
    m_history->undo();
}

void CampaignEditor::redoEdit()
{
    if (flush())
        m_history->redo();
}

QString CampaignEditor::describeChange(const Campaign& before, const Campaign& after) const
{
    QStringList fields;
    const auto compare = [&fields](bool differs, const QString& name) {
        if (differs)
            fields.append(name);
    };
    compare(before.title != after.title, tr("title"));
    compare(before.summary != after.summary, tr("summary"));
    compare(before.cause != after.cause, tr("cause"));
    compare(before.harm != after.harm, tr("harm fought"));
    compare(before.legalBasis != after.legalBasis, tr("legal basis"));
    compare(before.court != after.court, tr("court"));
    compare(before.opposingParty != after.opposingParty, tr("opposing party"));
    compare(before.description != after.description, tr("description"));
    compare(before.goalCents != after.goalCents, tr("funding goal"));
    compare(before.endDate != after.endDate, tr("end date"));
    compare(before.budgetLines != after.budgetLines, tr("budget lines"));
    compare(before.pressArticles != after.pressArticles, tr("press articles"));
    compare(before.howMoneyUsed != after.howMoneyUsed, tr("use of funds"));
    return fields.join(QStringLiteral(", "));
}

void CampaignEditor::showCampaign()
{
    m_loading = true;
    const Campaign& c = m_campaign;
    m_heading->setText(c.sync.uuid.isNull() ? tr("No campaign selected")
                                            : (c.title.isEmpty() ? tr("(untitled)") : c.title));
    m_statusBadge->setText(
        QStringLiteral("<span style='color:white; background:%1; padding:3px 8px;'>&nbsp;%2&nbsp;"
                       "</span>")
            .arg(statusColour(c.status), CampaignText::status(c.status).toHtmlEscaped()));
    m_statusBadge->setVisible(!c.sync.uuid.isNull());
    m_case->load(c);
    m_description->setMarkdown(c.description);
    m_budgetForm->load(c);
    m_press->setArticles(c.pressArticles);
    m_howMoneyUsed->setPlainText(c.howMoneyUsed);

    const bool readOnly = !c.isEditable();
    m_case->setReadOnly(readOnly);
    m_howMoneyUsed->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_budgetForm->setReadOnly(readOnly);
    m_press->setReadOnly(readOnly);
    // What cannot be edited does not look like it can.
    for (QWidget* field : typedFields())
        showAsReadOnly(field, readOnly);
    if (readOnly && !c.sync.uuid.isNull()) {
        showMessage(
            tr("This campaign is \"%1\": what the board reviewed stays as it was. Return it to draft to "
               "edit it.")
                .arg(CampaignText::status(c.status)),
            false);
    }

    m_statusHistory->showHistoryOf(c.sync.uuid);
    rebuildTransitionButtons();
    m_loading = false;
    // What is on screen now is the campaign as stored: nothing is refused any more.
    setRefusal(fieldRefusals());
}

void CampaignEditor::refreshFees()
{
    m_budgetForm->refreshFees();
}

void CampaignEditor::rebuildTransitionButtons()
{
    qDeleteAll(m_transitionButtons);
    m_transitionButtons.clear();
    if (m_campaign.sync.uuid.isNull())
        return;
    int position = 0;
    for (CampaignStatus target : Workflow::nextStatuses(m_campaign.status)) {
        auto* button = new QPushButton(CampaignText::transitionAction(target), this);
        button->setProperty("targetStatus", CampaignCodes::status(target));
        connect(button, &QPushButton::clicked, this, [this, target] { requestTransition(target); });
        m_transitionBar->insertWidget(position++, button);
        m_transitionButtons.append(button);
    }
    if (m_campaign.isDeletable()) {
        auto* remove = new QPushButton(tr("Delete…"), this);
        connect(remove, &QPushButton::clicked, this, &CampaignEditor::deleteCampaign);
        m_transitionBar->addWidget(remove);
        m_transitionButtons.append(remove);
    }
}

QWidget* CampaignEditor::transitionButton(CampaignStatus target) const
{
    for (QWidget* button : m_transitionButtons) {
        if (button->property("targetStatus").toString() == CampaignCodes::status(target))
            return button;
    }
    return nullptr;
}

void CampaignEditor::requestTransition(CampaignStatus target)
{
    if (!flush())
        return;
    if (target == CampaignStatus::Withdrawn
        && !Dialogs::confirm(
            this, tr("Withdraw campaign"),
            tr("Withdraw \"%1\"? A withdrawn campaign cannot be reopened.").arg(m_campaign.title),
            tr("Withdraw"))) {
        return;
    }
    const QUuid uuid = m_campaign.sync.uuid;
    TransitionCheck check;
    if (!runOrReport([&] { check = m_campaigns.changeStatus(uuid, target, m_associations.load()); },
                     [this](const QString& message) {
                         showMessage(tr("Could not change the status: %1").arg(message), true);
                     }))
        return;
    if (!check.allowed) {
        showRefusal(target, check.reasons);
        return;
    }
    m_campaign = m_campaigns.load(uuid).value_or(Campaign());
    m_pendingReview = false;
    m_message->hide();
    showCampaign();
    // The history undoes edits of a draft; a status change is not one of them.
    resetHistory();
    emit saveStateChanged(tr("Status changed to \"%1\"").arg(CampaignText::status(target)));
}

void CampaignEditor::showRefusal(CampaignStatus target, const QStringList& reasons)
{
    QString html
        = tr("<b>Cannot %1 yet:</b>").arg(CampaignText::transitionAction(target).toLower().toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const QString& reason : reasons)
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    showMessage(html, true);
    // While the user fills in what was missing, the checklist shrinks with each save.
    m_pendingReview = target == CampaignStatus::InReview;
}

void CampaignEditor::updateReviewChecklist()
{
    if (!m_pendingReview)
        return;
    const QStringList missing = Workflow::missingForReview(m_campaign, Clock::today());
    if (missing.isEmpty()) {
        m_pendingReview = false;
        showMessage(tr("Everything the review needs is filled in: you can submit the campaign for review."),
                    false);
        return;
    }
    showRefusal(CampaignStatus::InReview, missing);
}

void CampaignEditor::deleteCampaign()
{
    // The last keystrokes are saved (or the delete waits) so a refused delete loses nothing.
    if (!flush())
        return;
    if (!Dialogs::confirm(this, tr("Delete campaign"),
                          tr("Delete \"%1\"? It disappears from this desk and, at the next sync, from your "
                             "colleagues' desks.")
                              .arg(m_campaign.title),
                          tr("Delete"))) {
        return;
    }
    const QUuid gone = m_campaign.sync.uuid;
    if (!runOrReport([&] { m_campaigns.remove(gone); },
                     [this](const QString& message) { showMessage(message, true); }))
        return;
    // The list may already have moved the selection to a neighbour, which is now on screen.
    if (m_campaign.sync.uuid == gone) {
        m_campaign = Campaign();
        setEnabled(false);
        showCampaign();
    }
}

void CampaignEditor::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        problem ? QStringLiteral("QLabel { background: #fde2e1; color: #7f1d1d; padding: 6px; }")
                : QStringLiteral("QLabel { background: #e0ecff; color: #1e3a8a; padding: 6px; }"));
    m_message->show();
}

} // namespace casedesk
