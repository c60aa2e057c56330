#include "common/WorkerThread.h"

#include <QThread>

namespace casedesk {

WorkerThread::~WorkerThread()
{
    stop();
}

void WorkerThread::start(std::function<void()> work)
{
    if (m_running || m_thread)
        return;
    m_running = true;
    m_thread = QThread::create(std::move(work));
    m_thread->start();
}

void WorkerThread::stop()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace casedesk
