#include "donations/statements/CsvMappingStore.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace casedesk {

CsvMappingStore::CsvMappingStore(Database& database)
    : m_database(database)
{
}

QStringList CsvMappingStore::names()
{
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT name FROM csv_mappings ORDER BY name"));
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

std::optional<QString> CsvMappingStore::load(const QString& name)
{
    const QVariant json = m_database.scalar(QStringLiteral("SELECT mapping FROM csv_mappings WHERE name = ?"),
                                            { name.trimmed() });
    return json.isValid() ? std::optional<QString>(json.toString()) : std::nullopt;
}

void CsvMappingStore::save(const QString& name, const QString& json)
{
    if (name.trimmed().isEmpty())
        throw DatabaseError(QCoreApplication::translate("casedesk::CsvMappingStore",
                                                        "Give the column mapping a name (the bank's, say)."));
    m_database.exec(QStringLiteral("INSERT INTO csv_mappings (name, mapping) VALUES (?, ?) "
                                   "ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping"),
                    { name.trimmed(), json });
}

void CsvMappingStore::remove(const QString& name)
{
    m_database.exec(QStringLiteral("DELETE FROM csv_mappings WHERE name = ?"), { name.trimmed() });
}

} // namespace casedesk
