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

// The treasurer's ledger (issue 5). Donors, donations, platform payouts, bank accounts, their
// imported statements and lines, and the reconciliation between them. Amounts are integer cents.
// A donation keeps a copy of its donor's name, sort key and campaign's title (kept equal by
// triggers) so the donations view can sort a million rows on them through an index. The sort key
// (lower case, accents removed: DonorNames::sortKey) is computed in C++ and not by the LOCALE
// collation, whose order depends on the user's language and so cannot back a stored index.
QStringList version6()
{
    return {
        QStringLiteral(
            "CREATE TABLE donors ("
            "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
            "name TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
            "address TEXT NOT NULL DEFAULT '', "
            "consent_to_contact INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_contact IN (0, 1)), "
            "platform_ref TEXT, notes TEXT NOT NULL DEFAULT '', sort_key TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX donors_by_name ON donors (deleted, sort_key)"),
        // NOCASE: e-mail addresses are matched and searched case-insensitively (imports, search).
        QStringLiteral("CREATE INDEX donors_by_email ON donors (email COLLATE NOCASE)"),
        QStringLiteral("CREATE UNIQUE INDEX donors_by_platform_ref ON donors (platform_ref) "
                       "WHERE platform_ref IS NOT NULL"),
        QStringLiteral(
            "CREATE TABLE donations ("
            "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
            "campaign_uuid TEXT REFERENCES campaigns (uuid), campaign_title TEXT NOT NULL DEFAULT '', "
            "donor_uuid TEXT REFERENCES donors (uuid), donor_name TEXT NOT NULL DEFAULT '', "
            "donor_sort_key TEXT NOT NULL DEFAULT '', "
            "amount_cents INTEGER NOT NULL CHECK (amount_cents > 0), "
            "currency TEXT NOT NULL DEFAULT 'EUR', date TEXT NOT NULL, "
            "method TEXT NOT NULL CHECK (method IN ('platform', 'card', 'transfer', 'cheque', 'cash', "
            "  'direct_debit')), "
            "platform TEXT NOT NULL DEFAULT '', platform_order_id TEXT, "
            "status TEXT NOT NULL DEFAULT 'paid' CHECK (status IN ('pending', 'paid', 'refunded', "
            "  'cancelled')), "
            "payout_uuid TEXT REFERENCES payouts (uuid), "
            "reconciled INTEGER NOT NULL DEFAULT 0 CHECK (reconciled IN (0, 1)), "
            "import_key TEXT UNIQUE, note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX donations_by_date ON donations (deleted, date)"),
        QStringLiteral("CREATE INDEX donations_by_amount ON donations (deleted, amount_cents)"),
        QStringLiteral("CREATE INDEX donations_by_donor_name ON donations (deleted, donor_sort_key)"),
        QStringLiteral("CREATE INDEX donations_by_campaign_title ON donations (deleted, campaign_title)"),
        QStringLiteral("CREATE INDEX donations_by_campaign ON donations (campaign_uuid, deleted, date)"),
        QStringLiteral("CREATE INDEX donations_by_donor ON donations (donor_uuid, date)"),
        QStringLiteral("CREATE INDEX donations_by_payout ON donations (payout_uuid)"),
        // The view's "platform order" column: exact search and sort.
        QStringLiteral("CREATE INDEX donations_by_order ON donations (deleted, platform_order_id)"),
        QStringLiteral("CREATE INDEX donations_by_status ON donations (deleted, status, date)"),
        QStringLiteral("CREATE INDEX donations_by_method ON donations (deleted, method, date)"),
        QStringLiteral("CREATE INDEX donations_unreconciled ON donations (deleted, reconciled, date)"),
        QStringLiteral(
            "CREATE TRIGGER donations_follow_donor_name AFTER UPDATE OF name, sort_key ON donors BEGIN "
            "UPDATE donations SET donor_name = NEW.name, donor_sort_key = NEW.sort_key "
            "WHERE donor_uuid = NEW.uuid; END"),
        QStringLiteral(
            "CREATE TRIGGER donations_follow_campaign_title AFTER UPDATE OF title ON campaigns BEGIN "
            "UPDATE donations SET campaign_title = NEW.title WHERE campaign_uuid = NEW.uuid; END"),
        QStringLiteral("CREATE TABLE payouts ("
                       "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
                       "campaign_uuid TEXT REFERENCES campaigns (uuid), platform TEXT NOT NULL, "
                       "reference TEXT NOT NULL, date TEXT NOT NULL, "
                       "gross_cents INTEGER NOT NULL, commission_cents INTEGER NOT NULL DEFAULT 0, "
                       "payment_fees_cents INTEGER NOT NULL DEFAULT 0, net_cents INTEGER NOT NULL, "
                       "reconciled INTEGER NOT NULL DEFAULT 0 CHECK (reconciled IN (0, 1)), "
                       "import_key TEXT UNIQUE)"),
        QStringLiteral("CREATE INDEX payouts_by_campaign ON payouts (campaign_uuid, deleted, date)"),
        QStringLiteral(
            "CREATE TABLE bank_accounts ("
            "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
            "iban TEXT NOT NULL UNIQUE, name TEXT NOT NULL DEFAULT '', bic TEXT NOT NULL DEFAULT '', "
            "currency TEXT NOT NULL DEFAULT 'EUR')"),
        QStringLiteral("CREATE TABLE bank_statements ("
                       "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
                       "account_uuid TEXT NOT NULL REFERENCES bank_accounts (uuid), "
                       "format TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '', "
                       "file_sha256 TEXT NOT NULL DEFAULT '', statement_ref TEXT NOT NULL DEFAULT '', "
                       "from_date TEXT, to_date TEXT, opening_cents INTEGER, closing_cents INTEGER, "
                       "imported_at TEXT NOT NULL, line_count INTEGER NOT NULL DEFAULT 0, "
                       "duplicate_count INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX bank_statements_by_account ON bank_statements (account_uuid, to_date)"),
        // line_key: the bank's entry reference (CAMT AcctSvcrRef, OFX FITID) or a hash of date,
        // amount, text and the rank among identical lines; unique per account, so a re-import or
        // an overlapping statement adds nothing. A line the user imported despite a matching key
        // gets the key with a "#override-N" suffix.
        QStringLiteral("CREATE TABLE bank_lines ("
                       "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
                       "account_uuid TEXT NOT NULL REFERENCES bank_accounts (uuid), "
                       "statement_uuid TEXT NOT NULL REFERENCES bank_statements (uuid), "
                       "booking_date TEXT NOT NULL, value_date TEXT, amount_cents INTEGER NOT NULL, "
                       "currency TEXT NOT NULL DEFAULT 'EUR', label TEXT NOT NULL DEFAULT '', "
                       "counterparty TEXT NOT NULL DEFAULT '', counterparty_iban TEXT NOT NULL DEFAULT '', "
                       "reference TEXT NOT NULL DEFAULT '', bank_reference TEXT NOT NULL DEFAULT '', "
                       "line_key TEXT NOT NULL, source_line INTEGER NOT NULL DEFAULT 0, "
                       "reconciled INTEGER NOT NULL DEFAULT 0 CHECK (reconciled IN (0, 1)), "
                       "UNIQUE (account_uuid, line_key))"),
        QStringLiteral("CREATE INDEX bank_lines_by_date ON bank_lines (account_uuid, deleted, booking_date)"),
        QStringLiteral("CREATE INDEX bank_lines_by_statement ON bank_lines (statement_uuid)"),
        QStringLiteral(
            "CREATE INDEX bank_lines_unreconciled ON bank_lines (deleted, reconciled, booking_date)"),
        // A bank line matched to one or more donations or payouts (a deposit of several cheques;
        // a payout's credit). Rejected proposals are kept so they are not proposed again.
        QStringLiteral(
            "CREATE TABLE reconciliation_matches ("
            "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
            "bank_line_uuid TEXT NOT NULL REFERENCES bank_lines (uuid), "
            "target_kind TEXT NOT NULL CHECK (target_kind IN ('donation', 'payout')), "
            "target_uuid TEXT NOT NULL, amount_cents INTEGER NOT NULL, "
            "state TEXT NOT NULL CHECK (state IN ('accepted', 'rejected')), "
            "score INTEGER NOT NULL DEFAULT 0, reasons TEXT NOT NULL DEFAULT '', "
            "manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)), decided_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX reconciliation_by_line ON reconciliation_matches (bank_line_uuid, deleted)"),
        QStringLiteral(
            "CREATE INDEX reconciliation_by_target ON reconciliation_matches (target_uuid, deleted)"),
        // Closed periods are locked: lines, matches and the donations in them refuse edits until
        // an explicit, logged reopen.
        QStringLiteral("CREATE TABLE reconciliation_periods ("
                       "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
                       "account_uuid TEXT NOT NULL REFERENCES bank_accounts (uuid), "
                       "start_date TEXT NOT NULL, end_date TEXT NOT NULL, "
                       "statement_balance_cents INTEGER NOT NULL, "
                       "state TEXT NOT NULL DEFAULT 'closed' CHECK (state IN ('closed', 'reopened')), "
                       "closed_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX reconciliation_periods_by_account "
                       "ON reconciliation_periods (account_uuid, state, end_date)"),
        // The lock itself, as a last line of defence under the repositories' own checks (which
        // give the user the clear message): no change to a line, a match or a matched donation
        // inside a closed period. The message starts with "locked:" so callers can recognise it.
        QStringLiteral(
            "CREATE TRIGGER bank_lines_locked BEFORE UPDATE ON bank_lines "
            "WHEN EXISTS (SELECT 1 FROM reconciliation_periods p WHERE p.account_uuid = OLD.account_uuid "
            "  AND p.state = 'closed' AND p.deleted = 0 "
            "  AND OLD.booking_date BETWEEN p.start_date AND p.end_date) "
            "BEGIN SELECT RAISE(ABORT, 'locked: the bank line is in a closed reconciliation period'); END"),
        QStringLiteral(
            "CREATE TRIGGER reconciliation_matches_locked_insert BEFORE INSERT ON reconciliation_matches "
            "WHEN EXISTS (SELECT 1 FROM bank_lines l JOIN reconciliation_periods p "
            "  ON p.account_uuid = l.account_uuid AND p.state = 'closed' AND p.deleted = 0 "
            "  AND l.booking_date BETWEEN p.start_date AND p.end_date "
            "  WHERE l.uuid = NEW.bank_line_uuid) "
            "BEGIN SELECT RAISE(ABORT, 'locked: the bank line is in a closed reconciliation period'); END"),
        QStringLiteral(
            "CREATE TRIGGER reconciliation_matches_locked_update BEFORE UPDATE ON reconciliation_matches "
            "WHEN EXISTS (SELECT 1 FROM bank_lines l JOIN reconciliation_periods p "
            "  ON p.account_uuid = l.account_uuid AND p.state = 'closed' AND p.deleted = 0 "
            "  AND l.booking_date BETWEEN p.start_date AND p.end_date "
            "  WHERE l.uuid = OLD.bank_line_uuid) "
            "BEGIN SELECT RAISE(ABORT, 'locked: the match is in a closed reconciliation period'); END"),
        QStringLiteral(
            "CREATE TRIGGER donations_locked BEFORE UPDATE OF campaign_uuid, donor_uuid, amount_cents, date, "
            "method, status, payout_uuid, reconciled, deleted ON donations "
            "WHEN EXISTS (SELECT 1 FROM reconciliation_matches m "
            "  JOIN bank_lines l ON l.uuid = m.bank_line_uuid "
            "  JOIN reconciliation_periods p ON p.account_uuid = l.account_uuid AND p.state = 'closed' "
            "  AND p.deleted = 0 AND l.booking_date BETWEEN p.start_date AND p.end_date "
            "  WHERE m.target_uuid = OLD.uuid AND m.state = 'accepted' AND m.deleted = 0) "
            "BEGIN SELECT RAISE(ABORT, 'locked: the donation is reconciled in a closed period'); END"),
        QStringLiteral(
            "CREATE TABLE reconciliation_period_log ("
            "id INTEGER PRIMARY KEY, period_uuid TEXT NOT NULL REFERENCES reconciliation_periods (uuid), "
            "action TEXT NOT NULL CHECK (action IN ('closed', 'reopened')), "
            "at TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '')"),
        // The CSV column mapping the user made for one bank, by a name they chose; desk-local.
        QStringLiteral("CREATE TABLE csv_mappings (name TEXT PRIMARY KEY, mapping TEXT NOT NULL)"),
    };
}

