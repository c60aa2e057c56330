#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace casedesk::test {

// An environment for a child process (the CLI, the crash writer) whose home, data, config and
// cache folders are all inside `root`: whatever the child does with default paths, it cannot
// reach the user's real desk. The language is fixed so messages are predictable.
QProcessEnvironment isolatedEnvironment(const QString& root);

struct ProcessResult
{
    bool finished = false; // false: did not start or did not end within the timeout (then killed)
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;

    // "exit 1; stderr: ..." for failure messages.
    QString describe() const;
};

// Runs a program to completion and collects what it printed; `standardInput` is written to it.
ProcessResult runProcess(const QString& program, const QStringList& arguments,
                         const QProcessEnvironment& environment, int timeoutMs = 30000,
                         const QByteArray& standardInput = {});

} // namespace casedesk::test
