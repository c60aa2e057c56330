#include "cli/BackupCommands.h"

#include "backup/AutoBackup.h"
#include "backup/DeskBackup.h"
#include "backup/DeskRestore.h"
#include "cli/CliContext.h"
#include "cli/Interrupt.h"
#include "cli/Values.h"
#include "evidence/Vault.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace casedesk::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
};

const QString kOut = QStringLiteral("--out");
const QString kTo = QStringLiteral("--to");
const QString kPassphraseFile = QStringLiteral("--passphrase-file");
// A passphrase is a line; a bigger file is surely not the one meant.
constexpr qint64 kMaxPassphraseFileBytes = 64 * 1024;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// The first line of the file, without its line end: `echo … > file` and editors add one.
QByteArray readPassphrase(const CommandArgs& args)
{
    if (!args.has(kPassphraseFile))
        return {};
    const QString path = args.value(kPassphraseFile);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CommandFailure::runtime(
            Text::tr("Cannot read the passphrase file %1: %2").arg(native(path), file.errorString()));
    if (file.size() > kMaxPassphraseFileBytes)
        throw CommandFailure::runtime(Text::tr("The passphrase file %1 is too big to hold a passphrase (%2).")
                                          .arg(native(path), size(file.size())));
    QByteArray passphrase = file.readAll();
    passphrase.truncate(passphrase.indexOf('\n') < 0 ? passphrase.size() : passphrase.indexOf('\n'));
    if (passphrase.endsWith('\r'))
        passphrase.chop(1);
    if (passphrase.isEmpty())
        throw CommandFailure::runtime(
            Text::tr("The passphrase file %1 is empty: its first line is the passphrase.").arg(native(path)));
    return passphrase;
}

QString requiredPath(const CommandArgs& args, const QString& option, const QString& placeholder)
{
    if (!args.has(option) || args.value(option).trimmed().isEmpty())
        throw CommandFailure::usage(Text::tr("The option %1 %2 is required.").arg(option, placeholder));
    return args.value(option);
}

QJsonObject recordsJson(const BackupManifest& manifest)
{
    QJsonObject records;
    for (auto it = manifest.records.cbegin(); it != manifest.records.cend(); ++it)
        records.insert(it.key(), it.value());
    return records;
}

QJsonObject manifestJson(const BackupManifest& manifest)
{
    return {
        { QStringLiteral("encrypted"), manifest.encrypted },
        { QStringLiteral("schemaVersion"), manifest.schemaVersion },
        { QStringLiteral("caseDeskVersion"), manifest.caseDeskVersion },
        { QStringLiteral("createdAt"), manifest.createdAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("evidenceFiles"), manifest.files.size() },
        { QStringLiteral("evidenceBytes"), manifest.fileBytes() },
        { QStringLiteral("records"), recordsJson(manifest) },
    };
}

void printBackup(CliContext& context, const BackupOutcome& outcome)
{
    const BackupManifest& manifest = outcome.manifest;
    if (context.jsonOutput()) {
        QJsonObject json = manifestJson(manifest);
        json.insert(QStringLiteral("path"), QFileInfo(outcome.archivePath).absoluteFilePath());
        json.insert(QStringLiteral("bytes"), outcome.archiveBytes);
        context.printJson(json);
        return;
    }
    context.printFields({
        { Text::tr("Backup written"), native(outcome.archivePath) },
        { Text::tr("Size"), size(outcome.archiveBytes) },
        { Text::tr("Encrypted"), Values::yesNoText(manifest.encrypted) },
        { Text::tr("Campaigns"), QString::number(manifest.records.value(QStringLiteral("campaigns"))) },
        { Text::tr("Donations"), QString::number(manifest.records.value(QStringLiteral("donations"))) },
        { Text::tr("Evidence files"),
          Text::tr("%1 (%2)").arg(manifest.files.size()).arg(size(manifest.fileBytes())) },
    });
}

int backup(CliContext& context, const CommandArgs& args)
{
    const QString out = requiredPath(args, kOut, QStringLiteral("FILE"));
    BackupOptions options;
    options.passphrase = readPassphrase(args);
    if (!options.passphrase.isEmpty()) {
        if (const QString problem = DeskBackup::passphraseProblem(options.passphrase); !problem.isEmpty())
            return context.fail(problem);
    }
    Database& database = context.database();
    BackupOutcome outcome;
    {
        const InterruptGuard interrupt;
        outcome = DeskBackup::write(database.path(), out, options, {}, InterruptGuard::flag());
    }
    options.passphrase.fill('\0');
    if (outcome.status == BackupOutcome::Status::Cancelled)
        return context.fail(
            Text::tr("The backup was interrupted: nothing was written to %1.").arg(native(out)));
    if (!outcome.ok())
        return context.fail(outcome.message);
    BackupSettings(context.settings()).recordBackup(outcome.manifest.createdAt, false);
    printBackup(context, outcome);
    return kSuccess;
}

void printRestore(CliContext& context, const RestoreOutcome& outcome)
{
    const BackupManifest& manifest = outcome.manifest;
    const QString vault = Vault::pathForDesk(outcome.deskPath);
    if (context.jsonOutput()) {
        QJsonObject json = manifestJson(manifest);
        json.insert(QStringLiteral("path"), outcome.deskPath);
        json.insert(QStringLiteral("evidenceFolder"), vault);
        context.printJson(json);
        return;
    }
    context.printFields({
        { Text::tr("Desk restored"), native(outcome.deskPath) },
        { Text::tr("Backup made"), Values::instant(manifest.createdAt) },
        { Text::tr("Evidence files"), Text::tr("%1, in %2").arg(manifest.files.size()).arg(native(vault)) },
    });
    context.print(Text::tr("Open it with: %1 --database %2 desk info")
                      .arg(QString::fromLatin1(kProgramName), native(outcome.deskPath)));
}

int restore(CliContext& context, const CommandArgs& args)
{
    const QString archive = args.at(0);
    const QString target = requiredPath(args, kTo, QStringLiteral("NEW.db"));
    QByteArray passphrase = readPassphrase(args);
    QString problem;
    if (passphrase.isEmpty() && DeskRestore::isEncrypted(archive, &problem).value_or(false))
        return context.fail(Text::tr("The backup %1 is encrypted: give its passphrase with %2 FILE.")
                                .arg(native(archive), kPassphraseFile));
    RestoreOutcome outcome;
    {
        const InterruptGuard interrupt;
        outcome = DeskRestore::restore(archive, target, passphrase, {}, InterruptGuard::flag());
    }
    passphrase.fill('\0');
    if (outcome.status == RestoreOutcome::Status::Cancelled)
        return context.fail(Text::tr("The restore was interrupted: nothing was restored."));
    if (!outcome.ok())
        return context.fail(outcome.message);
    printRestore(context, outcome);
    return kSuccess;
}

} // namespace

QList<Command> BackupCommands::commands()
{
    return {
        { QStringLiteral("backup"),
          QStringLiteral("--out FILE [--passphrase-file FILE]"),
          tr("Write a consistent backup of the desk and its evidence files into one archive (encrypted with "
             "the passphrase on the first line of the file given), even while the desk is in use."),
          { kOut, kPassphraseFile },
          {},
          &backup },
        { QStringLiteral("restore"),
          QStringLiteral("FILE --to NEW.db [--passphrase-file FILE]"),
          tr("Restore a backup into a new desk file (never over an existing one), with its evidence files "
             "beside it."),
          { kTo, kPassphraseFile },
          {},
          &restore },
    };
}

} // namespace casedesk::cli
