#pragma once

#include "campaigns/Association.h"
#include "campaigns/Campaign.h"
#include "campaigns/Fees.h"

#include <QJsonObject>

namespace casedesk {

// The JSON form of a campaign: `campaign export`, `campaign show --json` and the demo data set.
namespace CampaignJson {

QJsonObject toJson(const Campaign& campaign, const FeeSettings& fees);
// The keys of toJson() that never leave the desk: the lawyer, their assessment, the risks, the
// adverse costs and why the association acts are legal strategy for the board, not for the public
// campaign page (the sync removes them from what it pushes).
QStringList deskOnlyKeys();
QJsonObject associationToJson(const Association& association);

// Reads the demo/import form (see resources/demo/demo.json). `today` anchors "endInDays".
// Returns false with a message naming the campaign and field when something is off.
bool fromJson(const QJsonObject& object, const QDate& today, Campaign* campaign, QString* errorMessage);
bool associationFromJson(const QJsonObject& object, Association* association, QString* errorMessage);

} // namespace CampaignJson
} // namespace casedesk
