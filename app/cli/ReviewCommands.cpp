#include "cli/ReviewCommands.h"

#include "board/BoardRepository.h"
#include "campaigns/Campaign.h"
#include "cli/CliContext.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "common/Clock.h"
#include "review/ReviewRepository.h"
#include "review/VoteSignature.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

using SqlValues::uuidText;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommands)
};

const QString kCampaignOption = QStringLiteral("--campaign");
const QString kRoundOption = QStringLiteral("--round");
const QString kMemberOption = QStringLiteral("--member");
const QString kSecretaryOption = QStringLiteral("--secretary");
const QString kChoiceOption = QStringLiteral("--choice");
const QString kReasonOption = QStringLiteral("--reason");
const QString kNatureOption = QStringLiteral("--nature");
const QString kSectionOption = QStringLiteral("--section");
const QString kTextOption = QStringLiteral("--text");
const QString kReplyOption = QStringLiteral("--reply");
const QString kFromOption = QStringLiteral("--from");
const QString kNoteOption = QStringLiteral("--note");
const QString kReopenOption = QStringLiteral("--reopen");

QString decisionOutcomeCode(DecisionOutcome outcome)
{
    switch (outcome) {
    case DecisionOutcome::NoQuorum:
        return QStringLiteral("no_quorum");
    case DecisionOutcome::Approved:
        return QStringLiteral("approved");
    case DecisionOutcome::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QString voteCheckCode(VoteCheck check)
{
    switch (check) {
    case VoteCheck::SignedAndVerified:
        return QStringLiteral("signed_and_verified");
    case VoteCheck::RecordedBySecretary:
        return QStringLiteral("recorded");
    case VoteCheck::SignatureInvalid:
        return QStringLiteral("signature_invalid");
    }
    return {};
}

QUuid memberUuid(CliContext& context, const QString& reference)
{
    BoardRepository board(context.database());
    return References::uuid(reference,
                            [&](const QString& ref, QString* error) { return board.resolve(ref, error); });
}

// The member named by `option`, or this desk's owner.
QUuid memberOrOwner(CliContext& context, const CommandArgs& args, const QString& option)
{
    if (args.has(option))
        return memberUuid(context, args.value(option));
    if (const std::optional<QUuid> owner = BoardRepository(context.database()).deskOwner())
        return *owner;
    throw CommandFailure::runtime(
        Text::tr("This desk belongs to no board member: give %1 MEMBER, or set the desk's owner.")
            .arg(option));
}

// The round --round names (a UUID prefix, "latest" by default) of the campaign --campaign names.
ReviewRound chosenRound(CliContext& context, ReviewRepository& reviews, const CommandArgs& args)
{
    const QUuid campaign = References::campaignOptionUuid(context, args);
    reviews.settle(campaign);
    const QUuid uuid = References::uuid(
        args.has(kRoundOption) ? args.value(kRoundOption) : QStringLiteral("latest"),
        [&](const QString& ref, QString* error) { return reviews.resolveRound(campaign, ref, error); });
    if (const std::optional<ReviewRound> round = reviews.round(uuid))
        return *round;
    throw CommandFailure::runtime(Text::tr("No review round has the identifier %1.").arg(uuidText(uuid)));
}

ReviewRound openRound(CliContext& context, ReviewRepository& reviews, const CommandArgs& args)
{
    const QUuid campaign = References::campaignOptionUuid(context, args);
    if (const std::optional<ReviewRound> round = reviews.openRound(campaign))
        return *round;
    const ReviewStanding standing = reviews.standing(campaign);
    if (standing.latest && standing.latest->status == RoundStatus::Superseded)
        throw CommandFailure::runtime(
            Text::tr("No round is open: %1 was superseded (%2). Start a new one with "
                     "\"review start\".")
                .arg(reviews.roundLabel(*standing.latest), standing.latest->supersededBecause));
    throw CommandFailure::runtime(
        Text::tr("No review round is open for this campaign; start one with \"review "
                 "start\"."));
}

VoteChoice choiceOption(const CommandArgs& args)
{
    const QString code = Values::required(args.value(kChoiceOption), kChoiceOption);
    if (const std::optional<VoteChoice> choice = ReviewCodes::choiceFromCode(code))
        return *choice;
    throw CommandFailure::usage(
        Text::tr("%1: \"%2\" is not a vote; give approve, reject or abstain.").arg(kChoiceOption, code));
}

QJsonObject decisionJson(const Decision& d)
{
    return { { QStringLiteral("outcome"), decisionOutcomeCode(d.outcome) },
             { QStringLiteral("inOffice"), d.inOffice },
             { QStringLiteral("recused"), d.recused },
             { QStringLiteral("tookPart"), d.tookPart },
             { QStringLiteral("quorum"), d.quorum },
             { QStringLiteral("approve"), d.approve },
             { QStringLiteral("reject"), d.reject },
             { QStringLiteral("abstain"), d.abstain },
             { QStringLiteral("explanation"), QJsonArray::fromStringList(d.explanation) },
             { QStringLiteral("rejectionReasons"), QJsonArray::fromStringList(d.rejectionReasons) } };
}

QJsonObject roundJson(const ReviewRound& r)
{
    QJsonArray members;
    for (const RoundMember& m : r.members)
        members.append(QJsonObject { { QStringLiteral("uuid"), uuidText(m.uuid) },
                                     { QStringLiteral("name"), m.name },
                                     { QStringLiteral("role"), BoardCodes::role(m.role) } });
    return { { QStringLiteral("uuid"), uuidText(r.sync.uuid) },
             { QStringLiteral("campaign"), uuidText(r.campaignUuid) },
             { QStringLiteral("number"), r.number },
             { QStringLiteral("fingerprint"), r.fingerprint },
             { QStringLiteral("status"), ReviewCodes::roundStatus(r.status) },
             { QStringLiteral("openedAt"), Clock::toIso(r.openedAt) },
             { QStringLiteral("openedBy"), r.openedBy },
             { QStringLiteral("closedAt"),
               r.closedAt.isValid() ? QJsonValue(Clock::toIso(r.closedAt)) : QJsonValue() },
             { QStringLiteral("closedBy"), r.closedBy },
             { QStringLiteral("decision"), r.decision },
             { QStringLiteral("supersededBecause"), r.supersededBecause },
             { QStringLiteral("members"), members } };
}

QString nameIn(const ReviewRound& round, const QUuid& member, BoardRepository& board)
{
    for (const RoundMember& m : round.members) {
        if (m.uuid == member)
            return m.name;
    }
    const std::optional<BoardMember> known = board.load(member);
    return known ? known->name : uuidText(member).left(8);
}

// "signed and verified", "recorded by Claire Martin from a meeting (séance du 12 mars)".
QString checkText(const ReviewRound& round, const ReviewVote& vote, VoteCheck check, BoardRepository& board)
{
    if (check != VoteCheck::RecordedBySecretary)
        return ReviewCodes::voteCheckName(check);
    QString text
        = Text::tr("recorded by %1 from %2")
              .arg(nameIn(round, vote.recordedBy, board), ReviewCodes::recordedFromName(vote.recordedFrom));
    if (!vote.recordedNote.isEmpty())
        text += QStringLiteral(" (%1)").arg(vote.recordedNote);
    return text;
}

int startReview(CliContext& context, const CommandArgs& args)
{
    const QUuid campaign = References::campaignOptionUuid(context, args);
    ReviewRepository reviews(context.database());
    QString refusal;
    const std::optional<ReviewRound> round = reviews.start(campaign, reviews.deskActor(), &refusal);
    if (!round)
        return context.fail(refusal);
    if (context.jsonOutput())
        context.printJson(roundJson(*round));
    else
        context.print(Text::tr("Round %1 of \"%2\" opened on the dossier %3, for %n member(s) in office.",
                               nullptr, int(round->members.size()))
                          .arg(round->number)
                          .arg(References::campaign(context, round->campaignUuid).title,
                               shortFingerprint(round->fingerprint)));
    return kSuccess;
}

int showReview(CliContext& context, const CommandArgs& args)
{
    ReviewRepository reviews(context.database());
    BoardRepository board(context.database());
    const ReviewRound round = chosenRound(context, reviews, args);
    const QList<ReviewVote> history = reviews.votes(round.sync.uuid);
    const QList<ReviewVote> current = reviews.currentVotes(round.sync.uuid);
    const QList<Recusal> recusals = reviews.recusals(round.sync.uuid);
    const QList<ReviewComment> comments = reviews.comments(round.sync.uuid);
    const Decision decision = reviews.decisionOf(round);
    if (context.jsonOutput()) {
        QJsonObject json = roundJson(round);
        QJsonArray votes;
        for (const ReviewVote& v : history) {
            const VoteCheck check = reviews.checkOf(round, v);
            votes.append(QJsonObject {
                { QStringLiteral("uuid"), uuidText(v.sync.uuid) },
                { QStringLiteral("member"), uuidText(v.memberUuid) },
                { QStringLiteral("name"), nameIn(round, v.memberUuid, board) },
                { QStringLiteral("choice"), ReviewCodes::choice(v.choice) },
                { QStringLiteral("reason"), v.reason },
                { QStringLiteral("castAt"), Clock::toIso(v.castAt) },
                { QStringLiteral("form"), ReviewCodes::form(v.form) },
                { QStringLiteral("check"), voteCheckCode(check) },
                { QStringLiteral("current"),
                  std::any_of(current.cbegin(), current.cend(),
                              [&v](const ReviewVote& c) { return c.sync.uuid == v.sync.uuid; }) },
                { QStringLiteral("recordedBy"), v.recordedBy.isNull() ? QString() : uuidText(v.recordedBy) },
                { QStringLiteral("recordedFrom"), ReviewCodes::recordedFrom(v.recordedFrom) },
                { QStringLiteral("recordedNote"), v.recordedNote } });
        }
        QJsonArray recused;
        for (const Recusal& r : recusals)
            recused.append(QJsonObject { { QStringLiteral("member"), uuidText(r.memberUuid) },
                                         { QStringLiteral("name"), nameIn(round, r.memberUuid, board) },
                                         { QStringLiteral("nature"), r.nature } });
        QJsonArray notes;
        for (const ReviewComment& c : comments)
            notes.append(QJsonObject {
                { QStringLiteral("uuid"), uuidText(c.sync.uuid) },
                { QStringLiteral("section"), c.section },
                { QStringLiteral("parent"), c.parentUuid.isNull() ? QString() : uuidText(c.parentUuid) },
                { QStringLiteral("author"), c.authorName },
                { QStringLiteral("body"), c.body },
                { QStringLiteral("writtenAt"), Clock::toIso(c.writtenAt) },
                { QStringLiteral("resolved"), c.resolved } });
        json.insert(QStringLiteral("votes"), votes);
        json.insert(QStringLiteral("recusals"), recused);
        json.insert(QStringLiteral("comments"), notes);
        json.insert(QStringLiteral("currentDecision"), decisionJson(decision));
        context.printJson(json);
        return kSuccess;
    }
    QList<std::pair<QString, QString>> fields {
        { Text::tr("Round"), reviews.roundLabel(round) },
        { Text::tr("Fingerprint"), shortFingerprint(round.fingerprint) },
        { Text::tr("Status"), ReviewCodes::roundStatusName(round.status) },
        { Text::tr("Opened"), Text::tr("%1 by %2").arg(Values::instant(round.openedAt), round.openedBy) },
    };
    if (round.closedAt.isValid())
        fields.append({ Text::tr("Closed"), Values::instant(round.closedAt) });
    if (!round.supersededBecause.isEmpty())
        fields.append({ Text::tr("Superseded because"), round.supersededBecause });
    context.printFields(fields);
    context.print();
    QList<QStringList> members;
    for (const RoundMember& m : round.members) {
        QString standing = Text::tr("has not voted");
        for (const Recusal& r : recusals) {
            if (r.memberUuid == m.uuid)
                standing = Text::tr("recused: %1").arg(r.nature);
        }
        for (const ReviewVote& v : current) {
            if (v.memberUuid == m.uuid)
                standing = ReviewCodes::choiceName(v.choice);
        }
        members.append({ m.name, BoardCodes::roleName(m.role), standing });
    }
    context.printTable({ Text::tr("MEMBER"), Text::tr("ROLE"), Text::tr("VOTE") }, members);
    if (!history.isEmpty()) {
        context.print();
        QList<QStringList> votes;
        for (const ReviewVote& v : history)
            votes.append({ Values::instant(v.castAt), nameIn(round, v.memberUuid, board),
                           ReviewCodes::choiceName(v.choice),
                           checkText(round, v, reviews.checkOf(round, v), board), v.reason });
        context.printTable(
            { Text::tr("CAST"), Text::tr("MEMBER"), Text::tr("VOTE"), Text::tr("CHECK"), Text::tr("REASON") },
            votes);
    }
    context.print();
    context.printBlock(round.isOpen() ? Text::tr("Decision so far") : Text::tr("Decision"),
                       round.isOpen() || round.decision.isEmpty()
                           ? decision.explanation.join(QLatin1Char('\n'))
                           : round.decision);
    if (!comments.isEmpty()) {
        context.print();
        QList<QStringList> rows;
        for (const ReviewComment& c : comments)
            rows.append({ uuidText(c.sync.uuid).left(8), c.section,
                          (c.parentUuid.isNull() ? QString() : QStringLiteral("↳ ")) + c.authorName,
                          c.resolved ? Text::tr("resolved") : Text::tr("open"), c.body });
        context.printTable({ Text::tr("ID"), Text::tr("SECTION"), Text::tr("AUTHOR"), Text::tr("STATE"),
                             Text::tr("COMMENT") },
                           rows);
    }
    return kSuccess;
}

int commentReview(CliContext& context, const CommandArgs& args)
{
    ReviewRepository reviews(context.database());
    const ReviewRound round = openRound(context, reviews, args);
    QUuid parent;
    if (args.has(kReplyOption))
        parent = References::uuid(args.value(kReplyOption), [&](const QString& ref, QString* error) {
            return reviews.resolveComment(ref, error);
        });
    else
        Values::required(args.value(kSectionOption), kSectionOption);
    QString refusal;
    const std::optional<ReviewComment> comment
        = reviews.comment(round.sync.uuid, args.value(kSectionOption),
                          context.readValue(Values::required(args.value(kTextOption), kTextOption)),
                          reviews.deskActor(), parent, &refusal);
    if (!comment)
        return context.fail(refusal);
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("uuid"), uuidText(comment->sync.uuid) },
                                        { QStringLiteral("section"), comment->section },
                                        { QStringLiteral("author"), comment->authorName } });
    else
        context.print(uuidText(comment->sync.uuid));
    return kSuccess;
}

