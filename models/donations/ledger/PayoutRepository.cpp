#include "donations/ledger/PayoutRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"

#include <QUuid>

namespace casedesk {

PayoutRepository::PayoutRepository(Database& database)
    : m_database(database)
{
}

void PayoutRepository::insertImported(const ImportedPayout& p, const QString& now)
{
    m_database.execCached(
        QStringLiteral(
            "INSERT INTO payouts (uuid, revision, created_at, updated_at, campaign_uuid, platform, "
            "reference, date, gross_cents, commission_cents, payment_fees_cents, net_cents, import_key) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { p.uuid, now, now, p.campaign, p.platform, p.reference, SqlValues::dateValue(p.date), p.grossCents,
          p.commissionCents, p.paymentFeesCents, p.netCents, p.importKey });
}

bool PayoutRepository::isImported(const QString& importKey)
{
    Database::CachedQuery q
        = m_database.execCached(QStringLiteral("SELECT 1 FROM payouts WHERE import_key = ?"), { importKey });
    return q.next();
}

void PayoutRepository::setReconciled(const QString& uuid, bool reconciled)
{
    const QVariant revision = SqlValues::returned(
        m_database.exec(QStringLiteral("UPDATE payouts SET reconciled = ?, revision = revision + 1, "
                                       "updated_at = ? WHERE uuid = ? RETURNING revision"),
                        { reconciled ? 1 : 0, Clock::nowUtcIso(), uuid }));
    if (revision.isValid())
        Outbox::enqueue(m_database, kEntity, QUuid::fromString(uuid), Outbox::Operation::Upsert,
                        revision.toLongLong());
}

} // namespace casedesk
