#include "ChildProcess.h"

#include <QDir>

namespace casedesk::test {

QProcessEnvironment isolatedEnvironment(const QString& root)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QDir dir(root);
    const QList<QPair<QString, QString>> folders = {
        { QStringLiteral("HOME"), QStringLiteral("home") },
        { QStringLiteral("XDG_DATA_HOME"), QStringLiteral("home/.local/share") },
        { QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("home/.config") },
        { QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("home/.cache") },
    };
    for (const auto& [variable, folder] : folders) {
        dir.mkpath(folder);
        environment.insert(variable, dir.filePath(folder));
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

QString ProcessResult::describe() const
{
    if (!finished)
        return QStringLiteral("did not finish; stderr: %1").arg(QString::fromUtf8(standardError));
    if (exitStatus == QProcess::CrashExit)
        return QStringLiteral("crashed; stderr: %1").arg(QString::fromUtf8(standardError));
    return QStringLiteral("exit %1; stderr: %2")
        .arg(exitCode)
        .arg(QString::fromUtf8(standardError).trimmed());
}

ProcessResult runProcess(const QString& program, const QStringList& arguments,
                         const QProcessEnvironment& environment, int timeoutMs,
                         const QByteArray& standardInput)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs)) {
        result.standardError = process.errorString().toUtf8();
        return result;
    }
    process.write(standardInput);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.standardOutput = process.readAllStandardOutput();
    result.standardError += process.readAllStandardError();
    return result;
}

} // namespace casedesk::test
