#include "review/DossierPdfParts.h"

#include "campaigns/CampaignText.h"
#include "procedures/Procedure.h"
#include "reports/PdfFlow.h"
#include "review/ReviewPdfText.h"

#include <QHash>

#include <algorithm>

namespace casedesk::DossierParts {

namespace {

using Text = ReviewPdfText;

QString procedureName(const QJsonObject& procedure)
{
    Procedure p;
    p.court = ProcedureCodes::courtFromCode(text(procedure, "court")).value_or(Court::Other);
    p.courtName = text(procedure, "courtName");
    p.caseNumber = text(procedure, "caseNumber");
    return p.displayName();
}

// "in 12 days", "today", "3 days ago".
QString daysLeft(const QDate& from, const QDate& due)
{
    const qint64 days = from.daysTo(due);
    if (days == 0)
        return DossierPdf::tr("today");
    if (days > 0)
        return DossierPdf::tr("in %n day(s)", nullptr, int(days));
    return DossierPdf::tr("%n day(s) ago", nullptr, int(-days));
}

struct Deadline
{
    QDate due;
    QString title;
    QString procedure;
};

} // namespace

void procedures(PdfFlow& flow, const DossierContent& content, const QLocale& locale)
{
    flow.heading(DossierPdf::tr("Procedures and timeline"));
    const QJsonArray list = array(content.snapshot.json(), "procedures");
    if (list.isEmpty()) {
        flow.paragraph(flow.body(), DossierPdf::tr("No procedure is under way."));
        return;
    }
    QList<Deadline> ahead;
    const QList<PdfFlow::Column> timeline
        = { { 32, Qt::AlignLeft }, { 40, Qt::AlignLeft }, { 108, Qt::AlignLeft } };
    for (const QJsonValue& value : list) {
        const QJsonObject procedure = value.toObject();
        const QString name = procedureName(procedure);
        flow.heading(name, 2);
        const ProcedureKind kind
            = ProcedureCodes::kindFromCode(text(procedure, "kind")).value_or(ProcedureKind::Other);
        const ProcedureStatus status
            = ProcedureCodes::statusFromCode(text(procedure, "status")).value_or(ProcedureStatus::Pending);
        QStringList facts { DossierPdf::tr("%1, %2").arg(ProcedureText::kind(kind),
                                                         ProcedureText::status(status)) };
        if (!text(procedure, "lawyer").trimmed().isEmpty())
            facts.append(DossierPdf::tr("Lawyer: %1").arg(text(procedure, "lawyer").simplified()));
        if (!text(procedure, "parties").trimmed().isEmpty())
            facts.append(DossierPdf::tr("Parties: %1").arg(text(procedure, "parties").simplified()));
        flow.paragraph(flow.body(), facts.join(QStringLiteral(" — ")));
        const QJsonArray milestones = array(procedure, "milestones");
        if (!milestones.isEmpty()) {
            const int header = flow.tableRow(
                timeline, { DossierPdf::tr("Date"), DossierPdf::tr("Step"), DossierPdf::tr("Event") },
                flow.bold(), -1, true);
            for (const QJsonValue& m : milestones) {
                const QJsonObject milestone = m.toObject();
                const MilestoneKind mk = ProcedureCodes::milestoneKindFromCode(text(milestone, "kind"))
                                             .value_or(MilestoneKind::Other);
                flow.tableRow(timeline,
                              { Text::date(locale, date(milestone, "date")), ProcedureText::milestoneKind(mk),
                                text(milestone, "title") },
                              flow.body(), -1, false, header);
            }
        }
        for (const QJsonValue& d : array(procedure, "deadlines")) {
            const QJsonObject deadline = d.toObject();
            ahead.append({ date(deadline, "due"), text(deadline, "title"), name });
        }
        flow.space(2);
    }
    flow.heading(DossierPdf::tr("Deadlines ahead"), 2);
    if (ahead.isEmpty()) {
        flow.paragraph(flow.body(), DossierPdf::tr("No open deadline."));
        return;
    }
    std::stable_sort(ahead.begin(), ahead.end(),
                     [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    const QList<PdfFlow::Column> columns
        = { { 30, Qt::AlignLeft }, { 26, Qt::AlignLeft }, { 64, Qt::AlignLeft }, { 60, Qt::AlignLeft } };
    const int header = flow.tableRow(columns,
                                     { DossierPdf::tr("Due"), DossierPdf::tr("When"),
                                       DossierPdf::tr("Deadline"), DossierPdf::tr("Procedure") },
                                     flow.bold(), -1, true);
    for (const Deadline& deadline : std::as_const(ahead))
        flow.tableRow(columns,
                      { Text::date(locale, deadline.due), daysLeft(content.writtenOn, deadline.due),
                        deadline.title, deadline.procedure },
                      flow.body(), -1, false, header);
}

void evidence(PdfFlow& flow, const DossierContent& content, const QLocale& locale)
{
    flow.heading(DossierPdf::tr("Evidence"));
    const QJsonArray pieces = array(content.snapshot.json(), "evidence");
    if (pieces.isEmpty()) {
        flow.paragraph(flow.body(), DossierPdf::tr("No piece yet."));
        return;
    }
    flow.paragraph(flow.small(),
                   DossierPdf::tr("Each piece is named by the first digits of its SHA-256: the copy a member "
                                  "holds is the piece of the dossier when its digits match."));
    flow.space(1);
    const QList<PdfFlow::Column> columns = { { 14, Qt::AlignLeft },
                                             { 70, Qt::AlignLeft },
                                             { 28, Qt::AlignLeft },
                                             { 44, Qt::AlignLeft },
                                             { 24, Qt::AlignLeft } };
    const int header = flow.tableRow(columns,
                                     { DossierPdf::tr("No."), DossierPdf::tr("Title"), DossierPdf::tr("Date"),
                                       DossierPdf::tr("Source"), DossierPdf::tr("SHA-256") },
                                     flow.bold(), -1, true);
    for (const QJsonValue& value : pieces) {
        const QJsonObject piece = value.toObject();
        flow.tableRow(columns,
                      { QStringLiteral("P-%1").arg(piece.value(QStringLiteral("number")).toInt()),
                        text(piece, "title"), Text::date(locale, date(piece, "date")), text(piece, "source"),
                        shortFingerprint(text(piece, "sha256")) },
                      flow.body(), -1, false, header);
    }
}

void press(PdfFlow& flow, const DossierContent& content, const QLocale& locale)
{
    flow.heading(DossierPdf::tr("Press"));
    const QJsonArray articles = array(content.snapshot.json(), "press");
    if (articles.isEmpty()) {
        flow.paragraph(flow.body(), DossierPdf::tr("No press article."));
        return;
    }
    const QList<PdfFlow::Column> columns
        = { { 28, Qt::AlignLeft }, { 40, Qt::AlignLeft }, { 112, Qt::AlignLeft } };
    const int header = flow.tableRow(
        columns, { DossierPdf::tr("Date"), DossierPdf::tr("Outlet"), DossierPdf::tr("Article") }, flow.bold(),
        -1, true);
    for (const QJsonValue& value : articles) {
        const QJsonObject article = value.toObject();
        QString title = text(article, "title");
        if (!text(article, "url").isEmpty())
            title += QLatin1Char('\n') + text(article, "url");
        flow.tableRow(columns, { Text::date(locale, date(article, "date")), text(article, "outlet"), title },
                      flow.body(), -1, false, header);
    }
}

void history(PdfFlow& flow, const DossierContent& content, const QLocale& locale)
{
    flow.heading(DossierPdf::tr("Status history"));
    const QList<PdfFlow::Column> columns
        = { { 42, Qt::AlignLeft }, { 58, Qt::AlignLeft }, { 80, Qt::AlignLeft } };
    const int header
        = flow.tableRow(columns, { DossierPdf::tr("When"), DossierPdf::tr("Change"), DossierPdf::tr("Note") },
                        flow.bold(), -1, true);
    for (const CampaignRepository::StatusChange& change : content.history) {
        const QString what = change.creation
            ? DossierPdf::tr("Created as %1").arg(CampaignText::status(change.to))
            : DossierPdf::tr("%1 → %2").arg(CampaignText::status(change.from),
                                            CampaignText::status(change.to));
        flow.tableRow(columns, { Text::dateTime(locale, change.at), what, change.note.simplified() },
                      flow.body(), -1, false, header);
    }
}

void review(PdfFlow& flow, const DossierContent& content, const QLocale& locale)
{
    flow.heading(DossierPdf::tr("The review so far"));
    if (!content.round) {
        flow.paragraph(flow.body(),
                       DossierPdf::tr("This version of the dossier has not been submitted to the board."));
        return;
    }
    const ReviewRound& round = *content.round;
    flow.paragraph(flow.body(),
                   DossierPdf::tr("Review round no. %1, opened on %2 by %3: %4.")
                       .arg(round.number)
                       .arg(Text::dateTime(locale, round.openedAt), round.openedBy,
                            ReviewCodes::roundStatusName(round.status)));
    if (round.status == RoundStatus::Superseded && !round.supersededBecause.isEmpty())
        flow.paragraph(flow.body(), DossierPdf::tr("Superseded because: %1").arg(round.supersededBecause));
    if (content.decision) {
        for (const QString& sentence : content.decision->explanation)
            flow.paragraph(flow.body(), sentence);
    }
    for (const Recusal& recusal : content.recusals)
        flow.paragraph(flow.body(),
                       DossierPdf::tr("%1 is recused: %2")
                           .arg(Text::memberName(round, recusal.memberUuid), recusal.nature.simplified()));

    flow.heading(DossierPdf::tr("Votes"), 2);
    if (content.votes.isEmpty()) {
        flow.paragraph(flow.body(), DossierPdf::tr("No vote yet."));
    } else {
        const QList<PdfFlow::Column> columns = { { 36, Qt::AlignLeft },
                                                 { 20, Qt::AlignLeft },
                                                 { 44, Qt::AlignLeft },
                                                 { 28, Qt::AlignLeft },
                                                 { 52, Qt::AlignLeft } };
        const int header
            = flow.tableRow(columns,
                            { DossierPdf::tr("Member"), DossierPdf::tr("Vote"), DossierPdf::tr("Reason"),
                              DossierPdf::tr("Cast on"), DossierPdf::tr("Form") },
                            flow.bold(), -1, true);
        for (qsizetype i = 0; i < content.votes.size(); ++i) {
            const ReviewVote& vote = content.votes.at(i);
            const VoteCheck check
                = i < content.checks.size() ? content.checks.at(i) : VoteCheck::SignatureInvalid;
            flow.tableRow(columns,
                          { Text::memberName(round, vote.memberUuid), ReviewCodes::choiceName(vote.choice),
                            vote.reason.simplified().left(400), Text::dateTime(locale, vote.castAt),
                            Text::voteForm(round, vote, check) },
                          check == VoteCheck::SignatureInvalid ? flow.bold() : flow.body(), -1, false,
                          header);
        }
    }

    flow.heading(DossierPdf::tr("Comments"), 2);
    if (content.comments.isEmpty()) {
        flow.paragraph(flow.body(), DossierPdf::tr("No comment yet."));
        return;
    }
    QHash<QString, QString> sections;
    for (const SnapshotSection& section : content.snapshot.sections())
        sections.insert(section.key, section.title);
    QString lastSection;
    for (const ReviewComment& comment : content.comments) {
        const bool reply = !comment.parentUuid.isNull();
        if (!reply && comment.section != lastSection) {
            flow.space(1.5);
            flow.paragraph(flow.bold(), sections.value(comment.section, comment.section));
            lastSection = comment.section;
        }
        const qreal indent = reply ? 10 : 4;
        QString head
            = DossierPdf::tr("%1, %2").arg(comment.authorName, Text::dateTime(locale, comment.writtenAt));
        if (!reply)
            head += QStringLiteral(" — ")
                + (comment.resolved ? DossierPdf::tr("resolved") : DossierPdf::tr("open"));
        const int first = flow.paragraph(flow.small(), head, -1, indent);
        flow.paragraph(flow.body(), comment.body.trimmed(), -1, indent);
        flow.keepTogether(first);
    }
}

} // namespace casedesk::DossierParts
