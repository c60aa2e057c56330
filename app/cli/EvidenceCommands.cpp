#include "cli/EvidenceCommands.h"

#include "cli/EvidenceExportCommands.h"
#include "storage/SqlValues.h"

#include "campaigns/CampaignRepository.h"
#include "cli/CliContext.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "common/Clock.h"
#include "evidence/EvidenceRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace casedesk::cli {

namespace {

using SqlValues::uuidText;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommands)
};

const QString kCampaign = QStringLiteral("--campaign");
const QString kTitle = QStringLiteral("--title");
const QString kDate = QStringLiteral("--date");
const QString kSource = QStringLiteral("--source");
const QString kDescription = QStringLiteral("--description");
const QString kTags = QStringLiteral("--tags");
const QString kPublic = QStringLiteral("--public");

const QStringList kSettableFields
    = { QStringLiteral("title"),       QStringLiteral("date"), QStringLiteral("source"),
        QStringLiteral("description"), QStringLiteral("tags"), QStringLiteral("public") };

int pieceNumber(const QString& text, const QString& what)
{
    bool ok = false;
    const int number = text.trimmed().toInt(&ok);
    if (!ok || number < 1)
        throw CommandFailure::usage(
            Text::tr("%1: \"%2\" is not a piece number (1 for the first piece).").arg(what, text));
    return number;
}

EvidencePiece pieceArgument(EvidenceRepository& evidence, const Campaign& campaign, const QString& text)
{
    const int number = pieceNumber(text, QStringLiteral("NUMBER"));
    if (std::optional<EvidencePiece> piece = evidence.byNumber(campaign.sync.uuid, number))
        return *piece;
    throw CommandFailure::runtime(
        Text::tr("The campaign \"%1\" has no piece no. %2.").arg(campaign.title).arg(number));
}

