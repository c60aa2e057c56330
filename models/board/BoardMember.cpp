#include "board/BoardMember.h"

#include "common/CodeTable.h"

#include <array>

namespace casedesk {

namespace {

constexpr std::array<std::pair<BoardRole, const char*>, 5> kRoles = { {
    { BoardRole::President, "president" },
    { BoardRole::Treasurer, "treasurer" },
    { BoardRole::Secretary, "secretary" },
    { BoardRole::Administrator, "administrator" },
    { BoardRole::Other, "other" },
} };

} // namespace

bool BoardMember::inOfficeOn(const QDate& day) const
{
    if (!from.isValid() || !day.isValid() || day < from)
        return false;
    return until.isNull() || day <= until;
}

QString BoardMember::nameWithRole() const
{
    const QString roleText = role == BoardRole::Other && !roleLabel.trimmed().isEmpty()
        ? roleLabel.trimmed()
        : BoardCodes::roleName(role);
    return QCoreApplication::translate("casedesk::BoardMember", "%1 (%2)").arg(name.trimmed(), roleText);
}

namespace BoardCodes {

QString role(BoardRole role)
{
    return CodeTable::codeOf(kRoles, role);
}

std::optional<BoardRole> roleFromCode(const QString& code)
{
    return CodeTable::valueOf(kRoles, code);
}

QList<BoardRole> allRoles()
{
    return CodeTable::valuesOf(kRoles);
}

QString roleName(BoardRole role)
{
    switch (role) {
    case BoardRole::President:
        return QCoreApplication::translate("casedesk::BoardMember", "president");
    case BoardRole::Treasurer:
        return QCoreApplication::translate("casedesk::BoardMember", "treasurer");
    case BoardRole::Secretary:
        return QCoreApplication::translate("casedesk::BoardMember", "secretary");
    case BoardRole::Administrator:
        return QCoreApplication::translate("casedesk::BoardMember", "administrator");
    case BoardRole::Other:
        return QCoreApplication::translate("casedesk::BoardMember", "other");
    }
    return {};
}

} // namespace BoardCodes

} // namespace casedesk
