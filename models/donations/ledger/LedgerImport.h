#pragma once

#include "donations/platform/PlatformData.h"
#include "donations/statements/BalanceCheck.h"
#include "donations/statements/StatementData.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// What an import did: "imported 120, duplicates 3" (and "updated 2" for a platform re-import
// that changed statuses).
struct ImportResult
{
    Q_DECLARE_TR_FUNCTIONS(ImportResult)

public:
    int imported = 0;
    int duplicates = 0;
    int updated = 0;
    QUuid statementUuid; // bank imports
    QString summary() const;
};

enum class LineVerdict
{
    New,
    Duplicate
};

struct StatementLinePreview
{
    int index = 0; // in ParsedStatement::lines
    QString key; // "ref:…" or "hash:<sha256 hex>#<rank>"
    LineVerdict verdict = LineVerdict::New;
    // For a duplicate, why: "same bank reference as line 12 of statement 'releve-2024-03.xml'
    // imported on 20/11/2026", "same date, amount and label as line 4 of this file".
    QString reason;
};

struct StatementPreview
{
    ParsedStatement statement;
    QString fileName; // as the user chose it; stored with the statement
    QString fileSha256; // of the file's bytes, when the caller has them
    QUuid accountUuid; // null when the account will be created from statement.accountIban
    QString accountIban;
    QList<StatementLinePreview> lines;
    int newCount = 0;
    int duplicateCount = 0;
    BalanceCheck balance; // opening + lines against closing, when the file gives both
    // Things the user should know before committing: the same file imported before, a
    // currency that is not the account's, a statement IBAN that is not the chosen account's.
    QStringList warnings;
};

enum class PlatformVerdict
{
    New,
    Updated, // known order whose status (or payout) changed: the stored donation is updated
    Duplicate // known and unchanged
};

struct PlatformDonationPreview
{
    int index = 0; // in ParsedPlatformExport::donations
    QString importKey; // "platform:orderId"
    PlatformVerdict verdict = PlatformVerdict::New;
    QUuid campaignUuid; // from the explicit campaign or the stored mapping; null = unmapped
    QString reason; // for Updated: "status paid → refunded"; for Duplicate: "already imported"
};

struct PlatformPayoutPreview
{
    int index = 0; // in ParsedPlatformExport::payouts
    QString importKey; // "platform:reference"
    PlatformVerdict verdict = PlatformVerdict::New;
    QUuid campaignUuid;
};

struct PlatformPreview
{
    ParsedPlatformExport data;
    QString fileName;
    QList<PlatformDonationPreview> donations;
    QList<PlatformPayoutPreview> payouts;
    int newCount = 0; // donations and payouts
    int updatedCount = 0;
    int duplicateCount = 0;
    int newDonorCount = 0;
    // Platform campaign refs that map to no local campaign: commit refuses until each is mapped
    // (setCampaignMapping) or a campaign is given for the whole file.
    QStringList unmappedCampaignRefs;
    bool canCommit() const { return unmappedCampaignRefs.isEmpty(); }
};

// Where a platform import comes from: a file the user chose (what it creates and changes is
// queued for sync like every local change), or the platform's own feed (LedgerFeed: pulled
// records are never queued; a changed one's pending entry goes, the platform's copy is newer).
enum class ImportOrigin
{
    File,
    PlatformFeed
};

// Writes parsed bank statements and platform exports into the ledger. preview() reads only;
// commit() writes everything in one transaction (a savepoint inside a caller's), with one
// prepared statement per table reused for every row, so a failure anywhere leaves nothing.
class LedgerImport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImport)

public:
    explicit LedgerImport(Database& database);

    // The duplicate key of every line, in order: "ref:" + bankReference when the bank gives
    // one, else "hash:" + SHA-256(booking date, amount, normalised label) + "#" + the line's
    // rank among identical lines of the file (1, 2, ...), so two identical lines of one day both
    // import and a re-import of the file matches each to itself.
    static QStringList lineKeys(const ParsedStatement& statement);

    // The target account: `accountUuid` when given, else the account with the statement's
    // IBAN (created at commit when the desk has none and the IBAN is valid). Throws
    // DatabaseError when there is no usable account (no IBAN in the file and none chosen, an
    // unknown account, an invalid IBAN).
    StatementPreview previewStatement(const ParsedStatement& statement, const QString& fileName,
                                      const QUuid& accountUuid = {}, const QString& fileSha256 = {});
    // Writes the statement and its new lines, plus the duplicates whose index is in `overrides`
    // (their key gets "#override-N"). Returns what it did.
    ImportResult commitStatement(const StatementPreview& preview, const QSet<int>& overrides = {});

    // `campaign`: every donation and payout goes to this campaign; else each platform
    // campaignRef is looked up in the stored mapping (campaignMapping()).
    PlatformPreview previewPlatform(const ParsedPlatformExport& data, const QString& fileName,
                                    const std::optional<QUuid>& campaign = std::nullopt);
    // Donors matched by platform ref, else e-mail (case-insensitive), else created; donations
    // created or their status updated; payouts created and the donations they cover linked.
    // Throws DatabaseError when preview.canCommit() is false.
    ImportResult commitPlatform(const PlatformPreview& preview, ImportOrigin origin = ImportOrigin::File);

    // The local campaign for a platform's campaign ref, kept in the desk's settings.
    std::optional<QUuid> campaignMapping(const QString& platform, const QString& campaignRef);
    void setCampaignMapping(const QString& platform, const QString& campaignRef, const QUuid& campaign);
    // Ties every platform campaign of `data` to `campaign`, so the next export of the same
    // platform campaign needs no question (after a commit the user made with that choice).
    void rememberCampaign(const ParsedPlatformExport& data, const QUuid& campaign);

    // What an import queues for sync, by its origin.
    class ImportQueue
    {
    public:
        ImportQueue(Database& database, ImportOrigin origin, const QString& now);
        void created(const QString& entity, const QString& uuid) const;
        void changed(const QString& entity, const QString& uuid, qint64 revision) const;

    private:
        Database& m_database;
        ImportOrigin m_origin;
        QString m_now;
    };

private:
    void commitPayouts(const PlatformPreview& preview, const ImportQueue& queue, const QString& now,
                       ImportResult* result);
    void commitDonations(const PlatformPreview& preview, const ImportQueue& queue, const QString& now,
                         ImportResult* result);

    Database& m_database;
};

} // namespace casedesk
