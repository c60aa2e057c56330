#include "donations/privacy/DonorRetention.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <algorithm>

namespace casedesk {

DonorRetention::DonorRetention(Database& database)
    : m_database(database)
{
}

namespace {

ArchiveDue dueOf(Database& database, const ArchivedDonor& row)
{
    ArchiveDue due {
        row.donorUuid, {}, row.archivedOn, row.keepUntil, row.reason, { QStringLiteral("name") }
    };
    due.donorName = database
                        .scalar(QStringLiteral("SELECT name FROM donors WHERE uuid = ?"),
                                { SqlValues::uuidText(row.donorUuid) })
                        .toString();
    if (!row.address.isEmpty())
        due.kept.append(QStringLiteral("address"));
    if (!row.siren.isEmpty())
        due.kept.append(QStringLiteral("siren"));
    return due;
}

} // namespace

QList<ArchiveDue> DonorRetention::dueForPurge()
{
    QList<ArchiveDue> due;
    for (const ArchivedDonor& row : PrivacyRepository(m_database).dueForPurge(Clock::today()))
        due.append(dueOf(m_database, row));
    return due;
}

QList<DonorToAskAgain> DonorRetention::consentToRenew()
{
    const QDate today = Clock::today();
    // Each donor's last gift from its range of donations_by_donor alone.
    QSqlQuery q = m_database.exec(QStringLiteral(
        "SELECT r.uuid, r.name, r.email, coalesce(r.consent_date, ''), r.created_at, "
        "(SELECT max(n.date) FROM donations n INDEXED BY donations_by_donor "
        " WHERE n.donor_uuid = r.uuid AND n.deleted = 0) "
        "FROM donors r WHERE r.deleted = 0 AND r.erased_at IS NULL AND r.consent_to_contact = 1"));
    QList<DonorToAskAgain> donors;
    while (q.next()) {
        const QDate consent = QDate::fromString(q.value(3).toString().left(10), Qt::ISODate);
        const QDate lastGift = SqlValues::isoDate(q.value(5));
        QDate lastContact
            = std::max(consent.isValid() ? consent : QDate(), lastGift.isValid() ? lastGift : QDate());
        if (!lastContact.isValid())
            lastContact = SqlValues::instant(q.value(4)).date();
        if (!lastContact.isValid() || lastContact.addYears(kYearsWithoutContact) > today)
            continue;
        donors.append({ QUuid::fromString(q.value(0).toString()), q.value(1).toString(),
                        q.value(2).toString(), lastContact });
    }
    std::stable_sort(donors.begin(), donors.end(), [](const DonorToAskAgain& a, const DonorToAskAgain& b) {
        return a.lastContact != b.lastContact ? a.lastContact < b.lastContact : a.name < b.name;
    });
    return donors;
}

QList<ArchiveDue> DonorRetention::purgeDue()
{
    WriteTransaction transaction(m_database);
    PrivacyRepository privacy(m_database);
    QList<ArchiveDue> purged;
    for (const ArchivedDonor& row : privacy.dueForPurge(Clock::today())) {
        const ArchiveDue due = dueOf(m_database, row);
        privacy.removeArchived(row.donorUuid);
        privacy.log(PrivacyAction::Purge, row.donorUuid,
                    QStringLiteral("archive purged: %1").arg(due.kept.join(QStringLiteral(", "))),
                    QStringLiteral("retention period ended on %1 (%2)")
                        .arg(row.keepUntil.toString(Qt::ISODate), row.reason));
        purged.append(due);
    }
    transaction.commit();
    return purged;
}

} // namespace casedesk