int resolveComment(CliContext& context, const CommandArgs& args)
{
    ReviewRepository reviews(context.database());
    const QUuid comment = References::uuid(
        args.at(0), [&](const QString& ref, QString* error) { return reviews.resolveComment(ref, error); });
    const bool resolved = !args.has(kReopenOption);
    const QString refusal = reviews.setResolved(comment, resolved, reviews.deskActor());
    if (!refusal.isEmpty())
        return context.fail(refusal);
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("uuid"), uuidText(comment) },
                                        { QStringLiteral("resolved"), resolved } });
    else
        context.print(resolved ? Text::tr("Comment resolved.") : Text::tr("Comment open again."));
    return kSuccess;
}

QJsonObject voteJson(const ReviewVote& v)
{
    return { { QStringLiteral("uuid"), uuidText(v.sync.uuid) },
             { QStringLiteral("round"), uuidText(v.roundUuid) },
             { QStringLiteral("member"), uuidText(v.memberUuid) },
             { QStringLiteral("choice"), ReviewCodes::choice(v.choice) },
             { QStringLiteral("reason"), v.reason },
             { QStringLiteral("castAt"), Clock::toIso(v.castAt) },
             { QStringLiteral("form"), ReviewCodes::form(v.form) } };
}

int voteReview(CliContext& context, const CommandArgs& args)
{
    const VoteChoice choice = choiceOption(args);
    ReviewRepository reviews(context.database());
    const ReviewRound round = openRound(context, reviews, args);
    const QUuid member = memberOrOwner(context, args, kMemberOption);
    QString problem;
    const std::optional<QByteArray> key = SigningKeys::privateKey(member, &problem);
    if (!key)
        return context.fail(problem);
    QString refusal;
    const std::optional<ReviewVote> vote
        = reviews.vote(round.sync.uuid, member, choice, args.value(kReasonOption), *key, &refusal);
    if (!vote)
        return context.fail(refusal);
    if (context.jsonOutput())
        context.printJson(voteJson(*vote));
    else
        context.print(Text::tr("Vote \"%1\" signed and recorded in %2 (dossier %3).")
                          .arg(ReviewCodes::choiceName(choice), reviews.roundLabel(round),
                               shortFingerprint(round.fingerprint)));
    return kSuccess;
}

