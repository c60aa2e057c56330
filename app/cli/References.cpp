#include "cli/References.h"

#include "campaigns/CampaignRepository.h"
#include "cli/CommandTable.h"
#include "donations/ledger/BankAccount.h"
#include "donations/ledger/BankRepository.h"

namespace casedesk::cli {

QUuid References::campaignUuid(CliContext& context, const QString& reference)
{
    return uuid(reference, [&](const QString& text, QString* message) {
        return context.campaigns().resolve(text, message);
    });
}

Campaign References::campaign(CliContext& context, const QString& reference)
{
    return campaign(context, campaignUuid(context, reference));
}

Campaign References::campaign(CliContext& context, const QUuid& uuid)
{
    if (std::optional<Campaign> campaign = context.campaigns().load(uuid))
        return *campaign;
    // Resolved a moment ago: another window or process deleted it in between.
    throw CommandFailure::runtime(
        tr("The campaign %1 was just deleted.").arg(uuid.toString(QUuid::WithoutBraces)));
}

QUuid References::campaignOptionUuid(CliContext& context, const CommandArgs& args)
{
    const QString option = QStringLiteral("--campaign");
    if (!args.has(option))
        throw CommandFailure::usage(tr("The option %1 ID is required.").arg(option));
    return campaignUuid(context, args.value(option));
}

Campaign References::campaignOption(CliContext& context, const CommandArgs& args)
{
    return campaign(context, campaignOptionUuid(context, args));
}

BankAccount References::account(CliContext& context, const QString& iban)
{
    BankRepository bank(context.database());
    if (std::optional<BankAccount> account = bank.findByIban(iban))
        return *account;
    const QString problem = Iban::problem(iban);
    if (!problem.isEmpty())
        throw CommandFailure::runtime(tr("No account has the IBAN \"%1\": %2").arg(iban, problem));
    throw CommandFailure::runtime(
        tr("No account has the IBAN %1; add it with \"accounts add\".").arg(Iban::grouped(iban)));
}

} // namespace casedesk::cli
