#pragma once

#include "ServerOptions.h"

#include <QRandomGenerator>

namespace casedesk::platform {

// What the fault injector decided for one request.
enum class FaultAction
{
    None,
    Drop, // close the connection before handling
    ServerError, // answer 500 before handling
    ApplyThenDrop // handle, then close instead of answering (writes only)
};

class FaultInjector
{
public:
    explicit FaultInjector(const FaultOptions& options);

    FaultAction decide(bool isWrite);
    int latencyMs() const { return m_options.latencyMs; }

private:
    bool draw(double rate);

    FaultOptions m_options;
    QRandomGenerator m_random;
};

} // namespace casedesk::platform
