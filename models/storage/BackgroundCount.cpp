#include "storage/BackgroundCount.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

namespace casedesk {

namespace {

QString connectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("casedesk-count-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What a count checks, every few thousand steps of SQLite's machine, to give up once replaced.
struct Replaced
{
    const std::atomic<quint64>* latest;
    quint64 tag;
};

int giveUpWhenReplaced(void* context)
{
    const auto* replaced = static_cast<const Replaced*>(context);
    return replaced->latest->load() != replaced->tag ? 1 : 0;
}

qint64 countOn(const QString& deskPath, const QString& sql, const QVariantList& values, Replaced replaced)
{
    const QString name = connectionName();
    qint64 rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(deskPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            const QVariant handle = db.driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
                sqlite3_progress_handler(*static_cast<sqlite3* const*>(handle.data()), 10000,
                                         &giveUpWhenReplaced, &replaced);
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (query.prepare(sql)) {
                for (const QVariant& value : values)
                    query.addBindValue(value);
                if (query.exec() && query.next())
                    rows = query.value(0).toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

BackgroundCount::BackgroundCount(const QString& deskPath, QObject* parent)
    : QObject(parent)
    , m_deskPath(deskPath)
{
}

BackgroundCount::~BackgroundCount()
{
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void BackgroundCount::start(const QString& sql, const QVariantList& values, quint64 tag)
{
    m_latest = tag; // a count still running for an older tag gives up
    QThread* thread = QThread::create([deskPath = m_deskPath, sql, values, tag, this] {
        const qint64 rows = countOn(deskPath, sql, values, { &m_latest, tag });
        // Back on this object's thread; the destructor waits for this thread, so `this` is alive.
        QMetaObject::invokeMethod(
            this, [this, tag, rows] { emit counted(tag, rows); }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, this, &BackgroundCount::finishedThreads);
    m_threads.append(thread);
    thread->start(QThread::LowPriority);
}

void BackgroundCount::finishedThreads()
{
    m_threads.removeIf([](QThread* thread) {
        if (!thread->isFinished())
            return false;
        thread->deleteLater();
        return true;
    });
}

} // namespace casedesk
