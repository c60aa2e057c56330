#include "receipts/ReceiptBatch.h"

#include "campaigns/AssociationRepository.h"
#include "common/Clock.h"
#include "receipts/AmountInWords.h"
#include "receipts/ReceiptPdf.h"
#include "reports/CsvWriter.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>

namespace casedesk {

ReceiptBatch::ReceiptBatch(Database& database)
    : m_database(database)
{
}

QStringList ReceiptBatch::profileProblems(const Association& a)
{
    QStringList problems;
    if (!a.generalInterest) {
        problems.append(
            tr("The association's profile does not say it is of general interest: it may not issue "
               "tax receipts (Association area)."));
    }
    const auto missing = [&problems](const QString& value, const QString& what) {
        if (value.trimmed().isEmpty())
            problems.append(
                tr("The association's profile has no %1, which the receipt must state.").arg(what));
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
        refusals.append(
            tr("This desk does not issue the receipts: only the treasurer's desk does (Tools, Tax "
               "receipts, or casedesk-cli settings receipts --issuer yes)."));
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
    preview.plan = ReceiptPlanner::plan(options.year, receipts.candidates(options.year, options.donor),
                                        options.mode, ReceiptPolicy::load(settings), options.donor.isNull());
    preview.pdfsToComplete = int(receipts.withoutPdf(options.year).size());
    return preview;
}

QString ReceiptBatch::fileNameOf(const Receipt& receipt)
{
    return QStringLiteral("recu-%1.pdf").arg(receipt.number);
}

namespace {

// What writing one receipt's PDF gave: its path and hash, or why not.
struct WrittenPdf
{
    QString path;
    QString sha256;
    QString error;
};

WrittenPdf renderPdf(const Receipt& receipt, const Association& association, FrenchSpelling spelling,
                     const QString& dir)
{
    WrittenPdf written;
    written.path = QFileInfo(QDir(dir).filePath(ReceiptBatch::fileNameOf(receipt))).absoluteFilePath();
    written.error = ReceiptPdf::write(receipt, association, spelling, written.path);
    if (!written.error.isEmpty())
        return written;
    QFile file(written.path);
    if (!file.open(QIODevice::ReadOnly)) {
        written.error = ReceiptBatch::tr("%1: the receipt's PDF cannot be read back: %2")
                            .arg(written.path, file.errorString());
        return written;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    written.sha256 = QString::fromLatin1(hash.result().toHex());
    return written;
}

// The PDFs of a chunk of receipts, written on every core: each is its own file and its own
// QPdfWriter; nothing here touches the desk.
QList<WrittenPdf> renderAll(const QList<Receipt>& receipts, const Association& association,
                            FrenchSpelling spelling, const QString& dir)
{
    QList<WrittenPdf> written(receipts.size());
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    for (qsizetype i = 0; i < receipts.size(); ++i) {
        pool.start([&, i] { written[i] = renderPdf(receipts.at(i), association, spelling, dir); });
    }
    pool.waitForDone();
    return written;
}

} // namespace

QString ReceiptBatch::writePdf(const Receipt& receipt, const QString& dir, QString* writtenPath)
{
    SettingsRepository settings(m_database);
    const WrittenPdf written = renderPdf(receipt, AssociationRepository(m_database).load(),
                                         AmountInWords::deskSpelling(settings), dir);
    if (!written.error.isEmpty())
        return written.error;
    ReceiptRepository(m_database).setPdf(receipt.sync.uuid, written.path, written.sha256);
    if (writtenPath)
        *writtenPath = written.path;
    return {};
}

ReceiptBatch::Replacement ReceiptBatch::replace(const QUuid& uuid, const QString& reason, const QString& dir)
{
    Replacement replacement;
    if (!QDir().mkpath(dir)) {
        replacement.problem = tr("%1: the folder for the receipts cannot be created.").arg(dir);
        return replacement;
    }
    SettingsRepository settings(m_database);
    replacement.receipt = ReceiptRepository(m_database)
                              .replace(uuid, reason, Clock::today(), ReceiptPolicy::deskId(settings),
                                       ReceiptPolicy::load(settings), &replacement.problem);
    if (replacement.receipt)
        replacement.problem = writePdf(*replacement.receipt, dir, &replacement.pdfPath);
    return replacement;
}

int ReceiptBatch::giftYearDue(const QDate& today)
{
    return today.month() <= 4 ? today.year() - 1 : today.year();
}

QString ReceiptBatch::defaultFolder(int year)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(tr("Tax receipts %1").arg(year));
}

// In chunks: the chunk's receipts are numbered and stored in one transaction, then their PDFs are
// written in parallel and recorded in a second one. A stop between the two leaves receipts without
// a PDF, which the next run writes first (withoutPdf).
ReceiptBatchResult ReceiptBatch::run(const ReceiptBatchOptions& options,
                                     const std::function<bool(int, int)>& progress)
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
    const Association association = AssociationRepository(m_database).load();
    const FrenchSpelling spelling = AmountInWords::deskSpelling(settings);
    const QString desk = ReceiptPolicy::deskId(settings);
    const QDate issuedOn = options.issuedOn.isValid() ? options.issuedOn : Clock::today();
    const QList<QUuid> unfinished = receipts.withoutPdf(options.year);
    const ReceiptPlan plan
        = ReceiptPlanner::plan(options.year, receipts.candidates(options.year, options.donor), options.mode,
                               ReceiptPolicy::load(settings), options.donor.isNull());
    const int total = int(unfinished.size() + plan.receipts.size());
    QList<Receipt> done;
    // Writes and records the PDFs of `chunk`; false when the batch must stop.
    const auto finish = [&](const QList<Receipt>& chunk) {
        const QList<WrittenPdf> written = renderAll(chunk, association, spelling, options.outDir);
        WriteTransaction transaction(m_database);
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            if (!written.at(i).error.isEmpty()) {
                result.error = written.at(i).error;
                continue;
            }
            receipts.setPdf(chunk.at(i).sync.uuid, written.at(i).path, written.at(i).sha256);
            ++result.pdfsWritten;
            result.files.append(written.at(i).path);
            done.append(chunk.at(i));
        }
        transaction.commit();
        if (!result.error.isEmpty())
            return false;
        if (progress && !progress(int(done.size()), total)) {
            result.cancelled = true;
            return false;
        }
        return true;
    };
    bool going = true;
    for (qsizetype first = 0; going && first < unfinished.size(); first += kChunk) {
        QList<Receipt> chunk;
        for (const QUuid& uuid : unfinished.mid(first, kChunk)) {
            if (const std::optional<Receipt> receipt = receipts.load(uuid))
                chunk.append(*receipt);
        }
        going = finish(chunk);
    }
    for (qsizetype first = 0; going && first < plan.receipts.size(); first += kChunk) {
        QList<Receipt> chunk;
        {
            WriteTransaction transaction(m_database);
            for (const PlannedReceipt& planned : plan.receipts.mid(first, kChunk)) {
                // A gift another process receipted since the plan was made is left to that receipt.
                QString taken;
                if (const std::optional<Receipt> receipt = receipts.issue(planned, issuedOn, desk, &taken))
                    chunk.append(*receipt);
                else
                    ++result.alreadyIssued;
            }
            transaction.commit();
        }
        result.issued += int(chunk.size());
        going = finish(chunk);
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
