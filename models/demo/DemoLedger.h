#pragma once

#include <QDate>
#include <QList>
#include <QUuid>

namespace casedesk {

class Database;

// The demo desk's money: fictional donors giving to the demo campaigns through a platform and by
// cheque, the platform's payouts, and the association's bank statement where they arrive. It
// goes through the real import path (LedgerImport), so the demo exercises what a treasurer does.
// A few donors are companies, want one receipt a year or none, and a few gifts came with a reward,
// so that tax receipts have their cases. Deterministic: the same `today` gives the same ledger.
namespace DemoLedger {

struct DemoCampaign
{
    QUuid uuid;
    QString platformRef; // the demo platform's project id
    int donationCount = 0; // how many platform gifts
};

// Runs inside the caller's transaction; throws DatabaseError.
void load(Database& database, const QList<DemoCampaign>& campaigns, const QDate& today);

} // namespace DemoLedger
} // namespace casedesk
