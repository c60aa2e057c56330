#pragma once

#include "receipts/ReceiptBatch.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace casedesk::cli {

class CliContext;

// How the receipts commands print a receipt, a batch's preview and its result: text for people,
// JSON (stable keys) for scripts.
class ReceiptOutput
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptOutput)

public:
    static QJsonObject receiptJson(const Receipt& receipt, bool withGifts);
    static QJsonObject previewJson(const ReceiptBatchPreview& preview);
    static QJsonObject resultJson(const ReceiptBatchResult& result);

    static void printReceipt(CliContext& context, const Receipt& receipt);
    static void printList(CliContext& context, const QList<Receipt>& receipts);
    static void printPreview(CliContext& context, const ReceiptBatchPreview& preview);
    static void printResult(CliContext& context, const ReceiptBatchResult& result);
};

} // namespace casedesk::cli