int recordReview(CliContext& context, const CommandArgs& args)
{
    const VoteChoice choice = choiceOption(args);
    const QString fromCode = Values::required(args.value(kFromOption), kFromOption);
    const std::optional<RecordedFrom> from = ReviewCodes::recordedFromFromCode(fromCode);
    if (!from || *from == RecordedFrom::None)
        return context.usage(
            Text::tr("%1: \"%2\" is not a way to give a vote; give meeting, email, letter or phone.")
                .arg(kFromOption, fromCode));
    ReviewRepository reviews(context.database());
    const ReviewRound round = openRound(context, reviews, args);
    const QUuid member = memberUuid(context, Values::required(args.value(kMemberOption), kMemberOption));
    const QUuid secretary = memberOrOwner(context, args, kSecretaryOption);
    QString refusal;
    const std::optional<ReviewVote> vote
        = reviews.record(round.sync.uuid, member, choice, args.value(kReasonOption), secretary, *from,
                         args.value(kNoteOption), &refusal);
    if (!vote)
        return context.fail(refusal);
    if (context.jsonOutput())
        context.printJson(voteJson(*vote));
    else
        context.print(Text::tr("Vote \"%1\" recorded in %2.")
                          .arg(ReviewCodes::choiceName(choice), reviews.roundLabel(round)));
    return kSuccess;
}

