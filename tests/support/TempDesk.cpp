#include "TempDesk.h"

#include <QAtomicInt>

namespace casedesk::test {

QString uniqueConnectionName(const QString& prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1));
}

TempDesk::TempDesk(bool open)
    : m_database(uniqueConnectionName(QStringLiteral("tempdesk")))
    , m_campaigns(m_database)
    , m_associations(m_database)
    , m_settings(m_database)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return;
    }
    m_valid = open ? reopen() : true;
}

TempDesk::~TempDesk()
{
    m_database.close();
}

bool TempDesk::reopen()
{
    m_database.close();
    m_error.clear();
    m_valid = m_database.open(path(), &m_error);
    return m_valid;
}

} // namespace casedesk::test
