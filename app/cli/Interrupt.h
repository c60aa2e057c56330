#pragma once

#include <atomic>
#include <csignal>

namespace casedesk::cli {

// While it lives, Ctrl+C (SIGINT) and SIGTERM raise flag() instead of ending the program, so a
// long backup or restore stops at its next chunk and removes what it had begun; a second signal
// ends the program as usual. Standard C++ signals: the same on every system.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    static const std::atomic_bool* flag();

private:
    using Handler = void (*)(int);
    Handler m_previousInterrupt;
    Handler m_previousTerminate;
};

} // namespace casedesk::cli
