#pragma once

// What the sync tests share: a desk synced against a real casedesk-platform process with short
// retry waits, a report in one line, campaigns on both sides, a conflict's field by name.

#include "PlatformWithDesks.h"

#include "campaigns/Campaign.h"
#include "sync/ConflictResolver.h"
#include "sync/SyncClient.h"

#include <QHash>
#include <QJsonObject>

namespace casedesk::test {

// Short waits: the faults are frequent and the tests must stay fast, yet bounded.
SyncOptions fastOptions(const PlatformProcess& server);
SyncReport syncDesk(TempDesk& desk, const PlatformProcess& server);
// Syncs until converged, at most `runs` times (a fault may exhaust one run's attempts).
SyncReport syncUntilConverged(TempDesk& desk, const PlatformProcess& server, int runs = 4);
QString describe(const SyncReport& report);
// Every campaign record the platform holds, by id, read through the whole feed.
QHash<QString, QJsonObject> serverCampaigns(const PlatformProcess& server, int* recordsSeen);
int liveCampaigns(TempDesk& desk);
Campaign createDraft(TempDesk& desk, const QString& title);
void rename(TempDesk& desk, const QUuid& uuid, const QString& title);
// The workload of the fault tests: `count` drafts "Campaign 0", "Campaign 1"..., their UUIDs in
// order; after the first push, updates and a deletion (the If-Match paths): the first four
// renamed "Renamed 0" to "Renamed 3", the tenth deleted.
QList<QUuid> createDrafts(TempDesk& desk, int count);
void renameFourDeleteTenth(TempDesk& desk, const QList<QUuid>& uuids);
// That workload pushed from `desk` under the platform's faults: the drafts (their UUIDs in
// *uuids) synced until converged, then the updates and the deletion. Empty when both pushes
// converged and left no conflict; otherwise what went wrong.
QString pushFaultWorkload(TempDesk& desk, const PlatformProcess& server, QList<QUuid>* uuids);
// Syncs A, then B; true when both runs converged (B does not run when A did not).
bool bothConverge(PlatformWithTwoDesks& setup);
// One desk's edit of a shared record: loads `uuid` from `repository` (campaigns, procedures,
// milestones...), lets `edit` change it and saves it; returns what the save returned.
template<typename Repository, typename Edit>
auto editRecord(Repository& repository, const QUuid& uuid, Edit edit)
{
    auto record = *repository.load(uuid);
    edit(record);
    return repository.save(record);
}
ConflictField fieldNamed(const QList<ConflictField>& fields, const QString& name);
// A field's two values, mine then theirs, when it differs and may be chosen; empty otherwise.
QStringList choosableSides(const ConflictField& field);
// Field `name` of the data of record `uuid` among `records` (serverCampaigns()), as text.
QString recordField(const QHash<QString, QJsonObject>& records, const QUuid& uuid, const QString& name);

} // namespace casedesk::test
