#pragma once

// casedesk-cli as the command-line tests run it: a real child process on a desk, with the exit
// codes scripts rely on.

#include "ChildProcess.h"

namespace casedesk::test {

// casedesk-cli's exit codes: done, runtime error (message on stderr), usage error.
constexpr int kSuccess = 0;
constexpr int kRuntimeError = 1;
constexpr int kUsageError = 2;

// `cliPath` --database `deskPath` --lang en ARGUMENTS..., run to completion by runProcess().
ProcessResult runCli(const QString& cliPath, const QString& deskPath, const QStringList& arguments,
                     const QProcessEnvironment& environment, int timeoutMs = 30000,
                     const QByteArray& standardInput = {});

// What the CLI printed, as text, and its exit code (-1: it did not finish within 30 s).
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// `cliPath` --lang `language` ARGUMENTS... in this process's environment in British English, with
// its data folder (XDG_DATA_HOME) at `dataHome`.
CliRun runCliText(const QString& cliPath, const QStringList& arguments, const QString& dataHome,
                  const QString& language = QStringLiteral("en"));

} // namespace casedesk::test

// Fails the test with the CLI's stderr when it did not finish with the expected exit code.
// `result` may be a call: it is evaluated once.
#define CLI_EXPECT(result, code)                                                                             \
    do {                                                                                                     \
        const ProcessResult& cliResult = (result);                                                           \
        QVERIFY2(                                                                                            \
            cliResult.finished&& cliResult.exitCode == (code),                                               \
            qPrintable(QStringLiteral("expected exit %1, got %2").arg(code).arg(cliResult.describe())));     \
    } while (false)
