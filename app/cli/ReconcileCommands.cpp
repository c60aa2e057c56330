#include "cli/ReconcileCommands.h"

#include "cli/CliContext.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "donations/ledger/BankAccount.h"
#include "donations/reconcile/ReconciliationEngine.h"
#include "donations/reconcile/ReconciliationPeriodRepository.h"
#include "donations/reconcile/ReconciliationRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

const QString kAuto = QStringLiteral("--auto");
const QString kAccount = QStringLiteral("--account");
const QString kMinScore = QStringLiteral("--min-score");
const QString kReason = QStringLiteral("--reason");
constexpr int kDefaultAutoScore = 90;

// The engine's inputs and proposals, with the credits and targets by id for display.
struct Run
{
    ReconcileInputs inputs;
    QList<Proposal> proposals;
    QHash<QString, BankCredit> credits;
    QHash<QString, ReconcileTarget> targets;
};

Run runEngine(ReconciliationRepository& repository, const QString& accountIban)
{
    Run run;
    run.inputs = repository.loadInputs(accountIban);
    run.proposals = ReconciliationEngine().run(run.inputs);
    for (const BankCredit& credit : std::as_const(run.inputs.credits))
        run.credits.insert(credit.id, credit);
    for (const ReconcileTarget& target : std::as_const(run.inputs.targets))
        run.targets.insert(target.id, target);
    return run;
}

int scoreOption(const CommandArgs& args, int fallback)
{
    if (!args.has(kMinScore))
        return fallback;
    bool ok = false;
    const int score = args.value(kMinScore).toInt(&ok);
    if (!ok || score < 0 || score > 100)
        throw CommandFailure::usage(ReconcileCommands::tr("%1: \"%2\" is not a score from 0 to 100.")
                                        .arg(kMinScore, args.value(kMinScore)));
    return score;
}

// The IBAN of --account, checked to be one of the desk's accounts; empty without the option (all).
QString accountOption(CliContext& context, const CommandArgs& args)
{
    return args.has(kAccount) ? References::account(context, args.value(kAccount)).iban : QString();
}

void check(const ReconcileResult& result)
{
    if (!result.ok)
        throw CommandFailure::runtime(result.message);
}

QString kindWord(TargetKind kind)
{
    return kind == TargetKind::Payout ? QStringLiteral("payout") : QStringLiteral("donation");
}

QJsonObject proposalJson(const Proposal& proposal, const Run& run)
{
    QJsonArray targets;
    for (const TargetRef& target : proposal.targets)
        targets.append(QJsonObject { { QStringLiteral("kind"), kindWord(target.kind) },
                                     { QStringLiteral("uuid"), target.id },
                                     { QStringLiteral("amountCents"), target.amountCents } });
    QJsonObject object { { QStringLiteral("rule"), int(proposal.rule) },
                         { QStringLiteral("score"), proposal.score },
                         { QStringLiteral("amountCents"), proposal.amountCents },
                         { QStringLiteral("targets"), targets },
                         { QStringLiteral("reasons"), QJsonArray::fromStringList(proposal.reasons) } };
    if (!proposal.bankLineId.isEmpty()) {
        const BankCredit credit = run.credits.value(proposal.bankLineId);
        object.insert(QStringLiteral("bankLine"),
                      QJsonObject { { QStringLiteral("uuid"), credit.id },
                                    { QStringLiteral("date"), credit.date.toString(Qt::ISODate) },
                                    { QStringLiteral("amountCents"), credit.amountCents },
                                    { QStringLiteral("label"), credit.label } });
    } else {
        object.insert(QStringLiteral("payout"), proposal.payoutId);
    }
    return object;
}

QString targetText(const TargetRef& target, const Run& run)
{
    const ReconcileTarget stored = run.targets.value(target.id);
    const QString who = target.kind == TargetKind::Payout ? stored.reference : stored.donorName;
    return QStringLiteral("%1 %2 %3 %4")
        .arg(kindWord(target.kind), target.id.left(8), Values::money(target.amountCents), who)
        .trimmed();
}

