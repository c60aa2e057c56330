#pragma once

#include "receipts/ReceiptPlanner.h"
#include "receipts/ReceiptRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace casedesk {

class Database;
struct Association;

struct ReceiptBatchOptions
{
    int year = 0; // the calendar year of the gifts
    ReceiptMode mode = ReceiptMode::DonorChoice;
    QUuid donor; // one donor only (the threshold then does not apply)
    QString outDir; // where the PDFs and the mail-merge CSV go
    QDate issuedOn; // today when invalid
};

// What a batch would do, before it does it.
struct ReceiptBatchPreview
{
    ReceiptPlan plan;
    int pdfsToComplete = 0; // receipts numbered by a stopped batch, still without their PDF
    QStringList refusals; // why this desk cannot issue now (empty: it can)
};

struct ReceiptBatchResult
{
    int issued = 0;
    int pdfsWritten = 0;
    int alreadyIssued = 0; // planned, but another process issued or the gift changed meanwhile
    bool cancelled = false;
    QString error; // a sentence naming the receipt or file; empty when all went well
    QString mailMergeFile; // the CSV written (empty when nothing was issued)
    QStringList files;
};

// The yearly batch (issue 13): issues every receipt due for a year (numbered inside the writing
// transaction), then writes each one's PDF, named by its number. Stopping half-way (Cancel, a full
// disk, a crash) leaves a consistent register: every receipt issued is numbered and recorded,
// and running the batch again first writes the PDFs still missing, then continues with the
// gifts no receipt covers yet.
class ReceiptBatch
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptBatch)

public:
    // Receipts numbered in one transaction, then written together on every core.
    static constexpr int kChunk = 64;

    explicit ReceiptBatch(Database& database);

    // Why this desk cannot issue receipts now: the desk is not the issuing desk, the association may
    // not issue them, or its profile lacks a mention the receipt must print. Empty: it can.
    QStringList refusals();
    ReceiptBatchPreview preview(const ReceiptBatchOptions& options);
    // `progress(done, total)` after each receipt; returning false stops the batch there.
    ReceiptBatchResult run(const ReceiptBatchOptions& options,
                           const std::function<bool(int, int)>& progress = {});

    // Cancels `uuid` with `reason` and issues its replacement as this desk
    // (ReceiptRepository::replace), then writes the replacement's PDF in `dir`. `problem` says why
    // nothing was replaced (no receipt), or why its PDF was not written (a receipt, no path).
    struct Replacement
    {
        std::optional<Receipt> receipt;
        QString pdfPath;
        QString problem;
    };
    Replacement replace(const QUuid& uuid, const QString& reason, const QString& dir);

    // The year whose gifts the treasurer receipts now: the year before until the end of April
    // (the donors' income-tax returns), this year afterwards.
    static int giftYearDue(const QDate& today);
    // Where the receipts of `year` go unless the treasurer chooses: Documents/Tax receipts YEAR.
    static QString defaultFolder(int year);

    // Writes one receipt's PDF in `dir` (named by its number) and records it; an error sentence,
    // or empty. Used by the batch and to print a copy of one receipt again.
    QString writePdf(const Receipt& receipt, const QString& dir, QString* writtenPath = nullptr);
    static QString fileNameOf(const Receipt& receipt); // "recu-2027-00001.pdf"

private:
    static QStringList profileProblems(const Association& association);
    QString writeMailMerge(const ReceiptBatchOptions& options, const QList<Receipt>& receipts,
                           QString* writtenPath);

    Database& m_database;
};

} // namespace casedesk
