#include "cli/ReceiptCommands.h"

#include "cli/CliContext.h"
#include "cli/Values.h"
#include "common/AmountRules.h"
#include "receipts/AmountInWords.h"

#include <QJsonObject>

namespace casedesk::cli {

namespace {

const QString kSpellingOption = QStringLiteral("--spelling");

FrenchSpelling spellingArgument(const QString& text)
{
    const std::optional<FrenchSpelling> spelling = AmountInWords::fromCode(text);
    if (!spelling) {
        throw CommandFailure::usage(
            ReceiptCommands::tr("%1: \"%2\" is not a spelling; use traditional or 1990.")
                .arg(kSpellingOption, text));
    }
    return *spelling;
}

// The words are French on every receipt, whatever --lang: a French tax receipt is in French.
int words(CliContext& context, const CommandArgs& args)
{
    const qint64 cents = Values::amount(args.at(0), QStringLiteral("AMOUNT"), AmountRules::Kind::Receipt);
    const FrenchSpelling spelling = args.has(kSpellingOption)
        ? spellingArgument(args.value(kSpellingOption))
        : AmountInWords::deskSpelling(context.settings());
    const QString text = AmountInWords::euros(cents, spelling);
    if (context.jsonOutput()) {
        context.printJson(QJsonObject { { QStringLiteral("amountCents"), cents },
                                        { QStringLiteral("spelling"), AmountInWords::code(spelling) },
                                        { QStringLiteral("words"), text } });
        return kSuccess;
    }
    context.print(text);
    return kSuccess;
}

int spelling(CliContext& context, const CommandArgs& args)
{
    if (args.has(kSpellingOption))
        AmountInWords::setDeskSpelling(context.settings(), spellingArgument(args.value(kSpellingOption)));
    const FrenchSpelling current = AmountInWords::deskSpelling(context.settings());
    if (context.jsonOutput()) {
        context.printJson(QJsonObject { { QStringLiteral("spelling"), AmountInWords::code(current) } });
        return kSuccess;
    }
    if (args.has(kSpellingOption))
        context.print(ReceiptCommands::tr("Spelling of amounts in words saved."));
    context.printFields({ { ReceiptCommands::tr("Amounts in words"), AmountInWords::label(current) },
                          { ReceiptCommands::tr("Example"), AmountInWords::euros(108050, current) } });
    return kSuccess;
}

} // namespace

QList<Command> ReceiptCommands::commands()
{
    return {
        { QStringLiteral("words"),
          QStringLiteral("AMOUNT [--spelling traditional|1990]"),
          tr("Print an amount in French words as a tax receipt writes it (1080.50: mille quatre-vingts euros "
             "et "
             "cinquante centimes), in the desk's spelling unless --spelling says otherwise."),
          { kSpellingOption },
          {},
          &words },
    };
}

QStringList ReceiptCommands::notes()
{
    return { tr("Spellings: traditional (deux cent vingt et un), 1990 (deux-cent-vingt-et-un); the desk's "
                "choice: settings receipts.") };
}

Command ReceiptCommands::spellingSetting()
{
    return { QStringLiteral("receipts"),
             QStringLiteral("[--spelling traditional|1990]"),
             tr("Show how receipts write amounts in words; with the option, change it."),
             { kSpellingOption },
             {},
             &spelling };
}

} // namespace casedesk::cli
