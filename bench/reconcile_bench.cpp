// Reconciliation benchmark: 100,000 bank credits against 100,000 donations, generated here,
// deterministically (fixed seed), shaped like a year of an association's bank account:
// transfers booked 0-3 days after the gift (half of them naming the donor), cheques paid in by
// deposits of 1-6 cheques of the same day, cash deposits, and unrelated credits.
//
//   bench_reconcile [--lines N] [--desk]
//
// Prints the engine's time, the proposals per rule and how many agree with the generator's truth.
// With --desk the data is also written to a temporary desk and the time to load the engine's
// inputs from it (what ReconciliationJob does on its worker thread) is printed too.
// Peak memory: run it under /usr/bin/time -v.

#include "donations/reconcile/ReconciliationEngine.h"
#include "donations/reconcile/ReconciliationRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <random>

using namespace casedesk;

namespace {

struct Generated
{
    ReconcileInputs inputs;
    QHash<QString, QStringList> truth; // bank line -> donations it really pays
};

const QStringList kFirstNames = { QStringLiteral("Jean"), QStringLiteral("Hélène"), QStringLiteral("Marc"),
                                  QStringLiteral("Zoé"),  QStringLiteral("Ana"),    QStringLiteral("Paul"),
                                  QStringLiteral("Inès"), QStringLiteral("Léa"),    QStringLiteral("Noël") };
const QStringList kLastNames
    = { QStringLiteral("Dupont"), QStringLiteral("Lefèvre"), QStringLiteral("Martin"),
        QStringLiteral("Núñez"),  QStringLiteral("Durand"),  QStringLiteral("Le Bihan"),
        QStringLiteral("Benali"), QStringLiteral("Roux"),    QStringLiteral("Petit") };
const QList<qint64> kRoundAmounts = { 1000, 2000, 2500, 3000, 5000, 10000, 15000, 20000 };

class Generator
{
public:
    explicit Generator(int count)
        : m_count(count)
    {
    }

    Generated run()
    {
        const QDate start(2025, 1, 1);
        while (m_data.inputs.targets.size() < m_count) {
            const QDate day = start.addDays(pick(365));
            const int kind = pick(100);
            if (kind < 65)
                transfer(day);
            else if (kind < 90)
                deposit(day, QStringLiteral("cheque"), 1 + pick(6));
            else
                deposit(day, QStringLiteral("cash"), 2 + pick(3));
        }
        while (m_data.inputs.credits.size() < m_count)
            addCredit(start.addDays(pick(365)), 100 + pick(200000),
                      QStringLiteral("VIR DIVERS %1").arg(pick(1000000)), {});
        return m_data;
    }

private:
    int pick(int below) { return int(m_random() % quint32(below)); }
    qint64 amount()
    {
        return pick(2) ? kRoundAmounts.at(pick(int(kRoundAmounts.size()))) : 500 + pick(50000);
    }
    QString id()
    {
        return QUuid::fromRfc4122(QByteArray::number(++m_serial).rightJustified(16, '0'))
            .toString(QUuid::WithoutBraces);
    }

    QString addDonation(const QDate& day, qint64 cents, const QString& method, const QString& donor)
    {
        ReconcileTarget target;
        target.id = id();
        target.date = day;
        target.amountCents = cents;
        target.method = method;
        target.donorName = donor;
        m_data.inputs.targets.append(target);
        return target.id;
    }

    void addCredit(const QDate& day, qint64 cents, const QString& label, const QStringList& pays)
    {
        const QString lineId = id();
        m_data.inputs.credits.append({ lineId, day, cents, label, {}, {} });
        if (!pays.isEmpty())
            m_data.truth.insert(lineId, pays);
    }

    void transfer(const QDate& day)
    {
        const QString donor = kFirstNames.at(pick(int(kFirstNames.size()))) + QLatin1Char(' ')
            + kLastNames.at(pick(int(kLastNames.size())));
        const qint64 cents = amount();
        const QString donation = addDonation(day, cents, QStringLiteral("transfer"), donor);
        const QString label = pick(2) ? QStringLiteral("VIR SEPA %1 DON").arg(donor.toUpper())
                                      : QStringLiteral("VIREMENT SEPA RECU");
        addCredit(day.addDays(pick(4)), cents, label, { donation });
    }

    void deposit(const QDate& day, const QString& method, int count)
    {
        QStringList donations;
        qint64 sum = 0;
        for (int i = 0; i < count && m_data.inputs.targets.size() < m_count; ++i) {
            const qint64 cents = amount();
            donations.append(addDonation(day, cents, method, {}));
            sum += cents;
        }
        addCredit(day.addDays(1 + pick(4)), sum, QStringLiteral("REMISE %1").arg(method.toUpper()),
                  donations);
    }

