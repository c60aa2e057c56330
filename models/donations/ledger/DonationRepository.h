#pragma once

#include "campaigns/Association.h" // FieldProblem
#include "donations/ledger/Donation.h"
#include "donations/ledger/Donor.h"
#include "storage/DatabaseError.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QUuid>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

namespace casedesk {

class Database;

enum class DonationColumn
{
    Date,
    Donor,
    Campaign,
    Amount,
    Method,
    Status,
    PlatformOrder,
    Reconciled
};

// What the donations view asks for; filtered, sorted and counted in SQL on the schema's indexes.
struct DonationQuery
{
    // Donor name (prefix of its sort key: "dur" finds "Durand", "Élodie" finds "elodie ..."),
    // a donor's e-mail (prefix, case-insensitive) or a platform order id (exact).
    QString search;
    std::optional<QUuid> campaign;
    std::optional<QUuid> donor;
    std::optional<DonationMethod> method;
    std::optional<DonationStatus> status;
    QDate from; // inclusive; invalid = open
    QDate to; // inclusive; invalid = open
    std::optional<bool> reconciled;
    DonationColumn sortColumn = DonationColumn::Date;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
};

// One line of the donations view: just what it shows.
struct DonationRow
{
    QUuid uuid;
    QDate date;
    QUuid donorUuid;
    QString donorName;
    QUuid campaignUuid;
    QString campaignTitle;
    qint64 amountCents = 0;
    QString currency;
    DonationMethod method = DonationMethod::Transfer;
    DonationStatus status = DonationStatus::Paid;
    QString platform;
    QString platformOrderId;
    bool reconciled = false;
    qint64 counterpartCents = 0;
};

// A donor with every donation they made, newest first, and their totals.
struct DonorHistory
{
    Donor donor;
    QList<DonationRow> donations;
    qint64 paidCents = 0;
    qint64 refundedCents = 0;
    int paidCount = 0;
    QDate firstDate;
    QDate lastDate;
};

// A gift as the association's desks share it (docs/platform-api.md §3.2): the ledger's columns as
// they are stored, text as text (a received one before this desk checks it). Never its bank side.
struct SharedGift
{
    QUuid uuid;
    QString campaign;
    QString donor; // empty: anonymous
    qint64 amountCents = 0;
    QString currency;
    QString date; // YYYY-MM-DD
    QString method;
    QString platform;
    QString platformOrderId;
    QString status;
    QString note;
    QString importKey;
    qint64 counterpartCents = 0;
};

// A donation of a platform export (or of the platform's feed), as LedgerImport writes it.
struct ImportedDonation
{
    QString uuid;
    QString campaign;
    QVariant donor; // a UUID, or NULL for an anonymous gift
    qint64 amountCents = 0;
    QString currency;
    QDate date;
    QString platform;
    QString orderId;
    QString status;
    QString payoutKey; // the import key of the payout that paid it out; empty when none
    QString importKey;
};

// Reads and writes donations (the one writer of the donations table; reads in
// DonationReads.cpp). Every write of the user's is one transaction that bumps the revision and
// queues the record for sync (entity "donation"). Donations in a closed reconciliation period
// refuse changes with a message that says which period.
class DonationRepository : public QObject
{
    Q_OBJECT

public:
    // Its records' name in the outbox, conflicts and the registry of sync kinds (SyncKinds), and their
    // table: declared here once.
    static inline const QString kEntity = QStringLiteral("donation");
    static inline const QString kTable = QStringLiteral("donations");

    explicit DonationRepository(Database& database, QObject* parent = nullptr);

    // Field problems: "campaign" (unknown), "donor" (unknown), "amount" (> 0), "date",
    // "platform"/"platformOrderId" (a platform gift needs both; the order id must be unused),
    // "counterpart" (not negative, at most the amount).
    QList<FieldProblem> check(const Donation& donation);
    QList<FieldProblem> create(Donation& donation);
    // Throws StaleRecordError (changed elsewhere) or DatabaseError (locked: names the period).
    QList<FieldProblem> save(Donation& donation);
    void remove(const QUuid& uuid);

    std::optional<Donation> load(const QUuid& uuid);
    std::optional<QUuid> resolve(const QString& reference, QString* errorMessage);

