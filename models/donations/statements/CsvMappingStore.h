#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk {

class Database;

// The CSV column mappings the user saved per bank, by name (table csv_mappings). The mapping
// is kept as the JSON text CsvMapping::toJson() makes; this store does not read its fields.
class CsvMappingStore
{
public:
    explicit CsvMappingStore(Database& database);

    QStringList names(); // sorted
    std::optional<QString> load(const QString& name); // the JSON text
    // Replaces a mapping of the same name. Throws DatabaseError for an empty name.
    void save(const QString& name, const QString& json);
    void remove(const QString& name);

private:
    Database& m_database;
};

} // namespace casedesk
