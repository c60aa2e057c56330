#include "review/DossierPdf.h"

#include "campaigns/CampaignText.h"
#include "reports/PdfFlow.h"
#include "review/DossierPdfParts.h"
#include "review/ReviewPdfText.h"

#include <QDir>
#include <QRegularExpression>

namespace casedesk {

using namespace DossierParts;

namespace DossierParts {

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 cents(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toInteger();
}

QDate date(const QJsonObject& object, const char* key)
{
    return QDate::fromString(text(object, key), Qt::ISODate);
}

QJsonArray array(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toArray();
}

} // namespace DossierParts

namespace {

using Text = ReviewPdfText;

QString orNone(const QString& value)
{
    return value.trimmed().isEmpty() ? DossierPdf::tr("Not filled in.") : value.trimmed();
}

// A Markdown text as plain paragraphs: titles in bold, list items with a bullet, emphasis marks gone.
void markdown(PdfFlow& flow, const QString& source)
{
    if (source.trimmed().isEmpty()) {
        flow.paragraph(flow.body(), orNone(source));
        return;
    }
    static const QRegularExpression emphasis(
        QStringLiteral("(\\*\\*|__|(?<!\\w)[*_](?=\\S)|(?<=\\S)[*_](?!\\w))"));
    static const QRegularExpression title(QStringLiteral("^#{1,6}\\s+"));
    static const QRegularExpression item(QStringLiteral("^\\s*([-*+]|\\d+[.)])\\s+"));
    QStringList paragraph;
    const auto flush = [&] {
        if (!paragraph.isEmpty())
            flow.paragraph(flow.body(), paragraph.join(QLatin1Char(' ')));
        paragraph.clear();
    };
    for (QString line : source.split(QLatin1Char('\n'))) {
        line.remove(emphasis);
        if (line.trimmed().isEmpty()) {
            flush();
            flow.space(1);
        } else if (title.match(line).hasMatch()) {
            flush();
            flow.paragraph(flow.bold(), line.remove(title).trimmed());
        } else if (item.match(line).hasMatch()) {
            flush();
            flow.paragraph(flow.body(), QStringLiteral("• ") + line.remove(item).trimmed(), -1, 4);
        } else {
            paragraph.append(line.trimmed());
        }
    }
    flush();
}

// "Court: Tribunal administratif de Toulouse", the label in bold.
void labelled(PdfFlow& flow, const QString& label, const QString& value)
{
    flow.paragraph(flow.body(), DossierPdf::tr("%1: %2").arg(label, orNone(value)));
}

void cover(PdfFlow& flow, const DossierContent& content, const QLocale& locale)
{
    const QJsonObject campaign = content.snapshot.json().value(QStringLiteral("campaign")).toObject();
    flow.space(30);
    flow.paragraph(flow.heading(), content.association.name.simplified());
    flow.paragraph(flow.body(), DossierPdf::tr("Dossier submitted to the board of directors"));
    flow.space(12);
    flow.paragraph(PdfFlow::font(20, true), text(campaign, "title"));
    flow.space(2);
    if (!text(campaign, "summary").trimmed().isEmpty())
        flow.paragraph(flow.body(), text(campaign, "summary").simplified());
    flow.space(12);
    flow.paragraph(flow.body(), DossierPdf::tr("Printed on %1.").arg(Text::date(locale, content.writtenOn)));
    if (content.round)
        flow.paragraph(flow.body(),
                       DossierPdf::tr("As frozen for review round no. %1, opened on %2 (%3).")
                           .arg(content.round->number)
                           .arg(Text::date(locale, content.round->openedAt.toLocalTime().date()),
                                ReviewCodes::roundStatusName(content.round->status)));
    else
        flow.paragraph(flow.body(),
                       DossierPdf::tr("The dossier as it stands: no review round holds this version."));
    flow.space(12);
    flow.paragraph(flow.body(), DossierPdf::tr("Fingerprint of the dossier"));
    flow.paragraph(PdfFlow::font(18, true), shortFingerprint(content.fingerprint));
    flow.paragraph(flow.small(), DossierPdf::tr("In full (SHA-256): %1").arg(content.fingerprint));
    flow.paragraph(flow.small(),
                   DossierPdf::tr("Every page carries the first digits of the fingerprint: a page "
                                  "printed from another version of the dossier shows other digits."));
    flow.pageBreak();
    flow.paragraph(flow.heading(), DossierPdf::tr("Contents"));
    flow.space(2);
    flow.tableOfContents();
    flow.pageBreak();
}

void theCase(PdfFlow& flow, const QJsonObject& campaign)
{
    flow.heading(DossierPdf::tr("The case"));
    const Cause cause = CampaignCodes::causeFromCode(text(campaign, "cause")).value_or(Cause::Other);
    labelled(flow, DossierPdf::tr("Cause"), CampaignText::cause(cause));
    labelled(flow, DossierPdf::tr("Court"), text(campaign, "court"));
    labelled(flow, DossierPdf::tr("Opposing party"), text(campaign, "opposingParty"));
    flow.heading(DossierPdf::tr("The harm"), 2);
    markdown(flow, text(campaign, "harm"));
    flow.heading(DossierPdf::tr("Legal basis"), 2);
    markdown(flow, text(campaign, "legalBasis"));
    flow.heading(DossierPdf::tr("Description"), 2);
    markdown(flow, text(campaign, "description"));
}

void assessment(PdfFlow& flow, const QJsonObject& campaign, const QLocale& locale)
{
    flow.heading(DossierPdf::tr("Lawyer, assessment and risks"));
    labelled(flow, DossierPdf::tr("Lawyer in charge"), text(campaign, "lawyer"));
    flow.heading(DossierPdf::tr("The lawyer's assessment of the prospects"), 2);
    markdown(flow, text(campaign, "lawyerAssessment"));
    flow.heading(DossierPdf::tr("Risks"), 2);
    markdown(flow, text(campaign, "risks"));
    const qint64 adverse = cents(campaign, "adverseCostsCents");
    flow.paragraph(
        flow.bold(),
        adverse > 0 ? DossierPdf::tr("Adverse costs the association may be ordered to pay if it loses: %1.")
                          .arg(Text::money(locale, adverse))
                    : DossierPdf::tr("Adverse costs the association may be ordered to pay if it loses: "
                                     "none estimated."));
    flow.heading(DossierPdf::tr("Why the association"));
    markdown(flow, text(campaign, "whyAssociation"));
}

void budget(PdfFlow& flow, const QJsonObject& json, const QLocale& locale)
{
    flow.heading(DossierPdf::tr("Budget"));
    const QList<PdfFlow::Column> columns
        = { { 50, Qt::AlignLeft }, { 95, Qt::AlignLeft }, { 35, Qt::AlignRight } };
    const QJsonArray lines = array(json, "budget");
    if (lines.isEmpty()) {
        flow.paragraph(flow.body(), DossierPdf::tr("No budget line."));
    } else {
        const int header = flow.tableRow(
            columns, { DossierPdf::tr("Kind"), DossierPdf::tr("Line"), DossierPdf::tr("Amount") },
            flow.bold(), -1, true);
        qint64 total = 0;
        for (const QJsonValue& value : lines) {
            const QJsonObject line = value.toObject();
            const BudgetKind kind
                = CampaignCodes::budgetKindFromCode(text(line, "kind")).value_or(BudgetKind::Other);
            total += cents(line, "amountCents");
            flow.tableRow(columns,
                          { CampaignText::budgetKind(kind), text(line, "label"),
                            Text::money(locale, cents(line, "amountCents")) },
                          flow.body(), -1, false, header);
        }
        flow.tableRow(columns, { DossierPdf::tr("Total"), QString(), Text::money(locale, total) },
                      flow.bold(), -1, false, header);
    }

    // The fee panel's figures, as the campaign editor shows them.
    const QJsonObject funds = json.value(QStringLiteral("funds")).toObject();
    flow.heading(DossierPdf::tr("What reaches the case"), 2);
    const QList<PdfFlow::Column> fees = { { 120, Qt::AlignLeft }, { 60, Qt::AlignRight } };
    const QString rate = locale.toString(double(cents(funds, "commissionBasisPoints")) / 100.0, 'f', 2);
    flow.tableRow(fees, { DossierPdf::tr("Funding goal"), Text::money(locale, cents(funds, "goalCents")) },
                  flow.body(), -1);
    flow.tableRow(fees,
                  { DossierPdf::tr("Platform commission (%1 %)").arg(rate),
                    DossierPdf::tr("− %1").arg(Text::money(locale, cents(funds, "commissionCents"))) },
                  flow.body(), -1);
    flow.tableRow(fees,
                  { DossierPdf::tr("Flat campaign fee"),
                    DossierPdf::tr("− %1").arg(Text::money(locale, cents(funds, "flatFeeCents"))) },
                  flow.body(), -1);
    flow.tableRow(
        fees, { DossierPdf::tr("Net for the legal action"), Text::money(locale, cents(funds, "netCents")) },
        flow.bold(), -1);
    flow.tableRow(fees,
                  { DossierPdf::tr("Budget for the case (platform fees aside)"),
                    Text::money(locale, cents(funds, "budgetForCaseCents")) },
                  flow.body(), -1);
    flow.space(1.5);
    const qint64 shortfall = cents(funds, "budgetForCaseCents") - cents(funds, "netCents");
    if (cents(funds, "goalCents") <= 0)
        flow.paragraph(flow.body(), DossierPdf::tr("No funding goal is set yet."));
    else if (shortfall > 0)
        flow.paragraph(flow.bold(),
                       DossierPdf::tr("If the goal is reached, %1 of the budget for the case is still "
                                      "missing.")
                           .arg(Text::money(locale, shortfall)));
    else
        flow.paragraph(flow.body(),
                       DossierPdf::tr("If the goal is reached, the association receives %1, which "
                                      "covers the budget for the case.")
                           .arg(Text::money(locale, cents(funds, "netCents"))));
}

} // namespace

QString DossierPdf::write(const DossierContent& content, const QString& path)
{
    const QLocale locale = QLocale();
    const QJsonObject& json = content.snapshot.json();
    const QJsonObject campaign = json.value(QStringLiteral("campaign")).toObject();
    const std::optional<QString> problem = PdfFlow::write(
        path, tr("Dossier: %1").arg(text(campaign, "title")),
        [&](PdfFlow& flow) {
            cover(flow, content, locale);
            theCase(flow, campaign);
            assessment(flow, campaign, locale);
            budget(flow, json, locale);
            flow.heading(tr("Use of funds"));
            markdown(flow, text(campaign, "howMoneyUsed"));
            DossierParts::procedures(flow, content, locale);
            DossierParts::evidence(flow, content, locale);
            DossierParts::press(flow, content, locale);
            DossierParts::history(flow, content, locale);
            DossierParts::review(flow, content, locale);
        },
        [&](int page, int pageCount) { return Text::footer(content.fingerprint, page, pageCount); });
    if (!problem)
        return {};
    return tr("Cannot write the dossier %1: %2").arg(QDir::toNativeSeparators(path), *problem);
}

} // namespace casedesk
