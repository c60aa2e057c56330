#include "sync/SyncQueue.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/SyncedTable.h"
#include "sync/SyncKinds.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace casedesk {

SyncQueue::SyncQueue(Database& database)
    : m_database(database)
{
}

QList<OutboxEntry> SyncQueue::toSend(QStringList* problems)
{
    for (const SyncKind* kind : SyncKinds::all()) {
        if (kind->beforePush)
            kind->beforePush(m_database); // a gift's donor must reach the platform too
    }
    QList<OutboxEntry> entries = Outbox::pending(m_database);
    QSet<QString> unknown;
    entries.removeIf([&](const OutboxEntry& entry) {
        const SyncKind* kind = SyncKinds::findEntity(entry.entity);
        if (!kind) {
            unknown.insert(entry.entity);
            return true;
        }
        // Other kinds stay on the desk (the contract does not carry them); the feed's donations
        // come to every desk from the platform and never go back.
        if (!kind->isPushed() || (kind->staysOnDesk && kind->staysOnDesk(m_database, entry.uuid)))
            return true;
        // A milestone of a procedure whose deletion waits for the user's decision waits with it.
        return kind->waitsForDecision && kind->waitsForDecision(m_database, entry.uuid);
    });
    for (const QString& entity : std::as_const(unknown))
        problems->append(
            tr("Changes of kind \"%1\" wait in the outbox, but this version of CaseDesk does not "
               "know that kind; they stay on the desk.")
                .arg(entity));
    orderForPush(&entries);
    return entries;
}

// What others refer to goes first, because the platform refuses a record whose campaign,
// procedure, appealed procedure, source milestone or donor it does not hold: campaigns, donors,
// procedures (an appeal after what it challenges), milestones (a deadline after its
// notification), then the rest. Deletions go last, children before their parents.
void SyncQueue::orderForPush(QList<OutboxEntry>* entries)
{
    const auto key = [](const OutboxEntry& entry) {
        return entry.entity + SqlValues::uuidText(entry.uuid);
    };
    QHash<QString, std::pair<int, int>> keys;
    for (const OutboxEntry& entry : std::as_const(*entries)) {
        const SyncKind& kind = SyncKinds::ofEntity(entry.entity);
        const int rank = SyncKinds::rank(kind);
        const int depth = kind.chainColumn.isEmpty()
            ? 0
            : SyncedTable(m_database, kind.table).chainDepth(entry.uuid, kind.chainColumn);
        keys.insert(key(entry), entry.isDelete ? std::pair { -rank, -depth } : std::pair { rank, depth });
    }
    std::stable_sort(entries->begin(), entries->end(), [&](const OutboxEntry& a, const OutboxEntry& b) {
        if (a.isDelete != b.isDelete)
            return !a.isDelete;
        return keys.value(key(a)) < keys.value(key(b));
    });
}

void SyncQueue::acknowledge(const OutboxEntry& entry, qint64 version)
{
    SyncedTable(m_database, SyncKinds::ofEntity(entry.entity).table).storeServerVersion(entry.uuid, version);
    Outbox::drop(m_database, entry);
}

std::optional<qint64> SyncQueue::serverVersion(const OutboxEntry& entry)
{
    return SyncedTable(m_database, SyncKinds::ofEntity(entry.entity).table).serverVersion(entry.uuid);
}

QString SyncQueue::cursor(const QString& server)
{
    return m_database.scalar(QStringLiteral("SELECT cursor FROM sync_cursors WHERE server = ?"), { server })
        .toString();
}

void SyncQueue::setCursor(const QString& server, const QString& cursor)
{
    m_database.execCached(QStringLiteral("INSERT INTO sync_cursors (server, cursor) VALUES (?, ?) "
                                         "ON CONFLICT (server) DO UPDATE SET cursor = excluded.cursor"),
                          { server, cursor });
}

} // namespace casedesk
