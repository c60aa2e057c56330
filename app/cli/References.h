#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {
struct BankAccount;
struct Campaign;
} // namespace casedesk

namespace casedesk::cli {

class CommandArgs;

// Records named on the command line: by their UUID or a unique prefix of 4 characters or more,
// accounts by their IBAN. A reference the desk does not resolve is a runtime error (exit 1)
// whatever its shape: the command itself was well formed, the desk just holds no such record
// (the same words may name one on another desk). Usage errors are for malformed commands.
class References
{
    Q_DECLARE_TR_FUNCTIONS(References)

public:
    // `resolve(reference, &message)` is a repository's resolve(): the record's UUID, or nothing
    // with a message that names the kind of record and quotes the reference.
    template<typename Resolve>
    static QUuid uuid(const QString& reference, Resolve resolve)
    {
        QString message;
        if (const std::optional<QUuid> found = resolve(reference, &message))
            return *found;
        throw CommandFailure::runtime(message);
    }

    static QUuid campaignUuid(CliContext& context, const QString& reference);
    // The campaign itself; also a runtime error when it went between the look-up and the load.
    static Campaign campaign(CliContext& context, const QString& reference);
    static Campaign campaign(CliContext& context, const QUuid& uuid);
    // The campaign the option --campaign ID names; a usage error when it is not given.
    static QUuid campaignOptionUuid(CliContext& context, const CommandArgs& args);
    static Campaign campaignOption(CliContext& context, const CommandArgs& args);
    // The live account with this IBAN (spaces and case ignored).
    static BankAccount account(CliContext& context, const QString& iban);
};

} // namespace casedesk::cli
