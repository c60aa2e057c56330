// News updates of a campaign: drafts stay on the desk, published ones go out.
#include "sync/kinds/KindEntries.h"

#include "campaigns/CampaignRepository.h"
#include "campaigns/NewsRepository.h"
#include "common/Clock.h"
#include "storage/SqlValues.h"
#include "sync/PullRules.h"
#include "sync/kinds/KindSupport.h"

#include <QCoreApplication>

namespace casedesk {

namespace {

class NewsSync
{
    Q_DECLARE_TR_FUNCTIONS(NewsSync)
};

// A news item as the platform shows it. Its campaign is not a choice: it never moves.
const ConflictFieldSpec kFields[] = {
    { "title", QT_TRANSLATE_NOOP("ConflictResolver", "Title") },
    { "body", QT_TRANSLATE_NOOP("ConflictResolver", "Text") },
    { "publishedAt", QT_TRANSLATE_NOOP("ConflictResolver", "Published") },
};

NewsItem fromDocument(const QUuid& uuid, const QJsonObject& data)
{
    NewsItem item;
    item.sync.uuid = uuid;
    item.campaignUuid = uuidField(data, QStringLiteral("campaignId"));
    item.title = data.value(QStringLiteral("title")).toString();
    item.body = data.value(QStringLiteral("body")).toString();
    item.publishedAt = SqlValues::instant(data.value(QStringLiteral("publishedAt")).toString());
    return item;
}

// A draft is, for the platform, gone: the desk keeps it.
QJsonObject document(Database& database, const QUuid& uuid)
{
    const std::optional<NewsItem> item = NewsRepository(database).load(uuid);
    if (!item || !item->isPublished())
        return {};
    return { { QStringLiteral("campaignId"), SqlValues::uuidText(item->campaignUuid) },
             { QStringLiteral("title"), item->title },
             { QStringLiteral("body"), item->body },
             { QStringLiteral("publishedAt"), Clock::toIso(item->publishedAt) } };
}

PullOutcome applyPulled(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    SyncedTable::Copy local;
    if (const auto outcome = PullRules::settle(context.database, KindEntries::news(), record, &local))
        return *outcome;
    NewsRepository news(context.database);
    if (record.deleted) {
        if (!local.exists || local.deleted)
            return PullOutcome::AlreadyKnown;
        news.removeReceived(record.id, record.version);
        return PullOutcome::Applied;
    }
    const NewsItem item = fromDocument(record.id, record.data);
    if (!CampaignRepository(context.database).holdsLive(item.campaignUuid)) {
        context.notices.append(NewsSync::tr("The news \"%1\" received from the platform was left out: its "
                                            "campaign %2 is not on this desk.")
                                   .arg(item.title, SqlValues::uuidText(item.campaignUuid)));
        return PullOutcome::AlreadyKnown;
    }
    news.storeReceived(item, record.version);
    return PullOutcome::Applied;
}

void writeDecided(Database& database, const QUuid& uuid, const QJsonObject& data,
                  std::optional<qint64> version)
{
    NewsRepository(database).storeReceived(fromDocument(uuid, data), version.value_or(0));
}

} // namespace

const SyncKind& KindEntries::news()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.entity = NewsRepository::kEntity;
        k.wireKind = QStringLiteral("news");
        k.collection = QStringLiteral("news");
        k.table = NewsRepository::kTable;
        k.references = { { QStringLiteral("campaign"), QStringLiteral("campaignId") } };
        k.conflictFields = kFields;
        k.document = document;
        k.applyPulled = applyPulled;
        k.writeDecided = writeDecided;
        k.tombstoneDecided = KindSupport::tombstoneReceived<NewsRepository>;
        k.label = KindSupport::titleLabel;
        return k;
    }();
    return kind;
}

} // namespace casedesk