QStringList tagList(const QString& text)
{
    QStringList tags;
    for (const QString& tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    return tags;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString kindWord(AttachOutcome::Kind kind)
{
    switch (kind) {
    case AttachOutcome::Kind::Attached:
        return QStringLiteral("attached");
    case AttachOutcome::Kind::SharedContent:
        return QStringLiteral("attached-shared");
    case AttachOutcome::Kind::AlreadyAttached:
        return QStringLiteral("already-attached");
    }
    return {};
}

QString stateWord(Vault::FileState state)
{
    switch (state) {
    case Vault::FileState::Intact:
        return QStringLiteral("intact");
    case Vault::FileState::Missing:
        return QStringLiteral("missing");
    case Vault::FileState::Altered:
        return QStringLiteral("altered");
    case Vault::FileState::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

QJsonObject pieceJson(const EvidencePiece& piece)
{
    return QJsonObject {
        { QStringLiteral("uuid"), uuidText(piece.sync.uuid) },
        { QStringLiteral("campaign"), uuidText(piece.campaignUuid) },
        { QStringLiteral("number"), piece.number },
        { QStringLiteral("title"), piece.metadata.title },
        { QStringLiteral("date"),
          piece.metadata.documentDate.isValid() ? piece.metadata.documentDate.toString(Qt::ISODate)
                                                : QString() },
        { QStringLiteral("source"), piece.metadata.source },
        { QStringLiteral("description"), piece.metadata.description },
        { QStringLiteral("tags"), QJsonArray::fromStringList(piece.metadata.tags) },
        { QStringLiteral("public"), piece.metadata.isPublic },
        { QStringLiteral("originalName"), piece.originalName },
        { QStringLiteral("mediaType"), piece.mediaType },
        { QStringLiteral("size"), piece.size },
        { QStringLiteral("sha256"), QString::fromLatin1(piece.sha256) },
        { QStringLiteral("attachedAt"), Clock::toIso(piece.attachedAt) },
        { QStringLiteral("revision"), piece.sync.revision },
    };
}

QString visibility(bool isPublic)
{
    return isPublic ? Text::tr("public") : Text::tr("private");
}

// --- evidence add ---------------------------------------------------------------------------------

int addPieces(CliContext& context, const CommandArgs& args)
{
    EvidenceMetadata metadata;
    if (args.has(kTitle) && args.count() > 1)
        throw CommandFailure::usage(
            Text::tr("%1 names one piece; attach the files one at a time to give each a title.").arg(kTitle));
    metadata.title = args.value(kTitle).trimmed();
    if (args.has(kDate))
        metadata.documentDate = Values::isoDate(args.value(kDate), kDate);
    metadata.source = args.value(kSource);
    metadata.description = args.has(kDescription) ? context.readValue(args.value(kDescription)) : QString();
    metadata.tags = tagList(args.value(kTags));
    metadata.isPublic = args.has(kPublic);

    const Campaign campaign = References::campaignOption(context, args);
    QJsonArray results;
    QStringList failures;
    for (int i = 0; i < args.count(); ++i) {
        const QString path = args.at(i);
        QJsonObject result { { QStringLiteral("file"), path } };
        try {
            const AttachOutcome outcome = context.evidence().attachFile(campaign.sync.uuid, path, metadata);
            result.insert(QStringLiteral("outcome"), kindWord(outcome.kind));
            result.insert(QStringLiteral("piece"), pieceJson(outcome.piece));
            if (context.jsonOutput()) {
            } else if (outcome.kind == AttachOutcome::Kind::AlreadyAttached) {
                context.print(Text::tr("%1: already attached as piece no. %2 \"%3\"; not added again.")
                                  .arg(path)
                                  .arg(outcome.piece.number)
                                  .arg(outcome.piece.metadata.title));
            } else if (outcome.kind == AttachOutcome::Kind::SharedContent) {
                context.print(
                    Text::tr("%1: piece no. %2 \"%3\" (the same file is already in the vault for another "
                             "campaign; it is stored once).")
                        .arg(path)
                        .arg(outcome.piece.number)
                        .arg(outcome.piece.metadata.title));
            } else {
                context.print(Text::tr("%1: piece no. %2 \"%3\"")
                                  .arg(path)
                                  .arg(outcome.piece.number)
                                  .arg(outcome.piece.metadata.title));
            }
        } catch (const DatabaseError& error) {
            result.insert(QStringLiteral("outcome"), QStringLiteral("error"));
            result.insert(QStringLiteral("error"), error.message());
            failures.append(error.message());
        }
        results.append(result);
    }
    if (context.jsonOutput())
        context.printJson(results);
    if (!failures.isEmpty()) {
        return context.fail(
            Text::tr("%n file(s) could not be attached; the others were.", nullptr, int(failures.size())),
            failures);
    }
    return kSuccess;
}

// --- evidence list / show ---------------------------------------------------------------------------

int listPieces(CliContext& context, const CommandArgs& args)
{
    const Campaign campaign = References::campaignOption(context, args);
    const QList<EvidencePiece> pieces = context.evidence().pieces(campaign.sync.uuid);
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const EvidencePiece& piece : pieces)
            array.append(pieceJson(piece));
        context.printJson(array);
        return kSuccess;
    }
    if (pieces.isEmpty()) {
        context.print(Text::tr("The campaign \"%1\" has no pieces yet.").arg(campaign.title));
        return kSuccess;
    }
    QList<QStringList> rows;
    for (const EvidencePiece& piece : pieces) {
        rows.append({ QString::number(piece.number), piece.metadata.title,
                      Values::date(piece.metadata.documentDate), visibility(piece.metadata.isPublic),
                      sizeText(piece.size), QString::fromLatin1(piece.sha256.left(12)), piece.originalName });
    }
    context.printTable({ Text::tr("No."), Text::tr("Title"), Text::tr("Date"), Text::tr("Visibility"),
                         Text::tr("Size"), Text::tr("SHA-256"), Text::tr("Original file") },
                       rows, { 0, 4 });
    return kSuccess;
}

int showPiece(CliContext& context, const CommandArgs& args)
{
    const Campaign campaign = References::campaignOption(context, args);
    const EvidencePiece piece = pieceArgument(context.evidence(), campaign, args.at(0));
    if (context.jsonOutput()) {
        context.printJson(pieceJson(piece));
        return kSuccess;
    }
    context.printFields({
        { Text::tr("Piece"), Text::tr("no. %1").arg(piece.number) },
        { Text::tr("Title"), piece.metadata.title },
        { Text::tr("Date"), Values::date(piece.metadata.documentDate) },
        { Text::tr("Source"), piece.metadata.source },
        { Text::tr("Description"), piece.metadata.description },
        { Text::tr("Tags"), piece.metadata.tags.join(QStringLiteral(", ")) },
        { Text::tr("Visibility"), visibility(piece.metadata.isPublic) },
        { Text::tr("Original file"), piece.originalName },
        { Text::tr("Type"), piece.mediaType },
        { Text::tr("Size"), sizeText(piece.size) },
        { Text::tr("SHA-256"), QString::fromLatin1(piece.sha256) },
        { Text::tr("Attached"), Values::instant(piece.attachedAt) },
        { Text::tr("Stored at"),
          QDir::toNativeSeparators(context.evidence().vault().filePath(piece.sha256)) },
    });
    return kSuccess;
}

// --- evidence set / move / remove -------------------------------------------------------------------

int setPiece(CliContext& context, const CommandArgs& args)
{
    const QString field = args.at(1);
    if (!kSettableFields.contains(field)) {
        throw CommandFailure::usage(Text::tr("FIELD: unknown field \"%1\"; use one of %2.")
                                        .arg(field, kSettableFields.join(QStringLiteral(", "))));
    }
    const QString value = context.readValue(args.at(2));
    const Campaign campaign = References::campaignOption(context, args);
    EvidencePiece piece = pieceArgument(context.evidence(), campaign, args.at(0));
    if (field == QLatin1String("title"))
        piece.metadata.title = Values::required(value, field);
    else if (field == QLatin1String("date"))
        piece.metadata.documentDate = value.isEmpty() ? QDate() : Values::isoDate(value, field);
    else if (field == QLatin1String("source"))
        piece.metadata.source = value;
    else if (field == QLatin1String("description"))
        piece.metadata.description = value;
    else if (field == QLatin1String("tags"))
        piece.metadata.tags = tagList(value);
    else
        piece.metadata.isPublic = Values::yesNo(value, field);
    const QList<FieldProblem> problems = context.evidence().update(piece);
    if (!problems.isEmpty())
        throw CommandFailure::runtime(problems.first().message);
    if (context.jsonOutput())
        context.printJson(pieceJson(piece));
    else
        context.print(Text::tr("Piece no. %1 \"%2\" updated.").arg(piece.number).arg(piece.metadata.title));
    return kSuccess;
}

int movePiece(CliContext& context, const CommandArgs& args)
{
    const int target = pieceNumber(args.at(1), QStringLiteral("NEW_NUMBER"));
    const Campaign campaign = References::campaignOption(context, args);
    const EvidencePiece piece = pieceArgument(context.evidence(), campaign, args.at(0));
    context.evidence().move(piece.sync.uuid, target);
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const EvidencePiece& p : context.evidence().pieces(campaign.sync.uuid))
            array.append(pieceJson(p));
        context.printJson(array);
    } else {
        context.print(Text::tr("\"%1\" is now piece no. %2; the list is numbered 1 to %3.")
                          .arg(piece.metadata.title)
                          .arg(target)
                          .arg(context.evidence().count(campaign.sync.uuid)));
    }
    return kSuccess;
}

