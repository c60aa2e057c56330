#include "sync/AutoSync.h"

#include <QNetworkInformation>

#include <algorithm>

namespace casedesk {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kLongestWaitMs = 4 * 60 * kMinuteMs;
constexpr int kMostDoublings = 4;

QNetworkInformation* networkInformation()
{
    // Loaded once per process; without a backend (no NetworkManager, a container) there is
    // none, and a run is simply tried, its failure lengthening the next wait.
    static const bool loaded = QNetworkInformation::loadDefaultBackend();
    return loaded ? QNetworkInformation::instance() : nullptr;
}

} // namespace

AutoSync::AutoSync(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoSync::onTimeout);
}

qint64 AutoSync::delayMs(int intervalMinutes, int failures)
{
    const qint64 base = intervalMinutes * kMinuteMs;
    const qint64 delay = base << std::clamp(failures, 0, kMostDoublings);
    return std::max(base, std::min(delay, kLongestWaitMs));
}

bool AutoSync::isOnline()
{
    QNetworkInformation* information = networkInformation();
    return !information || information->reachability() != QNetworkInformation::Reachability::Disconnected;
}

void AutoSync::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = std::max(0, minutes);
    m_failures = 0;
    schedule();
}

void AutoSync::reportOutcome(bool succeeded)
{
    m_failures = succeeded ? 0 : m_failures + 1;
    schedule();
}

void AutoSync::schedule()
{
    m_timer.stop();
    m_waitingForNetwork = false;
    if (m_intervalMinutes > 0)
        m_timer.start(std::chrono::milliseconds(delayMs(m_intervalMinutes, m_failures)));
}

void AutoSync::onTimeout()
{
    if (isOnline()) {
        emit due();
        return;
    }
    // Offline: wait for the network to come back instead of failing on a timer.
    m_waitingForNetwork = true;
    if (QNetworkInformation* information = networkInformation())
        connect(information, &QNetworkInformation::reachabilityChanged, this,
                &AutoSync::onReachabilityChanged, Qt::UniqueConnection);
}

void AutoSync::onReachabilityChanged()
{
    if (m_waitingForNetwork && m_intervalMinutes > 0 && isOnline()) {
        m_waitingForNetwork = false;
        emit due();
    }
}

} // namespace casedesk
