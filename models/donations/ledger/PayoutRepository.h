#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace casedesk {

class Database;

// A payout of a platform export (or of the platform's feed), as LedgerImport writes it.
struct ImportedPayout
{
    QString uuid;
    QString campaign;
    QString platform;
    QString reference;
    QDate date;
    qint64 grossCents = 0;
    qint64 commissionCents = 0;
    qint64 paymentFeesCents = 0;
    qint64 netCents = 0;
    QString importKey;
};

// The one writer of the payouts table: platforms' payouts come from imports only (a file or the
// feed), and the reconciliation marks them. Reading them: DonationRepository::loadPayout().
class PayoutRepository
{
public:
    // Its records' name in the outbox, conflicts and the registry of sync kinds (SyncKinds), and their
    // table: declared here once.
    static inline const QString kEntity = QStringLiteral("payout");
    static inline const QString kTable = QStringLiteral("payouts");

    explicit PayoutRepository(Database& database);

    // For LedgerImport, inside its transaction; the import queues what it created.
    void insertImported(const ImportedPayout& payout, const QString& now);
    // Whether a payout was imported under `importKey` ("platform:PAYOUT-2026-11").
    bool isImported(const QString& importKey);
    // For ReconciliationRepository: the reconciled flag, revision bumped and the payout queued.
    void setReconciled(const QString& uuid, bool reconciled);

private:
    Database& m_database;
};

} // namespace casedesk
