// The treasurer's yearly batch of tax receipts, as the treasurer waits for it: the whole
// `casedesk-cli receipts issue --year Y --out DIR` process on a desk of N donors (each with one to
// three gifts in the year; a third ask for an annual receipt, a few have no address or opted out,
// some gifts carry a counterpart), PDFs written. Against a floor run in the same benchmark: this
// process writing N one-line PDF/A-1b files with QPdfWriter (the unavoidable cost of a PDF per
// receipt on this machine), so the ratio survives the machine's drifting speed.
//
//   bench_receipts_batch --donors 1300 [--dir /var/tmp/casedesk-receipts] [--cli build/bin/casedesk-cli]
//   [--prepare-only]: make the desk and stop, to run or profile the command by hand

#include "campaigns/AssociationRepository.h"
#include "common/Clock.h"
#include "receipts/ReceiptPolicy.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QUuid>

#include <cstdio>

using namespace casedesk;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Donors and gifts written straight into the tables (the repositories would queue each for sync).
bool fillDesk(Database& db, int donors, int year, QRandomGenerator& random)
{
    WriteTransaction transaction(db);
    const QString now = Clock::nowUtcIso();
    const QString campaign = uuid();
    db.exec(QStringLiteral("INSERT INTO campaigns (uuid, created_at, updated_at, title, status) "
                           "VALUES (?, ?, ?, 'Sauver la zone humide', 'published')"),
            { campaign, now, now });
    static const char* const methods[] = { "card", "transfer", "cheque", "platform", "direct_debit", "cash" };
    for (int d = 0; d < donors; ++d) {
        const QString donor = uuid();
        const QString name = QStringLiteral("Donateur %1 Dupont").arg(d, 5, 10, QLatin1Char('0'));
        const int roll = int(random.bounded(100));
        const QString address
            = roll < 4 ? QString() : QStringLiteral("%1 rue des Lilas\n31000 Toulouse").arg(d % 200 + 1);
        const QString choice = roll < 6 ? QStringLiteral("none")
            : roll < 40                 ? QStringLiteral("annual")
                                        : QStringLiteral("per_gift");
        const bool company = roll >= 97;
        db.exec(QStringLiteral(
                    "INSERT INTO donors (uuid, created_at, updated_at, name, sort_key, email, address, "
                    "legal_kind, siren, receipt_choice) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { donor, now, now, name, name.toLower(), QStringLiteral("d%1@example.org").arg(d), address,
                  company ? QStringLiteral("company") : QStringLiteral("person"),
                  company ? QStringLiteral("732829320") : QString(), choice });
        const int gifts = 1 + int(random.bounded(3));
        for (int g = 0; g < gifts; ++g) {
            const qint64 cents = 1000 + qint64(random.bounded(30000));
            const qint64 counterpart = random.bounded(10) == 0 ? cents / (2 + int(random.bounded(6))) : 0;
            const QDate date = QDate(year, 1, 1).addDays(random.bounded(365));
            db.exec(QStringLiteral(
                        "INSERT INTO donations (uuid, created_at, updated_at, campaign_uuid, campaign_title, "
                        "donor_uuid, donor_name, donor_sort_key, amount_cents, counterpart_cents, date, "
                        "method, status) VALUES (?, ?, ?, ?, 'Sauver la zone humide', ?, ?, ?, ?, ?, ?, ?, "
                        "'paid')"),
                    { uuid(), now, now, campaign, donor, name, name.toLower(), cents, counterpart,
                      date.toString(Qt::ISODate), QString::fromLatin1(methods[random.bounded(6)]) });
        }
    }
    transaction.commit();
    return true;
}

Association association()
{
    Association a;
    a.name = QStringLiteral("Zones Humides Vivantes");
    a.legalForm = QStringLiteral("Association loi 1901");
    a.rna = QStringLiteral("W313012345");
    a.siren = QStringLiteral("732829320");
    a.address = QStringLiteral("7 rue des Salicaires\n31400 Toulouse");
    a.purpose = QStringLiteral("Protection des zones humides et de leur biodiversité, y compris en justice.");
    a.generalInterest = true;
    a.signatoryName = QStringLiteral("Camille Rouquette");
    a.signatoryRole = QStringLiteral("Présidente");
    a.receiptCategory = QStringLiteral("general_interest_environment");
    a.receiptPlace = QStringLiteral("Toulouse");
    return a;
}

// The floor: one short PDF/A-1b per receipt, in this process.
double floorSeconds(int files, const QString& dir)
{
    QDir().mkpath(dir);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < files; ++i) {
        QPdfWriter writer(QDir(dir).filePath(QStringLiteral("floor-%1.pdf").arg(i)));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.drawText(QPointF(500, 500), QStringLiteral("Reçu n° %1 — 1 080,50 €").arg(i));
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("donors"), QStringLiteral("Donors."), QStringLiteral("N"), QStringLiteral("1300") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Work folder."), QStringLiteral("DIR"),
                       QStringLiteral("/var/tmp/casedesk-receipts-bench") });
    parser.addOption({ QStringLiteral("cli"), QStringLiteral("casedesk-cli."), QStringLiteral("PATH"),
                       QCoreApplication::applicationDirPath() + QStringLiteral("/casedesk-cli") });
    parser.addOption(
        { QStringLiteral("prepare-only"), QStringLiteral("Make the desk and stop (to profile the CLI).") });
    parser.process(app);
    const int donors = parser.value(QStringLiteral("donors")).toInt();
    QDir work(parser.value(QStringLiteral("dir")));
    work.removeRecursively();
    work.mkpath(QStringLiteral("."));
    const QString deskPath = work.filePath(QStringLiteral("desk.db"));
    const int year = QDate::currentDate().year() - 1;
    {
        Database db;
        QString error;
        if (!db.open(deskPath, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QRandomGenerator random(42);
        fillDesk(db, donors, year, random);
        Association profile = association();
        AssociationRepository(db).save(profile);
        SettingsRepository settings(db);
        ReceiptPolicy policy;
        policy.thisDeskIssues = true;
        ReceiptPolicy::save(settings, policy);
    }
    if (parser.isSet(QStringLiteral("prepare-only"))) {
        std::printf("%s: year %d\n", qPrintable(deskPath), year);
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    QProcess cli;
    cli.start(parser.value(QStringLiteral("cli")),
              { QStringLiteral("--database"), deskPath, QStringLiteral("--json"), QStringLiteral("receipts"),
                QStringLiteral("issue"), QStringLiteral("--year"), QString::number(year),
                QStringLiteral("--out"), work.filePath(QStringLiteral("receipts")) });
    if (!cli.waitForFinished(-1) || cli.exitCode() != 0) {
        std::fprintf(stderr, "casedesk-cli failed: %s\n", cli.readAllStandardError().constData());
        return 1;
    }
    const double batch = double(timer.nsecsElapsed()) / 1e9;
    const int receipts
        = int(QDir(work.filePath(QStringLiteral("receipts"))).entryList({ QStringLiteral("*.pdf") }).size());
    const double floor = floorSeconds(receipts, work.filePath(QStringLiteral("floor")));
    std::printf("donors %d, receipts %d (PDFs written)\n", donors, receipts);
    std::printf("batch (whole casedesk-cli process) %.2f s, %.1f ms per receipt\n", batch,
                batch * 1000 / receipts);
    std::printf("floor (one-line PDF/A per receipt) %.2f s, %.1f ms per file\n", floor,
                floor * 1000 / receipts);
    std::printf("ratio batch / floor %.2f\n", batch / floor);
    return 0;
}
