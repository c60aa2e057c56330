#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>
#include <utility>

namespace casedesk {
class Database;
}

// Registry functions that several kinds share as they are.
namespace casedesk::KindSupport {

// The label of a record named by its document's title (a campaign, a news item, a piece, a
// milestone).
inline QString titleLabel(const QJsonObject& document)
{
    return document.value(QStringLiteral("title")).toString();
}

// tombstoneDecided for a kind whose repository tombstones a deletion it received, with nothing to
// refuse.
template<typename Repository>
void tombstoneReceived(Database& database, const QUuid& uuid, std::optional<qint64> version)
{
    Repository(database).removeReceived(uuid, version);
}

// beforePush for a kind whose records name a donor the platform may never have received (one the
// feed created): those donors are queued first, in one transaction.
void queueDonors(Database& database, const QList<std::pair<QUuid, qint64>>& donors);

} // namespace casedesk::KindSupport