int removePiece(CliContext& context, const CommandArgs& args)
{
    const Campaign campaign = References::campaignOption(context, args);
    const EvidencePiece piece = pieceArgument(context.evidence(), campaign, args.at(0));
    context.evidence().remove(piece.sync.uuid);
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("removed"), uuidText(piece.sync.uuid) } });
    else
        context.print(Text::tr("Piece no. %1 \"%2\" removed; the other pieces keep their numbers.")
                          .arg(piece.number)
                          .arg(piece.metadata.title));
    return kSuccess;
}

// --- evidence verify / gc / limit --------------------------------------------------------------------

int verifyPieces(CliContext& context, const CommandArgs& args)
{
    std::optional<QUuid> scope;
    if (args.has(kCampaign))
        scope = References::campaignOption(context, args).sync.uuid;
    const QList<IntegrityTarget> targets = context.evidence().integrityTargets(scope);
    int checked = 0;
    for (const IntegrityTarget& target : targets)
        checked += int(target.pieces.size());
    const QList<IntegrityProblem> problems
        = EvidenceRepository::checkTargets(context.evidence().vault(), targets);
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const IntegrityProblem& problem : problems) {
            QJsonObject object = pieceJson(problem.piece);
            object.insert(QStringLiteral("state"), stateWord(problem.state));
            array.append(object);
        }
        context.printJson(
            QJsonObject { { QStringLiteral("checked"), checked }, { QStringLiteral("problems"), array } });
    }
    if (problems.isEmpty()) {
        if (!context.jsonOutput())
            context.print(Text::tr("%n piece(s) checked: every file is intact.", nullptr, checked));
        return kSuccess;
    }
    QStringList lines;
    QHash<QUuid, QString> titles;
    for (const IntegrityProblem& problem : problems) {
        if (!titles.contains(problem.piece.campaignUuid)) {
            const std::optional<CampaignRow> row = context.campaigns().row(problem.piece.campaignUuid);
            titles.insert(problem.piece.campaignUuid,
                          row ? row->title : uuidText(problem.piece.campaignUuid));
        }
        lines.append(Text::tr("Campaign \"%1\", piece no. %2 \"%3\" (%4): %5")
                         .arg(titles.value(problem.piece.campaignUuid))
                         .arg(problem.piece.number)
                         .arg(problem.piece.metadata.title, problem.piece.originalName,
                              EvidenceRepository::describe(problem.state)));
    }
    return context.fail(
        Text::tr("%n of %1 piece(s) failed the integrity check:", nullptr, int(problems.size())).arg(checked),
        lines);
}