QStringList proposalRow(const Proposal& proposal, const Run& run)
{
    QString line;
    if (proposal.bankLineId.isEmpty()) {
        line = ReconcileCommands::tr("payout %1 %2")
                   .arg(proposal.payoutId.left(8), run.targets.value(proposal.payoutId).reference);
    } else {
        const BankCredit credit = run.credits.value(proposal.bankLineId);
        line = QStringLiteral("%1 %2 %3 %4")
                   .arg(credit.id.left(8), Values::date(credit.date), Values::money(credit.amountCents),
                        credit.label);
    }
    QStringList targets;
    for (const TargetRef& target : proposal.targets)
        targets.append(targetText(target, run));
    return { QString::number(proposal.score), QString::number(int(proposal.rule)), line,
             targets.join(QStringLiteral(", ")), proposal.reasons.join(QStringLiteral("; ")) };
}

void printProposals(CliContext& context, const QList<Proposal>& proposals, const Run& run)
{
    if (proposals.isEmpty()) {
        context.print(ReconcileCommands::tr("No proposals."));
        return;
    }
    QList<QStringList> rows;
    for (const Proposal& proposal : proposals)
        rows.append(proposalRow(proposal, run));
    context.printTable({ ReconcileCommands::tr("Score"), ReconcileCommands::tr("Rule"),
                         ReconcileCommands::tr("Bank line"), ReconcileCommands::tr("Matched with"),
                         ReconcileCommands::tr("Reasons") },
                       rows, { 0 });
}

// --- reconcile [--auto] -------------------------------------------------------------------------

int reconcile(CliContext& context, const CommandArgs& args)
{
    const bool automatic = args.has(kAuto);
    const int minScore = scoreOption(args, automatic ? kDefaultAutoScore : 0);
    const QString account = accountOption(context, args);
    ReconciliationRepository repository(context.database());
    const Run run = runEngine(repository, account);
    QList<Proposal> kept;
    for (const Proposal& proposal : run.proposals) {
        if (proposal.score >= minScore)
            kept.append(proposal);
    }
    QStringList refused;
    int accepted = 0;
    if (automatic) {
        for (const Proposal& proposal : std::as_const(kept)) {
            const ReconcileResult result = repository.accept(proposal);
            accepted += result.ok ? 1 : 0;
            if (!result.ok)
                refused.append(result.message);
        }
    }
    if (context.jsonOutput()) {
        QJsonArray list;
        for (const Proposal& proposal : std::as_const(kept))
            list.append(proposalJson(proposal, run));
        QJsonObject object { { QStringLiteral("proposals"), list },
                             { QStringLiteral("minScore"), minScore } };
        if (automatic) {
            object.insert(QStringLiteral("accepted"), accepted);
            object.insert(QStringLiteral("refused"), QJsonArray::fromStringList(refused));
        }
        context.printJson(object);
    } else {
        printProposals(context, kept, run);
        if (automatic)
            context.print(
                ReconcileCommands::tr("Accepted %n proposal(s) scoring %1 or more.", nullptr, accepted)
                    .arg(minScore));
    }
    if (!refused.isEmpty())
        return context.fail(
            ReconcileCommands::tr("%n proposal(s) could not be accepted:", nullptr, int(refused.size())),
            refused);
    return kSuccess;
}

// --- accept / reject ------------------------------------------------------------------------------

// The current proposal for a bank line (or, for a payout id, its donations).
Proposal proposalFor(ReconciliationRepository& repository, const Run& run, const QString& id)
{
    QString error;
    QString lineId;
    QString payoutId;
    if (const std::optional<QString> line = repository.resolveBankLine(id, &error)) {
        lineId = *line;
    } else if (const std::optional<TargetRef> target = repository.resolveTarget(id, &error);
               target && target->kind == TargetKind::Payout) {
        payoutId = target->id;
    } else {
        throw CommandFailure::runtime(ReconcileCommands::tr("No bank line or payout has the id %1.").arg(id));
    }
    for (const Proposal& proposal : run.proposals) {
        if ((!lineId.isEmpty() && proposal.bankLineId == lineId)
            || (!payoutId.isEmpty() && proposal.payoutId == payoutId))
            return proposal;
    }
    throw CommandFailure::runtime(ReconcileCommands::tr("There is no proposal for %1 now.").arg(id));
}

