#include "storage/LargeCache.h"

#include "storage/Database.h"

namespace casedesk {

LargeCache::LargeCache(Database& database)
    : m_database(database)
    , m_previous(database.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong())
{
    m_database.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kKibibytes));
}

LargeCache::~LargeCache()
{
    try {
        m_database.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    } catch (const DatabaseError&) {
        // The default cache only costs speed; never throw from a destructor.
    }
}

} // namespace casedesk
