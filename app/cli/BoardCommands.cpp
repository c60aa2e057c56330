#include "cli/BoardCommands.h"

#include "board/BoardRepository.h"
#include "cli/CliContext.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "common/Clock.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace casedesk::cli {

namespace {

using SqlValues::uuidText;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(BoardCommands)
};

const QString kRole = QStringLiteral("--role");
const QString kRoleLabel = QStringLiteral("--role-label");
const QString kEmail = QStringLiteral("--email");
const QString kFrom = QStringLiteral("--from");
const QString kUntil = QStringLiteral("--until");
const QString kName = QStringLiteral("--name");
const QString kOn = QStringLiteral("--on");
const QString kQuorum = QStringLiteral("--quorum");
const QString kQuorumFraction = QStringLiteral("--quorum-fraction");
const QString kMajority = QStringLiteral("--majority");
const QString kAbstentions = QStringLiteral("--abstentions-count");
const QString kCastingVote = QStringLiteral("--casting-vote");
const QString kNone = QStringLiteral("--none");

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject memberJson(const BoardMember& m)
{
    return { { QStringLiteral("uuid"), uuidText(m.sync.uuid) },
             { QStringLiteral("name"), m.name },
             { QStringLiteral("role"), BoardCodes::role(m.role) },
             { QStringLiteral("roleLabel"), m.roleLabel },
             { QStringLiteral("email"), m.email },
             { QStringLiteral("from"), dateJson(m.from) },
             { QStringLiteral("until"), dateJson(m.until) },
             { QStringLiteral("inOffice"), m.inOfficeOn(Clock::today()) },
             { QStringLiteral("publicKey"), m.publicKey },
             { QStringLiteral("revision"), m.sync.revision } };
}

BoardRole roleValue(const QString& text)
{
    if (const std::optional<BoardRole> role = BoardCodes::roleFromCode(text.trimmed()))
        return *role;
    throw CommandFailure::usage(
        Text::tr("%1: unknown role \"%2\"; use one of %3.")
            .arg(kRole, text, codesOf(BoardCodes::allRoles(), &BoardCodes::role).join(u", ")));
}

BoardMember loadMember(BoardRepository& board, const QString& reference)
{
    const QUuid uuid = References::uuid(
        reference, [&](const QString& ref, QString* error) { return board.resolve(ref, error); });
    if (std::optional<BoardMember> member = board.load(uuid))
        return *member;
    throw CommandFailure::runtime(Text::tr("No board member has the identifier %1.").arg(uuidText(uuid)));
}

// The fields the options give, over `member`.
void applyOptions(BoardMember& member, const CommandArgs& args)
{
    if (args.has(kName))
        member.name = args.value(kName).trimmed();
    if (args.has(kRole))
        member.role = roleValue(args.value(kRole));
    if (args.has(kRoleLabel))
        member.roleLabel = args.value(kRoleLabel).trimmed();
    if (args.has(kEmail))
        member.email = args.value(kEmail).trimmed();
    if (args.has(kFrom))
        member.from = Values::isoDate(args.value(kFrom), kFrom);
    if (args.has(kUntil)) {
        const QString until = args.value(kUntil).trimmed();
        member.until = until == QLatin1String("none") ? QDate() : Values::isoDate(until, kUntil);
    }
}

int listMembers(CliContext& context, const CommandArgs&)
{
    BoardRepository board(context.database());
    const QList<BoardMember> members = board.all();
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const BoardMember& member : members)
            array.append(memberJson(member));
        context.printJson(array);
        return kSuccess;
    }
    const std::optional<QUuid> owner = board.deskOwner();
    QList<QStringList> rows;
    for (const BoardMember& m : members) {
        const QString role = m.role == BoardRole::Other && !m.roleLabel.isEmpty()
            ? m.roleLabel
            : BoardCodes::roleName(m.role);
        rows.append({ uuidText(m.sync.uuid).left(8),
                      m.name + (owner == m.sync.uuid ? QStringLiteral(" *") : QString()), role, m.email,
                      Values::date(m.from), Values::date(m.until),
                      Values::yesNoText(!m.publicKey.isEmpty()) });
    }
    context.printTable({ Text::tr("ID"), Text::tr("NAME"), Text::tr("ROLE"), Text::tr("E-MAIL"),
                         Text::tr("FROM"), Text::tr("UNTIL"), Text::tr("SIGNING KEY") },
                       rows);
    if (owner)
        context.print(Text::tr("* this desk's owner"));
    return kSuccess;
}

