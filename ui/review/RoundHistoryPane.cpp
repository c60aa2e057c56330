#include "review/RoundHistoryPane.h"

#include "common/Attempt.h"
#include "review/ReviewRepository.h"

#include <QHash>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casedesk {

RoundHistoryPane::RoundHistoryPane(ReviewRepository& reviews, QWidget* parent)
    : QWidget(parent)
    , m_reviews(reviews)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setAccessibleName(tr("Rounds and vote history"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
}

void RoundHistoryPane::setCampaign(const QUuid& campaignUuid, const std::optional<ReviewRound>& shown)
{
    m_tree->clear();
    if (campaignUuid.isNull())
        return;
    runOrReport(
        [&] {
            for (const ReviewRound& round : m_reviews.rounds(campaignUuid)) {
                auto* item
                    = new QTreeWidgetItem(m_tree,
                                          { tr("Round %1 — %2 — %3")
                                                .arg(round.number)
                                                .arg(ReviewCodes::roundStatusName(round.status).toLower(),
                                                     shortFingerprint(round.fingerprint)) });
                QFont font = item->font(0);
                font.setBold(shown && shown->sync.uuid == round.sync.uuid);
                item->setFont(0, font);
                new QTreeWidgetItem(
                    item,
                    { tr("Opened %1 by %2")
                          .arg(QLocale().toString(round.openedAt.toLocalTime(), QLocale::ShortFormat),
                               round.openedBy) });
                QHash<QUuid, QString> names;
                for (const RoundMember& member : round.members)
                    names.insert(member.uuid, member.name);
                for (const Recusal& recusal : m_reviews.recusals(round.sync.uuid))
                    new QTreeWidgetItem(
                        item,
                        { tr("%1: %2 declared a conflict of interest (%3)")
                              .arg(QLocale().toString(recusal.declaredAt.toLocalTime(), QLocale::ShortFormat),
                                   names.value(recusal.memberUuid), recusal.nature) });
                QSet<QUuid> voted;
                for (const ReviewVote& vote : m_reviews.votes(round.sync.uuid)) {
                    const QString when = QLocale().toString(vote.castAt.toLocalTime(), QLocale::ShortFormat);
                    const QString who = names.value(vote.memberUuid);
                    QString line = voted.contains(vote.memberUuid)
                        ? tr("%1: %2 changed the vote to %3")
                              .arg(when, who, ReviewCodes::choiceName(vote.choice))
                        : tr("%1: %2 voted %3").arg(when, who, ReviewCodes::choiceName(vote.choice));
                    if (vote.form == VoteForm::Recorded)
                        line
                            += QStringLiteral(" ") + tr("(recorded by %1)").arg(names.value(vote.recordedBy));
                    voted.insert(vote.memberUuid);
                    new QTreeWidgetItem(item, { line });
                }
                if (round.status == RoundStatus::Superseded)
                    new QTreeWidgetItem(
                        item,
                        { tr("Superseded %1: %2")
                              .arg(QLocale().toString(round.closedAt.toLocalTime(), QLocale::ShortFormat),
                                   round.supersededBecause) });
                else if (!round.isOpen())
                    new QTreeWidgetItem(
                        item,
                        { tr("%1 %2 by %3: %4")
                              .arg(ReviewCodes::roundStatusName(round.status),
                                   QLocale().toString(round.closedAt.toLocalTime(), QLocale::ShortFormat),
                                   round.closedBy, round.decision) });
                item->setExpanded(shown && shown->sync.uuid == round.sync.uuid);
            }
        },
        [this](const QString& message) { new QTreeWidgetItem(m_tree, { message }); });
    if (m_tree->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_tree, { tr("No round yet.") });
}

} // namespace casedesk
