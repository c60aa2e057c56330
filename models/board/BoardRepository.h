#pragma once

#include "board/BoardMember.h"
#include "board/BoardRules.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// The one owner of board_members, and of the association row's board_* columns (the statutes'
// rules). Every write is one transaction; a member is queued for sync (private kind
// "board_member"), the rules stay on the desk (a round copies them).
class BoardRepository
{
    Q_DECLARE_TR_FUNCTIONS(BoardRepository)

public:
    static inline const QString kEntity = QStringLiteral("board_member");
    static inline const QString kTable = QStringLiteral("board_members");

    explicit BoardRepository(Database& database);

    // Validates (name, dates in order, e-mail shape, a second president in office at once) and
    // stores; problems name the field and nothing is written.
    QList<FieldProblem> add(BoardMember& member);
    // Saves name, role, e-mail, dates; throws StaleRecordError on a stale revision.
    QList<FieldProblem> save(BoardMember& member);
    // What add() and save() would refuse, each naming its field; empty when the member may be
    // stored.
    QList<FieldProblem> check(const BoardMember& member);
    // Why `publicKey` is not an Ed25519 public key (base64 of 32 bytes); empty when it is.
    static QString publicKeyProblem(const QString& publicKey);
    // Ends a mandate on `until` (not before its start); returns why not, or empty.
    QString retire(const QUuid& uuid, const QDate& until);
    // Registers the member's public key (base64 of 32 bytes; checked); returns why not, or empty.
    QString setPublicKey(const QUuid& uuid, const QString& publicKey);

    std::optional<BoardMember> load(const QUuid& uuid);
    // Every member, retired ones too, by name.
    QList<BoardMember> all();
    QList<BoardMember> inOfficeOn(const QDate& day);
    // A full UUID, an unambiguous prefix, or a name (case-insensitive, unique) as typed.
    std::optional<QUuid> resolve(const QString& reference, QString* errorMessage);

    // The statutes' rules; the defaults until set.
    BoardRules rules();
    // Validates (BoardRulesCheck) and stores; refused, with a sentence, while the desk has no
    // association profile yet (the rules are kept in its row).
    QList<FieldProblem> setRules(const BoardRules& rules);

    // This desk's owner: the member whose name this desk acts in (desk setting "board.owner");
    // none for a staff desk.
    std::optional<QUuid> deskOwner();
    // Setting a member who is not on the board is refused (the sentence says why).
    QString setDeskOwner(const std::optional<QUuid>& member);

    // For the sync.
    QString storeReceived(const BoardMember& member, qint64 serverVersion);
    void removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion);

private:
    Database& m_database;
};

} // namespace casedesk