int collectGarbage(CliContext& context, const CommandArgs&)
{
    const int removed = context.evidence().collectGarbage();
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("removedFiles"), removed } });
    else
        context.print(
            Text::tr("%n unreferenced file(s) removed from the evidence folder.", nullptr, removed));
    return kSuccess;
}

int sizeLimit(CliContext& context, const CommandArgs& args)
{
    if (args.has(QStringLiteral("--set"))) {
        bool ok = false;
        const qint64 mebibytes = args.value(QStringLiteral("--set")).trimmed().toLongLong(&ok);
        if (!ok || mebibytes < 1 || mebibytes > 1024 * 1024)
            throw CommandFailure::usage(Text::tr("--set: \"%1\" is not a size in MiB (1 to 1048576).")
                                            .arg(args.value(QStringLiteral("--set"))));
        context.evidence().setMaxFileBytes(mebibytes * 1024 * 1024);
    }
    const qint64 bytes = context.evidence().maxFileBytes();
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("maxFileBytes"), bytes } });
    else
        context.print(Text::tr("Largest file accepted as a piece: %1 MiB.").arg(bytes / (1024 * 1024)));
    return kSuccess;
}

} // namespace

QList<Command> EvidenceCommands::commands()
{
    const QStringList metadataOptions = { kCampaign, kTitle, kDate, kSource, kDescription, kTags };
    return {
        { QStringLiteral("add"),
          QStringLiteral(
              "--campaign ID FILE... [--title T] [--date YYYY-MM-DD] [--source S] [--description T] "
              "[--tags A,B] [--public]"),
          tr("Copy files into the evidence vault as the campaign's next pieces (private unless --public)."),
          metadataOptions,
          { kPublic },
          &addPieces },
        { QStringLiteral("list"),
          QStringLiteral("--campaign ID"),
          tr("List the campaign's pieces in exhibit order."),
          { kCampaign },
          {},
          &listPieces },
        { QStringLiteral("show"),
          QStringLiteral("--campaign ID NUMBER"),
          tr("Show one piece and where its file is."),
          { kCampaign },
          {},
          &showPiece },
        { QStringLiteral("set"),
          QStringLiteral("--campaign ID NUMBER FIELD VALUE"),
          tr("Change a piece's title, date, source, description, tags or public flag."),
          { kCampaign },
          {},
          &setPiece },
        { QStringLiteral("move"),
          QStringLiteral("--campaign ID NUMBER NEW_NUMBER"),
          tr("Move a piece to another place in the list and number the list from 1 again."),
          { kCampaign },
          {},
          &movePiece },
        { QStringLiteral("remove"),
          QStringLiteral("--campaign ID NUMBER"),
          tr("Remove a piece; the others keep their numbers. Its file goes when no piece uses it."),
          { kCampaign },
          {},
          &removePiece },
        { QStringLiteral("verify"),
          QStringLiteral("[--campaign ID]"),
          tr("Re-hash every stored file; exit status 1 and one line per missing or altered piece."),
          { kCampaign },
          {},
          &verifyPieces },
        EvidenceExportCommands::bordereauCommand(),
        EvidenceExportCommands::exportCommand(),
        { QStringLiteral("gc"),
          QString(),
          tr("Delete vault files no piece uses any more, and abandoned copies."),
          {},
          {},
          &collectGarbage },
        { QStringLiteral("limit"),
          QStringLiteral("[--set MIB]"),
          tr("Show or set the largest file accepted as a piece (default 512 MiB)."),
          { QStringLiteral("--set") },
          {},
          &sizeLimit },
    };
}

QStringList EvidenceCommands::notes()
{
    return {
        tr("Evidence FIELD: %1. LIST: piece numbers and ranges, e.g. 1,3-5. Dates: yyyy-mm-dd.")
            .arg(kSettableFields.join(QStringLiteral(", "))),
        tr("The bordereau takes the court, case number, lawyer and parties from the campaign's procedure "
           "(when it "
           "has exactly one, or --procedure); the options override them."),
    };
}

} // namespace casedesk::cli
