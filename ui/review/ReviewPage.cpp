#include "review/ReviewPage.h"

#include "board/BoardRepository.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignText.h"
#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "common/LayoutMemory.h"
#include "review/DecisionPanel.h"
#include "review/DossierPdf.h"
#include "review/DossierReader.h"
#include "review/MinutesPdf.h"
#include "review/ReviewRepository.h"
#include "review/RoundHistoryPane.h"
#include "review/VotePanel.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

enum TreeRole
{
    CampaignRole = Qt::UserRole + 1
};

QString standingText(const ReviewStanding& standing)
{
    using State = ReviewStanding::State;
    switch (standing.state) {
    case State::NotSubmitted:
        return ReviewPage::tr("not submitted");
    case State::Open:
        return ReviewPage::tr("round %1: %2 of %3 votes")
            .arg(standing.latest ? standing.latest->number : 0)
            .arg(standing.votesCast)
            .arg(standing.votesExpected);
    case State::ChangedSinceRound:
        return ReviewPage::tr("changed since round %1").arg(standing.latest ? standing.latest->number : 0);
    case State::Approved:
        return ReviewPage::tr("approved (round %1)").arg(standing.latest ? standing.latest->number : 0);
    case State::Rejected:
        return ReviewPage::tr("rejected (round %1)").arg(standing.latest ? standing.latest->number : 0);
    }
    return {};
}

} // namespace

ReviewPage::ReviewPage(Database& database, CampaignRepository& campaigns, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_campaigns(campaigns)
    , m_board(std::make_unique<BoardRepository>(database))
    , m_reviews(std::make_unique<ReviewRepository>(database))
    , m_tree(new QTreeWidget(this))
    , m_roundBox(new QComboBox(this))
    , m_header(new QLabel(this))
    , m_message(new QLabel(this))
    , m_submit(new QPushButton(tr("Submit for review"), this))
    , m_exportDossier(new QPushButton(tr("Dossier PDF…"), this))
    , m_exportMinutes(new QPushButton(tr("Minutes PDF…"), this))
    , m_tabs(new QTabWidget(this))
{
    m_reader = new DossierReader(*m_reviews, this);
    m_vote = new VotePanel(*m_reviews, *m_board, this);
    m_decision = new DecisionPanel(*m_reviews, m_campaigns, *m_board, this);
    m_history = new RoundHistoryPane(*m_reviews, this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildCampaignSide());
    splitter->addWidget(buildRoundSide());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 230, 880 });
    splitter->setChildrenCollapsible(false);
    LayoutMemory::remember(splitter, QStringLiteral("review/campaigns"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // A write in a pane changes what the others show: the page reads the round again.
    connect(m_reader, &DossierReader::changed, this, &ReviewPage::reload);
    connect(m_vote, &VotePanel::changed, this, &ReviewPage::afterWrite);
    connect(m_decision, &DecisionPanel::changed, this, &ReviewPage::afterWrite);
    connect(m_reader, &DossierReader::refused, this, &ReviewPage::statusMessage);
    connect(m_vote, &VotePanel::refused, this, &ReviewPage::statusMessage);
    connect(m_decision, &DecisionPanel::refused, this, &ReviewPage::statusMessage);
    connect(m_submit, &QPushButton::clicked, this, &ReviewPage::submitForReview);
    connect(m_exportDossier, &QPushButton::clicked, this, &ReviewPage::exportDossier);
    connect(m_exportMinutes, &QPushButton::clicked, this, &ReviewPage::exportMinutes);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { reloadRounds(); });
    connect(m_roundBox, &QComboBox::currentIndexChanged, this, [this] { showRound(); });
    reload();
}

ReviewPage::~ReviewPage() = default;

QWidget* ReviewPage::buildCampaignSide()
{
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setAccessibleName(tr("Campaigns to review"));
    // One line for the title (elided, whole in the tooltip), one for the review state.
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    return m_tree;
}

QWidget* ReviewPage::buildRoundSide()
{
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* roundLabel = new QLabel(tr("&Round:"), side);
    roundLabel->setBuddy(m_roundBox);
    m_roundBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(roundLabel);
    top->addWidget(m_roundBox);
    top->addStretch(1);
    m_submit->setToolTip(
        tr("Freezes the dossier as it is now and opens a round of the board's review on it."));
    m_exportDossier->setToolTip(
        tr("The dossier as the board reads it, in French or English, with its table of "
           "contents and the review so far."));
    m_exportMinutes->setToolTip(
        tr("An extract of the minutes of the board's decision on this round, in French."));
    top->addWidget(m_submit);
    top->addWidget(m_exportDossier);
    top->addWidget(m_exportMinutes);
    layout->addLayout(top);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs->addTab(m_vote, tr("My vote"));
    m_tabs->addTab(m_decision, tr("Decision"));
    m_tabs->addTab(m_history, tr("Rounds"));
    auto* split = new QSplitter(Qt::Horizontal, side);
    split->addWidget(m_reader);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({ 520, 360 });
    LayoutMemory::remember(split, QStringLiteral("review/reader"));
    layout->addWidget(split, 1);
    return side;
}

