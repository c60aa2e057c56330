#pragma once

#include "PlatformStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace casedesk::platform::ReviewRules {

// The board's review, shared between the association's desks and never public
// (docs/platform-api.md §3.4): "board_member" (/v1/board-members), "review_round"
// (/v1/review-rounds), "review_vote" (/v1/review-votes), "review_recusal" (/v1/review-recusals)
// and "review_comment" (/v1/review-comments).
bool isReviewKind(const QString& kind);
// "BoardMemberData.role", "ReviewRoundData.status", "ReviewVoteData.choice", ..., as
// RecordRules::codeLists().
QHash<QString, QStringList> codeLists();
// The collections of these kinds, by collection.
QHash<QString, QString> kindsOfCollections();

using Lookup = std::function<std::optional<StoredRecord>(const QString& kind, const QString& id)>;
using Search
    = std::function<QList<StoredRecord>(const QString& kind, const QString& member, const QString& value)>;

// Appends the problems of a record of these kinds (RFC 9457 "errors" members). Its shape, and
// what the platform itself keeps true: a round it holds as closed never reopens nor closes
// another way (the first closing stays); a new vote for a round it holds as decided or superseded,
// cast after the round closed, is refused with a sentence naming the member and the round; so is
// a new vote whose signature another vote carries. The same vote written again (its id, its
// signature) is taken as it is: a replay is never refused. `search` empty: not searched.
void validate(const QString& kind, const QString& id, const QJsonObject& data, const Lookup& lookup,
              const Search& search, QJsonArray* errors);

} // namespace casedesk::platform::ReviewRules
