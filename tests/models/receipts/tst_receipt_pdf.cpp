// Tax receipts as PDF/A-1b files, read back with Qt PDF: every mention of the Cerfa for an
// individual and for a company, an annual receipt over two pages, a cancelled one, a replacement,
// and a file that cannot be written.
#include "ReceiptSamples.h"

#include "receipts/ReceiptPdf.h"
#include "reports/BordereauWriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

// A box of the form, ticked ("X" drawn in it, then its label) or not.
bool ticked(const QString& text, const QString& label)
{
    return text.contains(QRegularExpression(u"(^|\\s)X\\s*"_s + QRegularExpression::escape(label)));
}

} // namespace

class TestReceiptPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void individualReceiptHoldsEveryMentionOfCerfa11580();
    void companyReceiptFollowsCerfa16216();
    void annualReceiptListsEveryGiftOverNumberedPages();
    void cancelledReceiptIsStampedWithItsReasonOnEveryPage();
    void replacementNamesTheReceiptItReplaces();
    void receiptIsPdfA1bWithItsTitleAndSignature();
    void longTextRunsOnToTheNextPageWhole();
    void unwritablePathGivesAMessageAndNoFile();
    void receiptsAreWrittenFromWorkerThreads();

private:
    QString write(const Receipt& receipt, FrenchSpelling spelling = FrenchSpelling::Traditional);

    QTemporaryDir m_dir;
};

void TestReceiptPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The interface in English: the receipt stays in French, its amounts in French format.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QString TestReceiptPdf::write(const Receipt& receipt, FrenchSpelling spelling)
{
    const QString path = m_dir.filePath(u"recu-%1.pdf"_s.arg(receipt.number));
    const QString problem = ReceiptPdf::write(receipt, receiptAssociation(), spelling, path);
    if (!problem.isEmpty())
        qWarning().noquote() << problem;
    return problem.isEmpty() ? path : QString();
}

void TestReceiptPdf::individualReceiptHoldsEveryMentionOfCerfa11580()
{
    const QString path = write(individualReceipt());
    QVERIFY(!path.isEmpty());
    int pages = 0;
    const QString text = normalized(pdfText(path, &pages));
    QCOMPARE(pages, 1);
    for (
        const QString& mention : {
            u"Reçu au titre des dons à certains organismes d'intérêt général"_s,
            u"Cerfa n° 11580*05"_s,
            u"Articles 200, 238 bis et 978 du code général des impôts"_s,
            u"Numéro d'ordre du reçu : 2027-00001"_s,
            u"Bénéficiaire des versements"_s,
            u"Nom ou dénomination : Zone humide du Tarn"_s,
            u"N° RNA : W813000123"_s,
            u"N° SIREN : 732829320"_s,
            u"Adresse : 12 rue des Saules, 81000 Albi"_s,
            u"Objet : Protéger les zones humides du Tarn et leur faune"_s,
            u"Donateur"_s,
            u"Nom et prénoms : Jeanne Dupré"_s,
            u"Adresse : 3 chemin des Vignes, 81600 Gaillac"_s,
            u"***1 080,50 €***"_s,
            u"Somme en toutes lettres : mille quatre-vingts euros et cinquante centimes"_s,
            u"Date du versement ou du don : 12 mars 2027"_s,
            u"Don de 1 100,50 €, diminué de la valeur de la contrepartie reçue par le donateur : 20,00 € déduits."_s,
            u"Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à "
            u"la "
            u"réduction d'impôt prévue à l'article"_s,
            u"Forme du don"_s,
            u"Nature du don"_s,
            u"mode de versement du don"_s,
            u"Fait à Albi, le 20 mars 2027"_s,
            u"Claire Martin, présidente"_s,
            u"Reçu n° 2027-00001"_s,
        })
        QVERIFY2(text.contains(mention), qPrintable(mention));
    // Every box of the form, the right ones ticked.
    for (const ReceiptCategory category : ReceiptCodes::categories()) {
        const QString label = ReceiptCodes::categoryCerfaText(category);
        QVERIFY2(text.contains(label), qPrintable(label));
        QCOMPARE(ticked(text, label), category == ReceiptCategory::GeneralInterestEnvironment);
    }
    QVERIFY(ticked(text, u"200 du CGI"_s));
    QVERIFY(!ticked(text, u"238 bis du CGI"_s));
    QVERIFY(!ticked(text, u"978 du CGI"_s));
    QVERIFY(ticked(text, u"Déclaration de don manuel"_s));
    for (const QString& unticked :
         { u"Acte authentique"_s, u"Acte sous seing privé"_s, u"Autres"_s, u"Titres de sociétés cotés"_s,
           u"Remise d'espèces"_s, u"Virement, prélèvement, carte bancaire"_s }) {
        QVERIFY2(text.contains(unticked), qPrintable(unticked));
        QVERIFY2(!ticked(text, unticked), qPrintable(unticked));
    }
    QVERIFY(ticked(text, u"Numéraire"_s));
    QVERIFY(ticked(text, u"Chèque"_s));
    QVERIFY(!text.contains(u"ANNULÉ"_s));
    QVERIFY(!text.contains(u"page 1"_s)); // one page: no page numbers
}

