#include "receipts/ReceiptPdf.h"

#include "campaigns/Association.h"
#include "common/Money.h"
#include "reports/BordereauWriter.h"
#include "reports/PdfFlow.h"

#include <QDir>
#include <QImage>
#include <QLocale>
#include <QMutex>
#include <QPainter>

namespace casedesk {

namespace {

// The form's own words (see the class comment: deliberately French, not translated).
namespace Fr {
const QString kIndividualTitle
    = QStringLiteral("Reçu au titre des dons à certains organismes d'intérêt général");
const QString kIndividualArticles = QStringLiteral("Articles 200, 238 bis et 978 du code général des impôts");
const QString kIndividualCerfa = QStringLiteral("Cerfa n° 11580*05");
const QString kCompanyTitle
    = QStringLiteral("Reçu des dons et versements effectués par les entreprises au titre "
                     "de l'article 238 bis du code général des impôts");
const QString kCompanyCerfa = QStringLiteral("Cerfa n° 16216*01");
const QString kNumber = QStringLiteral("Numéro d'ordre du reçu\u00A0: %1");
const QString kAnnual = QStringLiteral("Reçu récapitulatif annuel des dons de l'année %1");
const QString kReplaces = QStringLiteral("Ce reçu annule et remplace le reçu n° %1.");
const QString kCancelled = QStringLiteral("ANNULÉ");
const QString kCancelledOn
    = QStringLiteral("ANNULÉ le %1\u00A0: ce reçu n'ouvre droit à aucune réduction d'impôt.");
const QString kCancelledUndated
    = QStringLiteral("ANNULÉ\u00A0: ce reçu n'ouvre droit à aucune réduction d'impôt.");
const QString kReason = QStringLiteral("Motif\u00A0: %1");
const QString kBeneficiary = QStringLiteral("Bénéficiaire des versements");
const QString kBeneficiaryName = QStringLiteral("Nom ou dénomination\u00A0: %1");
const QString kRna = QStringLiteral("N° RNA\u00A0: %1");
const QString kSiren = QStringLiteral("N° SIREN\u00A0: %1");
const QString kAddress = QStringLiteral("Adresse\u00A0: %1");
const QString kPurpose = QStringLiteral("Objet\u00A0: %1");
const QString kCategory = QStringLiteral("Catégorie de l'organisme (case cochée)\u00A0:");
const QString kDonor = QStringLiteral("Donateur");
const QString kDonorName = QStringLiteral("Nom et prénoms\u00A0: %1");
const QString kCompanyName = QStringLiteral("Dénomination\u00A0: %1");
const QString kGifts = QStringLiteral("Dons et versements");
const QString kReceived
    = QStringLiteral("Le bénéficiaire reconnaît avoir reçu au titre des dons et versements "
                     "ouvrant droit à réduction d'impôt, la somme de\u00A0:");
const QString kInWords = QStringLiteral("Somme en toutes lettres\u00A0: %1");
const QString kGiftDate = QStringLiteral("Date du versement ou du don\u00A0: %1");
const QString kPeriod = QStringLiteral("Période\u00A0: du %1 au %2");
const QString kCounterpart = QStringLiteral("Don de %1, diminué de la valeur de la contrepartie reçue par le "
                                            "donateur\u00A0: %2 déduits.");
const QString kCounterparts
    = QStringLiteral("Dons de %1 au total, diminués de la valeur des contreparties reçues "
                     "par le donateur\u00A0: %2 déduits.");
const QStringList kGiftColumns = { QStringLiteral("Date du don"), QStringLiteral("Montant du don"),
                                   QStringLiteral("Contrepartie déduite"), QStringLiteral("Montant retenu") };
const QString kCertifies
    = QStringLiteral("Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il "
                     "reçoit ouvrent droit à la réduction d'impôt prévue à l'article\u00A0:");
const QString kArticle200 = QStringLiteral("200 du CGI");
const QString kArticle238 = QStringLiteral("238 bis du CGI");
const QString kArticle978 = QStringLiteral("978 du CGI");
const QString kForm = QStringLiteral("Forme du don\u00A0:");
const QString kFormDeed = QStringLiteral("Acte authentique");
const QString kFormPrivate = QStringLiteral("Acte sous seing privé");
const QString kFormManual = QStringLiteral("Déclaration de don manuel");
const QString kOther = QStringLiteral("Autres");
const QString kNature = QStringLiteral("Nature du don\u00A0:");
const QString kNatureCash = QStringLiteral("Numéraire");
const QString kNatureShares = QStringLiteral("Titres de sociétés cotés");
const QString kMethod = QStringLiteral("En cas de don en numéraire, mode de versement du don\u00A0:");
const QString kSignature = QStringLiteral("Date et signature");
const QString kPlaceDate = QStringLiteral("Fait à %1, le %2");
const QString kDate = QStringLiteral("Fait le %1");
const QString kFooter = QStringLiteral("Reçu n° %1");
const QString kPage = QStringLiteral(" — page %1 / %2");
const QString kPdfTitle = QStringLiteral("Reçu fiscal n° %1");
} // namespace Fr

struct Choice
{
    QString text;
    bool ticked = false;
};

const QLocale& french()
{
    static const QLocale locale(QLocale::French, QLocale::France);
    return locale;
}

// "1 080,50 €" with no-break spaces (see PdfFlow::font).
QString money(qint64 cents)
{
    return Money::format(cents, french()).replace(QChar(0x202F), QChar(0x00A0));
}

QString oneLine(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines.join(QStringLiteral(", "));
}

qreal boxSide()
{
    return PdfFlow::mm(2.6);
}

// A form's box, ticked with an X, its top-left at x, centred on a line of the given height.
void paintBox(QPainter& painter, qreal x, qreal lineTop, qreal lineHeight, bool ticked, const QFont& font)
{
    const QRectF box(x, lineTop + (lineHeight - boxSide()) / 2, boxSide(), boxSide());
    painter.drawRect(box);
    if (ticked) {
        painter.setFont(font);
        painter.drawText(box, Qt::AlignCenter, QStringLiteral("X"));
    }
}

// A label, then boxes side by side, wrapping to the next line when the width is full.
void choiceRow(PdfFlow& flow, int section, const QString& label, const QList<Choice>& choices)
{
    const QFont font = flow.body();
    const QFont tick = PdfFlow::font(7, true);
    const qreal padding = PdfFlow::mm(2);
    const qreal gap = PdfFlow::mm(1.5);
    const qreal spacing = PdfFlow::mm(5);
    const qreal lineHeight = flow.textHeight(font, label, flow.width());
    const qreal right = flow.width() - padding;
    const qreal ascent = flow.ascent(font);
    QList<QPointF> positions; // of each choice's box, relative to the block
    qreal x = label.isEmpty() ? padding + PdfFlow::mm(5) : padding + flow.textWidth(font, label) + spacing;
    qreal y = 0;
    for (const Choice& choice : choices) {
        const qreal itemWidth = boxSide() + gap + flow.textWidth(font, choice.text);
        if (x + itemWidth > right && x > padding) {
            x = padding + PdfFlow::mm(6);
            y += lineHeight;
        }
        positions.append(QPointF(x, y));
        x += itemWidth + spacing;
    }
    flow.add(
        y + lineHeight + PdfFlow::mm(0.8),
        [=](QPainter& painter, const QRectF& rect) {
            painter.setFont(font);
            painter.drawText(QPointF(rect.left() + padding, rect.top() + ascent), label);
            for (qsizetype i = 0; i < choices.size(); ++i) {
                const QPointF at = rect.topLeft() + positions.at(i);
                paintBox(painter, at.x(), at.y(), lineHeight, choices.at(i).ticked, tick);
                painter.setFont(font);
                painter.drawText(QPointF(at.x() + boxSide() + gap, at.y() + ascent), choices.at(i).text);
            }
        },
        section);
}

// One box per line, its text wrapped beside it.
void choiceList(PdfFlow& flow, int section, const QList<Choice>& choices)
{
    const QFont font = flow.body();
    const QFont tick = PdfFlow::font(7, true);
    const qreal indent = PdfFlow::mm(5);
    const qreal textLeft = indent + boxSide() + PdfFlow::mm(1.5);
    const qreal textWidth = flow.width() - textLeft - PdfFlow::mm(2);
    const qreal lineHeight = flow.textHeight(font, QStringLiteral("X"), textWidth);
    for (const Choice& choice : choices) {
        const qreal height = flow.textHeight(font, choice.text, textWidth);
        flow.add(
            height + PdfFlow::mm(0.5),
            [=](QPainter& painter, const QRectF& rect) {
                paintBox(painter, rect.left() + indent, rect.top(), lineHeight, choice.ticked, tick);
                painter.setFont(font);
                painter.drawText(QRectF(rect.left() + textLeft, rect.top(), textWidth, height),
                                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, choice.text);
            },
            section);
    }
}

void header(PdfFlow& flow, const Receipt& receipt)
{
    const bool company = receipt.form == ReceiptForm::Company;
    const QString title = company ? Fr::kCompanyTitle : Fr::kIndividualTitle;
    const QString articles = company ? QString() : Fr::kIndividualArticles;
    const QString cerfa = company ? Fr::kCompanyCerfa : Fr::kIndividualCerfa;
    const QFont heading = flow.heading();
    const QFont body = flow.body();
    const QFont bold = flow.bold();
    const qreal boxWidth = PdfFlow::mm(38);
    const qreal textWidth = flow.width() - boxWidth - PdfFlow::mm(5);
    const qreal titleHeight = flow.textHeight(heading, title, textWidth);
    const qreal articlesHeight = articles.isEmpty() ? 0 : flow.textHeight(body, articles, textWidth);
    const qreal boxHeight = flow.textHeight(bold, cerfa, boxWidth) + PdfFlow::mm(4);
    const qreal height = std::max(titleHeight + articlesHeight + PdfFlow::mm(1), boxHeight);
    flow.add(height, [=](QPainter& painter, const QRectF& rect) {
        painter.setFont(heading);
        painter.drawText(QRectF(rect.left(), rect.top(), textWidth, titleHeight),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
        painter.setFont(body);
        painter.drawText(
            QRectF(rect.left(), rect.top() + titleHeight + PdfFlow::mm(1), textWidth, articlesHeight),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, articles);
        const QRectF box(rect.right() - boxWidth, rect.top(), boxWidth, boxHeight);
        painter.drawRect(box);
        painter.setFont(bold);
        painter.drawText(box, Qt::AlignCenter, cerfa);
    });
    flow.space(3);
}

void numberSection(PdfFlow& flow, const Receipt& receipt)
{
    const int section = flow.newSection();
    flow.space(1.5, section);
    flow.paragraph(flow.bold(), Fr::kNumber.arg(receipt.number), section);
    if (receipt.kind == ReceiptKind::Annual)
        flow.paragraph(flow.body(), Fr::kAnnual.arg(receipt.periodFrom.year()), section);
    if (!receipt.replacesNumber.isEmpty())
        flow.paragraph(flow.bold(), Fr::kReplaces.arg(receipt.replacesNumber), section);
    flow.space(0.8, section);
    flow.space(3);
}

// The banner is one block, which must fit on a page: a reason is a sentence or two, never a page.
constexpr qsizetype kMaxReason = 1000;

void cancelledBanner(PdfFlow& flow, const Receipt& receipt)
{
    const QString line = receipt.cancelledOn.isValid()
        ? Fr::kCancelledOn.arg(BordereauWriter::frenchDate(receipt.cancelledOn))
        : Fr::kCancelledUndated;
    const QString text = receipt.cancelReason.trimmed().isEmpty()
        ? line
        : line + QLatin1Char('\n') + Fr::kReason.arg(oneLine(receipt.cancelReason).left(kMaxReason));
    const QFont font = flow.bold();
    const qreal padding = PdfFlow::mm(2);
    const qreal height = flow.textHeight(font, text, flow.width() - 2 * padding) + 2 * padding;
    flow.add(height, [=](QPainter& painter, const QRectF& rect) {
        const QPen pen = painter.pen();
        QPen red(QColor(0xb0, 0, 0));
        red.setWidthF(PdfFlow::mm(0.6));
        painter.setPen(red);
        painter.drawRect(rect);
        painter.setFont(font);
        painter.drawText(rect.adjusted(padding, padding, -padding, -padding),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        painter.setPen(pen);
    });
    flow.space(3);
    flow.setBackground([](QPainter& painter, const QRectF& page) {
        // Opaque (PDF/A-1 forbids transparency), under everything else.
        const QFont stamp = PdfFlow::font(96, true);
        painter.save();
        painter.setPen(QColor(0xf3, 0xc8, 0xc8));
        painter.setFont(stamp);
        painter.translate(page.center());
        painter.rotate(-50);
        painter.drawText(QRectF(-page.height() / 2, -page.width() / 4, page.height(), page.width() / 2),
                         Qt::AlignCenter, Fr::kCancelled);
        painter.restore();
    });
}

void beneficiarySection(PdfFlow& flow, const Association& association)
{
    const int section = flow.newSection();
    const int first = flow.blockCount();
    flow.sectionTitle(Fr::kBeneficiary, section);
    flow.space(1, section);
    flow.paragraph(flow.body(), Fr::kBeneficiaryName.arg(association.name.trimmed()), section);
    QStringList ids;
    if (!association.rna.trimmed().isEmpty())
        ids.append(Fr::kRna.arg(association.rna.trimmed()));
    if (!association.siren.trimmed().isEmpty())
        ids.append(Fr::kSiren.arg(association.siren.trimmed()));
    if (!ids.isEmpty())
        flow.paragraph(flow.body(), ids.join(QStringLiteral("     ")), section);
    flow.paragraph(flow.body(), Fr::kAddress.arg(oneLine(association.address)), section);
    flow.paragraph(flow.body(), Fr::kPurpose.arg(oneLine(association.purpose)), section);
    flow.paragraph(flow.body(), Fr::kCategory, section);
    const std::optional<ReceiptCategory> chosen = ReceiptCodes::categoryFromCode(association.receiptCategory);
    QList<Choice> categories;
    for (const ReceiptCategory category : ReceiptCodes::categories())
        categories.append(Choice { ReceiptCodes::categoryCerfaText(category), chosen == category });
    choiceList(flow, section, categories);
    flow.space(0.5, section);
    flow.keepTogether(first);
    flow.space(3);
}

void donorSection(PdfFlow& flow, const Receipt& receipt)
{
    const int section = flow.newSection();
    const int first = flow.blockCount();
    flow.sectionTitle(Fr::kDonor, section);
    flow.space(1, section);
    if (receipt.form == ReceiptForm::Company) {
        flow.paragraph(flow.body(), Fr::kCompanyName.arg(receipt.donorName.trimmed()), section);
        if (!receipt.donorSiren.trimmed().isEmpty())
            flow.paragraph(flow.body(), Fr::kSiren.arg(receipt.donorSiren.trimmed()), section);
    } else {
        flow.paragraph(flow.body(), Fr::kDonorName.arg(receipt.donorName.trimmed()), section);
    }
    flow.paragraph(flow.body(), Fr::kAddress.arg(oneLine(receipt.donorAddress)), section);
    flow.space(0.5, section);
    flow.keepTogether(first);
    flow.space(3);
}

// The table of an annual receipt's gifts; what comes before it from first stays with its first row.
void giftTable(PdfFlow& flow, const Receipt& receipt, int section, int first)
{
    const QList<PdfFlow::Column> columns
        = { { 40, Qt::AlignLeft }, { 44, Qt::AlignRight }, { 48, Qt::AlignRight }, { 44, Qt::AlignRight } };
    flow.space(1, section);
    const int header = flow.tableRow(columns, Fr::kGiftColumns, flow.bold(), section, true);
    for (const ReceiptGift& gift : receipt.gifts) {
        const QStringList cells
            = { BordereauWriter::frenchDate(gift.date), money(gift.giftCents),
                gift.counterpartCents > 0 ? money(gift.counterpartCents) : QStringLiteral("—"),
                money(gift.receiptedCents) };
        flow.tableRow(columns, cells, flow.body(), section, false, header);
        if (&gift == &receipt.gifts.first())
            flow.keepTogether(first);
    }
    flow.space(1.5, section);
}

void amountSection(PdfFlow& flow, const Receipt& receipt, FrenchSpelling spelling)
{
    const int section = flow.newSection();
    const int first = flow.blockCount();
    flow.sectionTitle(Fr::kGifts, section);
    flow.space(1, section);
    flow.paragraph(flow.body(), Fr::kReceived, section);
    flow.paragraph(flow.heading(), QStringLiteral("***%1***").arg(money(receipt.amountCents)), section, 0,
                   Qt::AlignHCenter);
    flow.paragraph(flow.body(), Fr::kInWords.arg(AmountInWords::euros(receipt.amountCents, spelling)),
                   section);
    qint64 given = 0;
    qint64 deducted = 0;
    for (const ReceiptGift& gift : receipt.gifts) {
        given += gift.giftCents;
        deducted += gift.counterpartCents;
    }
    if (receipt.kind == ReceiptKind::Annual) {
        flow.paragraph(flow.body(),
                       Fr::kPeriod.arg(BordereauWriter::frenchDate(receipt.periodFrom),
                                       BordereauWriter::frenchDate(receipt.periodTo)),
                       section);
        giftTable(flow, receipt, section, first);
        if (deducted > 0)
            flow.paragraph(flow.body(), Fr::kCounterparts.arg(money(given), money(deducted)), section);
    } else {
        flow.paragraph(flow.body(), Fr::kGiftDate.arg(BordereauWriter::frenchDate(receipt.periodFrom)),
                       section);
        if (deducted > 0)
            flow.paragraph(flow.body(), Fr::kCounterpart.arg(money(given), money(deducted)), section);
    }
    flow.space(0.5, section);
    if (receipt.kind == ReceiptKind::Gift)
        flow.keepTogether(first);
    flow.space(3);
}

void certificationSection(PdfFlow& flow, const Receipt& receipt)
{
    const int section = flow.newSection();
    const bool company = receipt.form == ReceiptForm::Company;
    flow.space(1.5, section);
    flow.paragraph(flow.body(), Fr::kCertifies, section);
    choiceRow(flow, section, QString(),
              { { Fr::kArticle200, !company }, { Fr::kArticle238, company }, { Fr::kArticle978, false } });
    choiceRow(flow, section, Fr::kForm,
              { { Fr::kFormDeed, false },
                { Fr::kFormPrivate, false },
                { Fr::kFormManual, true },
                { Fr::kOther, false } });
    choiceRow(flow, section, Fr::kNature,
              { { Fr::kNatureCash, true }, { Fr::kNatureShares, false }, { Fr::kOther, false } });
    const QList<ReceiptMethod> methods = receipt.methods();
    QList<Choice> boxes;
    for (const ReceiptMethod method : { ReceiptMethod::Cash, ReceiptMethod::Cheque, ReceiptMethod::Transfer })
        boxes.append(Choice { ReceiptCodes::methodCerfaText(method), methods.contains(method) });
    flow.paragraph(flow.body(), Fr::kMethod, section);
    choiceRow(flow, section, QString(), boxes);
    flow.space(0.5, section);
    flow.space(3);
}

// The signature composed on white (PDF/A-1 has no transparency, so no alpha channel either) and
// no finer than 300 dpi at its printed size: every receipt of a batch embeds it again. The last
// one is kept, for the next receipt of the batch.
QImage signatureImage(const QByteArray& png, const QSize& printed)
{
    static QMutex mutex;
    static QByteArray lastPng;
    static QImage lastImage;
    const QMutexLocker lock(&mutex);
    if (png == lastPng)
        return lastImage;
    QImage image;
    if (!png.isEmpty() && image.loadFromData(png, "PNG")) {
        if (image.width() > printed.width() || image.height() > printed.height())
            image = image.scaled(printed, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QImage opaque(image.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
        painter.end();
        image = opaque;
    } else {
        image = QImage();
    }
    lastPng = png;
    lastImage = image;
    return image;
}

void signatureSection(PdfFlow& flow, const Receipt& receipt, const Association& association)
{
    const int section = flow.newSection();
    flow.sectionTitle(Fr::kSignature, section);
    const QString date = BordereauWriter::frenchDate(receipt.issuedOn);
    const QString place = association.receiptPlace.trimmed();
    QString text = place.isEmpty() ? Fr::kDate.arg(date) : Fr::kPlaceDate.arg(place, date);
    QStringList signatory;
    for (const QString& part : { association.signatoryName.trimmed(), association.signatoryRole.trimmed() }) {
        if (!part.isEmpty())
            signatory.append(part);
    }
    if (!signatory.isEmpty())
        text += QLatin1Char('\n') + signatory.join(QStringLiteral(", "));
    const QFont font = flow.body();
    const qreal padding = PdfFlow::mm(2);
    const QSizeF imageBox(PdfFlow::mm(60), PdfFlow::mm(22));
    const QImage image = signatureImage(association.signaturePng, QSize(709, 260)); // 60 × 22 mm at 300 dpi
    const qreal textWidth = flow.width() - imageBox.width() - 3 * padding;
    const qreal textHeight = flow.textHeight(font, text, textWidth);
    const qreal height = std::max(textHeight, imageBox.height()) + 2 * padding;
    flow.add(
        height,
        [=](QPainter& painter, const QRectF& rect) {
            painter.setFont(font);
            painter.drawText(QRectF(rect.left() + padding, rect.top() + padding, textWidth, textHeight),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
            if (image.isNull())
                return;
            QSizeF size = image.size();
            size.scale(imageBox, Qt::KeepAspectRatio);
            const QRectF target(rect.right() - padding - imageBox.width(), rect.top() + padding, size.width(),
                                size.height());
            painter.drawImage(target, image);
        },
        section);
}

} // namespace

QString ReceiptPdf::write(const Receipt& receipt, const Association& association, FrenchSpelling spelling,
                          const QString& path)
{
    const std::optional<QString> problem = PdfFlow::write(
        path, Fr::kPdfTitle.arg(receipt.number),
        [&](PdfFlow& flow) {
            header(flow, receipt);
            numberSection(flow, receipt);
            if (receipt.status == ReceiptStatus::Cancelled)
                cancelledBanner(flow, receipt);
            beneficiarySection(flow, association);
            donorSection(flow, receipt);
            amountSection(flow, receipt, spelling);
            // The certification and the signature: one page.
            const int attestation = flow.blockCount();
            certificationSection(flow, receipt);
            signatureSection(flow, receipt, association);
            flow.keepTogether(attestation);
        },
        [&](int page, int pageCount) {
            const QString footer = receipt.status == ReceiptStatus::Cancelled
                ? Fr::kFooter.arg(receipt.number) + QStringLiteral(" — ") + Fr::kCancelled
                : Fr::kFooter.arg(receipt.number);
            return pageCount > 1 ? footer + Fr::kPage.arg(page).arg(pageCount) : footer;
        });
    if (!problem)
        return {};
    return tr("Cannot write the receipt %1: %2").arg(QDir::toNativeSeparators(path), *problem);
}

} // namespace casedesk
