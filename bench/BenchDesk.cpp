#include "BenchDesk.h"

#include "donations/ledger/Donor.h"
#include "storage/Database.h"

#include <QDate>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <cstdio>

namespace casedesk::bench {

namespace {

const QString kNow = QStringLiteral("2026-01-01T00:00:00.000Z");

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Binds `values` in order and runs the prepared statement; false (with a message) on failure.
bool run(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    std::fprintf(stderr, "bench desk: %s\n", qPrintable(query.lastError().text()));
    return false;
}

QStringList addCampaigns(Database& database)
{
    QStringList campaigns;
    for (int c = 0; c < 20; ++c) {
        const QString uuid = newUuid();
        database.exec(
            QStringLiteral("INSERT INTO campaigns (uuid, created_at, updated_at, title, status, goal_cents) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            { uuid, kNow, kNow, QStringLiteral("Campagne %1").arg(c),
              c % 3 == 0 ? QStringLiteral("published") : QStringLiteral("draft"), 2000000 });
        campaigns.append(uuid);
    }
    return campaigns;
}

bool addGifts(Database& database, const QStringList& campaigns, int rows)
{
    const QStringList first = { QStringLiteral("Élodie"),   QStringLiteral("Jean"),   QStringLiteral("Zoé"),
                                QStringLiteral("Ana"),      QStringLiteral("Hélène"), QStringLiteral("Paul"),
                                QStringLiteral("François"), QStringLiteral("Marie") };
    const QStringList last = { QStringLiteral("Durand"),  QStringLiteral("Martin"),  QStringLiteral("Petit"),
                               QStringLiteral("Bernard"), QStringLiteral("Lefèvre"), QStringLiteral("Dubois"),
                               QStringLiteral("Moreau"),  QStringLiteral("Œuvray") };
    const int donorCount = std::max(1, rows / 10);
    QStringList donorIds;
    QStringList donorNames;
    QSqlQuery donor(database.connection());
    donor.prepare(QStringLiteral("INSERT INTO donors (uuid, created_at, updated_at, name, email, sort_key) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    for (int d = 0; d < donorCount; ++d) {
        const QString uuid = newUuid();
        const QString name = QStringLiteral("%1 %2 %3").arg(first.at(d % 8), last.at((d / 8) % 8)).arg(d);
        if (!run(donor,
                 { uuid, kNow, kNow, name, QStringLiteral("donor%1@example.org").arg(d),
                   DonorNames::sortKey(name) }))
            return false;
        donorIds.append(uuid);
        donorNames.append(name);
    }
    static const char* methods[] = { "platform", "card", "transfer", "cheque", "cash", "direct_debit" };
    static const char* statuses[]
        = { "paid", "paid", "paid", "paid", "paid", "paid", "pending", "refunded", "cancelled" };
    QSqlQuery gift(database.connection());
    gift.prepare(QStringLiteral(
        "INSERT INTO donations (uuid, created_at, updated_at, campaign_uuid, campaign_title, donor_uuid, "
        "donor_name, donor_sort_key, amount_cents, date, method, platform, platform_order_id, status, "
        "reconciled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDate start(2018, 1, 1);
    QRandomGenerator random(42);
    for (int i = 0; i < rows; ++i) {
        const int c = random.bounded(int(campaigns.size()));
        const int d = random.bounded(donorCount);
        const char* method = methods[random.bounded(6)];
        const bool platform = qstrcmp(method, "platform") == 0;
        if (!run(gift,
                 { newUuid(), kNow, kNow, campaigns.at(c), QStringLiteral("Campagne %1").arg(c),
                   donorIds.at(d), donorNames.at(d), DonorNames::sortKey(donorNames.at(d)),
                   qint64(500 + random.bounded(100000)),
                   start.addDays(random.bounded(3000)).toString(Qt::ISODate), QString::fromLatin1(method),
                   platform ? QStringLiteral("ulule") : QStringLiteral(""),
                   platform ? QVariant(QStringLiteral("UL-%1").arg(i))
                            : QVariant(QMetaType(QMetaType::QString)),
                   QString::fromLatin1(statuses[random.bounded(9)]), random.bounded(3) == 0 ? 1 : 0 }))
            return false;
    }
    return true;
}

// One account, a statement per month, `lines` credits and debits spread over 8 years.
bool addBankLines(Database& database, int lines)
{
    const QString account = newUuid();
    database.exec(QStringLiteral("INSERT INTO bank_accounts (uuid, created_at, updated_at, iban, name) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  { account, kNow, kNow, QStringLiteral("FR1420041010050500013M02606"),
                    QStringLiteral("Compte courant") });
    const int months = 96;
    QStringList statements;
    for (int m = 0; m < months; ++m) {
        const QDate from = QDate(2018, 1, 1).addMonths(m);
        const QString uuid = newUuid();
        database.exec(
            QStringLiteral("INSERT INTO bank_statements (uuid, created_at, updated_at, account_uuid, "
                           "format, from_date, to_date, imported_at, line_count) "
                           "VALUES (?, ?, ?, ?, 'csv', ?, ?, ?, ?)"),
            { uuid, kNow, kNow, account, from.toString(Qt::ISODate),
              from.addMonths(1).addDays(-1).toString(Qt::ISODate), kNow, lines / months });
        statements.append(uuid);
    }
    QSqlQuery line(database.connection());
    line.prepare(QStringLiteral("INSERT INTO bank_lines (uuid, created_at, updated_at, account_uuid, "
                                "statement_uuid, booking_date, amount_cents, label, line_key, reconciled) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QRandomGenerator random(7);
    for (int i = 0; i < lines; ++i) {
        const int m = i * months / std::max(1, lines);
        const QDate date = QDate(2018, 1, 1).addMonths(m).addDays(random.bounded(28));
        const qint64 amount = (i % 7 == 0 ? -1 : 1) * (100 + (qint64(i) * 7919) % 50000);
        if (!run(line,
                 { newUuid(), kNow, kNow, account, statements.at(m), date.toString(Qt::ISODate), amount,
                   QStringLiteral("VIR SEPA DON %1").arg(i % 2000), QStringLiteral("bench-%1").arg(i),
                   random.bounded(4) == 0 ? 0 : 1 }))
            return false;
    }
    return true;
}

// Three procedures per campaign, each with a filing, hearings, a decision, its notification and
// the appeal deadline it starts (open), so the timelines and the deadlines dashboard have rows.
bool addProcedures(Database& database, const QStringList& campaigns)
{
    QSqlQuery procedure(database.connection());
    procedure.prepare(
        QStringLiteral("INSERT INTO procedures (uuid, created_at, updated_at, campaign_uuid, court, "
                       "court_name, kind, case_number, status) VALUES (?, ?, ?, ?, "
                       "'tribunal-administratif', 'Tribunal administratif de Toulouse', "
                       "'recours-exces-pouvoir', ?, 'pending')"));
    QSqlQuery milestone(database.connection());
    milestone.prepare(
        QStringLiteral("INSERT INTO milestones (uuid, created_at, updated_at, procedure_uuid, kind, "
                       "date, title, rule_id, start_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant none(QMetaType(QMetaType::QString));
    int n = 0;
    for (const QString& campaign : campaigns) {
        for (int p = 0; p < 3; ++p, ++n) {
            const QString uuid = newUuid();
            if (!run(procedure, { uuid, kNow, kNow, campaign, QStringLiteral("2%1-0%2").arg(n).arg(p) }))
                return false;
            const QDate filed = QDate(2025, 1, 1).addDays(n * 11);
            const QList<std::tuple<const char*, int, QString>> steps
                = { { "filing", 0, QStringLiteral("Requête introductive") },
                    { "pleading", 60, QStringLiteral("Mémoire en défense") },
                    { "hearing", 300, QStringLiteral("Audience") },
                    { "decision", 330, QStringLiteral("Jugement") },
                    { "notification", 340, QStringLiteral("Notification du jugement") } };
            for (const auto& [kind, days, title] : steps) {
                if (!run(milestone,
                         { newUuid(), kNow, kNow, uuid, QString::fromLatin1(kind),
                           filed.addDays(days).toString(Qt::ISODate), title, none, none }))
                    return false;
            }
            const QDate notified = filed.addDays(340);
            if (!run(milestone,
                     { newUuid(), kNow, kNow, uuid, QStringLiteral("deadline"),
                       notified.addMonths(2).addDays(1).toString(Qt::ISODate),
                       QStringLiteral("Délai d'appel"), QStringLiteral("cja-r811-2"),
                       notified.toString(Qt::ISODate) }))
                return false;
        }
    }
    return true;
}

} // namespace

bool fillDesk(Database& database, int donations, bool wholeDesk)
{
    WriteTransaction transaction(database);
    const QStringList campaigns = addCampaigns(database);
    if (!addGifts(database, campaigns, donations))
        return false;
    if (wholeDesk
        && (!addBankLines(database, std::max(100, donations / 10)) || !addProcedures(database, campaigns)))
        return false;
    transaction.commit();
    return true;
}

bool makeDesk(const QString& path, int donations, bool wholeDesk)
{
    Database database(QStringLiteral("bench-fill"));
    QString error;
    if (!database.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    if (!fillDesk(database, donations, wholeDesk))
        return false;
    database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::printf("made %s: %d donations in %.1f s\n", qPrintable(path), donations, timer.elapsed() / 1e3);
    return true;
}

} // namespace casedesk::bench
