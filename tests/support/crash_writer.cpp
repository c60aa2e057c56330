// The child process of tst_crash_durability. It writes campaigns in a loop until it is killed
// and acknowledges each one on stdout only after the repository calls returned, that is after
// the commits: a title on stdout is a write the user was told had been saved.
//
//   crash_writer --database PATH --prefix TEXT [--limit N]
//
// Prints "ready" once the desk is open, then one line per acknowledged campaign.

#include "campaigns/CampaignRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

void acknowledge(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// One acknowledged write: a new draft, then a save of it, so both the insert and the update
// paths (with their outbox entries) are interrupted at random points.
void writeOne(casedesk::CampaignRepository& repository, const QString& title, int n)
{
    casedesk::Campaign draft;
    draft.title = title;
    draft.goalCents = 100 * n;
    draft.budgetLines = { { {}, casedesk::BudgetKind::LawyerFees, QStringLiteral("Avocat"), 100 * n } };
    casedesk::Campaign stored = repository.create(draft);
    stored.summary = QStringLiteral("saved");
    repository.save(stored);
    acknowledge(title);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { QStringLiteral("database"), QStringLiteral("Desk file."), QStringLiteral("path") },
          { QStringLiteral("prefix"), QStringLiteral("Title prefix."), QStringLiteral("text") },
          { QStringLiteral("limit"), QStringLiteral("Stop after N writes."), QStringLiteral("n") } });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("database"))) {
        std::fprintf(stderr, "crash_writer: --database is required\n");
        return 2;
    }

    casedesk::Database database(QStringLiteral("crash_writer"));
    QString error;
    if (!database.open(parser.value(QStringLiteral("database")), &error)) {
        std::fprintf(stderr, "crash_writer: %s\n", qPrintable(error));
        return 1;
    }
    casedesk::CampaignRepository repository(database);
    const QString prefix = parser.value(QStringLiteral("prefix"));
    const int limit = parser.value(QStringLiteral("limit")).toInt();
    acknowledge(QStringLiteral("ready"));
    try {
        for (int n = 0; limit <= 0 || n < limit; ++n)
            writeOne(repository, QStringLiteral("%1%2").arg(prefix).arg(n, 6, 10, QLatin1Char('0')), n);
    } catch (const casedesk::DatabaseError& e) {
        std::fprintf(stderr, "crash_writer: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