    int m_count;
    std::mt19937 m_random { 20260316 };
    quint64 m_serial = 0;
    Generated m_data;
};

void writeDesk(Database& db, const ReconcileInputs& inputs)
{
    const QString now = QStringLiteral("2026-03-16T12:00:00.000Z");
    WriteTransaction transaction(db);
    db.exec(QStringLiteral("INSERT INTO bank_accounts (uuid, created_at, updated_at, iban) VALUES ('acc', ?, "
                           "?, 'FR76BENCH')"),
            { now, now });
    db.exec(
        QStringLiteral(
            "INSERT INTO bank_statements (uuid, created_at, updated_at, account_uuid, format, imported_at) "
            "VALUES ('st', ?, ?, 'acc', 'bench', ?)"),
        { now, now, now });
    QSqlQuery line(db.connection());
    line.prepare(QStringLiteral(
        "INSERT INTO bank_lines (uuid, created_at, updated_at, account_uuid, statement_uuid, "
        "booking_date, amount_cents, label, line_key) VALUES (?, ?, ?, 'acc', 'st', ?, ?, ?, ?)"));
    for (const BankCredit& credit : inputs.credits) {
        for (const QVariant& value :
             { QVariant(credit.id), QVariant(now), QVariant(now), QVariant(credit.date.toString(Qt::ISODate)),
               QVariant(credit.amountCents), QVariant(credit.label), QVariant(credit.id) })
            line.addBindValue(value);
        if (!line.exec())
            qFatal("cannot write a bank line");
    }
    QSqlQuery donation(db.connection());
    donation.prepare(
        QStringLiteral("INSERT INTO donations (uuid, created_at, updated_at, donor_name, amount_cents, date, "
                       "method) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const ReconcileTarget& target : inputs.targets) {
        for (const QVariant& value :
             { QVariant(target.id), QVariant(now), QVariant(now),
               QVariant(target.donorName.isNull() ? QStringLiteral("") : target.donorName),
               QVariant(target.amountCents), QVariant(target.date.toString(Qt::ISODate)),
               QVariant(target.method) })
            donation.addBindValue(value);
        if (!donation.exec())
            qFatal("cannot write a donation");
    }
    transaction.commit();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("lines"), QStringLiteral("bank lines and donations"),
                       QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("desk"), QStringLiteral("also load the inputs from a desk file") });
    parser.addOption({ QStringLiteral("deposit-budget"), QStringLiteral("subset-search steps per credit"),
                       QStringLiteral("N"), QString::number(ReconcileOptions().depositSearchBudget) });
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const Generated data = Generator(parser.value(QStringLiteral("lines")).toInt()).run();
    out << "generated " << data.inputs.credits.size() << " credits, " << data.inputs.targets.size()
        << " donations in " << timer.elapsed() << " ms\n";

    timer.restart();
    ReconcileOptions options;
    options.depositSearchBudget = parser.value(QStringLiteral("deposit-budget")).toInt();
    const QList<Proposal> proposals = ReconciliationEngine(options).run(data.inputs);
    const qint64 engineMs = timer.elapsed();

    QHash<int, int> byRule;
    int right = 0;
    for (const Proposal& proposal : proposals) {
        ++byRule[int(proposal.rule)];
        QStringList ids;
        for (const TargetRef& target : proposal.targets)
            ids.append(target.id);
        right += data.truth.value(proposal.bankLineId) == ids ? 1 : 0;
    }
    out << "engine: " << engineMs << " ms, " << proposals.size() << " proposals (rule 1: " << byRule.value(1)
        << ", rule 2: " << byRule.value(2) << ", rule 3: " << byRule.value(3) << "), " << right
        << " as generated; " << data.truth.size() << " credits have a true match\n";

    if (parser.isSet(QStringLiteral("desk"))) {
        QTemporaryDir dir;
        Database db(QStringLiteral("bench"));
        QString error;
        if (!db.open(dir.filePath(QStringLiteral("bench.db")), &error)) {
            out << error << "\n";
            return 1;
        }
        writeDesk(db, data.inputs);
        timer.restart();
        const ReconcileInputs loaded = ReconciliationRepository(db).loadInputs();
        const qint64 loadMs = timer.elapsed();
        timer.restart();
        const QList<Proposal> again = ReconciliationEngine(options).run(loaded);
        out << "desk: load " << loadMs << " ms (" << loaded.credits.size() << " credits, "
            << loaded.targets.size() << " targets), engine " << timer.elapsed() << " ms, " << again.size()
            << " proposals\n";
    }
    return 0;
}