int recuseReview(CliContext& context, const CommandArgs& args)
{
    ReviewRepository reviews(context.database());
    const ReviewRound round = openRound(context, reviews, args);
    const QUuid member = memberOrOwner(context, args, kMemberOption);
    std::optional<QUuid> recordedBy;
    if (args.has(kSecretaryOption))
        recordedBy = memberUuid(context, args.value(kSecretaryOption));
    QString refusal;
    const std::optional<Recusal> recusal
        = reviews.recuse(round.sync.uuid, member, Values::required(args.value(kNatureOption), kNatureOption),
                         recordedBy, &refusal);
    if (!recusal)
        return context.fail(refusal);
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("uuid"), uuidText(recusal->sync.uuid) },
                                        { QStringLiteral("member"), uuidText(member) },
                                        { QStringLiteral("nature"), recusal->nature } });
    else
        context.print(
            Text::tr("Conflict of interest declared: recused from %1.").arg(reviews.roundLabel(round)));
    return kSuccess;
}

int decideReview(CliContext& context, const CommandArgs& args)
{
    ReviewRepository reviews(context.database());
    const ReviewRound round = openRound(context, reviews, args);
    QString refusal;
    const std::optional<Decision> decision = reviews.decide(round.sync.uuid, reviews.deskActor(), &refusal);
    if (!decision)
        return context.fail(refusal);
    if (context.jsonOutput()) {
        context.printJson(decisionJson(*decision));
        return kSuccess;
    }
    for (const QString& sentence : decision->explanation)
        context.print(sentence);
    context.print(
        decision->outcome == DecisionOutcome::Approved
            ? Text::tr("The board approved the dossier %1.").arg(shortFingerprint(round.fingerprint))
            : Text::tr("The board rejected the dossier %1; the campaign is a draft again.")
                  .arg(shortFingerprint(round.fingerprint)));
    return kSuccess;
}

