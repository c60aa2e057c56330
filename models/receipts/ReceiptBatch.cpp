#include "receipts/ReceiptBatch.h"

#include "campaigns/AssociationRepository.h"
#include "common/Clock.h"
#include "reports/CsvWriter.h"
#include "receipts/AmountInWords.h"
#include "receipts/ReceiptPdf.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace casedesk {

ReceiptBatch::ReceiptBatch(Database& database)
    : m_database(database)
{
}

QStringList ReceiptBatch::profileProblems(const Association& a)
{
    QStringList problems;
    if (!a.generalInterest) {
        problems.append(tr("The association's profile does not say it is of general interest: it may not issue "
                           "tax receipts (Association area)."));
    }
    const auto missing = [&problems](const QString& value, const QString& what) {
        if (value.trimmed().isEmpty())
            problems.append(tr("The association's profile has no %1, which the receipt must state.").arg(what));
    };
    missing(a.name, tr("name"));
    missing(a.address, tr("address"));
    missing(a.purpose, tr("purpose (its object)"));
    missing(a.rna + a.siren, tr("RNA or SIREN number"));
    missing(a.receiptCategory, tr("receipt category (the Cerfa box it ticks)"));
    missing(a.signatoryName, tr("signatory"));
    missing(a.signatoryRole, tr("signatory's quality"));
    missing(a.receiptPlace, tr("place of signing"));
    return problems;
}

QStringList ReceiptBatch::refusals()
{
    SettingsRepository settings(m_database);
    QStringList refusals;
    if (!ReceiptPolicy::load(settings).thisDeskIssues) {
        refusals.append(tr("This desk does not issue the receipts: only the treasurer's desk does (Receipts "
                           "settings, or casedesk-cli settings receipts --issuer on)."));
    }
    AssociationRepository associations(m_database);
    refusals += profileProblems(associations.load());
    return refusals;
}

ReceiptBatchPreview ReceiptBatch::preview(const ReceiptBatchOptions& options)
{
    SettingsRepository settings(m_database);
    ReceiptRepository receipts(m_database);
    ReceiptBatchPreview preview;
    preview.refusals = refusals();
    preview.plan = ReceiptPlanner::plan(options.year, receipts.candidates(options.year, options.donor), options.mode,
                                        ReceiptPolicy::load(settings), options.donor.isNull());
    preview.pdfsToComplete = int(receipts.withoutPdf(options.year).size());
    return preview;
}

QString ReceiptBatch::fileNameOf(const Receipt& receipt)
{
    return QStringLiteral("recu-%1.pdf").arg(receipt.number);
}

QString ReceiptBatch::writePdf(const Receipt& receipt, const QString& dir, QString* writtenPath)
{
    AssociationRepository associations(m_database);
    SettingsRepository settings(m_database);
    const QString path = QDir(dir).filePath(fileNameOf(receipt));
    const QString error
        = ReceiptPdf::write(receipt, associations.load(), AmountInWords::deskSpelling(settings), path);
    if (!error.isEmpty())
        return error;
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return tr("%1: the receipt's PDF cannot be read back: %2").arg(path, written.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&written);
    ReceiptRepository(m_database)
        .setPdf(receipt.sync.uuid, QFileInfo(path).absoluteFilePath(), QString::fromLatin1(hash.result().toHex()));
    if (writtenPath)
        *writtenPath = path;
    return {};
}

ReceiptBatchResult ReceiptBatch::run(const ReceiptBatchOptions& options, const std::function<bool(int, int)>& progress)
{
    ReceiptBatchResult result;
    if (const QStringList refused = refusals(); !refused.isEmpty()) {
        result.error = refused.join(QLatin1Char('\n'));
        return result;
    }
    if (!QDir().mkpath(options.outDir)) {
        result.error = tr("%1: the folder for the receipts cannot be created.").arg(options.outDir);
        return result;
    }
    SettingsRepository settings(m_database);
    ReceiptRepository receipts(m_database);
    const QString desk = ReceiptPolicy::deskId(settings);
    const QDate issuedOn = options.issuedOn.isValid() ? options.issuedOn : Clock::today();
    const QList<QUuid> unfinished = receipts.withoutPdf(options.year);
    const ReceiptPlan plan
        = ReceiptPlanner::plan(options.year, receipts.candidates(options.year, options.donor), options.mode,
                               ReceiptPolicy::load(settings), options.donor.isNull());
    const int total = int(unfinished.size() + plan.receipts.size());
    QList<Receipt> done;
    const auto finishOne = [&](const Receipt& receipt) {
        QString path;
        result.error = writePdf(receipt, options.outDir, &path);
        if (!result.error.isEmpty())
            return false;
        ++result.pdfsWritten;
        result.files.append(path);
        done.append(receipt);
        if (progress && !progress(int(done.size()), total)) {
            result.cancelled = true;
            return false;
        }
        return true;
    };
    bool going = true;
    for (const QUuid& uuid : unfinished) {
        if (const std::optional<Receipt> receipt = receipts.load(uuid); receipt && !(going = finishOne(*receipt)))
            break;
    }
    for (int i = 0; going && i < plan.receipts.size(); ++i) {
        // A gift another process receipted since the plan was made is left to that receipt.
        QString taken;
        if (const std::optional<Receipt> receipt = receipts.issue(plan.receipts.at(i), issuedOn, desk, &taken)) {
            ++result.issued;
            going = finishOne(*receipt);
        } else {
            ++result.alreadyIssued;
        }
    }
    if (!done.isEmpty()) {
        const QString mailError = writeMailMerge(options, done, &result.mailMergeFile);
        if (result.error.isEmpty())
            result.error = mailError;
    }
    return result;
}

QString ReceiptBatch::writeMailMerge(const ReceiptBatchOptions& options, const QList<Receipt>& receipts,
                                     QString* writtenPath)
{
    const QString name = QStringLiteral("publipostage-%1-%2.csv")
                             .arg(options.year)
                             .arg(Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QDir(options.outDir).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: the mail-merge file cannot be written: %2").arg(path, file.errorString());
    CsvWriter csv(&file);
    csv.writeTextRow({ tr("number"), tr("donor"), tr("email"), tr("amount"), tr("file") });
    for (const Receipt& receipt : receipts) {
        const QVariant email = m_database.scalar(QStringLiteral("SELECT email FROM donors WHERE uuid = ?"),
                                                 { receipt.donorUuid.toString(QUuid::WithoutBraces) });
        csv.writeRow({ CsvCell::ofText(receipt.number), CsvCell::ofText(receipt.donorName),
                       CsvCell::ofText(email.toString()), CsvCell::ofAmount(receipt.amountCents),
                       CsvCell::ofText(QDir(options.outDir).absoluteFilePath(fileNameOf(receipt))) });
    }
    if (!csv.ok() || !file.commit())
        return tr("%1: the mail-merge file cannot be written: %2").arg(path, file.errorString());
    *writtenPath = path;
    return {};
}

} // namespace casedesk