// News updates of a campaign, written by the jurists; published_at (UTC instant) is NULL for a
// draft, which never leaves the desk.
QStringList version7()
{
    return {
        QStringLiteral("CREATE TABLE campaign_news ("
                       "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
                       "campaign_uuid TEXT NOT NULL REFERENCES campaigns (uuid), "
                       "title TEXT NOT NULL, body TEXT NOT NULL DEFAULT '', published_at TEXT)"),
        QStringLiteral(
            "CREATE INDEX campaign_news_by_campaign ON campaign_news (campaign_uuid, deleted, published_at)"),
    };
}

// A milestone the jurists choose to show on the campaign's public page (a hearing, a decision);
// every milestone stays private unless marked.
QStringList version8()
{
    return {
        QStringLiteral(
            "ALTER TABLE milestones ADD COLUMN public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1))"),
    };
}

// An outbox entry counts the platform's refusals (422): a refused write was not applied, so the
// next attempt may use a new idempotency key.
QStringList version9()
{
    return {
        QStringLiteral("ALTER TABLE outbox ADD COLUMN refusals INTEGER NOT NULL DEFAULT 0"),
    };
}

// Lists name the index they read (DonationListSql, DonorRepository). The donors list counts and
// sums each donor's gifts from donations_by_donor alone, without reading the gifts themselves;
// the reconciliation's paid gifts waiting for a bank line are one range of
// donations_unreconciled, in date order, counted without reading them either; a campaign's report
// (LedgerSummary) is summed from its range of donations_by_campaign alone.
QStringList version10()
{
    return {
        QStringLiteral("DROP INDEX donations_by_donor"),
        QStringLiteral(
            "CREATE INDEX donations_by_donor ON donations (donor_uuid, deleted, date, status, amount_cents)"),
        QStringLiteral("DROP INDEX donations_unreconciled"),
        QStringLiteral(
            "CREATE INDEX donations_unreconciled ON donations (deleted, reconciled, status, date)"),
        QStringLiteral("DROP INDEX donations_by_campaign"),
        QStringLiteral("CREATE INDEX donations_by_campaign ON donations "
                       "(campaign_uuid, deleted, date, status, method, amount_cents, payout_uuid)"),
    };
}

