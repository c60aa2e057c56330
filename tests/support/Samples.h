#pragma once

#include "campaigns/Association.h"
#include "campaigns/Campaign.h"
#include "campaigns/NewsRepository.h"
#include "donations/platform/PlatformData.h"
#include "procedures/Procedure.h"

namespace casedesk {
class MilestoneRepository;
class ProcedureRepository;
} // namespace casedesk

namespace casedesk::test {

// A draft with every field filled in, whose budget adds up to its goal and whose end date is
// after `today`: it passes the review checks, so a test can break exactly one thing.
Campaign completeCampaign(const QDate& today, const QString& title = QStringLiteral("Sauver la zone humide"));

// completeCampaign() as the platform publishes it: a campaign that collects, the only kind a
// gift typed by hand may go to (CampaignRules::receivesGifts). Store it with import().
Campaign collectingCampaign(const QDate& today,
                            const QString& title = QStringLiteral("Sauver la zone humide"));

// A news item of `campaign`, not yet created: the title and body given, nothing else.
NewsItem newsDraft(const QUuid& campaign, const QString& title, const QString& body = {});

// A milestone of procedure `procedure`, not yet added: its kind, date and title, nothing else.
Milestone milestoneOf(const QUuid& procedure, MilestoneKind kind, const QDate& date,
                      const QString& title = {});

// A Ulule payout of the orders `orderIds` for campaign `campaignRef`: `grossCents` less the
// commission and the payment fees reach the bank.
PlatformPayout ululePayout(const QString& reference, const QString& campaignRef, const QDate& date,
                           qint64 grossCents, qint64 commissionCents, qint64 paymentFeesCents,
                           const QStringList& orderIds);

// An association profile that passes validation and allows publishing (valid RNA and SIREN).
Association validAssociation();

// The record as the repository stored it (its identity filled in); the running test fails, with
// the problems, when the repository refused it. For set-ups, where a refusal is a broken test.
Procedure createdProcedure(ProcedureRepository& repository, Procedure procedure);
Milestone addedMilestone(MilestoneRepository& repository, Milestone milestone);

// SIRENs of real French companies, whose check digit is right.
inline const QString kValidSiren = QStringLiteral("732829320");
inline const QString kValidRna = QStringLiteral("W313012345");

} // namespace casedesk::test
