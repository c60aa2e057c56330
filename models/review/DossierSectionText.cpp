#include "review/DossierSectionText.h"

#include "campaigns/Campaign.h"
#include "campaigns/CampaignText.h"
#include "common/Money.h"
#include "procedures/Procedure.h"
#include "review/Review.h"

#include <QJsonArray>
#include <QLocale>

namespace casedesk {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString dateText(const QString& iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString money(const QJsonValue& cents)
{
    return Money::format(qint64(cents.toDouble()));
}

// A field the board reads: its label, then its text, or a grey "not filled in".
QString field(const QString& label, const QString& text)
{
    const QString body = text.trimmed().isEmpty()
        ? QStringLiteral("<i style=\"color:gray\">%1</i>").arg(DossierSectionText::tr("not filled in"))
        : escaped(text);
    return QStringLiteral("<h4>%1</h4><p>%2</p>").arg(label.toHtmlEscaped(), body);
}

QString row(const QStringList& cells, bool header = false)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += (header ? QStringLiteral("<th align=\"left\">%1</th>") : QStringLiteral("<td>%1</td>"))
                    .arg(cell);
    return html + QStringLiteral("</tr>");
}

QString table(const QStringList& header, const QList<QStringList>& rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\">");
    html += row(header, true);
    for (const QStringList& cells : rows)
        html += row(cells);
    return html + QStringLiteral("</table>");
}

QString budgetKindName(const QString& code)
{
    const std::optional<BudgetKind> kind = CampaignCodes::budgetKindFromCode(code);
    return kind ? CampaignText::budgetKind(*kind) : code;
}

QString caseText(const QJsonObject& campaign)
{
    const std::optional<Cause> cause
        = CampaignCodes::causeFromCode(campaign.value(QStringLiteral("cause")).toString());
    QString html
        = QStringLiteral("<h3>%1</h3>").arg(escaped(campaign.value(QStringLiteral("title")).toString()));
    html += field(DossierSectionText::tr("Summary"), campaign.value(QStringLiteral("summary")).toString());
    html += field(DossierSectionText::tr("Cause"), cause ? CampaignText::cause(*cause) : QString());
    html += field(DossierSectionText::tr("Harm"), campaign.value(QStringLiteral("harm")).toString());
    html += field(DossierSectionText::tr("Legal basis"),
                  campaign.value(QStringLiteral("legalBasis")).toString());
    html += field(DossierSectionText::tr("Court"), campaign.value(QStringLiteral("court")).toString());
    html += field(DossierSectionText::tr("Opposing party"),
                  campaign.value(QStringLiteral("opposingParty")).toString());
    html += field(DossierSectionText::tr("Description"),
                  campaign.value(QStringLiteral("description")).toString());
    return html;
}

QString assessmentText(const QJsonObject& campaign)
{
    QString html = field(DossierSectionText::tr("Lawyer in charge"),
                         campaign.value(QStringLiteral("lawyer")).toString());
    html += field(DossierSectionText::tr("The lawyer's assessment of the prospects"),
                  campaign.value(QStringLiteral("lawyerAssessment")).toString());
    html += field(DossierSectionText::tr("Risks"), campaign.value(QStringLiteral("risks")).toString());
    html += field(DossierSectionText::tr("Adverse costs if the case is lost"),
                  money(campaign.value(QStringLiteral("adverseCostsCents"))));
    html += field(DossierSectionText::tr("Why the association is the one to act"),
                  campaign.value(QStringLiteral("whyAssociation")).toString());
    return html;
}

QString budgetText(const QJsonArray& lines, const QString& onlyUuid)
{
    QList<QStringList> rows;
    qint64 total = 0;
    for (const QJsonValue& value : lines) {
        const QJsonObject line = value.toObject();
        if (!onlyUuid.isEmpty() && line.value(QStringLiteral("uuid")).toString() != onlyUuid)
            continue;
        total += qint64(line.value(QStringLiteral("amountCents")).toDouble());
        rows.append({ escaped(budgetKindName(line.value(QStringLiteral("kind")).toString())),
                      escaped(line.value(QStringLiteral("label")).toString()),
                      money(line.value(QStringLiteral("amountCents"))) });
    }
    if (onlyUuid.isEmpty())
        rows.append({ QString(), QStringLiteral("<b>%1</b>").arg(DossierSectionText::tr("Total")),
                      QStringLiteral("<b>%1</b>").arg(Money::format(total)) });
    return table(
        { DossierSectionText::tr("Kind"), DossierSectionText::tr("Label"), DossierSectionText::tr("Amount") },
        rows);
}

QString fundsText(const QJsonObject& funds, const QJsonObject& campaign)
{
    const QList<QStringList> rows = {
        { DossierSectionText::tr("Goal raised from donors"),
          money(funds.value(QStringLiteral("goalCents"))) },
        { DossierSectionText::tr("Platform commission (%1 %)")
              .arg(QLocale().toString(funds.value(QStringLiteral("commissionBasisPoints")).toDouble() / 100.0,
                                      'f', 2)),
          money(funds.value(QStringLiteral("commissionCents"))) },
        { DossierSectionText::tr("Flat fees"), money(funds.value(QStringLiteral("flatFeeCents"))) },
        { DossierSectionText::tr("What reaches the case"), money(funds.value(QStringLiteral("netCents"))) },
        { DossierSectionText::tr("Budget of the case (without platform fees)"),
          money(funds.value(QStringLiteral("budgetForCaseCents"))) },
    };
    QString html = table({ DossierSectionText::tr("Item"), DossierSectionText::tr("Amount") }, rows);
    html += field(DossierSectionText::tr("How the money will be used"),
                  campaign.value(QStringLiteral("howMoneyUsed")).toString());
    return html;
}

