#include "PlatformWithDesks.h"

namespace casedesk::test {

template<int DeskCount>
bool PlatformWithDesks<DeskCount>::start(const QStringList& serverArguments)
{
    if (!m_server.start(serverArguments, &m_error))
        return false;
    for (const TempDesk& desk : m_desks) {
        if (!desk.isValid()) {
            m_error = desk.errorMessage();
            return false;
        }
    }
    return true;
}

template class PlatformWithDesks<1>;
template class PlatformWithDesks<2>;
template class PlatformWithDesks<3>;

} // namespace casedesk::test
