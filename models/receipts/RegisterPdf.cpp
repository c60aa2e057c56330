#include "receipts/RegisterPdf.h"

#include "campaigns/Association.h"
#include "common/Money.h"
#include "reports/PdfFlow.h"

#include <QDir>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace casedesk {

namespace {

// The register's words (deliberately French, not translated: see ReceiptPdf).
namespace Fr {
const QString kTitle = QStringLiteral("Registre des reçus fiscaux de l'année %1");
const QString kLaw
    = QStringLiteral("Reçus délivrés au titre des dons et versements (articles 200, 238 bis et 978 "
                     "du code général des impôts), tenus à la disposition de l'administration "
                     "(article L14 A du livre des procédures fiscales).");
const QString kBeneficiary = QStringLiteral("Bénéficiaire\u00A0: %1");
const QString kRna = QStringLiteral("N° RNA\u00A0: %1");
const QString kSiren = QStringLiteral("N° SIREN\u00A0: %1");
const QStringList kColumns
    = { QStringLiteral("N° du reçu"), QStringLiteral("Émis le"), QStringLiteral("Donateur"),
        QStringLiteral("Type"),       QStringLiteral("Montant"), QStringLiteral("Statut") };
const QString kGift = QStringLiteral("Par don");
const QString kAnnual = QStringLiteral("Annuel");
const QString kIndividual = QStringLiteral("particulier");
const QString kCompany = QStringLiteral("entreprise");
const QString kIssued = QStringLiteral("Émis");
const QString kCancelled = QStringLiteral("ANNULÉ");
const QString kCancelledOn = QStringLiteral("ANNULÉ le %1");
const QString kReplacedBy = QStringLiteral("Remplacé par le n° %1");
const QString kReplaces = QStringLiteral("Remplace le n° %1");
const QString kReason = QStringLiteral("Motif\u00A0: %1");
const QString kNone = QStringLiteral("Aucun reçu délivré cette année.");
const QString kTotals = QStringLiteral("Totaux de l'année %1");
const QString kValid = QStringLiteral("Reçus émis et valides\u00A0: %1, pour un montant de %2");
const QString kCancelledTotal = QStringLiteral("Reçus annulés\u00A0: %1, pour un montant de %2");
const QString kAllNumbers = QStringLiteral("Numéros attribués\u00A0: %1");
const QString kFooter = QStringLiteral("Registre des reçus fiscaux %1 — %2 — page %3 / %4");
} // namespace Fr

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

QString shortDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

// A row is one block, which must fit on a page; the receipt prints more of the reason.
constexpr qsizetype kMaxReason = 300;

QString statusText(const Receipt& receipt, const QHash<QString, QString>& replacedBy)
{
    QStringList lines;
    if (receipt.status == ReceiptStatus::Cancelled) {
        lines.append(receipt.cancelledOn.isValid() ? Fr::kCancelledOn.arg(shortDate(receipt.cancelledOn))
                                                   : Fr::kCancelled);
        if (replacedBy.contains(receipt.number))
            lines.append(Fr::kReplacedBy.arg(replacedBy.value(receipt.number)));
        if (!receipt.cancelReason.trimmed().isEmpty())
            lines.append(Fr::kReason.arg(receipt.cancelReason.simplified().left(kMaxReason)));
    } else {
        lines.append(Fr::kIssued);
    }
    if (!receipt.replacesNumber.isEmpty())
        lines.append(Fr::kReplaces.arg(receipt.replacesNumber));
    return lines.join(QLatin1Char('\n'));
}

void heading(PdfFlow& flow, int year, const Association& association)
{
    flow.paragraph(flow.heading(), Fr::kTitle.arg(year));
    flow.space(1);
    QStringList identity { Fr::kBeneficiary.arg(association.name.trimmed()) };
    if (!association.rna.trimmed().isEmpty())
        identity.append(Fr::kRna.arg(association.rna.trimmed()));
    if (!association.siren.trimmed().isEmpty())
        identity.append(Fr::kSiren.arg(association.siren.trimmed()));
    flow.paragraph(flow.bold(), identity.join(QStringLiteral("     ")));
    flow.paragraph(flow.small(), Fr::kLaw);
    flow.space(3);
}

} // namespace