void TestReceiptPdf::companyReceiptFollowsCerfa16216()
{
    const QString path = write(companyReceipt(), FrenchSpelling::Rectified1990);
    QVERIFY(!path.isEmpty());
    const QString text = normalized(pdfText(path));
    for (const QString& mention : {
             u"Reçu des dons et versements effectués par les entreprises au titre de l'article 238 bis du "
             u"code "
             u"général des impôts"_s,
             u"Cerfa n° 16216*01"_s,
             u"Numéro d'ordre du reçu : 2027-00002"_s,
             u"Dénomination : Menuiserie Albigeoise SARL"_s,
             u"N° SIREN : 552100554"_s,
             u"Adresse : Zone artisanale de Pélissier, 81000 Albi"_s,
             u"***5 000,00 €***"_s,
             u"Somme en toutes lettres : cinq-mille euros"_s,
             u"Date du versement ou du don : 2 mai 2027"_s,
         })
        QVERIFY2(text.contains(mention), qPrintable(mention));
    QVERIFY(!text.contains(u"11580"_s));
    QVERIFY(!text.contains(u"Nom et prénoms"_s));
    QVERIFY(!text.contains(u"contrepartie"_s));
    QVERIFY(ticked(text, u"238 bis du CGI"_s));
    QVERIFY(!ticked(text, u"200 du CGI"_s));
    QVERIFY(!ticked(text, u"978 du CGI"_s));
    QVERIFY(ticked(text, u"Virement, prélèvement, carte bancaire"_s));
    QVERIFY(!ticked(text, u"Chèque"_s));
}

void TestReceiptPdf::annualReceiptListsEveryGiftOverNumberedPages()
{
    Receipt receipt = annualReceipt(52);
    receipt.gifts[1].counterpartCents = 300;
    receipt.gifts[1].receiptedCents -= 300;
    receipt.amountCents -= 300;
    const QString path = write(receipt);
    QVERIFY(!path.isEmpty());
    int pages = 0;
    const QString text = normalized(pdfText(path, &pages));
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    for (int page = 1; page <= pages; ++page)
        QVERIFY(text.contains(u"Reçu n° 2027-00003 — page %1 / %2"_s.arg(page).arg(pages)));
    QVERIFY(text.contains(u"Reçu récapitulatif annuel des dons de l'année 2027"_s));
    QVERIFY(text.contains(u"Période : du 1er janvier 2027 au 31 décembre 2027"_s));
    QVERIFY(!text.contains(u"Date du versement ou du don"_s));
    // The table's header on each page it runs to, then every gift.
    QVERIFY(text.count(u"Contrepartie déduite"_s) >= 2);
    for (const ReceiptGift& gift : receipt.gifts) {
        const QString date = BordereauWriter::frenchDate(gift.date);
        QVERIFY2(text.contains(date), qPrintable(date));
        const QString amount = u"%1,%2 €"_s.arg(gift.receiptedCents / 100)
                                   .arg(gift.receiptedCents % 100, 2, 10, QLatin1Char('0'));
        QVERIFY2(text.contains(amount), qPrintable(amount));
    }
    QVERIFY(text.contains(u"11 janvier 2027 10,02 € 3,00 € 7,02 €"_s));
    QVERIFY(text.contains(u"27 décembre 2027"_s));
    QVERIFY(text.contains(u"***530,78 €***"_s));
    QVERIFY(text.contains(u"Dons de 533,78 € au total, diminués de la valeur des contreparties reçues par le "
                          u"donateur : 3,00 € déduits."_s));
    // Cash and transfers among the gifts: both boxes ticked, the cheque's not.
    QVERIFY(ticked(text, u"Remise d'espèces"_s));
    QVERIFY(ticked(text, u"Virement, prélèvement, carte bancaire"_s));
    QVERIFY(!ticked(text, u"Chèque"_s));
    // The signature comes after the list, on the last page.
    QVERIFY(text.lastIndexOf(u"Fait à Albi, le 15 janvier 2028"_s) > text.lastIndexOf(u"27 décembre 2027"_s));
}

void TestReceiptPdf::cancelledReceiptIsStampedWithItsReasonOnEveryPage()
{
    Receipt receipt = annualReceipt(52);
    receipt.sequence = 5;
    receipt.number = ReceiptCodes::number(2027, 5);
    receipt.status = ReceiptStatus::Cancelled;
    receipt.cancelledOn = QDate(2028, 2, 3);
    receipt.cancelReason = u"Adresse du donateur erronée"_s;
    const QString path = write(receipt);
    QVERIFY(!path.isEmpty());
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QVERIFY(document.pageCount() >= 2);
    for (int page = 0; page < document.pageCount(); ++page) {
        const QString text = normalized(document.getAllText(page).text());
        QVERIFY2(text.contains(u"Reçu n° 2027-00005 — ANNULÉ — page %1"_s.arg(page + 1)), qPrintable(text));
    }
    const QString text = normalized(pdfText(path));
    QVERIFY(text.contains(u"ANNULÉ le 3 février 2028 : ce reçu n'ouvre droit à aucune réduction d'impôt."_s));
    QVERIFY(text.contains(u"Motif : Adresse du donateur erronée"_s));
}

