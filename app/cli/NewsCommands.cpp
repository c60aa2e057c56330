#include "cli/NewsCommands.h"

#include "campaigns/CampaignRepository.h"
#include "campaigns/NewsRepository.h"
#include "cli/CliContext.h"
#include "cli/References.h"
#include "cli/Values.h"
#include "common/Clock.h"
#include "storage/SqlValues.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

namespace {

using SqlValues::uuidText;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(NewsCommands)
};

const QString kCampaignOption = QStringLiteral("--campaign");
const QString kTitleOption = QStringLiteral("--title");
const QString kBodyFileOption = QStringLiteral("--body-file");
const QString kPublishOption = QStringLiteral("--publish");

NewsItem loadNews(NewsRepository& news, const QString& reference)
{
    const QUuid uuid = References::uuid(
        reference, [&](const QString& ref, QString* error) { return news.resolve(ref, error); });
    if (std::optional<NewsItem> item = news.load(uuid))
        return *item;
    throw CommandFailure::runtime(Text::tr("The news %1 was just deleted.").arg(uuidText(uuid)));
}

QJsonObject newsJson(const NewsItem& item)
{
    return { { QStringLiteral("uuid"), uuidText(item.sync.uuid) },
             { QStringLiteral("campaign"), uuidText(item.campaignUuid) },
             { QStringLiteral("title"), item.title },
             { QStringLiteral("body"), item.body },
             { QStringLiteral("publishedAt"),
               item.isPublished() ? QJsonValue(Clock::toIso(item.publishedAt)) : QJsonValue() },
             { QStringLiteral("updatedAt"), Clock::toIso(item.sync.updatedAt) } };
}

QString whenText(const NewsItem& item)
{
    return item.isPublished() ? Values::instant(item.publishedAt) : Text::tr("draft");
}

int listNews(CliContext& context, const CommandArgs& args)
{
    const QUuid campaign
        = References::campaignUuid(context, Values::required(args.value(kCampaignOption), kCampaignOption));
    NewsRepository news(context.database());
    const QList<NewsItem> items = news.list(campaign);
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const NewsItem& item : items)
            array.append(newsJson(item));
        context.printJson(array);
        return kSuccess;
    }
    QList<QStringList> cells;
    for (const NewsItem& item : items)
        cells.append({ uuidText(item.sync.uuid).left(8), whenText(item), item.title });
    context.printTable({ Text::tr("ID"), Text::tr("PUBLISHED"), Text::tr("TITLE") }, cells);
    return kSuccess;
}

int addNews(CliContext& context, const CommandArgs& args)
{
    NewsItem item;
    item.title = Values::required(args.value(kTitleOption), kTitleOption);
    if (args.has(kBodyFileOption)) {
        const QString path = args.value(kBodyFileOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw CommandFailure::runtime(
                Text::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        item.body = QString::fromUtf8(file.readAll());
    }
    if (args.has(kPublishOption))
        item.publishedAt = Clock::nowUtc();
    // Field problems before the desk is touched further.
    const QList<FieldProblem> problems = NewsRepository::check(item);
    QStringList details;
    for (const FieldProblem& problem : problems)
        details.append(problem.message);
    if (!details.isEmpty())
        return context.fail(Text::tr("The news was not added."), details);
    item.campaignUuid
        = References::campaignUuid(context, Values::required(args.value(kCampaignOption), kCampaignOption));
    NewsRepository news(context.database());
    news.create(item);
    if (context.jsonOutput())
        context.printJson(newsJson(item));
    else
        context.print(uuidText(item.sync.uuid));
    return kSuccess;
}

int setPublished(CliContext& context, const CommandArgs& args, bool published)
{
    NewsRepository news(context.database());
    NewsItem item = loadNews(news, args.at(0));
    if (item.isPublished() != published) {
        if (published)
            news.publish(item);
        else
            news.unpublish(item);
    }
    if (context.jsonOutput())
        context.printJson(newsJson(item));
    else if (published)
        context.print(Text::tr("News \"%1\" published; it is sent at the next sync.").arg(item.title));
    else
        context.print(Text::tr("News \"%1\" unpublished; it is taken off the platform at the next sync.")
                          .arg(item.title));
    return kSuccess;
}

int publishNews(CliContext& context, const CommandArgs& args)
{
    return setPublished(context, args, true);
}

int unpublishNews(CliContext& context, const CommandArgs& args)
{
    return setPublished(context, args, false);
}

int deleteNews(CliContext& context, const CommandArgs& args)
{
    NewsRepository news(context.database());
    const NewsItem item = loadNews(news, args.at(0));
    news.remove(item.sync.uuid);
    if (context.jsonOutput())
        context.printJson(QJsonObject { { QStringLiteral("uuid"), uuidText(item.sync.uuid) },
                                        { QStringLiteral("deleted"), true } });
    else
        context.print(Text::tr("News \"%1\" deleted.").arg(item.title));
    return kSuccess;
}

} // namespace

QList<Command> NewsCommands::commands()
{
    const QStringList noOptions;
    return {
        { QStringLiteral("list"),
          QStringLiteral("--campaign ID"),
          tr("List a campaign's news: drafts first, then the published ones, newest first."),
          { kCampaignOption },
          noOptions,
          &listNews },
        { QStringLiteral("add"),
          QStringLiteral("--campaign ID --title TITLE [--body-file FILE] [--publish]"),
          tr("Write a news update (Markdown body read from FILE) and print its UUID; a draft unless "
             "--publish."),
          { kCampaignOption, kTitleOption, kBodyFileOption },
          { kPublishOption },
          &addNews },
        { QStringLiteral("publish"), QStringLiteral("ID"),
          tr("Publish a news update: the next sync sends it to the platform."), noOptions, noOptions,
          &publishNews },
        { QStringLiteral("unpublish"), QStringLiteral("ID"),
          tr("Make a news update a draft again: the next sync takes it off the platform."), noOptions,
          noOptions, &unpublishNews },
        { QStringLiteral("delete"), QStringLiteral("ID"), tr("Delete a news update."), noOptions, noOptions,
          &deleteNews },
    };
}

} // namespace casedesk::cli
