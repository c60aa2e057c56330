#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>

#include <atomic>

class QThread;

namespace casedesk {

// Counts rows on a thread of its own, over a read-only connection of its own (a QSqlDatabase
// belongs to the thread that made it), so that the window never waits for a count: a million
// gifts take 0.4 s to count when the disk has not read them yet. Each request carries a tag;
// counted() hands it back with the answer. A new request replaces the ones before: they give up
// (their answer never comes), so filters changed quickly never pile counts up. Nothing is written.
class BackgroundCount : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundCount(const QString& deskPath, QObject* parent = nullptr);
    // Waits for a count still running: it never outlives the object that will hear its answer.
    ~BackgroundCount() override;

    // `sql` is a "SELECT count(*) ..." statement with its values.
    void start(const QString& sql, const QVariantList& values, quint64 tag);

signals:
    // rows is -1 when the desk could not be read or the count was replaced.
    void counted(quint64 tag, qint64 rows);

private:
    void finishedThreads();

    QString m_deskPath;
    std::atomic<quint64> m_latest { 0 }; // the tag of the last request
    QList<QThread*> m_threads; // the requests still running
};

} // namespace casedesk