QString pressText(const QJsonArray& articles)
{
    if (articles.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(DossierSectionText::tr("No press article."));
    QList<QStringList> rows;
    for (const QJsonValue& value : articles) {
        const QJsonObject article = value.toObject();
        rows.append({ dateText(article.value(QStringLiteral("date")).toString()),
                      escaped(article.value(QStringLiteral("outlet")).toString()),
                      escaped(article.value(QStringLiteral("title")).toString()) });
    }
    return table(
        { DossierSectionText::tr("Date"), DossierSectionText::tr("Outlet"), DossierSectionText::tr("Title") },
        rows);
}

QString evidenceText(const QJsonArray& pieces, int onlyNumber)
{
    if (pieces.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(DossierSectionText::tr("No evidence yet."));
    QList<QStringList> rows;
    for (const QJsonValue& value : pieces) {
        const QJsonObject piece = value.toObject();
        const int number = piece.value(QStringLiteral("number")).toInt();
        if (onlyNumber > 0 && number != onlyNumber)
            continue;
        const QString hash = piece.value(QStringLiteral("sha256")).toString();
        rows.append({ DossierSnapshot::pieceLabel(number),
                      escaped(piece.value(QStringLiteral("title")).toString()),
                      dateText(piece.value(QStringLiteral("date")).toString()),
                      escaped(piece.value(QStringLiteral("source")).toString()),
                      QStringLiteral("<tt>%1</tt>").arg(onlyNumber > 0 ? hash : shortFingerprint(hash)) });
    }
    return table({ DossierSectionText::tr("No."), DossierSectionText::tr("Title"),
                   DossierSectionText::tr("Date"), DossierSectionText::tr("Source"),
                   DossierSectionText::tr("SHA-256") },
                 rows);
}

QString procedureText(const QJsonObject& procedure)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(DossierSnapshot::procedureName(procedure)));
    const std::optional<ProcedureKind> kind
        = ProcedureCodes::kindFromCode(procedure.value(QStringLiteral("kind")).toString());
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(escaped(kind ? ProcedureText::kind(*kind) : QString()),
                     DossierSectionText::tr("Lawyer: %1")
                         .arg(escaped(procedure.value(QStringLiteral("lawyer")).toString())),
                     DossierSectionText::tr("Parties: %1")
                         .arg(escaped(procedure.value(QStringLiteral("parties")).toString())));
    QList<QStringList> rows;
    for (const QJsonValue& value : procedure.value(QStringLiteral("milestones")).toArray()) {
        const QJsonObject milestone = value.toObject();
        rows.append({ dateText(milestone.value(QStringLiteral("date")).toString()),
                      escaped(milestone.value(QStringLiteral("title")).toString()) });
    }
    for (const QJsonValue& value : procedure.value(QStringLiteral("deadlines")).toArray()) {
        const QJsonObject deadline = value.toObject();
        rows.append(
            { QStringLiteral("<b>%1</b>").arg(dateText(deadline.value(QStringLiteral("due")).toString())),
              QStringLiteral("<b>%1</b>")
                  .arg(DossierSectionText::tr("Deadline: %1")
                           .arg(escaped(deadline.value(QStringLiteral("title")).toString()))) });
    }
    if (rows.isEmpty())
        return html + QStringLiteral("<p><i>%1</i></p>").arg(DossierSectionText::tr("No milestone yet."));
    return html
        + table({ DossierSectionText::tr("Date"), DossierSectionText::tr("Milestone or deadline") }, rows);
}

} // namespace

QString DossierSectionText::html(const DossierSnapshot& snapshot, const QString& key)
{
    const QJsonObject& json = snapshot.json();
    const QJsonObject campaign = json.value(QStringLiteral("campaign")).toObject();
    if (key == QLatin1String("case"))
        return caseText(campaign);
    if (key == QLatin1String("assessment"))
        return assessmentText(campaign);
    if (key == QLatin1String("budget"))
        return budgetText(json.value(QStringLiteral("budget")).toArray(), {});
    if (key.startsWith(QLatin1String("budget/")))
        return budgetText(json.value(QStringLiteral("budget")).toArray(), key.mid(7));
    if (key == QLatin1String("funds"))
        return fundsText(json.value(QStringLiteral("funds")).toObject(), campaign);
    if (key == QLatin1String("press"))
        return pressText(json.value(QStringLiteral("press")).toArray());
    if (key == QLatin1String("evidence"))
        return evidenceText(json.value(QStringLiteral("evidence")).toArray(), 0);
    if (key.startsWith(QLatin1String("evidence/P-")))
        return evidenceText(json.value(QStringLiteral("evidence")).toArray(), key.mid(11).toInt());
    const QJsonArray procedures = json.value(QStringLiteral("procedures")).toArray();
    if (key == QLatin1String("procedures")) {
        if (procedures.isEmpty())
            return QStringLiteral("<p><i>%1</i></p>").arg(tr("No procedure yet."));
        QString html;
        for (const QJsonValue& value : procedures)
            html += procedureText(value.toObject());
        return html;
    }
    if (key.startsWith(QLatin1String("procedure/"))) {
        for (const QJsonValue& value : procedures) {
            if (QStringLiteral("procedure/") + value.toObject().value(QStringLiteral("uuid")).toString()
                == key)
                return procedureText(value.toObject());
        }
    }
    return {};
}

} // namespace casedesk