int makeKey(CliContext& context, const CommandArgs& args)
{
    const QUuid member = memberUuid(context, Values::required(args.value(kMemberOption), kMemberOption));
    BoardRepository board(context.database());
    QString problem;
    bool keychainRefused = false;
    const std::optional<QString> publicKey = SigningKeys::create(board, member, &problem, &keychainRefused);
    if (!publicKey)
        return keychainRefused ? context.fail(
                   problem, { Text::tr("Nothing was registered: votes from this computer need a keychain.") })
                               : context.fail(problem);
    const QString name = board.load(member)->name;
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("member"), uuidText(member) },
                                        { QStringLiteral("name"), name },
                                        { QStringLiteral("publicKey"), *publicKey } });
    else
        context.print(
            Text::tr("%1's signing key is in this computer's keychain; its public key is registered "
                     "with the board: %2")
                .arg(name, *publicKey));
    return kSuccess;
}

} // namespace

QList<Command> ReviewCommands::commands()
{
    const QStringList noFlags;
    return {
        { QStringLiteral("start"),
          QStringLiteral("--campaign ID"),
          tr("Submit the campaign's dossier to the board: a new round on a frozen snapshot (a draft goes "
             "in review)."),
          { kCampaignOption },
          noFlags,
          &startReview },
        { QStringLiteral("show"),
          QStringLiteral("--campaign ID [--round ROUND]"),
          tr("Show a round (the latest by default): fingerprint, members, each vote with its check, the "
             "decision, the comments."),
          { kCampaignOption, kRoundOption },
          noFlags,
          &showReview },
        { QStringLiteral("comment"),
          QStringLiteral("--campaign ID [--section KEY] [--reply COMMENT] --text TEXT"),
          tr("Comment on a section of the dossier under review, or reply to a comment (TEXT \"-\": read "
             "from stdin)."),
          { kCampaignOption, kSectionOption, kReplyOption, kTextOption },
          noFlags,
          &commentReview },
        { QStringLiteral("resolve"),
          QStringLiteral("COMMENT [--reopen]"),
          tr("Mark a review comment resolved (or open again with --reopen)."),
          {},
          { kReopenOption },
          &resolveComment },
        { QStringLiteral("vote"),
          QStringLiteral("--campaign ID --choice approve|reject|abstain [--reason TEXT] [--member MEMBER]"),
          tr("Vote on the open round as this desk's owner (or MEMBER), signed with the key in this "
             "computer's keychain; a rejection needs its reason."),
          { kCampaignOption, kChoiceOption, kReasonOption, kMemberOption },
          noFlags,
          &voteReview },
        { QStringLiteral("record"),
          QStringLiteral("--campaign ID --member MEMBER --choice CHOICE --from meeting|email|letter|phone "
                         "[--reason TEXT] [--note TEXT] [--secretary MEMBER]"),
          tr("Record, as the secretary (this desk's owner or --secretary), a vote given at a meeting, by "
             "e-mail, letter or phone."),
          { kCampaignOption, kMemberOption, kChoiceOption, kFromOption, kReasonOption, kNoteOption,
            kSecretaryOption },
          noFlags,
          &recordReview },
        { QStringLiteral("recuse"),
          QStringLiteral("--campaign ID --nature TEXT [--member MEMBER] [--secretary MEMBER]"),
          tr("Declare a conflict of interest: the member is recused from the round and the next ones."),
          { kCampaignOption, kNatureOption, kMemberOption, kSecretaryOption },
          noFlags,
          &recuseReview },
        { QStringLiteral("decide"),
          QStringLiteral("--campaign ID"),
          tr("Record the board's decision on the open round when its quorum is met; a rejection sends the "
             "campaign back to draft."),
          { kCampaignOption },
          noFlags,
          &decideReview },
    };
}

QStringList ReviewCommands::notes()
{
    return { tr(
        "MEMBER: a board member's name, UUID or UUID prefix. ROUND: a UUID prefix or \"latest\". "
        "Sections: as \"review show --json\" and the dossier name them (case, budget/..., evidence/P-3).") };
}

QList<Command> ReviewCommands::boardKeyCommands()
{
    return {
        { QStringLiteral("key"),
          QStringLiteral("--member MEMBER"),
          tr("Make the member's signing key: the private key goes to this computer's keychain, the public "
             "key is registered with the board."),
          { kMemberOption },
          {},
          &makeKey },
    };
}

} // namespace casedesk::cli
