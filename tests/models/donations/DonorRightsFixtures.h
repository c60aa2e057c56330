#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QUuid>

// What the donors' rights tests need that other pieces write: a receipt as the receipts register
// holds it (ReceiptRepository's business), the consent's date and source, a gift's counterpart and
// its payout. Written straight into the desk.
namespace casedesk::test::rights {

inline QString text(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// A receipt issued on `issuedOn` to `donor` for the gift `gift` (its amount, its date).
inline QString receipt(Database& db, const QUuid& donor, const QString& number, const QDate& issuedOn,
                       const QUuid& gift, qint64 cents, const QDate& giftDate,
                       const QString& status = QStringLiteral("issued"))
{
    const QString id = text(QUuid::createUuid());
    const QString now = QStringLiteral("2026-03-16T12:00:00.000Z");
    db.exec(QStringLiteral(
                "INSERT INTO receipts (uuid, created_at, updated_at, number, year, sequence, kind, form, "
                "donor_uuid, donor_name, donor_address, amount_cents, period_from, period_to, method, "
                "issued_on, status) VALUES (?, ?, ?, ?, ?, ?, 'gift', 'individual', ?, 'as printed', "
                "'as printed', ?, ?, ?, 'transfer', ?, ?)"),
            { id, now, now, number, number.left(4).toInt(), number.mid(5).toInt(), text(donor), cents,
              giftDate.toString(Qt::ISODate), giftDate.toString(Qt::ISODate), issuedOn.toString(Qt::ISODate),
              status });
    db.exec(
        QStringLiteral("INSERT INTO receipt_gifts (receipt_uuid, donation_uuid, gift_cents, receipted_cents) "
                       "VALUES (?, ?, ?, ?)"),
        { id, text(gift), cents, cents });
    return id;
}

inline void consent(Database& db, const QUuid& donor, const QString& date, const QString& source)
{
    db.exec(QStringLiteral("UPDATE donors SET consent_to_contact = 1, consent_date = ?, consent_source = ? "
                           "WHERE uuid = ?"),
            { date, source, text(donor) });
}

inline void companyOf(Database& db, const QUuid& donor, const QString& siren)
{
    db.exec(QStringLiteral("UPDATE donors SET legal_kind = 'company', siren = ? WHERE uuid = ?"),
            { siren, text(donor) });
}

inline void counterpart(Database& db, const QUuid& gift, qint64 cents)
{
    db.exec(QStringLiteral("UPDATE donations SET counterpart_cents = ? WHERE uuid = ?"),
            { cents, text(gift) });
}

inline void paidOutBy(Database& db, const QUuid& gift, const QString& payout)
{
    db.exec(QStringLiteral("UPDATE donations SET payout_uuid = ? WHERE uuid = ?"), { payout, text(gift) });
}

} // namespace casedesk::test::rights
