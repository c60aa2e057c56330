#pragma once

#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

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

} // namespace casedesk::KindSupport
