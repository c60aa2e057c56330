// How the campaign list scales: creates N campaigns in a fresh desk (one transaction), then
// times what the list view does: open (count + first page), re-sort on every column, filter by
// status, search, and a save of one row (the autosave path).
//
//   bench_campaign_list [--campaigns N] [--database PATH]

#include "campaigns/CampaignRepository.h"
#include "itemmodels/CampaignListModel.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace casedesk;

namespace {

double millisecondsOf(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

Campaign sampleCampaign(int i)
{
    static const QStringList courts
        = { QStringLiteral("Tribunal administratif de Toulouse"),
            QStringLiteral("Tribunal administratif de Nantes"),
            QStringLiteral("Cour administrative d'appel de Lyon"), QStringLiteral("Conseil d'État") };
    Campaign c;
    c.title = QStringLiteral("Campagne %1 : recours contre le projet n° %2").arg(i).arg((i * 7919) % 100000);
    c.summary = QStringLiteral("Résumé de la campagne %1").arg(i);
    c.court = courts.at(i % courts.size());
    c.cause = CampaignCodes::allCauses().at(i % 4);
    c.goalCents = 100000 + (qint64(i) * 7717) % 5000000;
    c.endDate = QDate(2027, 1, 1).addDays(i % 365);
    c.status = CampaignCodes::allStatuses().at(i % 7);
    c.budgetLines = { { {}, BudgetKind::LawyerFees, QStringLiteral("Avocat"), c.goalCents } };
    return c;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int count = 10000;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--campaigns"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--database"))
            path = args.at(i + 1);
    }
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.db"));

    Database database;
    QString error;
    if (!database.open(path, &error)) {
        std::fprintf(stderr, "bench_campaign_list: %s\n", qPrintable(error));
        return 1;
    }
    CampaignRepository repository(database);
    const double createMs = millisecondsOf([&] {
        WriteTransaction transaction(database);
        for (int i = 0; i < count; ++i)
            repository.import(sampleCampaign(i));
        transaction.commit();
    });
    std::printf("campaigns: %d\ncreate (one transaction): %.0f ms\n", count, createMs);

    std::unique_ptr<CampaignListModel> model;
    std::printf("open list (count + first page): %.1f ms\n",
                millisecondsOf([&] { model = std::make_unique<CampaignListModel>(repository); }));
    for (int column = 0; column < CampaignListModel::ColumnCount; ++column) {
        const QString name = model->headerData(column, Qt::Horizontal).toString();
        std::printf("sort by %-12s %.1f ms\n", qPrintable(name + QLatin1Char(':')),
                    millisecondsOf([&] { model->sort(column, Qt::DescendingOrder); }));
    }
    std::printf("filter by status: %.1f ms\n",
                millisecondsOf([&] { model->setFilters({}, CampaignStatus::Published, std::nullopt); }));
    std::printf("search \"Nantes\": %.1f ms (%d matches)\n", millisecondsOf([&] {
                    model->setFilters(QStringLiteral("Nantes"), std::nullopt, std::nullopt);
                }),
                model->totalCount());
    model->setFilters({}, CampaignStatus::Draft, std::nullopt);
    Campaign draft = repository.load(model->uuidAt(0)).value();
    std::printf("autosave one draft (transaction + outbox + list row refresh): %.2f ms\n",
                millisecondsOf([&] {
                    draft.title += QStringLiteral(" !");
                    repository.save(draft);
                }));
    return 0;
}
