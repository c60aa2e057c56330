#pragma once

#include "campaigns/Association.h" // FieldProblem
#include "donations/ledger/Donor.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <optional>
#include <utility>

namespace casedesk {

class Database;

// What the donor list shows.
struct DonorRow
{
    QUuid uuid;
    QString name;
    QString email;
    bool consentToContact = false;
    DonorLegalKind legalKind = DonorLegalKind::Person;
    ReceiptChoice receiptChoice = ReceiptChoice::PerGift;
    int donationCount = 0; // live donations, all statuses
    qint64 paidCents = 0; // sum of paid donations
};

// Reads and writes donors. Every write is one transaction that bumps the revision and queues
// the donor for sync (entity "donor"); the donations that name the donor follow its name
// (a trigger keeps donations.donor_name and donor_sort_key in step).
class DonorRepository : public QObject
{
    Q_OBJECT

public:
    // Its records' name in the outbox, conflicts and the registry of sync kinds (SyncKinds), and their
    // table: declared here once.
    static inline const QString kEntity = QStringLiteral("donor");
    static inline const QString kTable = QStringLiteral("donors");

    explicit DonorRepository(Database& database, QObject* parent = nullptr);

    // Field problems ("name" required, "email" malformed, "platformRef" taken, "siren" on a person
    // or failing its check digit, "consentDate" in the future); empty = fine.
    QList<FieldProblem> check(const Donor& donor);
    // Stores a new donor when check() finds nothing; fills in its identity. Returns the problems.
    QList<FieldProblem> create(Donor& donor);
    // Saves the fields. Throws StaleRecordError when the stored revision is not donor's.
    QList<FieldProblem> save(Donor& donor);
    // Tombstones a donor; throws DatabaseError (naming how many) while donations still name it.
    void remove(const QUuid& uuid);

    std::optional<Donor> load(const QUuid& uuid);
    // The donor deleted or not (a history or a conflict may name one deleted since).
    std::optional<Donor> loadAny(const QUuid& uuid);
    // The donor's name, deleted or not (a conflict may name one deleted since).
    std::optional<QString> nameOf(const QUuid& uuid);
    std::optional<Donor> findByPlatformRef(const QString& platformRef);
    // Case-insensitive; the oldest live donor with that address when several share it.
    std::optional<Donor> findByEmail(const QString& email);
    // A full UUID or an unambiguous prefix of at least 4 characters.
    std::optional<QUuid> resolve(const QString& reference, QString* errorMessage);

    // For the sync: a donor received from another desk, written by UUID (inserted, or updated and
    // revived here; revision bumped so an open editor reloads) with the platform's version, never
    // queued. Empty when written, else why not (translated): a donor without a name. A platform
    // reference another donor of the desk already has is left out (it is unique on a desk).
    QString storeReceived(const Donor& donor, qint64 serverVersion);
    // Tombstones a donor deleted elsewhere (never queued); empty, or why not: gifts still name it.
    QString removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion);
    // The donors that gifts waiting to be sent name and that the platform does not hold yet (one
    // the feed created, whose own entry never was), with their revisions: a colleague's desk
    // needs them to take the gifts.
    QList<std::pair<QUuid, qint64>> unsentDonorsOfQueuedGifts();
    // The same for the receipts waiting to be sent: their donor, when the platform never received
    // it (one the feed created), must reach it before the receipt.
    QList<std::pair<QUuid, qint64>> unsentDonorsOfQueuedReceipts();

    // For LedgerImport, inside its transaction: a donor a platform export names, new to the desk;
    // never queued here (the import queues what it created).
    void insertImported(const Donor& donor, const QString& now);

    // For DonorErasure, inside its transaction: the donor's identity goes (the name becomes
    // `pseudonym`; e-mail, address, notes, platform reference, SIREN and consent are cleared;
    // erased_at is set) and the change is queued like any other, so the other desks and the
    // platform lose it too. The gifts keep their amounts and take the pseudonym. Throws
    // DatabaseError when the donor is not on the desk.
    void eraseIdentity(const QUuid& uuid, const QString& pseudonym);

    // `search`: a prefix of the name's sort key, or a prefix of the e-mail address. Erased donors
    // are in neither.
    int count(const QString& search = {});
    QList<DonorRow> rows(const QString& search, int offset, int limit);

signals:
    void donorCreated(const QUuid& uuid);
    void donorSaved(const QUuid& uuid);
    void donorRemoved(const QUuid& uuid);

private:
    QList<std::pair<QUuid, qint64>> unsentDonorsOf(const QString& queued);
    Database& m_database;
};

} // namespace casedesk
