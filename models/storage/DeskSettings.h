#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

namespace casedesk {

class Database;

// The desk's key/value settings table: what the repositories keep in the desk file (the fees,
// the evidence size limit, a platform campaign's local campaign) and the desk's own upkeep
// (DeskStatistics). Kept in the desk, unlike QSettings, so they travel with it.
namespace DeskSettings {

// The stored value; an invalid QVariant when the key is not set.
QVariant value(Database& database, const QString& key);
void setValue(Database& database, const QString& key, const QString& value);
// Every key that starts with `prefix`, without the prefix, with its value.
QHash<QString, QString> valuesStartingWith(Database& database, const QString& prefix);

} // namespace DeskSettings
} // namespace casedesk
