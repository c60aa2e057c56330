#pragma once

#include "campaigns/Association.h" // FieldProblem
#include "donations/privacy/PrivacyRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// What erasing a donor does, worked out before it is done (the confirmation shows it) and again
// inside the erasure's transaction.
struct ErasurePlan
{
    QUuid donorUuid;
    QString name; // as it is now
    QString pseudonym; // what the donor is called after: "Erased donor 3f2a"
    QDateTime erasedAt; // valid when the donor was already erased: nothing left to do
    // The fields that go from the donor's record (stable words: "email", "address", "notes",
    // "platform_ref", "consent", "siren"), only those that hold something.
    QStringList erased;
    int giftCount = 0; // live gifts: they stay, with their amounts, under the pseudonym
    int receiptCount = 0;
    // Until when the law needs what the restricted archive keeps; invalid when it needs nothing.
    QDate receiptsUntil; // the latest receipt's issue date + 6 years (LPF art. L102 E)
    QDate accountsUntil; // the latest gift's date + 10 years (Code de commerce art. L123-22)
    std::optional<ArchivedDonor> archive; // what goes to donor_archive; none when nothing is kept

    bool alreadyErased() const { return erasedAt.isValid(); }
};

// A donor's right to erasure, within the law (GDPR art. 17 §3 b and e). What no law requires
// keeping is erased: the e-mail, notes, platform reference, consent, SIREN and address leave the
// donor's record, whose name becomes a pseudonym; the change goes through DonorRepository's
// outbox, so the other desks and the platform lose the identity too. What must be kept moves to
// the restricted archive (PrivacyRepository): the name while the gifts' accounting records are
// kept (ten years), with the address and SIREN while a receipt issued to the donor is (six
// years). The gifts stay with their amounts, so every campaign's accounts add up as before.
// Logged in the privacy log with the person's reason. One WriteTransaction.
class DonorErasure
{
    Q_DECLARE_TR_FUNCTIONS(DonorErasure)

public:
    static constexpr int kReceiptYears = 6;
    static constexpr int kAccountingYears = 10;
    static inline const QString kReceiptBasis = QStringLiteral("LPF art. L102 E");
    static inline const QString kAccountingBasis = QStringLiteral("Code de commerce art. L123-22");

    explicit DonorErasure(Database& database);

    // What erasing the donor would do today (Clock); none when no live donor has that UUID.
    std::optional<ErasurePlan> plan(const QUuid& donor);
    // The plan in sentences for the person who confirms it (the interface's language): what is
    // erased, what is kept and until when, and why.
    static QStringList describe(const ErasurePlan& plan);

    // Erases the donor. A refusal is a value: "reason" when none is given, "donor" when the
    // donor is not on the desk or was already erased. Throws DatabaseError on a storage error.
    QList<FieldProblem> erase(const QUuid& donor, const QString& reason);

private:
    Database& m_database;
};

} // namespace casedesk
