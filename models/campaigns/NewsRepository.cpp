#include "campaigns/NewsRepository.h"

#include "campaigns/CampaignRepository.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

#include <QSqlQuery>

namespace casedesk {

namespace {

using SqlValues::instant;
using SqlValues::uuidText;

// The table's own columns after the sync columns, as itemFrom() reads them.
const QString kOwnColumns = QStringLiteral("campaign_uuid, title, body, published_at");
const QString kColumns = SyncColumns::list() + QStringLiteral(", ") + kOwnColumns;

NewsItem itemFrom(const QSqlQuery& q)
{
    NewsItem item;
    item.sync = SyncColumns::read(q);
    item.campaignUuid = QUuid::fromString(q.value(7).toString());
    item.title = q.value(8).toString();
    item.body = q.value(9).toString();
    if (!q.value(10).isNull())
        item.publishedAt = instant(q.value(10));
    return item;
}

QVariant publishedValue(const NewsItem& item)
{
    return item.isPublished() ? QVariant(Clock::toIso(item.publishedAt))
                              : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

NewsRepository::NewsRepository(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

QList<FieldProblem> NewsRepository::check(const NewsItem& item)
{
    QList<FieldProblem> problems;
    const QString title = item.title.trimmed();
    if (title.isEmpty())
        problems.append({ QStringLiteral("title"), tr("Title: give the news a title.") });
    else if (title.size() > kMaxTitleLength)
        problems.append(
            { QStringLiteral("title"),
              tr("Title: at most %1 characters (%2 now).").arg(kMaxTitleLength).arg(title.size()) });
    if (item.body.size() > kMaxBodyLength)
        problems.append(
            { QStringLiteral("body"),
              tr("Text: at most %1 characters (%2 now).").arg(kMaxBodyLength).arg(item.body.size()) });
    return problems;
}

QList<FieldProblem> NewsRepository::create(NewsItem& item)
{
    item.title = item.title.trimmed();
    const QList<FieldProblem> problems = check(item);
    if (!problems.isEmpty())
        return problems;
    if (item.sync.uuid.isNull())
        item.sync.uuid = QUuid::createUuid();
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    if (!CampaignRepository(m_database).holdsLive(item.campaignUuid))
        throw DatabaseError(tr("No campaign has the identifier %1.").arg(uuidText(item.campaignUuid)));
    QSqlQuery q = m_database.exec(
        QStringLiteral(
            "INSERT INTO campaign_news (uuid, revision, created_at, updated_at, campaign_uuid, title, "
            "body, published_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)"),
        { uuidText(item.sync.uuid), now, now, uuidText(item.campaignUuid), item.title, item.body,
          publishedValue(item) });
    if (item.isPublished())
        Outbox::enqueue(m_database, kEntity, item.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();
    SyncColumns::markCreated(item.sync, q.lastInsertId().toLongLong(), now);
    emit newsChanged(item.campaignUuid);
    return {};
}

void NewsRepository::checkRevision(const NewsItem& item)
{
    SyncedTable(m_database, kTable)
        .checkRevision(item.sync.uuid, item.sync.revision,
                       tr("The news \"%1\" no longer exists; it was deleted elsewhere.").arg(item.title),
                       tr("The news \"%1\" was changed elsewhere since it was opened; it has been reloaded.")
                           .arg(item.title));
}

QList<FieldProblem> NewsRepository::save(NewsItem& item)
{
    NewsItem edited = item;
    edited.title = edited.title.trimmed();
    const QList<FieldProblem> problems = check(edited);
    if (!problems.isEmpty())
        return problems;
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    checkRevision(edited);
    const qint64 revision = edited.sync.revision + 1;
    m_database.exec(
        QStringLiteral("UPDATE campaign_news SET revision = ?, updated_at = ?, title = ?, body = ? "
                       "WHERE uuid = ?"),
        { revision, now, edited.title, edited.body, uuidText(edited.sync.uuid) });
    // A draft stays on the desk; a pending delete (unpublished) is left as it is.
    if (edited.isPublished())
        Outbox::enqueue(m_database, kEntity, edited.sync.uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    SyncColumns::markSaved(edited.sync, revision, now);
    item = edited;
    emit newsChanged(item.campaignUuid);
    return {};
}

void NewsRepository::publish(NewsItem& item)
{
    setPublished(item, true);
}

void NewsRepository::unpublish(NewsItem& item)
{
    setPublished(item, false);
}

void NewsRepository::setPublished(NewsItem& item, bool published)
{
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    checkRevision(item);
    const qint64 revision = item.sync.revision + 1;
    const QDateTime publishedAt = published ? instant(now) : QDateTime();
    NewsItem changed = item;
    changed.publishedAt = publishedAt;
    m_database.exec(
        QStringLiteral(
            "UPDATE campaign_news SET revision = ?, updated_at = ?, published_at = ? WHERE uuid = ?"),
        { revision, now, publishedValue(changed), uuidText(item.sync.uuid) });
    Outbox::enqueue(m_database, kEntity, item.sync.uuid,
                    published ? Outbox::Operation::Upsert : Outbox::Operation::Delete, revision);
    transaction.commit();
    item = changed;
    SyncColumns::markSaved(item.sync, revision, now);
    emit newsChanged(item.campaignUuid);
}

void NewsRepository::remove(const QUuid& uuid)
{
    WriteTransaction transaction(m_database);
    const std::optional<NewsItem> item = load(uuid);
    if (!item)
        throw DatabaseError(tr("No news has the identifier %1.").arg(uuidText(uuid)));
    SyncedTable table(m_database, kTable);
    // A draft never reached the platform (or its delete is already queued).
    if (item->isPublished())
        table.removeLocal(kEntity, uuid, item->sync.revision);
    else
        table.tombstone(uuid, item->sync.revision + 1, Clock::nowUtcIso());
    transaction.commit();
    emit newsChanged(item->campaignUuid);
}

std::optional<NewsItem> NewsRepository::load(const QUuid& uuid)
{
    return SyncedTable(m_database, kTable).loadLive(uuid, kColumns, itemFrom);
}

QList<NewsItem> NewsRepository::list(const QUuid& campaignUuid)
{
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT %1 FROM campaign_news WHERE campaign_uuid = ? AND "
                                                 "deleted = 0 ORDER BY published_at IS NOT NULL, "
                                                 "published_at DESC, created_at DESC, id DESC")
                                      .arg(kColumns),
                                  { uuidText(campaignUuid) });
    QList<NewsItem> items;
    while (q.next())
        items.append(itemFrom(q));
    return items;
}

std::optional<QUuid> NewsRepository::resolve(const QString& reference, QString* errorMessage)
{
    return SqlValues::resolveUuidPrefix(
        m_database, kTable, reference,
        { tr("News identifier \"%1\" is too short; give at least 4 characters of its UUID."),
          tr("No news has the identifier \"%1\"."),
          tr("News identifier \"%1\" matches several news; give more characters.") },
        errorMessage);
}

void NewsRepository::storeReceived(const NewsItem& item, qint64 serverVersion)
{
    WriteTransaction transaction(m_database);
    SyncedTable(m_database, kTable)
        .storeReceived(item.sync.uuid, serverVersion, kOwnColumns,
                       { uuidText(item.campaignUuid), item.title, item.body, publishedValue(item) });
    transaction.commit();
    emit newsChanged(item.campaignUuid);
}

void NewsRepository::removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion)
{
    WriteTransaction transaction(m_database);
    const QVariant campaign = m_database.scalar(
        QStringLiteral("SELECT campaign_uuid FROM campaign_news WHERE uuid = ?"), { uuidText(uuid) });
    SyncedTable(m_database, kTable).tombstoneReceived(uuid, serverVersion);
    transaction.commit();
    emit newsChanged(QUuid::fromString(campaign.toString()));
}

} // namespace casedesk