int addMember(CliContext& context, const CommandArgs& args)
{
    BoardMember member;
    member.name = args.at(0).trimmed();
    member.from = Clock::today();
    applyOptions(member, args);
    BoardRepository board(context.database());
    const QList<FieldProblem> problems = board.add(member);
    if (!problems.isEmpty())
        return context.fail(Text::tr("The board member was not added."), Values::problemTexts(problems));
    if (context.jsonOutput())
        context.printJson(memberJson(member));
    else
        context.print(uuidText(member.sync.uuid));
    return kSuccess;
}

int editMember(CliContext& context, const CommandArgs& args)
{
    BoardRepository board(context.database());
    BoardMember member = loadMember(board, args.at(0));
    applyOptions(member, args);
    const QList<FieldProblem> problems = board.save(member);
    if (!problems.isEmpty())
        return context.fail(Text::tr("The board member %1 was not saved.").arg(member.name),
                            Values::problemTexts(problems));
    if (context.jsonOutput())
        context.printJson(memberJson(member));
    else
        context.print(Text::tr("%1 saved.").arg(member.nameWithRole()));
    return kSuccess;
}

int retireMember(CliContext& context, const CommandArgs& args)
{
    BoardRepository board(context.database());
    const BoardMember member = loadMember(board, args.at(0));
    const QDate on = args.has(kOn) ? Values::isoDate(args.value(kOn), kOn) : Clock::today();
    const QString why = board.retire(member.sync.uuid, on);
    if (!why.isEmpty())
        return context.fail(why);
    const BoardMember retired = *board.load(member.sync.uuid);
    if (context.jsonOutput())
        context.printJson(memberJson(retired));
    else
        context.print(Text::tr("The mandate of %1 ends on %2.").arg(retired.name, Values::date(on)));
    return kSuccess;
}

// "1/2" or "2/3": the quorum as a fraction of the members in office.
std::pair<int, int> fractionValue(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        throw CommandFailure::usage(
            Text::tr("%1: \"%2\" is not a fraction; write it as 1/2 or 2/3.").arg(kQuorumFraction, text));
    return { match.captured(1).toInt(), match.captured(2).toInt() };
}

QJsonObject rulesJson(const BoardRules& rules, int inOffice)
{
    QJsonObject json = rules.toJson();
    json.insert(QStringLiteral("membersInOffice"), inOffice);
    json.insert(QStringLiteral("quorumToday"), rules.quorumOf(inOffice));
    return json;
}

int showOrSetRules(CliContext& context, const CommandArgs& args)
{
    BoardRepository board(context.database());
    BoardRules rules = board.rules();
    if (args.has(kQuorum) && args.has(kQuorumFraction))
        return context.usage(Text::tr("Give either %1 or %2, not both.").arg(kQuorum, kQuorumFraction));
    const bool changing = args.has(kQuorum) || args.has(kQuorumFraction) || args.has(kMajority)
        || args.has(kAbstentions) || args.has(kCastingVote);
    if (args.has(kQuorum)) {
        bool ok = false;
        rules.quorumKind = QuorumKind::Number;
        rules.quorumNumber = args.value(kQuorum).trimmed().toInt(&ok);
        if (!ok)
            return context.usage(
                Text::tr("%1: \"%2\" is not a number of members.").arg(kQuorum, args.value(kQuorum)));
    }
    if (args.has(kQuorumFraction)) {
        rules.quorumKind = QuorumKind::Fraction;
        std::tie(rules.quorumNumerator, rules.quorumDenominator) = fractionValue(args.value(kQuorumFraction));
    }
    if (args.has(kMajority)) {
        // "two-thirds" as people type it, "two_thirds" as the desk and the JSON write it.
        const QString code = args.value(kMajority).trimmed().replace(u'-', u'_');
        const std::optional<MajorityKind> majority = BoardRuleCodes::majorityFromCode(code);
        if (!majority)
            return context.usage(Text::tr("%1: unknown majority \"%2\"; use one of %3.")
                                     .arg(kMajority, args.value(kMajority),
                                          QStringLiteral("simple, absolute, two-thirds, unanimity")));
        rules.majority = *majority;
    }
    if (args.has(kAbstentions))
        rules.abstentionsCountAsCast = Values::yesNo(args.value(kAbstentions), kAbstentions);
    if (args.has(kCastingVote))
        rules.presidentBreaksTie = Values::yesNo(args.value(kCastingVote), kCastingVote);
    if (changing) {
        const QList<FieldProblem> problems = board.setRules(rules);
        if (!problems.isEmpty())
            return context.fail(Text::tr("The board's rules were not changed."),
                                Values::problemTexts(problems));
    }
    const int inOffice = int(board.inOfficeOn(Clock::today()).size());
    if (context.jsonOutput()) {
        context.printJson(rulesJson(rules, inOffice));
        return kSuccess;
    }
    context.print(rules.describeQuorum(inOffice));
    context.print(rules.describeMajority());
    context.print(rules.describeAbstentions());
    context.print(rules.describeCastingVote());
    return kSuccess;
}

