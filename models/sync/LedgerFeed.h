#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace casedesk {

class Database;

// Donations and payouts of the platform's read-only feed (kinds "donation", "payout",
// docs/platform-api.md §3.1), written into the ledger through LedgerImport as a platform export
// of the platform "platform" (one import per campaign, a savepoint inside the caller's page
// transaction, after the page's campaigns). Never queued for a push.
class LedgerFeed
{
    Q_DECLARE_TR_FUNCTIONS(LedgerFeed)

public:
    struct Outcome
    {
        int imported = 0;
        int updated = 0; // known donations whose status changed
        QStringList skipped; // a translated sentence each: what was left out and why
    };
    // A record this desk cannot take (unknown campaign, unreadable data, a tombstone, a change a
    // closed reconciliation period locks) is left out and named in `skipped`.
    static Outcome import(Database& database, const QList<QJsonObject>& envelopes);
};

} // namespace casedesk
