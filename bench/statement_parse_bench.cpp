// How fast the statement parsers read, alone (no database): parses a file made by
// bench/make_statements.py and prints the time, the lines read and the balance check. Run it
// under /usr/bin/time -v for the peak memory.
//
//   python3 bench/make_statements.py --camt /tmp/s.xml --csv /tmp/s.csv --entries 100000
//   bench_statement_parse /tmp/s.xml          (format detected; a CSV's mapping is guessed)

#include "donations/statements/BalanceCheck.h"
#include "donations/statements/CsvStatementParser.h"
#include "donations/statements/StatementFormat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace casedesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_statement_parse FILE\n");
        return 2;
    }
    const QString path = args.at(1);
    QElapsedTimer timer;
    timer.start();
    const StatementFormat format = StatementFormats::detectFile(path);
    const StatementParseResult result = StatementFormats::parseFile(path);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!result.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.problem->text()));
        return 1;
    }
    const BalanceCheck balance = BalanceCheck::check(result.statement);
    std::printf("%s (%s): %lld lines in %.1f ms; balance %s\n", qPrintable(path),
                qPrintable(StatementFormats::displayName(format)),
                static_cast<long long>(result.statement.lines.size()), ms,
                balance.agrees() ? "agrees" : "not checked or differs");
    return 0;
}
