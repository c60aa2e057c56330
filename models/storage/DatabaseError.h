#pragma once

#include <QString>
#include <stdexcept>

namespace casedesk {

// Thrown by the storage layer when SQLite refuses something. Callers at the edge (a page, a CLI
// command) catch it and show message(); the transaction that was open has been rolled back.
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

// A write lost a race: the record changed (in another window, the CLI, a sync) since it was read.
class StaleRecordError : public DatabaseError
{
public:
    using DatabaseError::DatabaseError;
};

} // namespace casedesk
