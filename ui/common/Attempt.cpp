#include "common/Attempt.h"

#include "storage/DatabaseError.h"

namespace casedesk {

bool runOrReport(const std::function<void()>& operation, const std::function<void(const QString&)>& report)
{
    try {
        operation();
        return true;
    } catch (const DatabaseError& error) {
        report(error.message());
        return false;
    }
}

bool runOrReport(const std::function<void()>& operation, const std::function<void(const QString&)>& report,
                 const std::function<void(const QString&)>& stale)
{
    try {
        operation();
        return true;
    } catch (const StaleRecordError& error) {
        stale(error.message());
        return false;
    } catch (const DatabaseError& error) {
        report(error.message());
        return false;
    }
}

} // namespace casedesk
