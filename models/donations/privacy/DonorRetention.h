#pragma once

#include "donations/privacy/PrivacyRepository.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace casedesk {

class Database;

// A donor who agreed to be contacted but has not been in touch for three years: the consent to be
// solicited should be asked again (CNIL: three years after the last contact from the person).
struct DonorToAskAgain
{
    QUuid uuid;
    QString name;
    QString email;
    // The latest of the donor's last gift and the consent's date; the day the donor was recorded
    // when there is neither.
    QDate lastContact;
};

// An archive row whose period has ended, as the retention list shows it: by the name the donor's
// record has now (the pseudonym), never the archived identity.
struct ArchiveDue
{
    QUuid donorUuid;
    QString donorName; // the pseudonym
    QDate archivedOn;
    QDate keepUntil;
    QString reason; // the legal bases, as stored
    QStringList kept; // stable words: "name", "address", "siren"
};

// How long the desk keeps donors' data: the restricted archive's rows whose period has ended (to
// purge) and the consents that have grown old (to renew). "Today" is the Clock's.
class DonorRetention
{
public:
    static constexpr int kYearsWithoutContact = 3;

    explicit DonorRetention(Database& database);

    // The archive rows whose last day to keep has passed, the oldest first.
    QList<ArchiveDue> dueForPurge();
    // Live donors, never erased, who agreed to be contacted and whose last contact is three years
    // old or more, the longest silent first.
    QList<DonorToAskAgain> consentToRenew();

    // Deletes every archive row due today and logs each purge, in one transaction; what was purged.
    QList<ArchiveDue> purgeDue();

private:
    Database& m_database;
};

} // namespace casedesk
