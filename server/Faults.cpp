#include "Faults.h"

namespace casedesk::platform {

FaultInjector::FaultInjector(const FaultOptions& options)
    : m_options(options)
    , m_random(options.seed)
{
}

bool FaultInjector::draw(double rate)
{
    // Always draw, so the sequence of decisions depends only on the seed and the request order.
    const double value = m_random.generateDouble();
    return value < rate;
}

FaultAction FaultInjector::decide(bool isWrite)
{
    const bool drop = draw(m_options.dropRate);
    const bool serverError = draw(m_options.serverErrorRate);
    const bool applyThenDrop = draw(m_options.applyThenDropRate);
    if (drop)
        return FaultAction::Drop;
    if (serverError)
        return FaultAction::ServerError;
    if (applyThenDrop && isWrite)
        return FaultAction::ApplyThenDrop;
    return FaultAction::None;
}

} // namespace casedesk::platform