void ReviewPage::reload()
{
    reloadCampaigns();
}

void ReviewPage::reloadCampaigns()
{
    const QUuid current = currentCampaign();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    auto* waiting = new QTreeWidgetItem(m_tree, { tr("Waiting for my vote") });
    auto* all = new QTreeWidgetItem(m_tree, { tr("All campaigns") });
    for (auto* group : { waiting, all }) {
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
    }
    runOrReport(
        [&] {
            const ReviewActor actor = m_reviews->deskActor();
            if (actor.member) {
                for (const WaitingRound& round : m_reviews->waitingFor(*actor.member)) {
                    auto* item = new QTreeWidgetItem(waiting, { round.campaignTitle });
                    item->setToolTip(0, round.campaignTitle);
                    item->setData(0, CampaignRole, round.round.campaignUuid);
                    item->setToolTip(0,
                                     tr("Round %1, opened %2")
                                         .arg(round.round.number)
                                         .arg(QLocale().toString(round.round.openedAt.toLocalTime().date(),
                                                                 QLocale::ShortFormat)));
                }
            }
            if (waiting->childCount() == 0) {
                auto* none = new QTreeWidgetItem(
                    waiting,
                    { actor.member ? tr("Nothing waits for your vote.")
                                   : tr("This desk belongs to no board member (Association ▸ Board).") });
                none->setFlags(Qt::ItemIsEnabled);
                none->setForeground(0, palette().placeholderText());
            }
            CampaignQuery query;
            query.sortColumn = CampaignColumn::Title;
            query.sortOrder = Qt::AscendingOrder;
            for (const CampaignRow& row : m_campaigns.rows(query, 0, 500)) {
                const ReviewStanding standing = m_reviews->standing(row.uuid);
                auto* item = new QTreeWidgetItem(
                    all, { QStringLiteral("%1\n%2").arg(row.title, standingText(standing)) });
                item->setData(0, CampaignRole, row.uuid);
                item->setToolTip(0, CampaignText::status(row.status));
            }
        },
        [this](const QString& message) { showMessage(message, true); });
    m_tree->expandAll();
    QTreeWidgetItem* select = nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QUuid uuid = (*it)->data(0, CampaignRole).toUuid();
        if (uuid.isNull())
            continue;
        if (!select || uuid == current)
            select = *it;
        if (uuid == current && (*it)->parent() == all)
            break;
    }
    if (select)
        m_tree->setCurrentItem(select);
    reloadRounds();
}

void ReviewPage::setCampaign(const QUuid& campaignUuid)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, CampaignRole).toUuid() == campaignUuid
            && (*it)->parent() == m_tree->topLevelItem(1)) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

QUuid ReviewPage::currentCampaign() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, CampaignRole).toUuid() : QUuid();
}

void ReviewPage::reloadRounds()
{
    const QVariant keep = m_roundBox->currentData();
    const QSignalBlocker blocker(m_roundBox);
    m_roundBox->clear();
    const QUuid campaign = currentCampaign();
    runOrReport(
        [&] {
            if (campaign.isNull())
                return;
            m_reviews->settle(campaign);
            for (const ReviewRound& round : m_reviews->rounds(campaign))
                m_roundBox->addItem(tr("Round %1 — %2 — %3")
                                        .arg(round.number)
                                        .arg(ReviewCodes::roundStatusName(round.status).toLower(),
                                             shortFingerprint(round.fingerprint)),
                                    round.sync.uuid);
        },
        [this](const QString& message) { showMessage(message, true); });
    const int index = m_roundBox->findData(keep);
    m_roundBox->setCurrentIndex(index >= 0 ? index : 0);
    m_roundBox->setEnabled(m_roundBox->count() > 1);
    showRound();
}

void ReviewPage::showRound()
{
    m_round.reset();
    const QUuid roundUuid = m_roundBox->currentData().toUuid();
    runOrReport([&] { m_round = roundUuid.isNull() ? std::nullopt : m_reviews->round(roundUuid); },
                [this](const QString& message) { showMessage(message, true); });
    showHeader();
    m_reader->setRound(currentCampaign(), m_round);
    m_vote->setRound(m_round);
    m_decision->setRound(currentCampaign(), m_round);
    m_history->setCampaign(currentCampaign(), m_round);
    m_exportMinutes->setEnabled(m_round.has_value());
    m_exportDossier->setEnabled(!currentCampaign().isNull());
}