// Tax receipts and donors' rights (issue 13).
// - The association's profile gains what a receipt prints: the Cerfa box it ticks (a code of
//   ReceiptCodes::category), the place of signing and an optional signature image.
// - A donor is a person (Cerfa 11580) or a company (Cerfa 16216, with its SIREN); chooses a
//   receipt per gift, one a year, or none; the consent to be contacted has a date and a source.
//   An erased donor keeps a row (its gifts still add up) with its identity gone: erased_at.
// - A gift's counterpart (a platform reward) has a value that the receipt deducts.
// - receipts: one order number per receipt, `year` + `sequence` unique (so two processes can
//   never share a number; the sequence is allocated inside the writing transaction). The donor's
//   identity is copied as printed: a receipt is never rewritten, only cancelled and replaced.
//   receipt_gifts: the gifts a receipt covers; a gift is on one active receipt at most.
// - donor_archive: what the law makes an erased donor's association keep (receipts six years,
//   accounting ten), restricted: no list, search, sync or export reads it; purged at keep_until.
// - privacy_log: every export, erasure and purge of a donor's data (who, when, what, why).
QStringList version11()
{
    return {
        QStringLiteral("ALTER TABLE association ADD COLUMN receipt_category TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE association ADD COLUMN receipt_place TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE association ADD COLUMN signature_png BLOB"),
        QStringLiteral("ALTER TABLE donors ADD COLUMN legal_kind TEXT NOT NULL DEFAULT 'person' "
                       "CHECK (legal_kind IN ('person', 'company'))"),
        QStringLiteral("ALTER TABLE donors ADD COLUMN siren TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE donors ADD COLUMN receipt_choice TEXT NOT NULL DEFAULT 'per_gift' "
                       "CHECK (receipt_choice IN ('per_gift', 'annual', 'none'))"),
        QStringLiteral("ALTER TABLE donors ADD COLUMN consent_date TEXT"),
        QStringLiteral("ALTER TABLE donors ADD COLUMN consent_source TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE donors ADD COLUMN erased_at TEXT"),
        QStringLiteral("ALTER TABLE donations ADD COLUMN counterpart_cents INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (counterpart_cents >= 0)"),
        QStringLiteral("CREATE TABLE receipts ("
                       "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
                       "number TEXT NOT NULL UNIQUE, year INTEGER NOT NULL, sequence INTEGER NOT NULL CHECK "
                       "(sequence > 0), "
                       "kind TEXT NOT NULL CHECK (kind IN ('gift', 'annual')), "
                       "form TEXT NOT NULL CHECK (form IN ('individual', 'company')), "
                       "donor_uuid TEXT NOT NULL REFERENCES donors (uuid), donor_name TEXT NOT NULL, "
                       "donor_address TEXT NOT NULL, donor_siren TEXT NOT NULL DEFAULT '', "
                       "amount_cents INTEGER NOT NULL CHECK (amount_cents > 0), "
                       "period_from TEXT NOT NULL, period_to TEXT NOT NULL, "
                       "method TEXT NOT NULL CHECK (method IN ('cash', 'cheque', 'transfer', 'mixed')), "
                       "issued_on TEXT NOT NULL, issuing_desk TEXT NOT NULL DEFAULT '', "
                       "status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'cancelled')), "
                       "cancelled_on TEXT, cancel_reason TEXT NOT NULL DEFAULT '', "
                       "replaces_uuid TEXT REFERENCES receipts (uuid), "
                       "file_name TEXT NOT NULL DEFAULT '', pdf_sha256 TEXT NOT NULL DEFAULT '', "
                       "UNIQUE (year, sequence))"),
        QStringLiteral("CREATE INDEX receipts_by_donor ON receipts (donor_uuid, year)"),
        QStringLiteral("CREATE INDEX receipts_by_period ON receipts (deleted, period_to)"),
        QStringLiteral("CREATE TABLE receipt_gifts ("
                       "receipt_uuid TEXT NOT NULL REFERENCES receipts (uuid), "
                       "donation_uuid TEXT NOT NULL REFERENCES donations (uuid), "
                       "gift_cents INTEGER NOT NULL, counterpart_cents INTEGER NOT NULL DEFAULT 0, "
                       "receipted_cents INTEGER NOT NULL CHECK (receipted_cents > 0), "
                       "active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), "
                       "PRIMARY KEY (receipt_uuid, donation_uuid))"),
        QStringLiteral("CREATE UNIQUE INDEX receipt_gifts_one_active ON receipt_gifts (donation_uuid) "
                       "WHERE active = 1"),
        QStringLiteral("CREATE TABLE donor_archive ("
                       "donor_uuid TEXT PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', "
                       "siren TEXT NOT NULL DEFAULT '', archived_on TEXT NOT NULL, keep_until TEXT NOT NULL, "
                       "reason TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE privacy_log ("
            "id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
            "action TEXT NOT NULL CHECK (action IN ('export', 'erase', 'purge')), "
            "donor_uuid TEXT NOT NULL, what TEXT NOT NULL DEFAULT '', why TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX privacy_log_by_donor ON privacy_log (donor_uuid, at)"),
    };
}

