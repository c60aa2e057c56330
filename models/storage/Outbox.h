#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace casedesk {

class Database;

// The queue of local changes the sync will push: the one place that writes the outbox table.
// Repositories enqueue inside the transaction that wrote the record, so a change and its entry
// are committed (or lost) together; the sync reads the queue and takes entries off it.
namespace Outbox {

// One pending entry, in queue order.
struct Entry
{
    QString entity;
    QUuid uuid;
    bool isDelete = false;
    qint64 revision = 0;
    int refusals = 0; // 422 answers to this revision so far
};

enum class Operation
{
    Upsert,
    Delete
};

// Keeps one pending entry per record: a newer change replaces the older entry's revision and
// moves it to the end of the queue, so autosave does not queue every keystroke.
void enqueue(Database& database, const QString& entity, const QUuid& uuid, Operation operation,
             qint64 revision);
// A record created at revision 1 by a bulk import: it cannot have an entry yet, so nothing is
// replaced (one statement per record instead of two). `now` is the import's own time.
void enqueueCreated(Database& database, const QString& entity, const QString& uuid, const QString& now);
// The record will not leave the desk after all (a piece made private before it was ever sent, a
// change the platform's copy supersedes): its pending entry goes, whatever its revision.
void forget(Database& database, const QString& entity, const QUuid& uuid);

int pendingCount(Database& database);
QList<Entry> pending(Database& database);
bool hasPending(Database& database, const QString& entity, const QUuid& uuid);
// Drops the entry if it still holds exactly this revision (pushed, conflicted or obsolete): a
// change made meanwhile stays queued.
void drop(Database& database, const Entry& entry);
// The platform refused this revision (422) and applied nothing: the next attempt, once what it
// lacked has arrived (a parent restored, a campaign received), is a new request.
void noteRefusal(Database& database, const Entry& entry);

} // namespace Outbox
} // namespace casedesk
