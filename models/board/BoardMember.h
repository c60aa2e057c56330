#pragma once

#include "storage/SyncState.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

enum class BoardRole
{
    President,
    Treasurer,
    Secretary,
    Administrator,
    Other
};

// A member of the association's board (conseil d'administration): who may review and vote on a
// dossier. A member is never deleted, only retired (an `until` date): past rounds name them.
struct BoardMember
{
    SyncState sync;
    QString name;
    BoardRole role = BoardRole::Administrator;
    QString roleLabel; // what "other" means ("vice-présidente", "membre d'honneur")
    QString email;
    QDate from;
    QDate until; // null: still in office
    // The Ed25519 public key that verifies the votes cast on the member's own desk (32 bytes,
    // base64); empty until the member made a signing key.
    QString publicKey;

    // In office on `day`: from <= day and (no until or day <= until).
    bool inOfficeOn(const QDate& day) const;
    // "Claire Martin (secrétaire)", translated role.
    QString nameWithRole() const;
};

namespace BoardCodes {
QString role(BoardRole role);
std::optional<BoardRole> roleFromCode(const QString& code);
QList<BoardRole> allRoles();
// The translated name of a role ("présidente / président" is not attempted: "président").
QString roleName(BoardRole role);
} // namespace BoardCodes

} // namespace casedesk