QString RegisterPdf::write(int year, const QList<Receipt>& receipts, const Association& association,
                           const QString& path)
{
    QList<Receipt> ordered = receipts;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Receipt& a, const Receipt& b) {
        return std::pair(a.year, a.sequence) < std::pair(b.year, b.sequence);
    });
    QHash<QUuid, QString> numbers;
    for (const Receipt& receipt : ordered)
        numbers.insert(receipt.sync.uuid, receipt.number);
    QHash<QString, QString> replacedBy; // the cancelled number -> its replacement's
    for (const Receipt& receipt : ordered) {
        const QString replaced
            = receipt.replacesNumber.isEmpty() ? numbers.value(receipt.replacesUuid) : receipt.replacesNumber;
        if (!replaced.isEmpty())
            replacedBy.insert(replaced, receipt.number);
    }

    const std::optional<QString> problem = PdfFlow::write(
        path, Fr::kTitle.arg(year),
        [&](PdfFlow& flow) {
            heading(flow, year, association);
            const QList<PdfFlow::Column> columns
                = { { 22, Qt::AlignLeft }, { 19, Qt::AlignLeft },  { 48, Qt::AlignLeft },
                    { 27, Qt::AlignLeft }, { 22, Qt::AlignRight }, { 42, Qt::AlignLeft } };
            const QFont cellFont = PdfFlow::font(7.5, false);
            const QFont cancelledFont = PdfFlow::font(7.5, true);
            const int header = flow.tableRow(columns, Fr::kColumns, cancelledFont, -1, true);
            qint64 validCents = 0;
            qint64 cancelledCents = 0;
            int cancelled = 0;
            for (const Receipt& receipt : ordered) {
                const bool isCancelled = receipt.status == ReceiptStatus::Cancelled;
                (isCancelled ? cancelledCents : validCents) += receipt.amountCents;
                cancelled += isCancelled ? 1 : 0;
                const QStringList cells
                    = { receipt.number,
                        shortDate(receipt.issuedOn),
                        receipt.donorName.simplified(),
                        (receipt.kind == ReceiptKind::Annual ? Fr::kAnnual : Fr::kGift) + QStringLiteral(", ")
                            + (receipt.form == ReceiptForm::Company ? Fr::kCompany : Fr::kIndividual),
                        money(receipt.amountCents),
                        statusText(receipt, replacedBy) };
                flow.tableRow(columns, cells, isCancelled ? cancelledFont : cellFont, -1, false, header);
            }
            if (ordered.isEmpty())
                flow.paragraph(flow.body(), Fr::kNone);
            flow.space(4);
            const int totals = flow.newSection();
            flow.sectionTitle(Fr::kTotals.arg(year), totals);
            flow.space(1, totals);
            const int all = int(ordered.size());
            flow.paragraph(flow.body(), Fr::kValid.arg(french().toString(all - cancelled), money(validCents)),
                           totals);
            flow.paragraph(flow.body(),
                           Fr::kCancelledTotal.arg(french().toString(cancelled), money(cancelledCents)),
                           totals);
            flow.paragraph(flow.body(), Fr::kAllNumbers.arg(french().toString(all)), totals);
            flow.space(0.5, totals);
        },
        [&](int page, int pageCount) {
            return Fr::kFooter.arg(QString::number(year), association.name.simplified(),
                                   QString::number(page), QString::number(pageCount));
        });
    if (!problem)
        return {};
    return tr("Cannot write the register %1: %2").arg(QDir::toNativeSeparators(path), *problem);
}

} // namespace casedesk
