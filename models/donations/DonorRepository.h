#pragma once

#include "campaigns/Association.h" // FieldProblem
#include "donations/Donor.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// What the donor list shows.
struct DonorRow
{
    QUuid uuid;
    QString name;
    QString email;
    bool consentToContact = false;
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
    explicit DonorRepository(Database& database, QObject* parent = nullptr);

    // Field problems ("name" required, "email" malformed, "platformRef" taken); empty = fine.
    QList<FieldProblem> check(const Donor& donor);
    // Stores a new donor when check() finds nothing; fills in its identity. Returns the problems.
    QList<FieldProblem> create(Donor& donor);
    // Saves the fields. Throws StaleRecordError when the stored revision is not donor's.
    QList<FieldProblem> save(Donor& donor);
    // Tombstones a donor; throws DatabaseError (naming how many) while donations still name it.
    void remove(const QUuid& uuid);

    std::optional<Donor> load(const QUuid& uuid);
    std::optional<Donor> findByPlatformRef(const QString& platformRef);
    // Case-insensitive; the oldest live donor with that address when several share it.
    std::optional<Donor> findByEmail(const QString& email);
    // A full UUID or an unambiguous prefix of at least 4 characters.
    std::optional<QUuid> resolve(const QString& reference, QString* errorMessage);

    // `search`: a prefix of the name's sort key, or a prefix of the e-mail address.
    int count(const QString& search = {});
    QList<DonorRow> rows(const QString& search, int offset, int limit);

signals:
    void donorCreated(const QUuid& uuid);
    void donorSaved(const QUuid& uuid);
    void donorRemoved(const QUuid& uuid);

private:
    Database& m_database;
};

} // namespace casedesk