void TestReceiptPdf::replacementNamesTheReceiptItReplaces()
{
    Receipt receipt = individualReceipt();
    receipt.sequence = 4;
    receipt.number = ReceiptCodes::number(2027, 4);
    receipt.replacesNumber = ReceiptCodes::number(2027, 3);
    receipt.replacesUuid = QUuid::createUuid();
    const QString path = write(receipt);
    QVERIFY(!path.isEmpty());
    const QString text = normalized(pdfText(path));
    QVERIFY(text.contains(u"Numéro d'ordre du reçu : 2027-00004"_s));
    QVERIFY(text.contains(u"Ce reçu annule et remplace le reçu n° 2027-00003."_s));
    QVERIFY(!text.contains(u"ANNULÉ"_s));
}

void TestReceiptPdf::receiptIsPdfA1bWithItsTitleAndSignature()
{
    const QString path = write(individualReceipt());
    QVERIFY(!path.isEmpty());
    QVERIFY(declaresPdfA1b(path));
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QCOMPARE(document.metaData(QPdfDocument::MetaDataField::Title).toString(),
             u"Reçu fiscal n° 2027-00001"_s);
    QCOMPARE(document.metaData(QPdfDocument::MetaDataField::Creator).toString(), u"CaseDesk"_s);
    const QSizeF a4 = document.pagePointSize(0);
    QVERIFY2(qAbs(a4.width() - 595.3) < 1 && qAbs(a4.height() - 841.9) < 1,
             qPrintable(u"%1 x %2"_s.arg(a4.width()).arg(a4.height())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("/Subtype /Image")); // the signature
    // and no transparency (PDF/A-1): no soft mask, only the graphics state's "/SMask /None"
    QVERIFY(!QString::fromLatin1(bytes).contains(QRegularExpression(u"/SMask\\s+\\d+\\s+0\\s+R"_s)));

    // Without a signature image, none is drawn.
    Association association = receiptAssociation();
    association.signaturePng.clear();
    const QString bare = m_dir.filePath(u"bare.pdf"_s);
    QCOMPARE(ReceiptPdf::write(individualReceipt(), association, FrenchSpelling::Traditional, bare),
             QString());
    QFile bareFile(bare);
    QVERIFY(bareFile.open(QIODevice::ReadOnly));
    QVERIFY(!bareFile.readAll().contains("/Subtype /Image"));
}

void TestReceiptPdf::longTextRunsOnToTheNextPageWhole()
{
    Association association = receiptAssociation();
    QStringList words;
    for (int i = 1; i <= 900; ++i)
        words.append(u"mot%1"_s.arg(i));
    association.purpose = words.join(u' ');
    const QString path = m_dir.filePath(u"long.pdf"_s);
    QCOMPARE(ReceiptPdf::write(individualReceipt(), association, FrenchSpelling::Traditional, path),
             QString());
    int pages = 0;
    const QString text = normalized(pdfText(path, &pages));
    QVERIFY(pages >= 2);
    QVERIFY(text.contains(u"Objet : mot1 mot2 mot3"_s));
    QVERIFY(text.contains(u"mot899 mot900"_s));
    for (const QString& word : std::as_const(words))
        QVERIFY2(text.contains(word + u' '), qPrintable(word));
    QVERIFY(text.contains(u"Reçu n° 2027-00001 — page %1 / %1"_s.arg(pages)));
}

void TestReceiptPdf::unwritablePathGivesAMessageAndNoFile()
{
    const QString folder = m_dir.filePath(u"missing"_s);
    const QString path = folder + u"/recu-2027-00001.pdf"_s;
    const QString problem
        = ReceiptPdf::write(individualReceipt(), receiptAssociation(), FrenchSpelling::Traditional, path);
    QVERIFY(problem.contains(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(folder));
}

void TestReceiptPdf::receiptsAreWrittenFromWorkerThreads()
{
    QStringList problems(4);
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([this, i, &problems] {
            Receipt receipt = i % 2 ? annualReceipt(10 + i) : individualReceipt();
            receipt.number = ReceiptCodes::number(2027, 100 + i);
            const QString path = m_dir.filePath(u"thread-%1.pdf"_s.arg(i));
            problems[i] = ReceiptPdf::write(receipt, receiptAssociation(), FrenchSpelling::Traditional, path);
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(problems.at(i), QString());
        const QString text = normalized(pdfText(m_dir.filePath(u"thread-%1.pdf"_s.arg(i))));
        QVERIFY(text.contains(u"Numéro d'ordre du reçu : 2027-%1"_s.arg(100 + i, 5, 10, QLatin1Char('0'))));
    }
}

QTEST_MAIN(TestReceiptPdf)
#include "tst_receipt_pdf.moc"
