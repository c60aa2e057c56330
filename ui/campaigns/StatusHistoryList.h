#pragma once

#include <QListWidget>
#include <QUuid>

namespace casedesk {

class CampaignRepository;

// The campaign editor's "History" tab: every status change of a campaign, oldest first, in
// sentences ("04/12/2026 10:02: Draft → In review — submitted by …"), the first its creation.
class StatusHistoryList : public QListWidget
{
    Q_OBJECT

public:
    explicit StatusHistoryList(CampaignRepository& campaigns, QWidget* parent = nullptr);

    // Re-reads the history of `campaign`; a null uuid empties the list.
    void showHistoryOf(const QUuid& campaign);

private:
    CampaignRepository& m_campaigns;
};

} // namespace casedesk
