#pragma once

#include <QString>

namespace casedesk {

// The answer to a change the user asked for. A refusal (a locked period, amounts that do not add
// up, a line already matched) is a value with a message for the user; storage failures stay
// DatabaseError exceptions, as everywhere in models/.
struct ReconcileResult
{
    bool ok = true;
    QString message; // why it was refused; empty on success

    static ReconcileResult success() { return {}; }
    static ReconcileResult refused(const QString& message) { return { false, message }; }
};

} // namespace casedesk
