#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace casedesk {

class Database;

// What the platform contract (docs/platform-api.md) carries, kind by kind: which outbox entities a
// desk pushes, the collection each lives in, and which records a pulled record refers to.
// Every record is queued in the outbox when it changes, so a kind can join when the contract
// carries it; until then its entries stay on the desk and never count as "waiting to sync" (a desk
// with a ledger must still converge).
namespace SyncKinds {

const QStringList& pushed();
// The outbox entries of the pushed kinds, but those of the platform's feed donations: every desk
// receives them from the feed, so they are never pushed (LedgerSync::feedEntryCondition).
int pendingCount(Database& database);

// "campaign" -> "campaigns"; empty for a kind the platform does not hold.
QString collectionOf(const QString& kind);

// A record another refers to by id: a news item's campaign, a milestone's procedure.
struct Reference
{
    QString kind;
    QUuid id;
};
// The records `data` (of a record of `kind`) refers to; a pulled record is applied after them.
QList<Reference> referencesOf(const QString& kind, const QJsonObject& data);
// The platform's kind of an outbox entity: "donation" -> "gift" (a desk's own gift; the feed's
// "donation" is never pushed); every other entity is its kind.
QString kindOfEntity(const QString& entity);
// The order kinds are applied in within a page, and pushed: what others refer to first.
int applyRank(const QString& kind);

} // namespace SyncKinds
} // namespace casedesk
