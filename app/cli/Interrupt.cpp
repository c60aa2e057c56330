#include "cli/Interrupt.h"

namespace casedesk::cli {

namespace {

// A signal handler may only touch lock-free atomics.
static_assert(std::atomic_bool::is_always_lock_free);
std::atomic_bool g_interrupted { false };

extern "C" void onInterrupt(int signal)
{
    g_interrupted = true;
    std::signal(signal, SIG_DFL); // the next one ends the program at once
}

void restore(int signal, void (*handler)(int))
{
    std::signal(signal, handler == SIG_ERR ? SIG_DFL : handler);
}

} // namespace

InterruptGuard::InterruptGuard()
{
    g_interrupted = false;
    m_previousInterrupt = std::signal(SIGINT, &onInterrupt);
    m_previousTerminate = std::signal(SIGTERM, &onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    restore(SIGINT, m_previousInterrupt);
    restore(SIGTERM, m_previousTerminate);
}

const std::atomic_bool* InterruptGuard::flag()
{
    return &g_interrupted;
}

} // namespace casedesk::cli
