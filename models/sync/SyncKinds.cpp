#include "sync/SyncKinds.h"

#include "storage/Database.h"

namespace casedesk::SyncKinds {

const QStringList& pushed()
{
    static const QStringList kinds { QStringLiteral("campaign"), QStringLiteral("evidence"),
                                     QStringLiteral("news") };
    return kinds;
}

int pendingCount(Database& database)
{
    return database
        .scalar(
            QStringLiteral("SELECT count(*) FROM outbox WHERE entity IN ('campaign', 'evidence', 'news')"))
        .toInt();
}

} // namespace casedesk::SyncKinds
