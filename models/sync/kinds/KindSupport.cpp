#include "sync/kinds/KindSupport.h"

#include "storage/Database.h"
#include "storage/Outbox.h"
#include "sync/kinds/KindEntries.h"

namespace casedesk::KindSupport {

void queueDonors(Database& database, const QList<std::pair<QUuid, qint64>>& donors)
{
    WriteTransaction transaction(database);
    for (const auto& [uuid, revision] : donors)
        Outbox::enqueue(database, KindEntries::donor().entity, uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
}

} // namespace casedesk::KindSupport
