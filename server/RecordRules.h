#pragma once

#include "PlatformStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace casedesk::platform {

// 2^63, exactly a double: amounts are whole numbers below it (int64 in docs/openapi.yaml). A JSON
// number is a double, so the check is made on doubles, never by casting one to qint64.
constexpr double kInt64Bound = 9223372036854775808.0;

} // namespace casedesk::platform

namespace casedesk::platform::RecordRules {

// "campaigns" -> "campaign"; empty when the collection is unknown.
QString kindOfCollection(const QString& collection);
// The codes this server accepts or serves, named as docs/openapi.yaml names them:
// "CampaignData.status", "GiftData.method", ..., "Record.kind" (every kind) and "Collection" (every
// collection). A contract test compares them with the document and with the desk.
QHash<QString, QStringList> codeLists();
// Donations and payouts come from the payment side: the desk reads them, never writes them.
bool isWritableKind(const QString& kind);

// Finds a stored record (live or tombstone) by kind and id; validation follows references with it.
using RecordLookup = std::function<std::optional<StoredRecord>(const QString& kind, const QString& id)>;

// Finds the live records of a kind whose data member `member` is `value` (a vote's signature).
using RecordSearch
    = std::function<QList<StoredRecord>(const QString& kind, const QString& member, const QString& value)>;
// What a check knows of a write besides its data: the record's id, and a search (empty: the checks
// that need one are skipped, as for the feed's records, which are never votes).
struct WriteContext
{
    QString id;
    RecordSearch search;
};

// Problems with a record's data as RFC 9457 "errors" members: { "pointer", "detail" }. Records it
// refers to must be there: a live campaign, a milestone's live procedure of the same campaign, an
// appealed procedure, a deadline's source milestone, a gift's donor (a tombstone is enough for
// those last three: a deleted source still explains its deadline).
// The board's review kinds follow ReviewRules (a vote for a closed round, a signature used twice).
QJsonArray validate(const QString& kind, const QJsonObject& data, const RecordLookup& lookup,
                    const WriteContext& write = {});
// What the platform keeps of a desk document: everything but the desk-local "sync" block.
QJsonObject storedData(const QJsonObject& data);
// The campaign a record belongs to, and a campaign's status, kept in columns for the public side.
QString campaignIdOf(const QString& kind, const QString& id, const QJsonObject& data);
QString statusOf(const QString& kind, const QJsonObject& data);

// The desk's view of a record: the envelope with every field.
QJsonObject deskJson(const StoredRecord& record);
// The public view: an allowlist of fields, so a field the desk adds later stays private until
// this list names it. Empty when the record must not be shown at all.
std::optional<QJsonObject> publicJson(const StoredRecord& record);

// Opaque cursors: base64url of "c1.<library version>".
QString encodeCursor(qint64 version);
std::optional<qint64> decodeCursor(const QString& cursor);

QByteArray etag(qint64 version);
// `"12"`, `W/"12"` or `12` -> 12.
std::optional<qint64> versionFromEtag(const QByteArray& etag);

} // namespace casedesk::platform::RecordRules
