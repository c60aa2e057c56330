#include "review/DeskActor.h"

#include "board/BoardRepository.h"

#include <QCoreApplication>

namespace casedesk::DeskActor {

namespace {

class DeskActorText
{
    Q_DECLARE_TR_FUNCTIONS(DeskActor)
};

QString userName()
{
    for (const char* variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace

ReviewActor of(Database& database)
{
    BoardRepository board(database);
    if (const std::optional<QUuid> owner = board.deskOwner()) {
        if (const std::optional<BoardMember> member = board.load(*owner))
            return { member->sync.uuid, member->name };
    }
    const QString user = userName();
    return { std::nullopt,
             user.isEmpty() ? DeskActorText::tr("the desk's staff")
                            : DeskActorText::tr("%1 (staff)").arg(user) };
}

} // namespace casedesk::DeskActor
