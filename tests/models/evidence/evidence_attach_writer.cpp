// The child process of tst_evidence_crash: attaches files to a campaign until it is killed.
//
//   evidence_attach_writer --database PATH --campaign UUID [--pause-ms N] FILE...
//
// Prints "ready" once the desk is open; "copying N" when the copy of file N has begun (and then
// sleeps --pause-ms, so the parent can kill it mid-copy); "attached N NUMBER SHA256" after the
// repository call returned, that is after the commit: a piece the user was told is attached.

#include "evidence/EvidenceRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>

#include <cstdio>

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { QStringLiteral("database"), QStringLiteral("Desk file."), QStringLiteral("path") },
          { QStringLiteral("campaign"), QStringLiteral("Campaign UUID."), QStringLiteral("uuid") },
          { QStringLiteral("pause-ms"), QStringLiteral("Pause once a copy began."), QStringLiteral("ms") } });
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Files to attach."));
    parser.process(app);

    casedesk::Database database(QStringLiteral("evidence_attach_writer"));
    QString error;
    if (!database.open(parser.value(QStringLiteral("database")), &error)) {
        std::fprintf(stderr, "evidence_attach_writer: %s\n", qPrintable(error));
        return 1;
    }
    casedesk::EvidenceRepository evidence(
        database, casedesk::Vault(casedesk::Vault::pathForDesk(parser.value(QStringLiteral("database")))));
    const QUuid campaign = QUuid::fromString(parser.value(QStringLiteral("campaign")));
    const int pauseMs = parser.value(QStringLiteral("pause-ms")).toInt();
    say(QStringLiteral("ready"));
    const QStringList files = parser.positionalArguments();
    try {
        for (int i = 0; i < files.size(); ++i) {
            bool announced = false;
            const auto progress = [&](qint64 done, qint64 total) {
                if (announced || done == 0 || done >= total)
                    return;
                announced = true;
                say(QStringLiteral("copying %1").arg(i));
                if (pauseMs > 0)
                    QThread::msleep(pauseMs);
            };
            const casedesk::AttachOutcome outcome = evidence.attachFile(campaign, files.at(i), {}, progress);
            say(QStringLiteral("attached %1 %2 %3")
                    .arg(i)
                    .arg(outcome.piece.number)
                    .arg(QString::fromLatin1(outcome.piece.sha256)));
        }
    } catch (const casedesk::DatabaseError& e) {
        std::fprintf(stderr, "evidence_attach_writer: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
