#include "campaigns/StatusHistoryList.h"

#include "campaigns/CampaignRepository.h"
#include "campaigns/CampaignText.h"

namespace casedesk {

StatusHistoryList::StatusHistoryList(CampaignRepository& campaigns, QWidget* parent)
    : QListWidget(parent)
    , m_campaigns(campaigns)
{
    setUniformItemSizes(true);
}

void StatusHistoryList::showHistoryOf(const QUuid& campaign)
{
    clear();
    if (campaign.isNull())
        return;
    for (const CampaignRepository::StatusChange& change : m_campaigns.history(campaign)) {
        const QString when = locale().toString(change.at.toLocalTime(), QLocale::ShortFormat);
        // The first entry is the creation: there was no status before it.
        QString line = change.creation
            ? tr("%1: created as \"%2\"").arg(when, CampaignText::status(change.to))
            : tr("%1: %2 → %3").arg(when, CampaignText::status(change.from), CampaignText::status(change.to));
        if (!change.note.isEmpty() && !change.creation)
            line += QStringLiteral(" — ") + change.note;
        addItem(line);
    }
}

} // namespace casedesk
