// Receipt PDFs alone: the time ReceiptPdf::write takes per receipt, without the database.
//
//   bench_receipt_pdf [--receipts N] [--annual-gifts G] [--threads T] [--dir DIR]
//
// Writes N receipts (every tenth a company's, every fifth an annual one of G gifts, the others
// per gift; the association has a signature image) into DIR (a temporary folder by default), on
// T worker threads, and prints the time per receipt and the average file size.

#include "campaigns/Association.h"
#include "receipts/ReceiptPdf.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

#include <atomic>
#include <thread>
#include <vector>

using namespace casedesk;

namespace {

Association association()
{
    Association association;
    association.name = QStringLiteral("Zone humide du Tarn");
    association.rna = QStringLiteral("W813000123");
    association.address = QStringLiteral("12 rue des Saules\n81000 Albi");
    association.purpose = QStringLiteral("Protéger les zones humides du Tarn et leur faune");
    association.signatoryName = QStringLiteral("Claire Martin");
    association.signatoryRole = QStringLiteral("présidente");
    association.receiptCategory = QStringLiteral("general_interest_environment");
    association.receiptPlace = QStringLiteral("Albi");
    QImage image(600, 200, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setPen(QPen(Qt::darkBlue, 6));
        painter.drawLine(20, 160, 240, 40);
        painter.drawLine(240, 40, 580, 140);
    }
    QBuffer buffer(&association.signaturePng);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return association;
}

Receipt receipt(int sequence, int annualGifts)
{
    Receipt receipt;
    receipt.year = 2027;
    receipt.sequence = sequence;
    receipt.number = ReceiptCodes::number(2027, sequence);
    receipt.form = sequence % 10 == 0 ? ReceiptForm::Company : ReceiptForm::Individual;
    receipt.kind = sequence % 5 == 0 ? ReceiptKind::Annual : ReceiptKind::Gift;
    receipt.donorName = QStringLiteral("Donatrice n° %1").arg(sequence);
    receipt.donorSiren = receipt.form == ReceiptForm::Company ? QStringLiteral("552100554") : QString();
    receipt.donorAddress = QStringLiteral("%1 chemin des Vignes\n81600 Gaillac").arg(sequence % 90 + 1);
    const int gifts = receipt.kind == ReceiptKind::Annual ? annualGifts : 1;
    for (int i = 0; i < gifts; ++i) {
        ReceiptGift gift;
        gift.date = QDate(2027, 1, 4).addDays(7 * i + sequence % 7);
        gift.method = i % 3 ? ReceiptMethod::Transfer : ReceiptMethod::Cheque;
        gift.giftCents = gift.receiptedCents = 2000 + 37 * sequence + i;
        receipt.gifts.append(gift);
        receipt.amountCents += gift.receiptedCents;
    }
    receipt.periodFrom = receipt.kind == ReceiptKind::Annual ? QDate(2027, 1, 1) : receipt.gifts.first().date;
    receipt.periodTo = receipt.kind == ReceiptKind::Annual ? QDate(2027, 12, 31) : receipt.gifts.first().date;
    receipt.issuedOn = QDate(2028, 1, 15);
    return receipt;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("receipts"), QStringLiteral("How many receipts."), QStringLiteral("N"),
                       QStringLiteral("1300") });
    parser.addOption({ QStringLiteral("annual-gifts"), QStringLiteral("Gifts on an annual receipt."),
                       QStringLiteral("G"), QStringLiteral("12") });
    parser.addOption({ QStringLiteral("threads"), QStringLiteral("Worker threads."), QStringLiteral("T"),
                       QStringLiteral("1") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Where to write."), QStringLiteral("DIR") });
    parser.process(app);
    const int count = parser.value(QStringLiteral("receipts")).toInt();
    const int annualGifts = parser.value(QStringLiteral("annual-gifts")).toInt();
    const int threads = std::max(1, parser.value(QStringLiteral("threads")).toInt());
    QTemporaryDir temporary;
    const QString dir
        = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    QDir().mkpath(dir);

    const Association signer = association();
    std::vector<Receipt> receipts;
    for (int i = 1; i <= count; ++i)
        receipts.push_back(receipt(i, annualGifts));
    // The first receipt loads the fonts: timed apart.
    QElapsedTimer timer;
    timer.start();
    ReceiptPdf::write(receipt(0, annualGifts), signer, FrenchSpelling::Traditional,
                      dir + QStringLiteral("/warm.pdf"));
    const qint64 firstMs = timer.elapsed();

    std::atomic<int> next { 0 };
    std::atomic<int> failures { 0 };
    timer.restart();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (int i = next++; i < count; i = next++) {
                const QString path = QStringLiteral("%1/recu-%2.pdf").arg(dir, receipts[size_t(i)].number);
                if (!ReceiptPdf::write(receipts[size_t(i)], signer, FrenchSpelling::Traditional, path)
                         .isEmpty())
                    ++failures;
            }
        });
    }
    for (std::thread& worker : workers)
        worker.join();
    const qint64 ms = timer.elapsed();
    qint64 bytes = 0;
    for (const Receipt& written : receipts)
        bytes += QFileInfo(QStringLiteral("%1/recu-%2.pdf").arg(dir, written.number)).size();

    QTextStream out(stdout);
    out << "receipts: " << count << " (annual ones with " << annualGifts << " gifts), threads: " << threads
        << '\n'
        << "first receipt (fonts loaded): " << firstMs << " ms\n"
        << "total: " << ms << " ms, per receipt: " << double(ms) / std::max(1, count) << " ms\n"
        << "average file: " << bytes / std::max(1, count) / 1024 << " KiB, failures: " << failures << '\n';
    return failures == 0 ? 0 : 1;
}
