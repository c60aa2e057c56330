#pragma once

#include "receipts/Receipt.h"
#include "receipts/ReceiptPlanner.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// A receipt whose gift was refunded or cancelled since: the treasurer's to-do (cancel it, and
// replace it when other gifts remain).
struct ReceiptToRedo
{
    QUuid receiptUuid;
    QString number;
    QString donorName;
    QUuid donationUuid;
    QDate giftDate;
    qint64 giftCents = 0;
    QString giftStatus; // DonationCodes::status: "refunded", "cancelled", or "deleted"
};

// The figures of the yearly declaration of art. 222 bis CGI.
struct ReceiptDeclaration
{
    int year = 0;
    qint64 totalCents = 0; // on the receipts issued for gifts received in `year`
    int receiptCount = 0;
    int cancelledLeftOut = 0;
    QDate deadline; // for a financial year that is the calendar year
};

// The one owner of the receipts and receipt_gifts tables. A receipt is never deleted nor
// rewritten: it is issued (numbered inside the writing transaction), then possibly cancelled
// with a reason, and replaced by a new number that says which it replaces.
class ReceiptRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptRepository)

public:
    static inline const QString kEntity = QStringLiteral("receipt");
    static inline const QString kTable = QStringLiteral("receipts");

    explicit ReceiptRepository(Database& database);

    // Numbers and stores one planned receipt issued on `issuedOn` by desk `deskId`, in one
    // transaction: the number is the year's highest plus one, read under the write lock, so two
    // processes never share one and none is skipped. Nothing, and why in *refusal, when a gift is
    // no longer paid or is already on another receipt (another process got there first).
    std::optional<Receipt> issue(const PlannedReceipt& planned, const QDate& issuedOn, const QString& deskId,
                                 QString* refusal);
    // Cancels an issued receipt; its number stays in the register. Returns why it cannot (no
    // reason, already cancelled), changing nothing.
    QString cancel(const QUuid& uuid, const QString& reason, const QDate& on);
    // Cancels `uuid` and issues, in the same transaction, a receipt for its gifts still paid, with
    // the donor's identity as it is now; returns the new receipt, or the reason it cannot.
    std::optional<Receipt> replace(const QUuid& uuid, const QString& reason, const QDate& on,
                                   const QString& deskId, const ReceiptPolicy& policy, QString* problem);
    // For the sync: a receipt the issuing desk sent, written by UUID with the platform's version,
    // never queued; this desk's PDF (file name, SHA-256) is kept. A receipt is never rewritten:
    // a document that changes what was printed (number, donor, amounts, gifts) is refused, and
    // only its cancellation (status, date, reason) is taken. Empty when written, else why not
    // (translated): a gift or donor this desk lacks, a number it already gave another receipt.
    QString storeReceived(const Receipt& receipt, qint64 serverVersion);
    // A receipt is never deleted: a deletion received is refused (the sentence says why); empty
    // when the desk does not hold it.
    QString removeReceived(const QUuid& uuid, std::optional<qint64> serverVersion);
    // Records the PDF written for a receipt (its file name and SHA-256).
    void setPdf(const QUuid& uuid, const QString& fileName, const QString& sha256);

    std::optional<Receipt> load(const QUuid& uuid);
    // A number ("2027-00001"), a full UUID or an unambiguous prefix of one.
    std::optional<QUuid> resolve(const QString& reference, QString* errorMessage);
    // Every receipt numbered in `year`, in number order (the register), gifts included.
    QList<Receipt> ofYear(int year);
    // A donor's receipts, newest first, without their gifts.
    QList<Receipt> ofDonor(const QUuid& donorUuid);
    // Issued receipts for gifts of `giftYear` that still have no PDF (a batch stopped between
    // numbering a receipt and writing its file).
    QList<QUuid> withoutPdf(int giftYear);
    // Another desk that issued receipts (the latest seen through sync), or empty.
    QString otherIssuingDesk(const QString& deskId);
    // The years that have receipts, newest first.
    QList<int> years();

    QList<ReceiptToRedo> toRedo();
    ReceiptDeclaration declaration(int year);
    // Numbers of `year` missing from 1..highest: empty unless the desk was tampered with.
    QList<int> gapsIn(int year);

    // The paid gifts of `year` no active receipt covers, by donor (one donor when given).
    QList<CandidateDonor> candidates(int year, const QUuid& donorUuid = {});

private:
    void loadGifts(Receipt& receipt);
    QString checkNewReceived(const Receipt& receipt);
    Database& m_database;
};

} // namespace casedesk
