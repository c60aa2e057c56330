#pragma once

#include "campaigns/Campaign.h"
#include "campaigns/CampaignRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

class CliContext;

// What the campaign commands print about a campaign: the JSON of --json and the text of
// `campaign show`.
class CampaignOutput
{
    Q_DECLARE_TR_FUNCTIONS(CampaignOutput)

public:
    // `campaign show --json`, and what every campaign edit prints with --json: the export form
    // plus the status history.
    static QJsonObject document(CliContext& context, const Campaign& campaign);
    // One line of `campaign list --json`.
    static QJsonObject rowJson(const CampaignRow& row);
    // `campaign show`: the fields, budget, press articles, platform fees, the review checklist of
    // a draft and the status history.
    static void print(CliContext& context, const Campaign& campaign);
    // The status changes, oldest first: `campaign history`, and the end of `campaign show`.
    static QJsonArray historyJson(const QList<CampaignRepository::StatusChange>& changes);
    static void printHistory(CliContext& context, const QList<CampaignRepository::StatusChange>& changes);
};

} // namespace casedesk::cli