void ReviewPage::showHeader()
{
    const QUuid campaign = currentCampaign();
    ReviewStanding standing;
    QString title;
    runOrReport(
        [&] {
            if (campaign.isNull())
                return;
            standing = m_reviews->standing(campaign);
            title = m_campaigns.titleOf(campaign).value_or(QString());
        },
        [this](const QString& message) { showMessage(message, true); });
    using State = ReviewStanding::State;
    const bool canSubmit = !campaign.isNull()
        && (standing.state == State::NotSubmitted || standing.state == State::ChangedSinceRound);
    m_submit->setEnabled(canSubmit);
    m_submit->setText(standing.state == State::ChangedSinceRound ? tr("Open a new round")
                                                                 : tr("Submit for review"));
    if (campaign.isNull()) {
        m_header->setText(
            tr("No campaign yet. Campaigns are drafted in the Campaigns area, then submitted here to "
               "the board."));
        return;
    }
    if (!m_round) {
        m_header->setText(
            tr("<b>%1</b> has not been submitted to the board. <i>Submit for review</i> freezes the "
               "dossier as it is now: the board reads and votes on that version.")
                .arg(title.toHtmlEscaped()));
        return;
    }
    QString text = tr("<b>%1</b> — round %2, opened %3 by %4. Dossier fingerprint <b>%5</b>.")
                       .arg(title.toHtmlEscaped())
                       .arg(m_round->number)
                       .arg(QLocale().toString(m_round->openedAt.toLocalTime(), QLocale::ShortFormat),
                            m_round->openedBy.toHtmlEscaped(), shortFingerprint(m_round->fingerprint));
    if (m_round->status == RoundStatus::Superseded)
        text += QStringLiteral("<br>")
            + tr("Superseded: %1. Its votes and comments are kept; they count for no later round.")
                  .arg(m_round->supersededBecause.toHtmlEscaped());
    else if (!m_round->isOpen())
        text += QStringLiteral("<br>")
            + tr("%1 on %2.")
                  .arg(ReviewCodes::roundStatusName(m_round->status),
                       QLocale().toString(m_round->closedAt.toLocalTime().date(), QLocale::LongFormat));
    m_header->setText(text);
}

void ReviewPage::showMessage(const QString& message, bool isError)
{
    m_message->setText(message);
    m_message->setStyleSheet(isError ? QStringLiteral("QLabel { color: #b91c1c; }") : QString());
    m_message->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit statusMessage(message);
}

void ReviewPage::submitForReview()
{
    const QUuid campaign = currentCampaign();
    if (campaign.isNull())
        return;
    QString refusal;
    std::optional<ReviewRound> round;
    if (!runOrReport([&] { round = m_reviews->start(campaign, m_reviews->deskActor(), &refusal); },
                     [this](const QString& message) { showMessage(message, true); }))
        return;
    if (!round) {
        showMessage(refusal, true);
        return;
    }
    showMessage({}, false);
    emit campaignChanged(campaign);
    reload();
    // The new round is the one to read, not the superseded one shown before.
    m_roundBox->setCurrentIndex(std::max(0, m_roundBox->findData(round->sync.uuid)));
    emit statusMessage(
        tr("Round %1 opened on dossier %2").arg(round->number).arg(shortFingerprint(round->fingerprint)));
}

void ReviewPage::exportDossier()
{
    const QUuid campaign = currentCampaign();
    if (campaign.isNull())
        return;
    // The board's language may not be the window's: asked each time, the window's first.
    const bool french = QLocale().language() == QLocale::French;
    const QStringList languages = { tr("French"), tr("English") };
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Dossier PDF"), tr("Language of the dossier:"),
                                                 languages, french ? 0 : 1, false, &ok);
    if (!ok)
        return;
    const QString language = chosen == languages.at(0) ? QStringLiteral("fr") : QStringLiteral("en");
    const QString name = m_round ? tr("Dossier-round-%1.pdf").arg(m_round->number) : tr("Dossier.pdf");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the dossier"), QDir::home().filePath(name), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        writeDossier(path, language);
}

bool ReviewPage::writeDossier(const QString& path, const QString& language)
{
    QString problem;
    const QString round = m_round ? m_round->sync.uuid.toString(QUuid::WithoutBraces) : QString();
    runOrReport([&] { problem = DossierPdf::write(m_database, currentCampaign(), round, language, path); },
                [&](const QString& message) { problem = message; });
    if (!problem.isEmpty()) {
        Dialogs::warn(this, tr("Dossier PDF"), tr("The dossier could not be written: %1").arg(problem));
        return false;
    }
    emit statusMessage(tr("Dossier written: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReviewPage::exportMinutes()
{
    if (!m_round)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the minutes"), QDir::home().filePath(tr("Minutes-round-%1.pdf").arg(m_round->number)),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        writeMinutes(path);
}

bool ReviewPage::writeMinutes(const QString& path)
{
    if (!m_round)
        return false;
    QString problem;
    runOrReport([&] { problem = MinutesPdf::write(m_database, m_round->sync.uuid, path); },
                [&](const QString& message) { problem = message; });
    if (!problem.isEmpty()) {
        Dialogs::warn(this, tr("Minutes PDF"), tr("The minutes could not be written: %1").arg(problem));
        return false;
    }
    emit statusMessage(tr("Minutes written: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReviewPage::afterWrite()
{
    // A vote, a decision or an approval may move the campaign: the Campaigns area shows it.
    emit campaignChanged(currentCampaign());
    reload();
}

} // namespace casedesk
