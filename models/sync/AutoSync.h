#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

namespace casedesk {

// When the next automatic sync is due: every N minutes (off, 5, 15, 60), only when the system
// says it is online (QNetworkInformation, when a backend such as NetworkManager answers), and
// after failures a longer wait (doubling, capped), so an unreachable platform is not hammered.
class AutoSync : public QObject
{
    Q_OBJECT

public:
    explicit AutoSync(QObject* parent = nullptr);

    static QList<int> intervalChoices() { return { 0, 5, 15, 60 }; } // minutes; 0 = off
    // The wait before the next automatic run after `failures` failed runs in a row.
    static qint64 delayMs(int intervalMinutes, int failures);

    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_intervalMinutes; }
    // After each run (automatic or not): failures lengthen the wait, a success resets it.
    void reportOutcome(bool succeeded);
    int failures() const { return m_failures; }
    bool isActive() const { return m_timer.isActive(); }
    // False only when the system positively knows it is offline.
    static bool isOnline();

signals:
    void due();

private:
    void schedule();
    void onTimeout();
    void onReachabilityChanged();

    QTimer m_timer;
    int m_intervalMinutes = 0;
    int m_failures = 0;
    bool m_waitingForNetwork = false;
};

} // namespace casedesk