int decide(CliContext& context, const CommandArgs& args, bool accept)
{
    ReconciliationRepository repository(context.database());
    const Run run = runEngine(repository, QString());
    const Proposal proposal = proposalFor(repository, run, args.at(0));
    check(accept ? repository.accept(proposal) : repository.reject(proposal));
    if (context.jsonOutput()) {
        QJsonObject object = proposalJson(proposal, run);
        object.insert(QStringLiteral("decision"),
                      accept ? QStringLiteral("accepted") : QStringLiteral("rejected"));
        context.printJson(object);
    } else {
        const QStringList row = proposalRow(proposal, run);
        context.print(
            (accept ? ReconcileCommands::tr("Accepted: %1 = %2") : ReconcileCommands::tr("Rejected: %1 = %2"))
                .arg(row.at(2), row.at(3)));
    }
    return kSuccess;
}

// --- match / unmatch --------------------------------------------------------------------------------

int matchByHand(CliContext& context, const CommandArgs& args)
{
    ReconciliationRepository repository(context.database());
    QString error;
    const std::optional<QString> line = repository.resolveBankLine(args.at(0), &error);
    if (!line)
        throw CommandFailure::runtime(error);
    QList<TargetRef> targets;
    for (int i = 1; i < args.count(); ++i) {
        const std::optional<TargetRef> target = repository.resolveTarget(args.at(i), &error);
        if (!target)
            throw CommandFailure::runtime(error);
        targets.append(*target);
    }
    check(repository.matchManually(*line, targets));
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("bankLine"), *line },
                                        { QStringLiteral("matched"), int(targets.size()) } });
    else
        context.print(
            ReconcileCommands::tr("Matched the bank line %1 with %n record(s).", nullptr, int(targets.size()))
                .arg(line->left(8)));
    return kSuccess;
}

int unmatch(CliContext& context, const CommandArgs& args)
{
    ReconciliationRepository repository(context.database());
    QString error;
    const std::optional<QString> line = repository.resolveBankLine(args.at(0), &error);
    if (!line)
        throw CommandFailure::runtime(error);
    check(repository.unmatch(*line));
    if (context.jsonOutput())
        context.printJson(
            QJsonObject { { QStringLiteral("bankLine"), *line }, { QStringLiteral("unmatched"), true } });
    else
        context.print(ReconcileCommands::tr("The bank line %1 is no longer reconciled.").arg(line->left(8)));
    return kSuccess;
}

// --- periods ------------------------------------------------------------------------------------

int closePeriod(CliContext& context, const CommandArgs& args)
{
    const QDate start = Values::isoDate(args.at(1), QStringLiteral("START"));
    const QDate end = Values::isoDate(args.at(2), QStringLiteral("END"));
    ReconciliationPeriodRepository repository(context.database());
    check(repository.closePeriod(args.at(0), start, end));
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("account"), args.at(0) },
                                        { QStringLiteral("start"), start.toString(Qt::ISODate) },
                                        { QStringLiteral("end"), end.toString(Qt::ISODate) },
                                        { QStringLiteral("state"), QStringLiteral("closed") } });
    else
        context.print(ReconcileCommands::tr("Closed the period %1 to %2 of %3.")
                          .arg(Values::date(start), Values::date(end), args.at(0)));
    return kSuccess;
}

int reopenPeriod(CliContext& context, const CommandArgs& args)
{
    if (!args.has(kReason))
        throw CommandFailure::usage(
            ReconcileCommands::tr("The option %1 TEXT is required: a reopen is logged with its reason.")
                .arg(kReason));
    const QDate date = Values::isoDate(args.at(1), QStringLiteral("DATE"));
    ReconciliationPeriodRepository repository(context.database());
    check(repository.reopenPeriod(args.at(0), date, args.value(kReason)));
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("account"), args.at(0) },
                                        { QStringLiteral("date"), date.toString(Qt::ISODate) },
                                        { QStringLiteral("state"), QStringLiteral("reopened") } });
    else
        context.print(ReconcileCommands::tr("Reopened the period of %1 that contains %2.")
                          .arg(args.at(0), Values::date(date)));
    return kSuccess;
}

