#pragma once

#include "cli/CommandTable.h"

namespace casedesk::cli {

// Donors on the command line: donors list|show|add|edit, with what a tax receipt needs (a
// person or a company with its SIREN, the receipts the donor wants) and the donor's consent to be
// contacted with its date and source. Gifts are DonationCommands.
class DonorCommands
{
    Q_DECLARE_TR_FUNCTIONS(DonorCommands)

public:
    static QList<Command> commands();
    static QStringList notes();
};

} // namespace casedesk::cli
