#include "board/BoardRepository.h"

#include "common/Clock.h"
#include "common/DateRules.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"
#include "storage/DeskSettings.h"
#include "storage/Outbox.h"
#include "storage/SqlValues.h"
#include "storage/SyncColumns.h"
#include "storage/SyncedTable.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace casedesk {

namespace {

using SqlValues::notNullText;
using SqlValues::uuidText;

const QString kOwnerKey = QStringLiteral("board.owner");

// The table's own columns after the sync columns, as memberFrom() reads them.
const QString kOwnColumns
    = QStringLiteral("name, role, role_label, email, from_date, until_date, public_key");
const QString kColumns = SyncColumns::list() + QStringLiteral(", ") + kOwnColumns;

BoardMember memberFrom(const QSqlQuery& q)
{
    BoardMember m;
    m.sync = SyncColumns::read(q);
    const int c = SyncColumns::kCount;
    m.name = q.value(c).toString();
    m.role = BoardCodes::roleFromCode(q.value(c + 1).toString()).value_or(BoardRole::Other);
    m.roleLabel = q.value(c + 2).toString();
    m.email = q.value(c + 3).toString();
    m.from = SqlValues::isoDate(q.value(c + 4));
    m.until = SqlValues::isoDate(q.value(c + 5));
    m.publicKey = q.value(c + 6).toString();
    return m;
}

// The own columns' values, in kOwnColumns' order.
QVariantList fieldValues(const BoardMember& m)
{
    return { notNullText(m.name),
             BoardCodes::role(m.role),
             notNullText(m.role == BoardRole::Other ? m.roleLabel : QString()),
             notNullText(m.email),
             SqlValues::dateValue(m.from),
             SqlValues::dateValue(m.until),
             notNullText(m.publicKey) };
}

bool looksLikeEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

// Whether two mandates share a day (a null `until` runs on).
bool overlap(const BoardMember& a, const BoardMember& b)
{
    const bool aEndsBeforeB = a.until.isValid() && a.until < b.from;
    const bool bEndsBeforeA = b.until.isValid() && b.until < a.from;
    return !aEndsBeforeB && !bEndsBeforeA;
}

} // namespace

BoardRepository::BoardRepository(Database& database)
    : m_database(database)
{
}

