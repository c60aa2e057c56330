#pragma once

#include "campaigns/Association.h" // FieldProblem
#include "storage/SyncState.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// A news update of a campaign ("Hearing on 12 March: the court heard our arguments"). A draft
// stays on the desk; once published it is sent to the platform, which shows it when its
// campaign is public.
struct NewsItem
{
    SyncState sync;
    QUuid campaignUuid;
    QString title;
    QString body; // Markdown
    QDateTime publishedAt; // UTC; invalid for a draft

    bool isPublished() const { return publishedAt.isValid(); }
};

// Reads and writes news. Every write is one transaction that bumps the revision; only published
// news are queued for sync (entity "news"): unpublishing or deleting a published one queues a
// delete, so the platform takes it down.
class NewsRepository : public QObject
{
    Q_OBJECT

public:
    // Its records' name in the outbox, conflicts and the registry of sync kinds (SyncKinds), and their
    // table: declared here once.
    static inline const QString kEntity = QStringLiteral("news");
    static inline const QString kTable = QStringLiteral("campaign_news");

    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxBodyLength = 20000;

    explicit NewsRepository(Database& database, QObject* parent = nullptr);

    static QList<FieldProblem> check(const NewsItem& item);
    // Stores a new item of a live campaign (published when `item.publishedAt` is set); returns
    // the field problems instead when there are any. Throws DatabaseError for an unknown campaign.
    QList<FieldProblem> create(NewsItem& item);
    // Saves title and body. Throws StaleRecordError when the stored revision is not the one
    // `item` was read at (another window, the CLI, a sync).
    QList<FieldProblem> save(NewsItem& item);
    // Publishing stamps the current time; both throw StaleRecordError like save().
    void publish(NewsItem& item);
    void unpublish(NewsItem& item);
    // Tombstones the item; throws DatabaseError when it does not exist.
    void remove(const QUuid& uuid);

    std::optional<NewsItem> load(const QUuid& uuid);
    // The campaign's live news: drafts first, then the published ones, newest first.
    QList<NewsItem> list(const QUuid& campaignUuid);
    // A full UUID or an unambiguous prefix of at least 4 characters, as typed on the command line.
    std::optional<QUuid> resolve(const QString& reference, QString* errorMessage);

    // For the sync: writes a record received from the platform as it is (uuid kept, revision
    // bumped, not queued), or tombstones it.
    void storeReceived(const NewsItem& item, qint64 serverVersion);
    void removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion);

signals:
    void newsChanged(const QUuid& campaignUuid);

private:
    void setPublished(NewsItem& item, bool published);
    // The stored revision of a live item, checked against `item`'s; throws StaleRecordError.
    void checkRevision(const NewsItem& item);

    Database& m_database;
};

} // namespace casedesk
