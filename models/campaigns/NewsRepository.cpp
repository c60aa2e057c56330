#include "campaigns/NewsRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace casedesk {

namespace {

using SqlValues::instant;
using SqlValues::uuidText;

const QString kEntity = QStringLiteral("news");

const QString kColumns
    = QStringLiteral("id, uuid, revision, server_version, created_at, updated_at, deleted, "
                     "campaign_uuid, title, body, published_at");

NewsItem itemFrom(const QSqlQuery& q)
{
    NewsItem item;
    item.sync.localId = q.value(0).toLongLong();
    item.sync.uuid = QUuid::fromString(q.value(1).toString());
    item.sync.revision = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        item.sync.serverVersion = q.value(3).toLongLong();
    item.sync.createdAt = instant(q.value(4));
    item.sync.updatedAt = instant(q.value(5));
    item.sync.deleted = q.value(6).toBool();
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
    if (!m_database
             .scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE uuid = ? AND deleted = 0"),
                     { uuidText(item.campaignUuid) })
             .toInt())
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
    item.sync.localId = q.lastInsertId().toLongLong();
    item.sync.revision = 1;
    item.sync.deleted = false;
    item.sync.createdAt = item.sync.updatedAt = instant(now);
    emit newsChanged(item.campaignUuid);
    return {};
}

void NewsRepository::checkRevision(const NewsItem& item)
{
    const QVariant stored = m_database.scalar(
        QStringLiteral("SELECT revision FROM campaign_news WHERE uuid = ? AND deleted = 0"),
        { uuidText(item.sync.uuid) });
    if (stored.isNull())
        throw StaleRecordError(
            tr("The news \"%1\" no longer exists; it was deleted elsewhere.").arg(item.title));
    if (stored.toLongLong() != item.sync.revision)
        throw StaleRecordError(
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
    edited.sync.revision = revision;
    edited.sync.updatedAt = instant(now);
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
    item.sync.revision = revision;
    item.sync.updatedAt = instant(now);
    emit newsChanged(item.campaignUuid);
}

void NewsRepository::remove(const QUuid& uuid)
{
    WriteTransaction transaction(m_database);
    QSqlQuery current = m_database.exec(
        QStringLiteral("SELECT revision, campaign_uuid, published_at FROM campaign_news WHERE uuid = ? AND "
                       "deleted = 0"),
        { uuidText(uuid) });
    if (!current.next())
        throw DatabaseError(tr("No news has the identifier %1.").arg(uuidText(uuid)));
    const qint64 revision = current.value(0).toLongLong() + 1;
    const QUuid campaign = QUuid::fromString(current.value(1).toString());
    m_database.exec(
        QStringLiteral("UPDATE campaign_news SET deleted = 1, revision = ?, updated_at = ? WHERE uuid = ?"),
        { revision, Clock::nowUtcIso(), uuidText(uuid) });
    // A draft never reached the platform (or its delete is already queued).
    if (!current.value(2).isNull())
        Outbox::enqueue(m_database, kEntity, uuid, Outbox::Operation::Delete, revision);
    transaction.commit();
    emit newsChanged(campaign);
}

std::optional<NewsItem> NewsRepository::load(const QUuid& uuid)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM campaign_news WHERE uuid = ? AND deleted = 0").arg(kColumns),
        { uuidText(uuid) });
    if (!q.next())
        return std::nullopt;
    return itemFrom(q);
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
    const SqlValues::UuidPrefixMatch match
        = SqlValues::matchUuidPrefix(m_database, QStringLiteral("campaign_news"), reference);
    switch (match.outcome) {
    case SqlValues::UuidPrefixMatch::Outcome::One:
        return match.uuid;
    case SqlValues::UuidPrefixMatch::Outcome::TooShort:
        *errorMessage = tr("News identifier \"%1\" is too short; give at least 4 characters of its UUID.")
                            .arg(reference);
        break;
    case SqlValues::UuidPrefixMatch::Outcome::None:
        *errorMessage = tr("No news has the identifier \"%1\".").arg(reference);
        break;
    case SqlValues::UuidPrefixMatch::Outcome::Several:
        *errorMessage
            = tr("News identifier \"%1\" matches several news; give more characters.").arg(reference);
        break;
    }
    return std::nullopt;
}

void NewsRepository::storeReceived(const NewsItem& item, qint64 serverVersion)
{
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    // Revision bumped so an editor open on the item refuses to save over the received change.
    m_database.exec(
        QStringLiteral(
            "INSERT INTO campaign_news (uuid, revision, server_version, created_at, updated_at, "
            "campaign_uuid, title, body, published_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (uuid) DO UPDATE SET revision = revision + 1, "
            "server_version = excluded.server_version, updated_at = excluded.updated_at, "
            "campaign_uuid = excluded.campaign_uuid, title = excluded.title, body = excluded.body, "
            "published_at = excluded.published_at, deleted = 0"),
        { uuidText(item.sync.uuid), serverVersion, now, now, uuidText(item.campaignUuid), item.title,
          item.body, publishedValue(item) });
    transaction.commit();
    emit newsChanged(item.campaignUuid);
}

void NewsRepository::removeReceived(const QUuid& uuid, qint64 serverVersion)
{
    WriteTransaction transaction(m_database);
    const QVariant campaign = m_database.scalar(
        QStringLiteral("SELECT campaign_uuid FROM campaign_news WHERE uuid = ?"), { uuidText(uuid) });
    m_database.exec(QStringLiteral("UPDATE campaign_news SET deleted = 1, server_version = ?, "
                                   "revision = revision + 1, updated_at = ? WHERE uuid = ?"),
                    { serverVersion, Clock::nowUtcIso(), uuidText(uuid) });
    transaction.commit();
    emit newsChanged(QUuid::fromString(campaign.toString()));
}

} // namespace casedesk
