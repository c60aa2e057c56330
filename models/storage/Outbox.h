#pragma once

#include <QString>
#include <QUuid>

namespace casedesk {

class Database;

// The queue of local changes the sync will push. Callers enqueue inside the transaction that
// wrote the record, so a change and its outbox entry are committed (or lost) together.
namespace Outbox {

enum class Operation
{
    Upsert,
    Delete
};

// Keeps one pending entry per record: a newer change replaces the older entry's revision and
// moves it to the end of the queue, so autosave does not queue every keystroke.
void enqueue(Database& database, const QString& entity, const QUuid& uuid, Operation operation,
             qint64 revision);
int pendingCount(Database& database);

} // namespace Outbox
} // namespace casedesk
