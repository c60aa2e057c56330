#pragma once

#include "sync/SyncStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// The desk's own ledger records shared between the association's desks through the platform
// (docs/platform-api.md, "The desk's ledger"): donors (outbox entity "donor", collection
// /v1/donors, kind "donor") and the gifts recorded on a desk (outbox entity "donation",
// collection /v1/gifts, kind "gift"). Private: never in the public API.
//
// A donation that came from the platform's read-only feed (import key "platform:<orderId>") is
// not a gift: every desk receives it from the feed, so it is never pushed nor counted as waiting.
// Bank accounts, statements, matches and periods stay on the treasurer's desk, and so do the
// bank-side fields of a gift (payout, reconciled).
//
// Pulled records are written without being queued again; callers own the transactions.
class LedgerSync
{
    Q_DECLARE_TR_FUNCTIONS(LedgerSync)

public:
    explicit LedgerSync(Database& database);

    // The outbox entities this class carries (their platform kinds: SyncKinds::kindOfEntity).
    static bool isLedgerEntity(const QString& entity); // "donor", "donation"
    // SQL condition on an outbox row `alias` (e.g. "outbox") that is true for the entries of feed
    // donations: those are never pushed nor counted as waiting.
    static QString feedEntryCondition(const QString& alias);

    // True when the outbox entry is a feed donation's (never pushed).
    bool isFeedEntry(const QString& entity, const QUuid& uuid);
    // Queues the donors that pending gifts name and the platform does not hold yet (a donor the
    // feed created, whose own outbox entry was dropped), so a colleague's desk can take the gift.
    // Returns how many were queued.
    int queueDonorsOfPendingGifts();

    // The desk's record as the platform receives it; empty when it is gone (or a feed donation).
    QJsonObject localDonorJson(const QUuid& uuid);
    QJsonObject localGiftJson(const QUuid& uuid);

    // A pulled record (kind "donor" or "gift"): applied by uuid without queuing it, a tombstone
    // deletes locally. A change over a pending local edit becomes a conflict. A record this desk
    // cannot take (campaign or donor missing, a donation locked in a closed reconciliation
    // period, an import key another donation holds) is left out and *skipped says why.
    SyncStore::PullOutcome applyDonor(const QJsonObject& envelope, QString* skipped);
    SyncStore::PullOutcome applyGift(const QJsonObject& envelope, QString* skipped);

    // For a decided conflict: the record written as decided (revision bumped, the platform's
    // version stored, not queued). Throw DatabaseError when it cannot be written.
    void writeDonor(const QUuid& uuid, const QJsonObject& data, qint64 version);
    void writeGift(const QUuid& uuid, const QJsonObject& data, qint64 version);
    // Tombstones a donor or gift (revision bumped, not queued); throws DatabaseError when the
    // ledger refuses (a locked donation, a donor gifts still name).
    void tombstone(const QString& entity, const QUuid& uuid, std::optional<qint64> version);

    // How a log line or a conflict list names a record of `entity` given its document: the title
    // for campaigns, news and evidence; the name for a donor; "the gift of 25,00 € of 2/11/26"
    // for a gift.
    static QString label(const QString& entity, const QJsonObject& document);
    // The report's line for a donor or gift the platform refused (422): the record, the platform's
    // answer (`failure`, translated) and the fields its problem document names.
    static QString refusal(const QString& entity, const QJsonObject& document, const QJsonObject& problem,
                           const QString& failure);
    // Display text of a donor's or gift's field in the conflict view; nullopt when the generic
    // text fits.
    std::optional<QString> displayText(const QString& entity, const QString& key, const QJsonValue& value);

private:
    // Empty when written, else why not (translated).
    QString storeDonor(const QUuid& uuid, const QJsonObject& data, qint64 version);
    QString storeGift(const QUuid& uuid, const QJsonObject& data, qint64 version);
    QString removeDonor(const QUuid& uuid, std::optional<qint64> version);
    QString removeGift(const QUuid& uuid, std::optional<qint64> version);

    Database& m_database;
    SyncStore m_store;
};

} // namespace casedesk
