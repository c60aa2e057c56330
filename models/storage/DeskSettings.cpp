#include "storage/DeskSettings.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace casedesk::DeskSettings {

QVariant value(Database& database, const QString& key)
{
    return database.scalarCached(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
}

void setValue(Database& database, const QString& key, const QString& value)
{
    database.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  { key, value });
}

QHash<QString, QString> valuesStartingWith(Database& database, const QString& prefix)
{
    QHash<QString, QString> values;
    QSqlQuery q = database.exec(
        QStringLiteral("SELECT substr(key, ?), value FROM settings WHERE key >= ? AND key < ?"),
        { prefix.size() + 1, prefix, SqlValues::prefixEnd(prefix) });
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

} // namespace casedesk::DeskSettings
