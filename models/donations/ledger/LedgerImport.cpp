// LedgerImport's platform exports (Ulule, HelloAsso, the platform's feed): the preview (read
// only) and the commit (one transaction, through the ledger's repositories). Bank statements are
// in StatementImport.cpp.
#include "donations/ledger/LedgerImport.h"

#include "campaigns/CampaignRepository.h"
#include "common/Clock.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/Donor.h"
#include "donations/ledger/DonorRepository.h"
#include "donations/ledger/PayoutRepository.h"
#include "storage/Database.h"
#include "storage/DeskSettings.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"

namespace casedesk {

namespace {

using SqlValues::uuidText;

const QString kDonorByRef = QStringLiteral("SELECT uuid FROM donors WHERE platform_ref = ? AND deleted = 0");
const QString kDonorByEmail = QStringLiteral("SELECT uuid FROM donors WHERE email = ? COLLATE NOCASE "
                                             "AND deleted = 0 ORDER BY id LIMIT 1");

QString campaignSettingKey(const QString& platform, const QString& campaignRef)
{
    return QStringLiteral("donations.platform_campaign.%1.%2").arg(platform.toLower(), campaignRef);
}

QString platformOf(const ParsedPlatformExport& data, const QString& own)
{
    return (own.isEmpty() ? data.platform : own).trimmed().toLower();
}

// Finds or creates the donors of one platform import, remembering what it found.
class DonorMatcher
{
public:
    DonorMatcher(Database& database, const LedgerImport::ImportQueue& queue, const QString& now)
        : m_database(database)
        , m_queue(queue)
        , m_now(now)
    {
    }

    // Empty for an anonymous gift (no reference, no e-mail, no name).
    QString uuidFor(const PlatformDonor& donor)
    {
        const QString ref = donor.platformRef.trimmed();
        const QString email = donor.email.trimmed();
        if (ref.isEmpty() && email.isEmpty() && donor.name.trimmed().isEmpty())
            return {};
        const QString refKey = QStringLiteral("ref:") + ref;
        const QString emailKey = QStringLiteral("email:") + email.toLower();
        if (!ref.isEmpty() && m_found.contains(refKey))
            return m_found.value(refKey);
        if (!email.isEmpty() && m_found.contains(emailKey))
            return m_found.value(emailKey);
        QString uuid = lookup(m_database, kDonorByRef, ref);
        if (uuid.isEmpty())
            uuid = lookup(m_database, kDonorByEmail, email);
        if (uuid.isEmpty())
            uuid = create(donor);
        if (!ref.isEmpty())
            m_found.insert(refKey, uuid);
        if (!email.isEmpty())
            m_found.insert(emailKey, uuid);
        return uuid;
    }

    // The donor `sql` finds for `value`; empty when none.
    static QString lookup(Database& database, const QString& sql, const QString& value)
    {
        if (value.isEmpty())
            return {};
        Database::CachedQuery q = database.execCached(sql, { value });
        return q.next() ? q.value(0).toString() : QString();
    }

private:
    QString create(const PlatformDonor& donor)
    {
        Donor created;
        created.sync.uuid = QUuid::createUuid();
        created.name = donor.name.trimmed().isEmpty() ? donor.email.trimmed() : donor.name.trimmed();
        created.email = donor.email.trimmed();
        created.address = donor.address;
        created.consentToContact = donor.consentToContact;
        created.platformRef = donor.platformRef.trimmed();
        DonorRepository(m_database).insertImported(created, m_now);
        const QString uuid = uuidText(created.sync.uuid);
        m_queue.created(DonorRepository::kEntity, uuid);
        return uuid;
    }

