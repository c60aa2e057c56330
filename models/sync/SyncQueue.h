#pragma once

#include "storage/Outbox.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

class Database;
struct SyncKind;

using OutboxEntry = Outbox::Entry;

// The outbox as the push reads it and where the pull stands: the entries to send, in the order
// the platform needs them (docs/platform-api.md §3.3), what became of each, and the changes
// feed's cursor (the one writer of sync_cursors). Callers own the transactions.
class SyncQueue
{
    Q_DECLARE_TR_FUNCTIONS(SyncQueue)

public:
    explicit SyncQueue(Database& database);

    // The entries to send: those of the kinds the desk pushes, but the ones that stay on the desk
    // (a feed donation) or wait for a decision (a milestone of a procedure in conflict); what
    // others refer to first, deletions last and children before their parents. An entry of a kind
    // this version does not know stays queued, and *problems names it.
    QList<OutboxEntry> toSend(QStringList* problems);
    // After the platform accepted `entry` at `version`: its version is stored, and the entry goes
    // only if nobody changed the record since (the entry's revision is still the one pushed).
    void acknowledge(const OutboxEntry& entry, qint64 version);
    // The platform's version of the entry's record; none when it never held it.
    std::optional<qint64> serverVersion(const OutboxEntry& entry);

    QString cursor(const QString& server);
    void setCursor(const QString& server, const QString& cursor);

private:
    void orderForPush(QList<OutboxEntry>* entries);

    Database& m_database;
};

} // namespace casedesk
