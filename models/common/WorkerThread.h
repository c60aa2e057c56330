#pragma once

#include <functional>

class QThread;

namespace casedesk {

// The thread a job (a backup, a restore, a reconciliation) does its work on, once. start() runs
// `work` there unless it has already started; the job calls finish() when its result is in on
// its own thread, and stop() (also on destruction) waits for the thread to end.
class WorkerThread
{
public:
    WorkerThread() = default;
    ~WorkerThread();
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    void start(std::function<void()> work);
    void finish() { m_running = false; }
    void stop();
    bool isRunning() const { return m_running; }

private:
    bool m_running = false;
    QThread* m_thread = nullptr;
};

} // namespace casedesk
