#include "cli/LedgerCommands.h"

#include "cli/CliContext.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "donations/ledger/BankRepository.h"
#include "donations/ledger/LedgerSummary.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

using SqlValues::uuidText;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCommands)
};

const QString kCampaign = QStringLiteral("--campaign");
const QString kName = QStringLiteral("--name");
const QString kBic = QStringLiteral("--bic");
const QString kCurrency = QStringLiteral("--currency");

int addAccount(CliContext& context, const CommandArgs& args)
{
    BankRepository bank(context.database());
    BankAccount account;
    account.iban = args.at(0);
    account.name = args.value(kName);
    account.bic = args.value(kBic);
    if (args.has(kCurrency))
        account.currency = args.value(kCurrency);
    const QList<FieldProblem> problems = bank.create(account);
    if (!problems.isEmpty())
        return context.fail(Text::tr("The account was not added:"), Values::problemTexts(problems));
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("uuid"), uuidText(account.sync.uuid) },
                                        { QStringLiteral("iban"), account.iban } });
    else
        context.print(Text::tr("Account %1 added.").arg(Iban::grouped(account.iban)));
    return kSuccess;
}

int listAccounts(CliContext& context, const CommandArgs&)
{
    BankRepository bank(context.database());
    const QList<BankAccount> accounts = bank.accounts();
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const BankAccount& account : accounts)
            array.append(QJsonObject { { QStringLiteral("uuid"), uuidText(account.sync.uuid) },
                                       { QStringLiteral("iban"), account.iban },
                                       { QStringLiteral("name"), account.name },
                                       { QStringLiteral("bic"), account.bic },
                                       { QStringLiteral("currency"), account.currency },
                                       { QStringLiteral("lines"), bank.lineCount(account.sync.uuid) } });
        context.printJson(array);
        return kSuccess;
    }
    QList<QStringList> cells;
    for (const BankAccount& account : accounts)
        cells.append({ Iban::grouped(account.iban), account.name, account.currency,
                       QString::number(bank.lineCount(account.sync.uuid)) });
    context.printTable({ Text::tr("IBAN"), Text::tr("Name"), Text::tr("Currency"), Text::tr("Lines") }, cells,
                       { 3 });
    return kSuccess;
}

int ledgerSummary(CliContext& context, const CommandArgs& args)
{
    const QUuid campaign = References::campaignOptionUuid(context, args);
    const CampaignLedgerSummary s = LedgerSummary::forCampaign(
        context.database(), campaign, context.settings().feeSettings().flatCampaignFeeCents);
    if (context.jsonOutput()) {
        QJsonArray months;
        for (const MonthTotal& month : s.months)
            months.append(
                QJsonObject { { QStringLiteral("month"), month.month.toString(QStringLiteral("yyyy-MM")) },
                              { QStringLiteral("paidCents"), month.paidCents },
                              { QStringLiteral("count"), month.paidCount } });
        context.printJson(QJsonObject { { QStringLiteral("campaign"), uuidText(campaign) },
                                        { QStringLiteral("raisedCents"), s.raisedCents },
                                        { QStringLiteral("refundedCents"), s.refundedCents },
                                        { QStringLiteral("commissionCents"), s.commissionCents },
                                        { QStringLiteral("paymentFeesCents"), s.paymentFeesCents },
                                        { QStringLiteral("flatFeeCents"), s.flatFeeCents },
                                        { QStringLiteral("netReceivedCents"), s.netReceivedCents },
                                        { QStringLiteral("stillExpectedCents"), s.stillExpectedCents },
                                        { QStringLiteral("availableCents"), s.availableCents },
                                        { QStringLiteral("months"), months } });
        return kSuccess;
    }
    const QStringList amounts
        = Values::alignedRight({ Values::money(s.raisedCents), Values::money(s.refundedCents),
                                 Values::money(-s.commissionCents), Values::money(-s.paymentFeesCents),
                                 Values::money(-s.flatFeeCents), Values::money(s.netReceivedCents),
                                 Values::money(s.stillExpectedCents), Values::money(s.availableCents) });
    context.printFields({ { Text::tr("Raised (paid)"), amounts.at(0) },
                          { Text::tr("Refunded"), amounts.at(1) },
                          { Text::tr("Platform commission"), amounts.at(2) },
                          { Text::tr("Payment fees"), amounts.at(3) },
                          { Text::tr("Flat campaign fee"), amounts.at(4) },
                          { Text::tr("Net received"), amounts.at(5) },
                          { Text::tr("Still expected"), amounts.at(6) },
                          { Text::tr("Available for the case"), amounts.at(7) } });
    return kSuccess;
}

} // namespace

QList<Command> LedgerCommands::accountCommands()
{
    return {
        { QStringLiteral("add"),
          QStringLiteral("IBAN [--name NAME] [--bic BIC] [--currency EUR]"),
          tr("Add a bank account (the IBAN is checked)."),
          { kName, kBic, kCurrency },
          {},
          &addAccount },
        { QStringLiteral("list"), QString(), tr("List the bank accounts."), {}, {}, &listAccounts },
    };
}

QList<Command> LedgerCommands::ledgerCommands()
{
    return {
        { QStringLiteral("summary"),
          QStringLiteral("--campaign ID"),
          tr("A campaign's money: raised, refunded, fees, net received, still expected."),
          { kCampaign },
          {},
          &ledgerSummary },
    };
}

} // namespace casedesk::cli
