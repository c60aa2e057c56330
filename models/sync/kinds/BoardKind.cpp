// The board's members shared between the association's desks through the platform
// (docs/platform-api.md §3.4): outbox entity "board_member", kind "board_member". Private: never
// in the public API. Another desk needs their names, roles and mandates, and the public keys
// that verify the votes cast on the members' own desks. The statutes' rules stay on each desk (a
// round carries the ones it was opened under).
#include "sync/kinds/KindEntries.h"
#include "sync/kinds/KindSupport.h"

#include "board/BoardRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "sync/PullRules.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>

namespace casedesk {

namespace {

using SqlValues::uuidText;

class BoardSync
{
    Q_DECLARE_TR_FUNCTIONS(BoardSync)
};

const ConflictFieldSpec kMemberFields[] = {
    { "name", QT_TRANSLATE_NOOP("ConflictResolver", "Name") },
    { "role", QT_TRANSLATE_NOOP("ConflictResolver", "Role") },
    { "roleLabel", QT_TRANSLATE_NOOP("ConflictResolver", "Role (other)") },
    { "email", QT_TRANSLATE_NOOP("ConflictResolver", "E-mail") },
    { "from", QT_TRANSLATE_NOOP("ConflictResolver", "In office from") },
    { "until", QT_TRANSLATE_NOOP("ConflictResolver", "In office until") },
    { "publicKey", QT_TRANSLATE_NOOP("ConflictResolver", "Signing key") },
};

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Read from the row as it is (the one writer is BoardRepository).
QJsonObject memberDocument(Database& database, const QUuid& uuid)
{
    QSqlQuery row
        = database.exec(QStringLiteral("SELECT name, role, role_label, email, from_date, until_date, "
                                       "public_key FROM board_members WHERE uuid = ? AND deleted = 0"),
                        { uuidText(uuid) });
    if (!row.next())
        return {};
    return { { QStringLiteral("name"), row.value(0).toString() },
             { QStringLiteral("role"), row.value(1).toString() },
             { QStringLiteral("roleLabel"), row.value(2).toString() },
             { QStringLiteral("email"), row.value(3).toString() },
             { QStringLiteral("from"), dateOrNull(SqlValues::isoDate(row.value(4))) },
             { QStringLiteral("until"), dateOrNull(SqlValues::isoDate(row.value(5))) },
             { QStringLiteral("publicKey"), row.value(6).toString() } };
}

// A member as received; empty `problem` when it can be taken.
BoardMember memberFrom(const QUuid& uuid, const QJsonObject& data, QString* problem)
{
    BoardMember member;
    member.sync.uuid = uuid;
    member.name = data.value(QStringLiteral("name")).toString();
    const auto role = BoardCodes::roleFromCode(data.value(QStringLiteral("role")).toString());
    member.roleLabel = data.value(QStringLiteral("roleLabel")).toString();
    member.email = data.value(QStringLiteral("email")).toString();
    member.from = dateField(data, QStringLiteral("from"));
    member.until = dateField(data, QStringLiteral("until"));
    member.publicKey = data.value(QStringLiteral("publicKey")).toString();
    if (!role)
        *problem = BoardSync::tr("its role is not one this version knows");
    else if (member.name.trimmed().isEmpty() || !member.from.isValid())
        *problem = BoardSync::tr("its name or the start of its mandate is missing");
    else
        member.role = *role;
    return member;
}

QString memberLabel(const QJsonObject& document)
{
    return BoardSync::tr("board member %1").arg(document.value(QStringLiteral("name")).toString());
}

PullOutcome applyMember(PullContext& context, const QJsonObject& envelope)
{
    const PulledRecord record(envelope);
    SyncedTable::Copy local;
    if (const auto outcome = PullRules::settle(context.database, KindEntries::boardMember(), record, &local))
        return *outcome;
    BoardRepository board(context.database);
    if (record.deleted) {
        if (!local.exists || local.deleted)
            return PullOutcome::AlreadyKnown;
        board.removeReceived(record.id, record.version);
        return PullOutcome::Applied;
    }
    QString problem;
    const BoardMember member = memberFrom(record.id, record.data, &problem);
    if (problem.isEmpty())
        problem = board.storeReceived(member, record.version);
    if (problem.isEmpty())
        return PullOutcome::Applied;
    // The repository's refusals are sentences of their own; this file's are words to frame.
    context.notices.append(problem.endsWith(u'.')
                               ? problem
                               : BoardSync::tr("The %1 received from the platform was left out: %2.")
                                     .arg(memberLabel(record.data), problem));
    qCWarning(lcSync) << "left out board member" << uuidText(record.id) << ":" << problem;
    return PullOutcome::AlreadyKnown;
}

void writeMember(Database& database, const QUuid& uuid, const QJsonObject& data,
                 std::optional<qint64> version)
{
    QString problem;
    const BoardMember decided = memberFrom(uuid, data, &problem);
    if (problem.isEmpty())
        problem = BoardRepository(database).storeReceived(decided, version.value_or(0));
    if (!problem.isEmpty())
        throw DatabaseError(
            BoardSync::tr("The board member %1 cannot be written: %2.").arg(uuidText(uuid), problem));
}

std::optional<QString> memberFieldText(Database&, const QString& key, const QJsonValue& value)
{
    if (key == QLatin1String("role")) {
        const auto role = BoardCodes::roleFromCode(value.toString());
        return role ? BoardCodes::roleName(*role) : value.toString();
    }
    if (key == QLatin1String("publicKey"))
        return value.toString().isEmpty() ? BoardSync::tr("none")
                                          : value.toString().left(12) + QStringLiteral("…");
    return std::nullopt;
}

} // namespace

const SyncKind& KindEntries::boardMember()
{
    static const SyncKind kind = [] {
        SyncKind k;
        k.entity = BoardRepository::kEntity;
        k.wireKind = QStringLiteral("board_member");
        k.collection = QStringLiteral("board-members");
        k.table = BoardRepository::kTable;
        k.conflictFields = kMemberFields;
        k.document = memberDocument;
        k.applyPulled = applyMember;
        k.writeDecided = writeMember;
        k.tombstoneDecided = KindSupport::tombstoneReceived<BoardRepository>;
        k.label = memberLabel;
        k.fieldText = memberFieldText;
        return k;
    }();
    return kind;
}

} // namespace casedesk
