#include "reports/BordereauWriter.h"

#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace casedesk {

namespace {

// The court's fixed phrases (see the class comment: deliberately French, not translated).
namespace Fr {
const QString kTitle = QStringLiteral("Bordereau de communication de pièces");
const QString kCourt = QStringLiteral("Juridiction");
const QString kCase = QStringLiteral("Affaire n°");
const QString kParties = QStringLiteral("Parties");
const QString kLawyer = QStringLiteral("Avocat");
const QString kDate = QStringLiteral("Date");
const QString kPiece = QStringLiteral("Pièce n° %1");
const QString kUndated = QStringLiteral("non datée");
const QString kNone = QStringLiteral("Aucune pièce.");
const QString kCount = QStringLiteral("Nombre de pièces communiquées : %1");
} // namespace Fr

QString field(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1 :</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(),
             value.trimmed().isEmpty()
                 ? QStringLiteral("—")
                 : value.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
}

} // namespace

QString BordereauWriter::frenchDate(const QDate& date)
{
    if (!date.isValid())
        return Fr::kUndated;
    // "1er mars 2026": the ordinal is how French writes the first of the month.
    const QLocale french(QLocale::French, QLocale::France);
    const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
    return day + QLatin1Char(' ') + french.monthName(date.month(), QLocale::LongFormat) + QLatin1Char(' ')
        + QString::number(date.year());
}

QString BordereauWriter::entryLine(const BordereauEntry& entry)
{
    return QStringLiteral("%1 — %2 — %3")
        .arg(Fr::kPiece.arg(entry.number), entry.title.simplified(), frenchDate(entry.date));
}

QString BordereauWriter::html(const BordereauHeader& header, const QList<BordereauEntry>& entries)
{
    QString body;
    body += QStringLiteral(
                "<p align=\"center\" style=\"font-size:15pt; font-weight:bold; margin-bottom:18px\">%1</p>")
                .arg(Fr::kTitle.toUpper().toHtmlEscaped());
    body += QStringLiteral("<table cellspacing=\"4\">");
    body += field(Fr::kCourt, header.court);
    body += field(Fr::kCase, header.caseNumber);
    body += field(Fr::kParties, header.parties);
    body += field(Fr::kLawyer, header.lawyer);
    body += field(Fr::kDate, header.date.isValid() ? frenchDate(header.date) : QString());
    body += QStringLiteral("</table><hr/>");
    if (entries.isEmpty())
        body += QStringLiteral("<p>%1</p>").arg(Fr::kNone.toHtmlEscaped());
    for (const BordereauEntry& entry : entries)
        body += QStringLiteral("<p style=\"margin-top:6px\">%1</p>").arg(entryLine(entry).toHtmlEscaped());
    body += QStringLiteral("<hr/><p>%1</p>").arg(Fr::kCount.arg(entries.size()).toHtmlEscaped());
    return QStringLiteral(
               "<html><body style=\"font-family:'DejaVu Serif', serif; font-size:11pt\">%1</body></html>")
        .arg(body);
}

bool BordereauWriter::writePdf(const QString& path, const BordereauHeader& header,
                               const QList<BordereauEntry>& entries, QString* errorMessage)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        *errorMessage
            = tr("Cannot write the bordereau %1: fonts are not available in this program.").arg(nativePath);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = tr("Cannot write the bordereau %1: %2").arg(nativePath, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(Fr::kTitle);
        writer.setCreator(QStringLiteral("CaseDesk"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        // QTextDocument::print() lays the text out within 2 cm margins and numbers the pages.
        QTextDocument document;
        document.setHtml(html(header, entries));
        document.print(&writer);
    }
    if (!file.commit()) {
        *errorMessage = tr("Cannot write the bordereau %1: %2").arg(nativePath, file.errorString());
        return false;
    }
    return true;
}

} // namespace casedesk