    // Every donation the query selects; with `atMost` above 0, no further than that many.
    int count(const DonationQuery& query, int atMost = 0);
    // A page of the list. `expectedRows`, what count() said for the same filters, chooses how
    // the page is read (DonationListSql::rows); unknown, the page is read as for a long list.
    QList<DonationRow> rows(const DonationQuery& query, int offset, int limit, int expectedRows = INT_MAX);
    std::optional<DonationRow> row(const QUuid& uuid);
    // Every row the query matches, in its order, one at a time from a forward-only cursor (the
    // export): never the whole result in memory. Stop early by returning false.
    void forEachRow(const DonationQuery& query, const std::function<bool(const DonationRow&)>& visit);

    DonorHistory donorHistory(const QUuid& donorUuid);

    std::optional<Payout> loadPayout(const QUuid& uuid);
    QList<Payout> payouts(const QUuid& campaignUuid);

    // Why `uuid` may not change, or empty: "The donation of 25,00 € of 3/2/24 is reconciled with
    // the bank line of 3/5/24 on FR76 …, in the period 3/1/24 – 3/31/24 closed on 4/2/24; reopen
    // that period to change it."
    QString lockReason(const QUuid& uuid);

    Database& database() const { return m_database; }
    // Live donations that name the donor.
    int countOfDonor(const QUuid& donorUuid);
    // The donation imported under `importKey` ("platform:ORD-1"), with its status.
    std::optional<std::pair<QUuid, QString>> findByImportKey(const QString& importKey);

    // A donation of the platform's read-only feed (import key "platform:<orderId>", written by
    // LedgerFeed): every desk receives it from the feed, so it is never pushed nor counted as
    // waiting. As an SQL condition on a donations row named `alias`, and for one donation.
    static QString feedCondition(const QString& alias);
    // The same for an outbox row named `alias`: the entries of feed donations.
    static QString feedEntryCondition(const QString& alias);
    bool isFeedDonation(const QUuid& uuid);

    // For the sync: a gift received from another desk, applied by UUID without queuing it, the
    // copies of its donor's name and campaign's title filled in as for a gift typed here. Empty
    // when written, else why not (translated): its campaign or donor missing, a bad amount, date
    // or code, an import key another donation holds, a change a closed period locks (the free
    // fields, note and order, are still taken). Runs in a savepoint of its own.
    QString storeReceived(const SharedGift& gift, qint64 serverVersion);
    // The live gift as the other desks receive it; none when it is gone or a feed donation.
    std::optional<SharedGift> sharedGift(const QUuid& uuid);
    // Tombstones a gift deleted elsewhere (never queued); empty, or why not (a closed period).
    QString removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion);

    // For LedgerImport, inside its transaction; never queued here (the import queues what it
    // wrote). Statements prepared once per connection.
    void insertImported(const ImportedDonation& donation, const QString& now);
    // The donation imported under `importKey` takes `status` (revision bumped): its uuid and new
    // revision, none when there is no such donation.
    std::optional<std::pair<QString, qint64>> updateImportedStatus(const QString& importKey,
                                                                   const QString& status, const QString& now);
    // Links the donation imported under `orderKey` to the payout imported under `payoutKey`
    // (revision bumped when the link changes; the bank side is never queued).
    void linkImportedToPayout(const QString& orderKey, const QString& payoutKey, const QString& now);

    // For ReconciliationRepository: the bank side of a gift, never queued (the match records
    // carry it; the gift as the other desks know it did not change). The revision moves so an
    // open editor reloads.
    void linkToPayout(const QString& uuid, const QString& payoutUuid);
    void setReconciled(const QString& uuid, bool reconciled);
signals:
    void donationCreated(const QUuid& uuid);
    void donationSaved(const QUuid& uuid);
    void donationRemoved(const QUuid& uuid);
    // Many donations changed at once (an import): views reload.
    void donationsReset();

private:
    void ensureUnlocked(const QUuid& uuid);
    // storeReceived()'s write, once the gift was checked; empty, or why not.
    QString writeReceived(const SharedGift& gift, qint64 serverVersion);
    Database& m_database;
};

namespace LedgerErrors {

// The schema's lock triggers RAISE "locked: …"; this turns such an error into a translated
// DatabaseError that says what was refused (`what`: "the donation of 25,00 € of 3/2/24") and
// rethrows any other error unchanged. Use inside a catch block.
[[noreturn]] void rethrowTranslated(const DatabaseError& error, const QString& what);

} // namespace LedgerErrors
} // namespace casedesk