int showOrSetOwner(CliContext& context, const CommandArgs& args)
{
    BoardRepository board(context.database());
    if (args.has(kNone) && args.count() > 0)
        return context.usage(Text::tr("Give a member or %1, not both.").arg(kNone));
    if (args.has(kNone)) {
        const QString why = board.setDeskOwner(std::nullopt);
        if (!why.isEmpty())
            return context.fail(why);
    } else if (args.count() > 0) {
        const BoardMember member = loadMember(board, args.at(0));
        const QString why = board.setDeskOwner(member.sync.uuid);
        if (!why.isEmpty())
            return context.fail(why);
    }
    const std::optional<QUuid> owner = board.deskOwner();
    const std::optional<BoardMember> member = owner ? board.load(*owner) : std::nullopt;
    if (context.jsonOutput()) {
        context.printJson(
            QJsonObject { { QStringLiteral("owner"), member ? QJsonValue(uuidText(*owner)) : QJsonValue() },
                          { QStringLiteral("name"), member ? QJsonValue(member->name) : QJsonValue() } });
        return kSuccess;
    }
    context.print(member ? Text::tr("This desk belongs to %1.").arg(member->nameWithRole())
                         : Text::tr("This desk belongs to the staff, no board member."));
    return kSuccess;
}

} // namespace

QList<Command> BoardCommands::commands()
{
    const QStringList noOptions;
    const QStringList memberOptions { kRole, kRoleLabel, kEmail, kFrom, kUntil };
    return {
        { QStringLiteral("list"), QString(), tr("List the board's members, retired ones too."), noOptions,
          noOptions, &listMembers },
        { QStringLiteral("add"),
          QStringLiteral("NAME [--role ROLE] [--role-label TEXT] [--email E] [--from DATE] [--until DATE]"),
          tr("Add a board member (from today unless --from) and print its UUID."), memberOptions, noOptions,
          &addMember },
        { QStringLiteral("edit"),
          QStringLiteral("MEMBER [--name NAME] [--role ROLE] [--role-label TEXT] [--email E] [--from DATE] "
                         "[--until DATE|none]"),
          tr("Change a board member's name, role, e-mail or dates."), memberOptions + QStringList { kName },
          noOptions, &editMember },
        { QStringLiteral("retire"),
          QStringLiteral("MEMBER [--on DATE]"),
          tr("End a member's mandate on DATE (today unless given); the member stays in past rounds."),
          { kOn },
          noOptions,
          &retireMember },
        { QStringLiteral("rules"),
          QStringLiteral(
              "[--quorum N | --quorum-fraction A/B] [--majority KIND] [--abstentions-count yes|no] "
              "[--casting-vote yes|no]"),
          tr("Show the statutes' rules for the board's decisions, or change those given."),
          { kQuorum, kQuorumFraction, kMajority, kAbstentions, kCastingVote },
          noOptions,
          &showOrSetRules },
        { QStringLiteral("owner"),
          QStringLiteral("[MEMBER] [--none]"),
          tr("Show the board member this desk belongs to, or set it (--none: the staff's desk)."),
          noOptions,
          { kNone },
          &showOrSetOwner },
    };
}

QStringList BoardCommands::notes()
{
    return {
        tr("Roles: %1").arg(codesOf(BoardCodes::allRoles(), &BoardCodes::role).join(u", ")),
        tr("Majorities: simple, absolute, two-thirds, unanimity"),
        tr("A MEMBER is a name (unique) or a UUID prefix of at least 4 characters; dates are yyyy-mm-dd.")
    };
}

} // namespace casedesk::cli