QList<FieldProblem> BoardRepository::add(BoardMember& member)
{
    const QList<FieldProblem> problems = check(member);
    if (!problems.isEmpty())
        return problems;
    if (member.sync.uuid.isNull())
        member.sync.uuid = QUuid::createUuid();
    const QString now = Clock::nowUtcIso();
    WriteTransaction transaction(m_database);
    QSqlQuery query = m_database.exec(
        QStringLiteral("INSERT INTO board_members (uuid, revision, created_at, updated_at, name, role, "
                       "role_label, email, from_date, until_date, public_key) "
                       "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QVariantList { uuidText(member.sync.uuid), now, now } + fieldValues(member));
    Outbox::enqueue(m_database, kEntity, member.sync.uuid, Outbox::Operation::Upsert, 1);
    transaction.commit();
    SyncColumns::markCreated(member.sync, query.lastInsertId().toLongLong(), now);
    return {};
}

QList<FieldProblem> BoardRepository::save(BoardMember& member)
{
    WriteTransaction transaction(m_database);
    SyncedTable(m_database, kTable)
        .checkRevision(member.sync.uuid, member.sync.revision,
                       tr("The board member \"%1\" no longer exists on this desk.").arg(member.name),
                       tr("The board member \"%1\" was changed elsewhere since it was opened; it has been "
                          "reloaded.")
                           .arg(member.name));
    const QList<FieldProblem> problems = check(member);
    if (!problems.isEmpty())
        return problems;
    const qint64 revision = member.sync.revision + 1;
    const QString now = Clock::nowUtcIso();
    m_database.exec(
        QStringLiteral("UPDATE board_members SET revision = ?, updated_at = ?, name = ?, role = ?, "
                       "role_label = ?, email = ?, from_date = ?, until_date = ?, public_key = ? "
                       "WHERE uuid = ?"),
        QVariantList { revision, now } + fieldValues(member) + QVariantList { uuidText(member.sync.uuid) });
    Outbox::enqueue(m_database, kEntity, member.sync.uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    SyncColumns::markSaved(member.sync, revision, now);
    return {};
}

QList<FieldProblem> BoardRepository::check(const BoardMember& member)
{
    QList<FieldProblem> problems;
    if (member.name.trimmed().isEmpty())
        problems.append({ QStringLiteral("name"), tr("Name: give the member's name.") });
    if (!member.from.isValid())
        problems.append({ QStringLiteral("from"), tr("From: give the date the mandate began.") });
    if (member.from.isValid() && member.until.isValid() && member.until < member.from) {
        problems.append({ QStringLiteral("until"),
                          tr("Until: the mandate cannot end (%1) before it begins (%2).")
                              .arg(DateRules::format(member.until), DateRules::format(member.from)) });
    }
    const QString email = member.email.trimmed();
    if (!email.isEmpty() && !looksLikeEmail(email)) {
        problems.append({ QStringLiteral("email"),
                          tr("E-mail: \"%1\" is not an e-mail address (name@example.org).").arg(email) });
    }
    if (!member.publicKey.isEmpty()) {
        const QString why = publicKeyProblem(member.publicKey);
        if (!why.isEmpty())
            problems.append({ QStringLiteral("publicKey"), why });
    }
    if (member.role == BoardRole::President && member.from.isValid()) {
        for (const BoardMember& other : all()) {
            if (other.sync.uuid == member.sync.uuid || other.role != BoardRole::President
                || !overlap(member, other))
                continue;
            const QString period = other.until.isValid()
                ? tr("from %1 to %2").arg(DateRules::format(other.from), DateRules::format(other.until))
                : tr("since %1").arg(DateRules::format(other.from));
            problems.append({ QStringLiteral("role"),
                              tr("Role: %1 is president %2; a board has one president at a time (retire "
                                 "them first, or choose another role).")
                                  .arg(other.name, period) });
            break;
        }
    }
    return problems;
}

QString BoardRepository::publicKeyProblem(const QString& publicKey)
{
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        publicKey.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32) {
        return tr("Signing key: \"%1\" is not a public key (32 bytes in base64, 44 characters).")
            .arg(publicKey.left(60));
    }
    return {};
}

QString BoardRepository::retire(const QUuid& uuid, const QDate& until)
{
    WriteTransaction transaction(m_database);
    std::optional<BoardMember> member = load(uuid);
    if (!member)
        return tr("No board member has the identifier %1.").arg(uuidText(uuid));
    if (!until.isValid())
        return tr("Until: give the date the mandate of %1 ends.").arg(member->name);
    if (until < member->from) {
        return tr("Until: the mandate of %1 began on %2; it cannot end before that (%3).")
            .arg(member->name, DateRules::format(member->from), DateRules::format(until));
    }
    const qint64 revision = member->sync.revision + 1;
    m_database.exec(
        QStringLiteral(
            "UPDATE board_members SET revision = ?, updated_at = ?, until_date = ? WHERE uuid = ?"),
        { revision, Clock::nowUtcIso(), SqlValues::dateValue(until), uuidText(uuid) });
    Outbox::enqueue(m_database, kEntity, uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    return {};
}

QString BoardRepository::setPublicKey(const QUuid& uuid, const QString& publicKey)
{
    const QString why = publicKeyProblem(publicKey);
    if (!why.isEmpty())
        return why;
    WriteTransaction transaction(m_database);
    std::optional<BoardMember> member = load(uuid);
    if (!member)
        return tr("No board member has the identifier %1.").arg(uuidText(uuid));
    const qint64 revision = member->sync.revision + 1;
    m_database.exec(
        QStringLiteral(
            "UPDATE board_members SET revision = ?, updated_at = ?, public_key = ? WHERE uuid = ?"),
        { revision, Clock::nowUtcIso(), publicKey.trimmed(), uuidText(uuid) });
    Outbox::enqueue(m_database, kEntity, uuid, Outbox::Operation::Upsert, revision);
    transaction.commit();
    return {};
}

std::optional<BoardMember> BoardRepository::load(const QUuid& uuid)
{
    return SyncedTable(m_database, kTable).loadLive(uuid, kColumns, memberFrom);
}

QList<BoardMember> BoardRepository::all()
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT %1 FROM board_members WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id")
            .arg(kColumns));
    QList<BoardMember> members;
    while (q.next())
        members.append(memberFrom(q));
    return members;
}

QList<BoardMember> BoardRepository::inOfficeOn(const QDate& day)
{
    QList<BoardMember> members;
    for (const BoardMember& member : all()) {
        if (member.inOfficeOn(day))
            members.append(member);
    }
    return members;
}

std::optional<QUuid> BoardRepository::resolve(const QString& reference, QString* errorMessage)
{
    const QString typed = reference.trimmed();
    // A name first: people type names, and a name is never a UUID prefix by accident for long.
    QList<QUuid> named;
    for (const BoardMember& member : all()) {
        if (member.name.trimmed().compare(typed, Qt::CaseInsensitive) == 0)
            named.append(member.sync.uuid);
    }
    if (named.size() == 1)
        return named.first();
    if (named.size() > 1) {
        if (errorMessage)
            *errorMessage
                = tr("Board member \"%1\": several members have this name; give the identifier.").arg(typed);
        return std::nullopt;
    }
    const SqlValues::UuidPrefixWords words {
        tr("Board member \"%1\": give the member's name or at least 4 characters of the identifier."),
        tr("No board member is named \"%1\" or has this identifier."),
        tr("Board member identifier \"%1\" matches several members; give more characters."),
    };
    return SqlValues::resolveUuidPrefix(m_database, kTable, typed, words, errorMessage);
}

BoardRules BoardRepository::rules()
{
    QSqlQuery q = m_database.exec(
        QStringLiteral("SELECT board_quorum_kind, board_quorum_number, board_quorum_numerator, "
                       "board_quorum_denominator, board_majority, board_abstentions_cast, board_casting_vote "
                       "FROM association WHERE id = 1"));
    BoardRules rules;
    if (!q.next())
        return rules; // the statutes' usual rules until the profile exists
    rules.quorumKind = BoardRuleCodes::quorumKindFromCode(q.value(0).toString()).value_or(rules.quorumKind);
    rules.quorumNumber = q.value(1).toInt();
    rules.quorumNumerator = q.value(2).toInt();
    rules.quorumDenominator = q.value(3).toInt();
    rules.majority = BoardRuleCodes::majorityFromCode(q.value(4).toString()).value_or(rules.majority);
    rules.abstentionsCountAsCast = q.value(5).toBool();
    rules.presidentBreaksTie = q.value(6).toBool();
    return rules;
}

QList<FieldProblem> BoardRepository::setRules(const BoardRules& rules)
{
    const QList<FieldProblem> problems = BoardRulesCheck::validate(rules);
    if (!problems.isEmpty())
        return problems;
    WriteTransaction transaction(m_database);
    // The rules live in the association's row, which its profile's first save creates
    // (AssociationRepository writes the profile's columns, this class the board's).
    if (m_database.scalar(QStringLiteral("SELECT count(*) FROM association WHERE id = 1")).toInt() == 0) {
        return { { QStringLiteral("association"),
                   tr("The board's rules are kept with the association's profile: fill in the profile "
                      "(its name at least) first.") } };
    }
    m_database.exec(QStringLiteral("UPDATE association SET board_quorum_kind = ?, board_quorum_number = ?, "
                                   "board_quorum_numerator = ?, board_quorum_denominator = ?, "
                                   "board_majority = ?, board_abstentions_cast = ?, board_casting_vote = ? "
                                   "WHERE id = 1"),
                    { BoardRuleCodes::quorumKind(rules.quorumKind), rules.quorumNumber, rules.quorumNumerator,
                      rules.quorumDenominator, BoardRuleCodes::majority(rules.majority),
                      rules.abstentionsCountAsCast ? 1 : 0, rules.presidentBreaksTie ? 1 : 0 });
    transaction.commit();
    return {};
}

std::optional<QUuid> BoardRepository::deskOwner()
{
    const QString stored = DeskSettings::value(m_database, kOwnerKey).toString();
    if (stored.isEmpty())
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(stored);
    if (uuid.isNull())
        return std::nullopt;
    return uuid;
}

QString BoardRepository::setDeskOwner(const std::optional<QUuid>& member)
{
    WriteTransaction transaction(m_database);
    if (member) {
        const std::optional<BoardMember> stored = load(*member);
        if (!stored)
            return tr("No board member has the identifier %1; this desk's owner must be on the board.")
                .arg(uuidText(*member));
    }
    DeskSettings::setValue(m_database, kOwnerKey, member ? uuidText(*member) : QString());
    transaction.commit();
    return {};
}

QString BoardRepository::storeReceived(const BoardMember& member, qint64 serverVersion)
{
    if (member.name.trimmed().isEmpty() || !member.from.isValid())
        return tr("A board member received without a name or a start date was not stored.");
    if (member.until.isValid() && member.until < member.from)
        return tr("The board member \"%1\" received ends before it begins; it was not stored.")
            .arg(member.name);
    WriteTransaction transaction(m_database);
    SyncedTable(m_database, kTable)
        .storeReceived(member.sync.uuid, serverVersion, kOwnColumns, fieldValues(member));
    transaction.commit();
    return {};
}

void BoardRepository::removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion)
{
    SyncedTable(m_database, kTable).tombstoneReceived(uuid, serverVersion);
}

} // namespace casedesk
