// /v1/public/...: what anyone may read without a token (docs/platform-api.md, "Public side"):
// published campaigns with their live milestones, their news and evidence, and the public blobs.
// A draft answers exactly like a record that does not exist.

#include "Api.h"
#include "ApiCommon.h"
#include "RecordRules.h"

#include <QJsonArray>

#include <algorithm>

namespace casedesk::platform {

HttpAnswer Api::routePublic(const ApiRequest& request, const QStringList& segments)
{
    if (segments.isEmpty() || segments.size() > 2)
        return notFound();
    if (request.method != "GET" && request.method != "HEAD")
        return methodNotAllowed("GET, HEAD");
    const QString& collection = segments.first();
    if (segments.size() == 2 && collection == QStringLiteral("campaigns"))
        return getPublicCampaign(canonicalId(segments.at(1)));
    if (segments.size() == 2 && collection == QStringLiteral("blobs")) {
        const QString sha256 = segments.at(1);
        if (!BlobFiles::isValidHash(sha256) || !m_store.isPublicBlob(sha256))
            return notFound();
        return getBlob(sha256);
    }
    const QString kind = RecordRules::kindOfCollection(collection);
    if (segments.size() == 1
        && (kind == QStringLiteral("campaign") || kind == QStringLiteral("news")
            || kind == QStringLiteral("evidence") || kind == QStringLiteral("milestone")))
        return listPublic(request, kind);
    return notFound();
}

HttpAnswer Api::getPublicCampaign(const QString& id)
{
    const std::optional<StoredRecord> campaign
        = id.isEmpty() ? std::nullopt : m_store.record(QStringLiteral("campaign"), id);
    const std::optional<QJsonObject> view = campaign ? RecordRules::publicJson(*campaign) : std::nullopt;
    // A draft answers exactly like a campaign that does not exist: its existence is private too.
    if (!view)
        return notFound();
    const QJsonObject page = withPublicMilestones(*view);
    // The page changes with its milestones too: its tag is the newest version among them.
    qint64 newest = campaign->version;
    for (const QJsonValue& milestone : page.value(QStringLiteral("milestones")).toArray())
        newest = std::max(newest, milestone[QStringLiteral("version")].toInteger());
    return HttpAnswer::json(200, page).withHeader("ETag", RecordRules::etag(newest));
}

bool Api::hasLiveProcedure(const StoredRecord& milestone)
{
    const std::optional<StoredRecord> procedure
        = m_store.record(QStringLiteral("procedure"),
                         milestone.data.value(QStringLiteral("procedureId")).toString().toLower());
    return procedure && !procedure->deleted;
}

QJsonObject Api::withPublicMilestones(QJsonObject campaignView)
{
    QList<QJsonObject> milestones;
    for (const StoredRecord& record : m_store.liveRecordsOfCampaign(
             QStringLiteral("milestone"), campaignView.value(QStringLiteral("id")).toString())) {
        if (!hasLiveProcedure(record))
            continue;
        if (const std::optional<QJsonObject> view = RecordRules::publicJson(record))
            milestones.append(*view);
    }
    // The campaign's timeline as donors read it: oldest first (ISO dates sort as text).
    std::stable_sort(milestones.begin(), milestones.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("date")).toString() < b.value(QStringLiteral("date")).toString();
    });
    QJsonArray list;
    for (QJsonObject milestone : std::as_const(milestones)) {
        milestone.remove(QStringLiteral("campaignId"));
        list.append(milestone);
    }
    campaignView.insert(QStringLiteral("milestones"), list);
    return campaignView;
}

HttpAnswer Api::listPublic(const ApiRequest& request, const QString& kind)
{
    qint64 after = 0;
    int limit = 0;
    if (auto refused = pageParameters(request, &after, &limit))
        return *refused;
    QList<StoredRecord> records = kind == QStringLiteral("campaign")
        ? m_store.publicCampaigns(after, limit + 1)
        : m_store.publicRecordsOfKind(kind, after, limit + 1);
    const bool hasMore = records.size() > limit;
    if (hasMore)
        records.removeLast();
    QJsonArray items;
    for (const StoredRecord& record : records) {
        if (kind == QStringLiteral("milestone") && !hasLiveProcedure(record))
            continue;
        if (const std::optional<QJsonObject> view = RecordRules::publicJson(record))
            items.append(kind == QStringLiteral("campaign") ? withPublicMilestones(*view) : *view);
    }
    const qint64 next = records.isEmpty() ? after : records.last().version;
    return HttpAnswer::json(200,
                            { { QStringLiteral("items"), items },
                              { QStringLiteral("cursor"), RecordRules::encodeCursor(next) },
                              { QStringLiteral("hasMore"), hasMore } });
}

} // namespace casedesk::platform
