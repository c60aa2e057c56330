#include "storage/LocaleCollation.h"

#include <QCollator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace casedesk {

namespace {

int compareLocale(void* context, int leftBytes, const void* left, int rightBytes, const void* right)
{
    const auto* collator = static_cast<const QCollator*>(context);
    const QStringView a(static_cast<const char16_t*>(left), leftBytes / 2);
    const QStringView b(static_cast<const char16_t*>(right), rightBytes / 2);
    return collator->compare(a, b);
}

void destroyCollator(void* context)
{
    delete static_cast<QCollator*>(context);
}

} // namespace

bool registerLocaleCollation(const QSqlDatabase& connection)
{
    // The QSQLITE driver hands out its sqlite3* ; Debian's Qt plugin and this library share the
    // system libsqlite3, so the handle is ours to use.
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3* db = *static_cast<sqlite3* const*>(handle.data());
    if (!db)
        return false;
    auto* collator = new QCollator(QLocale());
    collator->setCaseSensitivity(Qt::CaseInsensitive);
    collator->setNumericMode(true); // "Campagne 2" before "Campagne 10"
    return sqlite3_create_collation_v2(db, "LOCALE", SQLITE_UTF16_ALIGNED, collator, &compareLocale,
                                       &destroyCollator)
        == SQLITE_OK;
}

} // namespace casedesk
