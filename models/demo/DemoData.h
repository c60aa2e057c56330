#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace casedesk {

class AssociationRepository;
class CampaignRepository;
class Database;

// Fills an empty desk with a demo association and campaigns drawn from real public cases
// (resources/demo/demo.json) and a fictional ledger (DemoLedger: donors, platform gifts and
// payouts, a bank statement), so a newcomer sees a living desk.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    enum class Outcome
    {
        Loaded,
        DeskNotEmpty,
        Failed
    };

    // All or nothing, in one transaction. A desk that already has campaigns is left alone.
    static Outcome load(Database& database, AssociationRepository& associations,
                        CampaignRepository& campaigns, const QDate& today, QString* message);
};

} // namespace casedesk
