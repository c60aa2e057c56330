#pragma once

#include <QtGlobal>

namespace casedesk {

class Database;

// A larger SQLite page cache for as long as it lives (a bulk import). Duplicate keys and UUIDs are
// random: each insert or lookup lands on a random page of their indexes. With SQLite's default
// 2 MB cache those pages are evicted and re-read all the time (100,000 bank lines: 8 s to commit,
// 4 s to look up, measured); a larger one keeps the indexes in memory.
class LargeCache
{
public:
    explicit LargeCache(Database& database);
    ~LargeCache();
    LargeCache(const LargeCache&) = delete;
    LargeCache& operator=(const LargeCache&) = delete;

private:
    static constexpr int kKibibytes = 128 * 1024; // an upper bound: pages are allocated as used
    Database& m_database;
    qint64 m_previous;
};

} // namespace casedesk
