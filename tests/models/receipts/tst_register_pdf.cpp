// The register of a year's receipts (LPF art. L14 A) as a PDF/A-1b file, read back with Qt PDF:
// every number in order over several pages, each with the table's header and its page number,
// the cancelled ones and what replaced them, the totals.
#include "ReceiptSamples.h"

#include "common/Money.h"
#include "receipts/RegisterPdf.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

QString euros(qint64 cents)
{
    return normalized(Money::format(cents, QLocale(QLocale::French, QLocale::France)));
}

// 120 receipts of 2027, the 5th cancelled and replaced by the 121st.
QList<Receipt> yearOfReceipts()
{
    QList<Receipt> receipts;
    for (int sequence = 1; sequence <= 121; ++sequence) {
        Receipt receipt = sequence % 10 == 0 ? companyReceipt() : individualReceipt();
        receipt.sync.uuid = QUuid::createUuid();
        receipt.sequence = sequence;
        receipt.number = ReceiptCodes::number(2027, sequence);
        receipt.kind = sequence % 7 == 0 ? ReceiptKind::Annual : ReceiptKind::Gift;
        receipt.donorName = u"Donateur n° %1"_s.arg(sequence, 3, 10, QLatin1Char('0'));
        receipt.amountCents = sequence * 1000 + 50;
        receipt.issuedOn = QDate(2027, 1, 1).addDays(sequence * 2);
        receipts.append(receipt);
    }
    receipts[4].status = ReceiptStatus::Cancelled;
    receipts[4].cancelledOn = QDate(2028, 2, 3);
    receipts[4].cancelReason = u"Montant erroné"_s;
    receipts[120].replacesUuid = receipts[4].sync.uuid;
    receipts[120].replacesNumber = receipts[4].number;
    return receipts;
}

} // namespace

class TestRegisterPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void registerListsEveryNumberInOrderUnderARepeatedHeader();
    void cancelledReceiptsAreMarkedWithTheirReplacement();
    void totalsSeparateValidAndCancelledReceipts();
    void emptyYearSaysSo();
    void unwritablePathGivesAMessageAndNoFile();

private:
    QString write(const QList<Receipt>& receipts);

    QTemporaryDir m_dir;
};

QString TestRegisterPdf::write(const QList<Receipt>& receipts)
{
    const QString path = m_dir.filePath(u"registre-%1.pdf"_s.arg(receipts.size()));
    const QString problem = RegisterPdf::write(2027, receipts, receiptAssociation(), path);
    if (!problem.isEmpty())
        qWarning().noquote() << problem;
    return problem.isEmpty() ? path : QString();
}

void TestRegisterPdf::registerListsEveryNumberInOrderUnderARepeatedHeader()
{
    QList<Receipt> receipts = yearOfReceipts();
    std::shuffle(receipts.begin(), receipts.end(), std::mt19937(13));
    const QString path = write(receipts);
    QVERIFY(!path.isEmpty());
    QVERIFY(declaresPdfA1b(path));
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    const int pages = document.pageCount();
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QCOMPARE(document.metaData(QPdfDocument::MetaDataField::Title).toString(),
             u"Registre des reçus fiscaux de l'année 2027"_s);
    for (int page = 0; page < pages; ++page) {
        const QString text = normalized(document.getAllText(page).text());
        QVERIFY2(text.contains(u"N° du reçu Émis le Donateur Type Montant Statut"_s), qPrintable(text));
        QVERIFY(text.contains(
            u"Registre des reçus fiscaux 2027 — Zone humide du Tarn — page %1 / %2"_s.arg(page + 1).arg(
                pages)));
    }
    const QString text = normalized(pdfText(path));
    QVERIFY(text.contains(u"Registre des reçus fiscaux de l'année 2027"_s));
    QVERIFY(text.contains(u"Bénéficiaire : Zone humide du Tarn N° RNA : W813000123 N° SIREN : 732829320"_s));
    QVERIFY(text.contains(u"article L14 A du livre des procédures fiscales"_s));
    qsizetype previous = -1;
    for (const Receipt& receipt : yearOfReceipts()) { // in order
        const QString row = receipt.number + u' ' + receipt.issuedOn.toString(u"dd/MM/yyyy"_s);
        const qsizetype at = text.indexOf(row);
        QVERIFY2(at > previous, qPrintable(row));
        previous = at;
    }
    QVERIFY(text.contains(u"2027-00001 03/01/2027 Donateur n° 001 Par don, particulier 10,50 € Émis"_s));
    QVERIFY(text.contains(u"2027-00070 21/05/2027 Donateur n° 070 Annuel, entreprise 700,50 € Émis"_s));
}

void TestRegisterPdf::cancelledReceiptsAreMarkedWithTheirReplacement()
{
    const QString text = normalized(pdfText(write(yearOfReceipts())));
    QVERIFY(text.contains(
        u"2027-00005 11/01/2027 Donateur n° 005 Par don, particulier 50,50 € ANNULÉ le 03/02/2028 "
        u"Remplacé par le n° 2027-00121 Motif : Montant erroné"_s));
    QVERIFY(text.contains(
        u"2027-00121 31/08/2027 Donateur n° 121 Par don, particulier 1 210,50 € Émis Remplace le n° 2027-00005"_s));
    QCOMPARE(text.count(u"ANNULÉ"_s), 1);

    // The replacement found by its reference alone when the number was not read with it.
    QList<Receipt> receipts = yearOfReceipts();
    receipts[120].replacesNumber.clear();
    const QString byUuid = normalized(pdfText(write(receipts)));
    QVERIFY(byUuid.contains(u"Remplacé par le n° 2027-00121"_s));
}

void TestRegisterPdf::totalsSeparateValidAndCancelledReceipts()
{
    const QList<Receipt> receipts = yearOfReceipts();
    qint64 valid = 0;
    for (const Receipt& receipt : receipts)
        valid += receipt.status == ReceiptStatus::Issued ? receipt.amountCents : 0;
    const QString text = normalized(pdfText(write(receipts)));
    QVERIFY(text.contains(u"Totaux de l'année 2027"_s));
    const QString validLine = u"Reçus émis et valides : 120, pour un montant de %1"_s.arg(euros(valid));
    QVERIFY2(text.contains(validLine), qPrintable(validLine));
    QVERIFY(text.contains(u"Reçus annulés : 1, pour un montant de 50,50 €"_s));
    QVERIFY(text.contains(u"Numéros attribués : 121"_s));
}

void TestRegisterPdf::emptyYearSaysSo()
{
    int pages = 0;
    const QString text = normalized(pdfText(write({}), &pages));
    QCOMPARE(pages, 1);
    QVERIFY(text.contains(u"Aucun reçu délivré cette année."_s));
    QVERIFY(text.contains(u"Reçus émis et valides : 0, pour un montant de 0,00 €"_s));
    QVERIFY(text.contains(u"page 1 / 1"_s));
}

void TestRegisterPdf::unwritablePathGivesAMessageAndNoFile()
{
    const QString path = m_dir.filePath(u"missing/registre.pdf"_s);
    const QString problem = RegisterPdf::write(2027, yearOfReceipts(), receiptAssociation(), path);
    QVERIFY(problem.contains(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestRegisterPdf)
#include "tst_register_pdf.moc"
