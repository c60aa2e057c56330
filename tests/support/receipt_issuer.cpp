// The child process of tst_receipts' concurrency case: issues a receipt for every gift of a year
// that no receipt covers yet, one transaction each, as fast as it can, racing another copy of
// itself on the same desk. Prints "ready" once the desk is open, waits for a line on stdin (so
// both start together), then "issued N skipped M".
//
//   receipt_issuer --database PATH --year YEAR

#include "receipts/ReceiptRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

using namespace casedesk;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("database"), QStringLiteral("Desk."), QStringLiteral("PATH") });
    parser.addOption(
        { QStringLiteral("year"), QStringLiteral("Year of the gifts."), QStringLiteral("YEAR") });
    parser.process(app);
    Database database;
    QString error;
    if (!database.open(parser.value(QStringLiteral("database")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    std::string go;
    std::getline(std::cin, go);
    const int year = parser.value(QStringLiteral("year")).toInt();
    ReceiptRepository receipts(database);
    const ReceiptPlan plan
        = ReceiptPlanner::plan(year, receipts.candidates(year), ReceiptMode::PerGift, ReceiptPolicy(), false);
    int issued = 0;
    int skipped = 0;
    for (const PlannedReceipt& planned : plan.receipts) {
        QString refusal;
        if (receipts.issue(planned, QDate(year + 1, 1, 15), QStringLiteral("desk-under-test"), &refusal))
            ++issued;
        else
            ++skipped;
    }
    std::printf("issued %d skipped %d\n", issued, skipped);
    return 0;
}