int listPeriods(CliContext& context, const CommandArgs& args)
{
    ReconciliationPeriodRepository repository(context.database());
    const QList<ReconciliationPeriod> periods = repository.periods(accountOption(context, args));
    if (context.jsonOutput()) {
        QJsonArray list;
        for (const ReconciliationPeriod& period : periods)
            list.append(
                QJsonObject { { QStringLiteral("uuid"), period.uuid },
                              { QStringLiteral("account"), period.accountIban },
                              { QStringLiteral("start"), period.start.toString(Qt::ISODate) },
                              { QStringLiteral("end"), period.end.toString(Qt::ISODate) },
                              { QStringLiteral("balanceCents"), period.statementBalanceCents },
                              { QStringLiteral("state"),
                                period.closed ? QStringLiteral("closed") : QStringLiteral("reopened") } });
        context.printJson(QJsonObject { { QStringLiteral("periods"), list } });
        return kSuccess;
    }
    QList<QStringList> rows;
    for (const ReconciliationPeriod& period : periods)
        rows.append({ period.accountIban, Values::date(period.start), Values::date(period.end),
                      Values::money(period.statementBalanceCents),
                      period.closed ? ReconcileCommands::tr("closed") : ReconcileCommands::tr("reopened") });
    context.printTable({ ReconcileCommands::tr("Account"), ReconcileCommands::tr("From"),
                         ReconcileCommands::tr("To"), ReconcileCommands::tr("Balance"),
                         ReconcileCommands::tr("State") },
                       rows, { 3 });
    return kSuccess;
}

} // namespace

QList<Command> ReconcileCommands::commands()
{
    return {
        { QString(),
          QStringLiteral("[--auto] [--account IBAN] [--min-score N]"),
          tr("Propose matches between bank credits and donations or payouts; with --auto accept those "
             "scoring "
             "--min-score or more (default 90)."),
          { kAccount, kMinScore },
          { kAuto },
          &reconcile },
        { QStringLiteral("accept"),
          QStringLiteral("ID"),
          tr("Accept the current proposal for a bank line (or for a payout's donations)."),
          {},
          {},
          [](CliContext& context, const CommandArgs& args) {
              return decide(context, args, true);
          } },
        { QStringLiteral("reject"),
          QStringLiteral("LINE"),
          tr("Reject the current proposal for a bank line; it is never proposed again."),
          {},
          {},
          [](CliContext& context, const CommandArgs& args) {
              return decide(context, args, false);
          } },
        { QStringLiteral("match"),
          QStringLiteral("LINE TARGET..."),
          tr("Match a bank line by hand with donations or payouts whose amounts add up to it."),
          {},
          {},
          &matchByHand },
        { QStringLiteral("unmatch"),
          QStringLiteral("LINE"),
          tr("Undo the accepted match of a bank line."),
          {},
          {},
          &unmatch },
        { QStringLiteral("close"),
          QStringLiteral("IBAN START END"),
          tr("Close a reconciliation period when the statements' balance agrees and every credit is "
             "reconciled."),
          {},
          {},
          &closePeriod },
        { QStringLiteral("reopen"),
          QStringLiteral("IBAN DATE --reason TEXT"),
          tr("Reopen the closed period that contains DATE; the reason is logged."),
          { kReason },
          {},
          &reopenPeriod },
        { QStringLiteral("periods"),
          QStringLiteral("[--account IBAN]"),
          tr("List the reconciliation periods."),
          { kAccount },
          {},
          &listPeriods },
    };
}

QStringList ReconcileCommands::notes()
{
    return { tr(
        "Rules: 1 amount and reference, 2 amount and date, 3 several cheques in one deposit, 4 a payout's "
        "donations. LINE, TARGET and ID are uuids or unique prefixes of 4 characters or more.") };
}

} // namespace casedesk::cli
