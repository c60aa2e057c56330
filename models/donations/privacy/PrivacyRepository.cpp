#include "donations/privacy/PrivacyRepository.h"

#include "common/Clock.h"
#include "common/CodeTable.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <array>

namespace casedesk {

namespace {

using SqlValues::uuidText;

constexpr std::array<std::pair<PrivacyAction, const char*>, 3> kActions = { {
    { PrivacyAction::Export, "export" },
    { PrivacyAction::Erase, "erase" },
    { PrivacyAction::Purge, "purge" },
} };

const QString kArchiveColumns
    = QStringLiteral("donor_uuid, name, address, siren, archived_on, keep_until, reason");

ArchivedDonor archivedFrom(const QSqlQuery& q)
{
    ArchivedDonor row;
    row.donorUuid = QUuid::fromString(q.value(0).toString());
    row.name = q.value(1).toString();
    row.address = q.value(2).toString();
    row.siren = q.value(3).toString();
    row.archivedOn = SqlValues::isoDate(q.value(4));
    row.keepUntil = SqlValues::isoDate(q.value(5));
    row.reason = q.value(6).toString();
    return row;
}

} // namespace

PrivacyRepository::PrivacyRepository(Database& database)
    : m_database(database)
{
}

QString PrivacyRepository::currentActor()
{
    for (const char* variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

QString PrivacyRepository::actionCode(PrivacyAction action)
{
    return CodeTable::codeOf(kActions, action);
}

std::optional<PrivacyAction> PrivacyRepository::actionFromCode(const QString& code)
{
    return CodeTable::valueOf(kActions, code);
}

QString PrivacyRepository::actionLabel(PrivacyAction action)
{
    switch (action) {
    case PrivacyAction::Export:
        return tr("Export");
    case PrivacyAction::Erase:
        return tr("Erasure");
    case PrivacyAction::Purge:
        return tr("Purge");
    }
    return {};
}

void PrivacyRepository::log(PrivacyAction action, const QUuid& donor, const QString& what, const QString& why)
{
    WriteTransaction transaction(m_database);
    m_database.exec(QStringLiteral("INSERT INTO privacy_log (at, actor, action, donor_uuid, what, why) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    { Clock::nowUtcIso(), currentActor(), actionCode(action), uuidText(donor),
                      SqlValues::notNullText(what), SqlValues::notNullText(why) });
    transaction.commit();
}

void PrivacyRepository::archive(const ArchivedDonor& row)
{
    WriteTransaction transaction(m_database);
    m_database.exec(
        QStringLiteral("INSERT INTO donor_archive (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(kArchiveColumns),
        { uuidText(row.donorUuid), SqlValues::notNullText(row.name), SqlValues::notNullText(row.address),
          SqlValues::notNullText(row.siren), row.archivedOn.toString(Qt::ISODate),
          row.keepUntil.toString(Qt::ISODate), SqlValues::notNullText(row.reason) });
    transaction.commit();
}

bool PrivacyRepository::removeArchived(const QUuid& donor)
{
    WriteTransaction transaction(m_database);
    const QSqlQuery query = m_database.exec(QStringLiteral("DELETE FROM donor_archive WHERE donor_uuid = ?"),
                                            { uuidText(donor) });
    const bool removed = query.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

std::optional<ArchivedDonor> PrivacyRepository::archived(const QUuid& donor)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM donor_archive WHERE donor_uuid = ?").arg(kArchiveColumns),
        { uuidText(donor) });
    if (!q.next())
        return std::nullopt;
    return archivedFrom(q);
}

QList<ArchivedDonor> PrivacyRepository::dueForPurge(const QDate& today)
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM donor_archive WHERE keep_until < ? ORDER BY keep_until, donor_uuid")
            .arg(kArchiveColumns),
        { today.toString(Qt::ISODate) });
    QList<ArchivedDonor> rows;
    while (q.next())
        rows.append(archivedFrom(q));
    return rows;
}

QList<PrivacyLogEntry> PrivacyRepository::entries(const std::optional<QUuid>& donor, int limit)
{
    QVariantList values;
    QString where;
    if (donor) {
        where = QStringLiteral("WHERE donor_uuid = ? ");
        values.append(uuidText(*donor));
    }
    values.append(limit);
    QSqlQuery q = m_database.exec(QStringLiteral("SELECT id, at, actor, action, donor_uuid, what, why "
                                                 "FROM privacy_log %1ORDER BY at DESC, id DESC LIMIT ?")
                                      .arg(where),
                                  values);
    QList<PrivacyLogEntry> result;
    while (q.next()) {
        PrivacyLogEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.at = SqlValues::instant(q.value(1));
        entry.actor = q.value(2).toString();
        entry.action = actionFromCode(q.value(3).toString()).value_or(PrivacyAction::Export);
        entry.donorUuid = QUuid::fromString(q.value(4).toString());
        entry.what = q.value(5).toString();
        entry.why = q.value(6).toString();
        result.append(entry);
    }
    return result;
}

} // namespace casedesk