    Database& m_database;
    const LedgerImport::ImportQueue& m_queue;
    QString m_now;
    QHash<QString, QString> m_found;
};

} // namespace

LedgerImport::ImportQueue::ImportQueue(Database& database, ImportOrigin origin, const QString& now)
    : m_database(database)
    , m_origin(origin)
    , m_now(now)
{
}

void LedgerImport::ImportQueue::created(const QString& entity, const QString& uuid) const
{
    if (m_origin == ImportOrigin::File)
        Outbox::enqueueCreated(m_database, entity, uuid, m_now);
}

void LedgerImport::ImportQueue::changed(const QString& entity, const QString& uuid, qint64 revision) const
{
    // A change the platform's feed made supersedes whatever was waiting: its entry goes.
    if (m_origin == ImportOrigin::PlatformFeed)
        Outbox::forget(m_database, entity, QUuid::fromString(uuid));
    else
        Outbox::enqueue(m_database, entity, QUuid::fromString(uuid), Outbox::Operation::Upsert, revision);
}

QString ImportResult::summary() const
{
    QString text = tr("imported %1, duplicates %2").arg(imported).arg(duplicates);
    if (updated > 0)
        text += tr(", updated %1").arg(updated);
    return text;
}

LedgerImport::LedgerImport(Database& database)
    : m_database(database)
{
}

// --- platform exports -------------------------------------------------------------------------

std::optional<QUuid> LedgerImport::campaignMapping(const QString& platform, const QString& campaignRef)
{
    const QVariant value = DeskSettings::value(m_database, campaignSettingKey(platform, campaignRef));
    if (!value.isValid())
        return std::nullopt;
    // A mapping to a campaign deleted since is no mapping.
    const QUuid campaign = QUuid::fromString(value.toString());
    return CampaignRepository(m_database).holdsLive(campaign) ? std::optional<QUuid>(campaign) : std::nullopt;
}

void LedgerImport::rememberCampaign(const ParsedPlatformExport& data, const QUuid& campaign)
{
    QSet<QPair<QString, QString>> refs;
    for (const PlatformDonation& donation : data.donations) {
        if (!donation.campaignRef.isEmpty())
            refs.insert(
                { donation.platform.isEmpty() ? data.platform : donation.platform, donation.campaignRef });
    }
    for (const auto& [platform, campaignRef] : std::as_const(refs))
        setCampaignMapping(platform, campaignRef, campaign);
}

void LedgerImport::setCampaignMapping(const QString& platform, const QString& campaignRef,
                                      const QUuid& campaign)
{
    DeskSettings::setValue(m_database, campaignSettingKey(platform, campaignRef), uuidText(campaign));
}

PlatformPreview LedgerImport::previewPlatform(const ParsedPlatformExport& data, const QString& fileName,
                                              const std::optional<QUuid>& campaign)
{
    PlatformPreview preview;
    preview.data = data;
    preview.fileName = fileName;
    QHash<QString, std::optional<QUuid>> mapped; // platform + '\n' + ref -> campaign
    const auto campaignFor = [&](const QString& platform, const QString& ref) -> QUuid {
        if (campaign)
            return *campaign;
        const QString cacheKey = platform + QLatin1Char('\n') + ref;
        if (!mapped.contains(cacheKey))
            mapped.insert(cacheKey, campaignMapping(platform, ref));
        const std::optional<QUuid> found = mapped.value(cacheKey);
        if (!found && !preview.unmappedCampaignRefs.contains(ref))
            preview.unmappedCampaignRefs.append(ref);
        return found.value_or(QUuid());
    };

    QHash<QString, int> seenKeys;
    QSet<QString> newDonors; // refs and e-mails of donors this file will create
    for (int i = 0; i < data.donations.size(); ++i) {
        const PlatformDonation& donation = data.donations.at(i);
        PlatformDonationPreview line;
        line.index = i;
        const QString platform = platformOf(data, donation.platform);
        line.importKey = platform + QLatin1Char(':') + donation.orderId.trimmed();
        line.campaignUuid = campaignFor(platform, donation.campaignRef);
        if (seenKeys.contains(line.importKey)) {
            line.verdict = PlatformVerdict::Duplicate;
            line.reason = tr("listed twice in this file (line %1)")
                              .arg(data.donations.at(seenKeys.value(line.importKey)).sourceLine);
        } else {
            Database::CachedQuery q = m_database.execCached(
                QStringLiteral("SELECT status FROM donations WHERE import_key = ?"), { line.importKey });
            if (q.next()) {
                const QString storedStatus = q.value(0).toString();
                if (storedStatus != donation.status) {
                    line.verdict = PlatformVerdict::Updated;
                    line.reason = tr("status %1 → %2").arg(storedStatus, donation.status);
                } else {
                    line.verdict = PlatformVerdict::Duplicate;
                    line.reason = tr("already imported");
                }
            }
            seenKeys.insert(line.importKey, i);
        }
        if (line.verdict == PlatformVerdict::New) {
            const PlatformDonor& donor = donation.donor;
            const QString ref = donor.platformRef.trimmed();
            const QString email = donor.email.trimmed().toLower();
            const bool inFile = (!ref.isEmpty() && newDonors.contains(QStringLiteral("ref:") + ref))
                || (!email.isEmpty() && newDonors.contains(QStringLiteral("email:") + email));
            bool inDesk = false;
            if (!inFile && !ref.isEmpty())
                inDesk = !DonorMatcher::lookup(m_database, kDonorByRef, ref).isEmpty();
            if (!inFile && !inDesk && !email.isEmpty())
                inDesk = !DonorMatcher::lookup(m_database, kDonorByEmail, email).isEmpty();
            if (!inFile && !inDesk && (!ref.isEmpty() || !email.isEmpty() || !donor.name.isEmpty()))
                ++preview.newDonorCount;
            if (!ref.isEmpty())
                newDonors.insert(QStringLiteral("ref:") + ref);
            if (!email.isEmpty())
                newDonors.insert(QStringLiteral("email:") + email);
        }
        switch (line.verdict) {
        case PlatformVerdict::New:
            ++preview.newCount;
            break;
        case PlatformVerdict::Updated:
            ++preview.updatedCount;
            break;
        case PlatformVerdict::Duplicate:
            ++preview.duplicateCount;
            break;
        }
        preview.donations.append(line);
    }

    PayoutRepository payouts(m_database);
    QSet<QString> seenPayouts;
    for (int i = 0; i < data.payouts.size(); ++i) {
        const PlatformPayout& payout = data.payouts.at(i);
        PlatformPayoutPreview line;
        line.index = i;
        const QString platform = platformOf(data, payout.platform);
        line.importKey = platform + QLatin1Char(':') + payout.reference.trimmed();
        line.campaignUuid = campaignFor(platform, payout.campaignRef);
        if (payouts.isImported(line.importKey) || seenPayouts.contains(line.importKey)) {
            line.verdict = PlatformVerdict::Duplicate;
            ++preview.duplicateCount;
        } else {
            ++preview.newCount;
        }
        seenPayouts.insert(line.importKey);
        preview.payouts.append(line);
    }
    return preview;
}

ImportResult LedgerImport::commitPlatform(const PlatformPreview& preview, ImportOrigin origin)
{
    if (!preview.canCommit())
        throw DatabaseError(
            tr("No local campaign is chosen for the platform campaign(s) %1; choose one before "
               "importing.")
                .arg(preview.unmappedCampaignRefs.join(QStringLiteral(", "))));
    ImportResult result;
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    const ImportQueue queue(m_database, origin, now);
    // Payouts first, so the donations can point at them.
    commitPayouts(preview, queue, now, &result);
    commitDonations(preview, queue, now, &result);
    // Payouts that list the orders they cover: link those donations (imported now or before).
    // Revision bumped (an open editor must reload) but not queued: the payout link is the bank
    // side, which is not part of a shared gift (as ReconciliationRepository does for its flag).
    DonationRepository donations(m_database);
    for (const PlatformPayoutPreview& line : preview.payouts) {
        const PlatformPayout& payout = preview.data.payouts.at(line.index);
        const QString platform = platformOf(preview.data, payout.platform);
        for (const QString& orderId : payout.orderIds)
            donations.linkImportedToPayout(platform + QLatin1Char(':') + orderId.trimmed(), line.importKey,
                                           now);
    }
    transaction.commit();
    return result;
}

void LedgerImport::commitPayouts(const PlatformPreview& preview, const ImportQueue& queue, const QString& now,
                                 ImportResult* result)
{
    PayoutRepository payouts(m_database);
    for (const PlatformPayoutPreview& line : preview.payouts) {
        if (line.verdict != PlatformVerdict::New) {
            ++result->duplicates;
            continue;
        }
        const PlatformPayout& payout = preview.data.payouts.at(line.index);
        const QString uuid = uuidText(QUuid::createUuid());
        payouts.insertImported({ uuid, uuidText(line.campaignUuid), platformOf(preview.data, payout.platform),
                                 payout.reference.trimmed(), payout.date, payout.grossCents,
                                 payout.commissionCents, payout.paymentFeesCents, payout.netCents,
                                 line.importKey },
                               now);
        queue.created(PayoutRepository::kEntity, uuid);
        ++result->imported;
    }
}

void LedgerImport::commitDonations(const PlatformPreview& preview, const ImportQueue& queue,
                                   const QString& now, ImportResult* result)
{
    const ParsedPlatformExport& data = preview.data;
    DonorMatcher donors(m_database, queue, now);
    DonationRepository donations(m_database);
    for (const PlatformDonationPreview& line : preview.donations) {
        const PlatformDonation& donation = data.donations.at(line.index);
        if (line.verdict == PlatformVerdict::Duplicate) {
            ++result->duplicates;
            continue;
        }
        if (line.verdict == PlatformVerdict::Updated) {
            try {
                if (const auto changed = donations.updateImportedStatus(line.importKey, donation.status, now))
                    queue.changed(DonationRepository::kEntity, changed->first, changed->second);
            } catch (const DatabaseError& error) {
                LedgerErrors::rethrowTranslated(
                    error, tr("the order %1 (line %2)").arg(donation.orderId).arg(donation.sourceLine));
            }
            ++result->updated;
            continue;
        }
        if (donation.amountCents <= 0)
            throw DatabaseError(tr("%1, line %2: the order %3 has no positive amount.")
                                    .arg(preview.fileName)
                                    .arg(donation.sourceLine)
                                    .arg(donation.orderId));
        const QString platform = platformOf(data, donation.platform);
        const QString uuid = uuidText(QUuid::createUuid());
        const QString donor = donors.uuidFor(donation.donor);
        const QString payoutKey = donation.payoutRef.isEmpty()
            ? QString()
            : platform + QLatin1Char(':') + donation.payoutRef.trimmed();
        donations.insertImported(
            { uuid, uuidText(line.campaignUuid),
              donor.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(donor),
              donation.amountCents, donation.currency, donation.date, platform, donation.orderId.trimmed(),
              donation.status, payoutKey, line.importKey },
            now);
        queue.created(DonationRepository::kEntity, uuid);
        ++result->imported;
    }
}

} // namespace casedesk
