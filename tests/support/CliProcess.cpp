#include "CliProcess.h"

namespace casedesk::test {

ProcessResult runCli(const QString& cliPath, const QString& deskPath, const QStringList& arguments,
                     const QProcessEnvironment& environment, int timeoutMs, const QByteArray& standardInput)
{
    const QStringList global
        = { QStringLiteral("--database"), deskPath, QStringLiteral("--lang"), QStringLiteral("en") };
    return runProcess(cliPath, global + arguments, environment, timeoutMs, standardInput);
}

CliRun runCliText(const QString& cliPath, const QStringList& arguments, const QString& dataHome,
                  const QString& language)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_GB.UTF-8"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(environment);
    process.start(cliPath, QStringList { QStringLiteral("--lang"), language } + arguments);
    if (!process.waitForFinished(30000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace casedesk::test
