// What the receipt and register PDF tests share: an association that may issue receipts,
// receipts to print, and the text of a PDF read back with Qt PDF.
#pragma once

#include "PdfText.h"
#include "campaigns/Association.h"
#include "receipts/Receipt.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace casedesk::test {

using namespace Qt::StringLiterals;

inline Association receiptAssociation()
{
    Association association;
    association.name = u"Zone humide du Tarn"_s;
    association.rna = u"W813000123"_s;
    association.siren = u"732829320"_s;
    association.address = u"12 rue des Saules\n81000 Albi"_s;
    association.purpose = u"Protéger les zones humides du Tarn et leur faune"_s;
    association.generalInterest = true;
    association.signatoryName = u"Claire Martin"_s;
    association.signatoryRole = u"présidente"_s;
    association.receiptCategory = u"general_interest_environment"_s;
    association.receiptPlace = u"Albi"_s;
    // A signature with transparency, as people scan them.
    QImage image(300, 100, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setPen(QPen(Qt::darkBlue, 4));
        painter.drawLine(10, 80, 120, 20);
        painter.drawLine(120, 20, 290, 70);
    }
    QBuffer buffer(&association.signaturePng);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return association;
}

inline ReceiptGift receiptGift(const QDate& date, qint64 cents, qint64 counterpartCents = 0,
                               ReceiptMethod method = ReceiptMethod::Transfer)
{
    ReceiptGift gift;
    gift.donationUuid = QUuid::createUuid();
    gift.date = date;
    gift.method = method;
    gift.giftCents = cents;
    gift.counterpartCents = counterpartCents;
    gift.receiptedCents = cents - counterpartCents;
    return gift;
}

// A per-gift receipt to an individual: 1 100,50 € by cheque, less a 20 € counterpart.
inline Receipt individualReceipt()
{
    Receipt receipt;
    receipt.sync.uuid = QUuid::createUuid();
    receipt.year = 2027;
    receipt.sequence = 1;
    receipt.number = ReceiptCodes::number(2027, 1);
    receipt.kind = ReceiptKind::Gift;
    receipt.form = ReceiptForm::Individual;
    receipt.donorName = u"Jeanne Dupré"_s;
    receipt.donorAddress = u"3 chemin des Vignes\n81600 Gaillac"_s;
    receipt.gifts = { receiptGift(QDate(2027, 3, 12), 110050, 2000, ReceiptMethod::Cheque) };
    receipt.amountCents = 108050;
    receipt.periodFrom = receipt.periodTo = QDate(2027, 3, 12);
    receipt.issuedOn = QDate(2027, 3, 20);
    return receipt;
}

inline Receipt companyReceipt()
{
    Receipt receipt = individualReceipt();
    receipt.sequence = 2;
    receipt.number = ReceiptCodes::number(2027, 2);
    receipt.form = ReceiptForm::Company;
    receipt.donorName = u"Menuiserie Albigeoise SARL"_s;
    receipt.donorSiren = u"552100554"_s;
    receipt.donorAddress = u"Zone artisanale de Pélissier\n81000 Albi"_s;
    receipt.gifts = { receiptGift(QDate(2027, 5, 2), 500000) };
    receipt.amountCents = 500000;
    receipt.periodFrom = receipt.periodTo = QDate(2027, 5, 2);
    return receipt;
}

// An annual receipt of `count` gifts, one a week from the 4th of January, of 10,01 €, 10,02 €...
inline Receipt annualReceipt(int count)
{
    Receipt receipt = individualReceipt();
    receipt.sequence = 3;
    receipt.number = ReceiptCodes::number(2027, 3);
    receipt.kind = ReceiptKind::Annual;
    receipt.gifts.clear();
    receipt.amountCents = 0;
    for (int i = 0; i < count; ++i) {
        const ReceiptMethod method = i % 2 ? ReceiptMethod::Cash : ReceiptMethod::Transfer;
        receipt.gifts.append(receiptGift(QDate(2027, 1, 4).addDays(7 * i), 1001 + i, 0, method));
        receipt.amountCents += 1001 + i;
    }
    receipt.periodFrom = QDate(2027, 1, 1);
    receipt.periodTo = QDate(2027, 12, 31);
    receipt.issuedOn = QDate(2028, 1, 15);
    return receipt;
}

} // namespace casedesk::test
