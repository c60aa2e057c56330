#pragma once

#include "donations/ImportProblem.h"
#include "donations/statements/StatementData.h"

#include <optional>

namespace casedesk {

// What a statement parser returns: the whole statement, or the first problem found (then the
// statement is to be thrown away: nothing of a bad file is imported).
struct StatementParseResult
{
    ParsedStatement statement;
    std::optional<ImportProblem> problem;

    bool ok() const { return !problem.has_value(); }
};

} // namespace casedesk
