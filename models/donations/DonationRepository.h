#pragma once

#include "campaigns/Association.h" // FieldProblem
#include "donations/Donation.h"
#include "donations/Donor.h"
#include "storage/DatabaseError.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

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

// Reads and writes donations and payouts. Every write is one transaction that bumps the
// revision and queues the record for sync (entities "donation", "payout"). Donations in a
// closed reconciliation period refuse changes with a message that says which period.
class DonationRepository : public QObject
{
    Q_OBJECT

public:
    explicit DonationRepository(Database& database, QObject* parent = nullptr);

    // Field problems: "campaign" (unknown), "donor" (unknown), "amount" (> 0), "date",
    // "platform"/"platformOrderId" (a platform gift needs both; the order id must be unused).
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

signals:
    void donationCreated(const QUuid& uuid);
    void donationSaved(const QUuid& uuid);
    void donationRemoved(const QUuid& uuid);
    // Many donations changed at once (an import): views reload.
    void donationsReset();

private:
    void ensureUnlocked(const QUuid& uuid);
    Database& m_database;
};

namespace LedgerErrors {

// The schema's lock triggers RAISE "locked: …"; this turns such an error into a translated
// DatabaseError that says what was refused (`what`: "the donation of 25,00 € of 3/2/24") and
// rethrows any other error unchanged. Use inside a catch block.
[[noreturn]] void rethrowTranslated(const DatabaseError& error, const QString& what);

} // namespace LedgerErrors
} // namespace casedesk