// Version 12, the board's review of a dossier (issue 12):
// - The board: its members (synced privately: another desk needs their names and the public keys
//   that verify their votes), and the statutes' rules in the association row (desk-only; a round
//   copies them, so every desk decides a round by the rules it was opened under).
// - A campaign's lawyer, the lawyer's assessment, the risks with the adverse costs, and why the
//   association is the one to act: what the review checklist requires.
// - review_rounds: one per submission, on a frozen snapshot of the dossier (canonical JSON) and its
//   SHA-256 fingerprint, with the members in office and the rules as they were when it opened. No
//   UNIQUE on (campaign, number): two desks may open one at once and the sync must not fail on it.
// - review_votes: append-only; a member's vote is the latest cast; a signature is used once.
// - review_recusals and review_comments: one row per declaration and per comment (two members
//   commenting at once never conflict); a reply names its parent.
QStringList version12()
{
    return {
        QStringLiteral("CREATE TABLE board_members ("
                       "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS "name TEXT NOT NULL, "
                       "role TEXT NOT NULL DEFAULT 'administrator' CHECK (role IN ('president', 'treasurer', "
                       "  'secretary', 'administrator', 'other')), "
                       "role_label TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
                       "from_date TEXT NOT NULL, until_date TEXT, public_key TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "ALTER TABLE association ADD COLUMN board_quorum_kind TEXT NOT NULL DEFAULT 'fraction' "
            "CHECK (board_quorum_kind IN ('number', 'fraction'))"),
        QStringLiteral("ALTER TABLE association ADD COLUMN board_quorum_number INTEGER NOT NULL DEFAULT 3 "
                       "CHECK (board_quorum_number >= 1)"),
        QStringLiteral("ALTER TABLE association ADD COLUMN board_quorum_numerator INTEGER NOT NULL DEFAULT 1 "
                       "CHECK (board_quorum_numerator >= 1)"),
        QStringLiteral(
            "ALTER TABLE association ADD COLUMN board_quorum_denominator INTEGER NOT NULL DEFAULT 2 "
            "CHECK (board_quorum_denominator >= board_quorum_numerator)"),
        QStringLiteral("ALTER TABLE association ADD COLUMN board_majority TEXT NOT NULL DEFAULT 'simple' "
                       "CHECK (board_majority IN ('simple', 'absolute', 'two_thirds', 'unanimity'))"),
        QStringLiteral("ALTER TABLE association ADD COLUMN board_abstentions_cast INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (board_abstentions_cast IN (0, 1))"),
        QStringLiteral("ALTER TABLE association ADD COLUMN board_casting_vote INTEGER NOT NULL DEFAULT 1 "
                       "CHECK (board_casting_vote IN (0, 1))"),
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN lawyer TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN lawyer_assessment TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN risks TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN adverse_costs_cents INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (adverse_costs_cents >= 0)"),
        QStringLiteral("ALTER TABLE campaigns ADD COLUMN why_association TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "CREATE TABLE review_rounds ("
            "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
            "campaign_uuid TEXT NOT NULL, number INTEGER NOT NULL CHECK (number >= 1), "
            "fingerprint TEXT NOT NULL, snapshot TEXT NOT NULL, rules TEXT NOT NULL, "
            "members TEXT NOT NULL, opened_at TEXT NOT NULL, opened_by TEXT NOT NULL DEFAULT '', "
            "status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'rejected', "
            "  'superseded')), "
            "closed_at TEXT, closed_by TEXT NOT NULL DEFAULT '', decision TEXT NOT NULL DEFAULT '', "
            "superseded_because TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX review_rounds_by_campaign ON review_rounds (campaign_uuid, number)"),
        QStringLiteral(
            "CREATE TABLE review_votes ("
            "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
            "round_uuid TEXT NOT NULL, member_uuid TEXT NOT NULL, "
            "choice TEXT NOT NULL CHECK (choice IN ('approve', 'reject', 'abstain')), "
            "reason TEXT NOT NULL DEFAULT '', cast_at TEXT NOT NULL, "
            "form TEXT NOT NULL CHECK (form IN ('signed', 'recorded')), "
            "recorded_by TEXT NOT NULL DEFAULT '', "
            "recorded_from TEXT NOT NULL DEFAULT '' CHECK (recorded_from IN ('', 'meeting', 'email', "
            "  'letter', 'phone')), "
            "recorded_note TEXT NOT NULL DEFAULT '', signature TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE INDEX review_votes_by_round ON review_votes (round_uuid, member_uuid, cast_at)"),
        QStringLiteral("CREATE UNIQUE INDEX review_votes_one_signature ON review_votes (signature) "
                       "WHERE signature <> ''"),
        QStringLiteral("CREATE TABLE review_recusals ("
                       "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
                       "round_uuid TEXT NOT NULL, member_uuid TEXT NOT NULL, nature TEXT NOT NULL, "
                       "declared_at TEXT NOT NULL, recorded_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX review_recusals_by_round ON review_recusals (round_uuid, member_uuid)"),
        QStringLiteral(
            "CREATE TABLE review_comments ("
            "id INTEGER PRIMARY KEY, " CASEDESK_SYNC_COLUMNS
            "round_uuid TEXT NOT NULL, section TEXT NOT NULL, parent_uuid TEXT, "
            "author_uuid TEXT NOT NULL DEFAULT '', author_name TEXT NOT NULL, body TEXT NOT NULL, "
            "written_at TEXT NOT NULL, resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)), "
            "resolved_at TEXT, resolved_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE INDEX review_comments_by_round ON review_comments (round_uuid, section, written_at)"),
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
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 9:
        return version9();
    case 10:
        return version10();
    case 11:
        return version11();
    case 12:
        return version12();
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
