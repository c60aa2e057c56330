#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QUuid>

// Ledger rows written straight into a desk for the reconciliation tests: the importers are
// another piece's business, these tests only need the rows as the importers leave them.
namespace casedesk::test::ledger {

inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString now()
{
    return QStringLiteral("2026-03-16T12:00:00.000Z");
}

inline QString account(Database& db, const QString& iban)
{
    const QString id = uuid();
    db.exec(QStringLiteral("INSERT INTO bank_accounts (uuid, created_at, updated_at, iban, name) VALUES (?, "
                           "?, ?, ?, 'Compte')"),
            { id, now(), now(), iban });
    return id;
}

inline QString statement(Database& db, const QString& account, const QDate& from, const QDate& to,
                         qint64 opening, qint64 closing)
{
    const QString id = uuid();
    db.exec(QStringLiteral(
                "INSERT INTO bank_statements (uuid, created_at, updated_at, account_uuid, format, from_date, "
                "to_date, opening_cents, closing_cents, imported_at) VALUES (?, ?, ?, ?, 'camt.053.001.08', "
                "?, ?, "
                "?, ?, ?)"),
            { id, now(), now(), account, from.toString(Qt::ISODate), to.toString(Qt::ISODate), opening,
              closing, now() });
    return id;
}

inline QString line(Database& db, const QString& account, const QString& statement, const QDate& date,
                    qint64 cents, const QString& label = QStringLiteral("VIREMENT"))
{
    const QString id = uuid();
    db.exec(
        QStringLiteral("INSERT INTO bank_lines (uuid, created_at, updated_at, account_uuid, statement_uuid, "
                       "booking_date, amount_cents, label, line_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, now(), now(), account, statement, date.toString(Qt::ISODate), cents, label, id });
    return id;
}

inline QString donation(Database& db, const QDate& date, qint64 cents,
                        const QString& method = QStringLiteral("transfer"), const QString& donor = {},
                        const QString& orderId = {}, const QString& payoutUuid = {})
{
    const QString id = uuid();
    db.exec(
        QStringLiteral(
            "INSERT INTO donations (uuid, created_at, updated_at, donor_name, amount_cents, date, method, "
            "platform, platform_order_id, payout_uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, now(), now(), donor, cents, date.toString(Qt::ISODate), method,
          method == QLatin1String("platform") ? QStringLiteral("ulule") : QString(),
          orderId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(orderId),
          payoutUuid.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(payoutUuid) });
    return id;
}

inline QString payout(Database& db, const QDate& date, qint64 net, const QString& reference, qint64 gross = 0,
                      qint64 commission = 0, qint64 fees = 0)
{
    const QString id = uuid();
    db.exec(
        QStringLiteral(
            "INSERT INTO payouts (uuid, created_at, updated_at, platform, reference, date, gross_cents, "
            "commission_cents, payment_fees_cents, net_cents) VALUES (?, ?, ?, 'ulule', ?, ?, ?, ?, ?, ?)"),
        { id, now(), now(), reference, date.toString(Qt::ISODate), gross == 0 ? net : gross, commission, fees,
          net });
    return id;
}

} // namespace casedesk::test::ledger
