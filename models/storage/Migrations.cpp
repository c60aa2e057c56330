#include "storage/Migrations.h"

#include "storage/Database.h"

namespace casedesk::Migrations {

namespace {

// Columns every syncable record carries: a stable UUID, the local revision (bumped on each
// local change), the server's version last seen (NULL until first synced), UTC timestamps in
// ISO 8601 and a tombstone kept until the server has acknowledged the deletion.
#define CASEDESK_SYNC_COLUMNS                                                                                \
    "uuid TEXT NOT NULL UNIQUE, "                                                                            \
    "revision INTEGER NOT NULL DEFAULT 1, "                                                                  \
    "server_version INTEGER, "                                                                               \
    "created_at TEXT NOT NULL, "                                                                             \
    "updated_at TEXT NOT NULL, "                                                                             \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE association ("
                       "id INTEGER PRIMARY KEY CHECK (id = 1), " CASEDESK_SYNC_COLUMNS
                       "name TEXT NOT NULL DEFAULT '', legal_form TEXT NOT NULL DEFAULT '', "
                       "rna TEXT NOT NULL DEFAULT '', siren TEXT NOT NULL DEFAULT '', "
                       "address TEXT NOT NULL DEFAULT '', purpose TEXT NOT NULL DEFAULT '', "
                       "general_interest INTEGER NOT NULL DEFAULT 0, "
                       "signatory_name TEXT NOT NULL DEFAULT '', signatory_role TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE campaigns ("
                       "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
                       "title TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', "
                       "description TEXT NOT NULL DEFAULT '', "
                       "cause TEXT NOT NULL DEFAULT 'environment' "
                       "  CHECK (cause IN ('environment', 'health', 'social_rights', 'other')), "
                       "harm TEXT NOT NULL DEFAULT '', legal_basis TEXT NOT NULL DEFAULT '', "
                       "court TEXT NOT NULL DEFAULT '', opposing_party TEXT NOT NULL DEFAULT '', "
                       "goal_cents INTEGER NOT NULL DEFAULT 0 CHECK (goal_cents >= 0), "
                       "end_date TEXT, "
                       "status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', "
                       "  'approved', 'published', 'funded', 'closed', 'withdrawn')), "
                       "how_money_used TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX campaigns_by_status ON campaigns (deleted, status)"),
        QStringLiteral("CREATE INDEX campaigns_by_updated ON campaigns (deleted, updated_at)"),
        QStringLiteral("CREATE TABLE budget_lines ("
                       "id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
                       "campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, "
                       "kind TEXT NOT NULL CHECK (kind IN ('lawyer_fees', 'court_fees', 'expert_reports', "
                       "  'bailiff', 'platform_fees', 'other')), "
                       "label TEXT NOT NULL DEFAULT '', "
                       "amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0))"),
        QStringLiteral("CREATE INDEX budget_lines_by_campaign ON budget_lines (campaign_id, position)"),
        // One pending entry per record: the sync pushes the record's state at push time and
        // removes the entry only if the revision it pushed is still the latest.
        QStringLiteral("CREATE TABLE outbox ("
                       "id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "entity TEXT NOT NULL, entity_uuid TEXT NOT NULL, "
                       "operation TEXT NOT NULL CHECK (operation IN ('upsert', 'delete')), "
                       "revision INTEGER NOT NULL, queued_at TEXT NOT NULL, "
                       "UNIQUE (entity, entity_uuid))"),
    };
}

QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE press_articles ("
                       "id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
                       "campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '', "
                       "outlet TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', published_on TEXT)"),
        QStringLiteral("CREATE INDEX press_articles_by_campaign ON press_articles (campaign_id, position)"),
        // Who moved a dossier through the workflow and when: the board's approval is on record.
        QStringLiteral("CREATE TABLE campaign_status_changes ("
                       "id INTEGER PRIMARY KEY, "
                       "campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE, "
                       "from_status TEXT NOT NULL, to_status TEXT NOT NULL, changed_at TEXT NOT NULL, "
                       "note TEXT NOT NULL DEFAULT '')"),
        // Desk-local settings (fees, preferences); not synced.
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

// Court procedures and their timelines. Records point at each other by UUID, the identity the
// sync shares; tombstoned rows stay, so the references keep holding.
QStringList version3()
{
    return {
        QStringLiteral(
            "CREATE TABLE procedures ("
            "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
            "campaign_uuid TEXT NOT NULL REFERENCES campaigns (uuid), "
            "court TEXT NOT NULL, court_name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, "
            "case_number TEXT NOT NULL DEFAULT '', lawyer TEXT NOT NULL DEFAULT '', "
            "parties TEXT NOT NULL DEFAULT '', "
            "status TEXT NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing', 'pending', "
            "  'decided', 'closed', 'withdrawn')), "
            "appeals_uuid TEXT REFERENCES procedures (uuid), "
            "region TEXT NOT NULL DEFAULT 'metropole' CHECK (region IN ('metropole', 'alsace-moselle')), "
            "notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX procedures_by_campaign ON procedures (campaign_uuid, deleted)"),
        QStringLiteral("CREATE INDEX procedures_by_appeal ON procedures (appeals_uuid)"),
        QStringLiteral("CREATE TABLE milestones ("
                       "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
                       "procedure_uuid TEXT NOT NULL REFERENCES procedures (uuid), "
                       "kind TEXT NOT NULL CHECK (kind IN ('contested-act', 'filing', 'pleading', 'hearing', "
                       "  'decision', 'notification', 'deadline', 'other')), "
                       "date TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
                       "rule_id TEXT, start_date TEXT, source_uuid TEXT REFERENCES milestones (uuid), "
                       "done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)))"),
        QStringLiteral("CREATE INDEX milestones_by_procedure ON milestones (procedure_uuid, deleted, date)"),
        // The deadlines dashboard: open deadlines by due date.
        QStringLiteral("CREATE INDEX milestones_open_deadlines ON milestones (kind, deleted, done, date)"),
    };
}

// Evidence pieces (exhibits). Their files live in the vault beside the desk, named by SHA-256;
// a piece's number is unique among the campaign's live pieces (tombstones keep theirs).
QStringList version4()
{
    return {
        QStringLiteral(
            "CREATE TABLE evidence ("
            "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
            "campaign_uuid TEXT NOT NULL REFERENCES campaigns (uuid), "
            "number INTEGER NOT NULL CHECK (number > 0), "
            "title TEXT NOT NULL DEFAULT '', document_date TEXT, source TEXT NOT NULL DEFAULT '', "
            "description TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]', "
            "public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)), "
            "original_name TEXT NOT NULL, media_type TEXT NOT NULL DEFAULT 'application/octet-stream', "
            "size INTEGER NOT NULL CHECK (size >= 0), "
            "sha256 TEXT NOT NULL CHECK (length(sha256) = 64), attached_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE UNIQUE INDEX evidence_numbers ON evidence (campaign_uuid, number) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX evidence_by_hash ON evidence (sha256, deleted)"),
    };
}

// Sync bookkeeping: where the changes feed was read up to (per server, so pointing the desk at
// another platform starts from the beginning), and conflicts kept as records, mine and theirs as
// JSON, until a person resolves them. At most one open conflict per record.
QStringList version5()
{
    return {
        QStringLiteral("CREATE TABLE sync_cursors (server TEXT PRIMARY KEY, cursor TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sync_conflicts ("
                       "id INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_uuid TEXT NOT NULL, "
                       "local_revision INTEGER NOT NULL, server_version INTEGER, "
                       "mine TEXT NOT NULL, theirs TEXT, detected_at TEXT NOT NULL, resolved_at TEXT)"),
        QStringLiteral("CREATE UNIQUE INDEX sync_conflicts_open ON sync_conflicts (entity, entity_uuid) "
                       "WHERE resolved_at IS NULL"),
    };
}

#undef CASEDESK_SYNC_COLUMNS

} // namespace

QStringList stepTo(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    default:
        return {};
    }
}

void apply(Database& database)
{
    if (database.schemaVersion() == Database::kSchemaVersion)
        return;
    WriteTransaction transaction(database);
    // Read again under the write lock: another process may have migrated in the meantime.
    const int current = database.schemaVersion();
    for (int version = current + 1; version <= Database::kSchemaVersion; ++version) {
        for (const QString& statement : stepTo(version))
            database.exec(statement);
    }
    database.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion));
    transaction.commit();
}

} // namespace casedesk::Migrations
