#include "review/MinutesPdf.h"

#include "reports/PdfFlow.h"
#include "review/ReviewPdfText.h"

#include <QDir>
#include <QPainter>

namespace casedesk {

namespace {

using Text = ReviewPdfText;

QString identity(const Association& association)
{
    QStringList parts { association.name.simplified() };
    if (!association.rna.trimmed().isEmpty())
        parts.append(MinutesPdf::tr("RNA %1").arg(association.rna.trimmed()));
    const QString address
        = association.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", "));
    if (!address.trimmed().isEmpty())
        parts.append(address.simplified());
    return parts.join(QStringLiteral(" — "));
}

const ReviewVote* voteOf(const MinutesContent& content, const QUuid& member)
{
    for (const ReviewVote& vote : content.votes) {
        if (vote.memberUuid == member)
            return &vote;
    }
    return nullptr;
}

const Recusal* recusalOf(const MinutesContent& content, const QUuid& member)
{
    for (const Recusal& recusal : content.recusals) {
        if (recusal.memberUuid == member)
            return &recusal;
    }
    return nullptr;
}

void roundPart(PdfFlow& flow, const MinutesContent& content, const QLocale& locale)
{
    const ReviewRound& round = content.round;
    flow.heading(MinutesPdf::tr("The review round"));
    flow.paragraph(flow.body(), MinutesPdf::tr("Dossier: %1").arg(content.campaignTitle.simplified()));
    flow.paragraph(flow.body(),
                   MinutesPdf::tr("Review round no. %1, opened on %2 by %3.")
                       .arg(round.number)
                       .arg(Text::dateTime(locale, round.openedAt),
                            round.openedBy.isEmpty() ? MinutesPdf::tr("the desk") : round.openedBy));
    QString status
        = MinutesPdf::tr("State of the round: %1.").arg(ReviewCodes::roundStatusName(round.status));
    if (!round.isOpen() && round.closedAt.isValid())
        status
            += QLatin1Char(' ') + MinutesPdf::tr("Closed on %1.").arg(Text::dateTime(locale, round.closedAt));
    flow.paragraph(flow.body(), status);
    if (round.status == RoundStatus::Superseded && !round.supersededBecause.isEmpty())
        flow.paragraph(flow.body(), MinutesPdf::tr("Superseded because: %1").arg(round.supersededBecause));
    flow.space(1.5);
    flow.paragraph(flow.bold(),
                   MinutesPdf::tr("Fingerprint of the dossier: %1").arg(shortFingerprint(round.fingerprint)));
    flow.paragraph(flow.small(), MinutesPdf::tr("In full (SHA-256): %1").arg(round.fingerprint));
    flow.paragraph(flow.small(),
                   MinutesPdf::tr("The fingerprint names the exact dossier the board read: any change "
                                  "to the dossier gives another fingerprint, and another round."));
}

void membersPart(PdfFlow& flow, const MinutesContent& content)
{
    const ReviewRound& round = content.round;
    flow.heading(MinutesPdf::tr("Members in office"));
    flow.paragraph(flow.body(),
                   MinutesPdf::tr("%n member(s) of the board in office when the round opened.", nullptr,
                                  int(round.members.size())));
    const QList<PdfFlow::Column> columns
        = { { 70, Qt::AlignLeft }, { 45, Qt::AlignLeft }, { 65, Qt::AlignLeft } };
    const int header = flow.tableRow(
        columns, { MinutesPdf::tr("Member"), MinutesPdf::tr("Role"), MinutesPdf::tr("Took part") },
        flow.bold(), -1, true);
    for (const RoundMember& member : round.members) {
        QString part = MinutesPdf::tr("did not vote");
        if (recusalOf(content, member.uuid))
            part = MinutesPdf::tr("recused");
        else if (voteOf(content, member.uuid))
            part = MinutesPdf::tr("voted");
        flow.tableRow(
            columns,
            { member.name, content.roles.value(member.uuid, BoardCodes::roleName(member.role)), part },
            flow.body(), -1, false, header);
    }
}

void recusalsPart(PdfFlow& flow, const MinutesContent& content, const QLocale& locale)
{
    flow.heading(MinutesPdf::tr("Conflicts of interest"));
    if (content.recusals.isEmpty()) {
        flow.paragraph(flow.body(), MinutesPdf::tr("No member declared a conflict of interest."));
        return;
    }
    for (const Recusal& recusal : content.recusals) {
        QString line
            = MinutesPdf::tr("%1, recused: %2 (declared on %3)")
                  .arg(Text::memberName(content.round, recusal.memberUuid, true), recusal.nature.simplified(),
                       Text::date(locale, recusal.declaredAt.toLocalTime().date()));
        if (!recusal.recordedBy.isNull())
            line += QLatin1Char(' ')
                + MinutesPdf::tr("— recorded by %1.")
                      .arg(Text::memberName(content.round, recusal.recordedBy));
        flow.paragraph(flow.body(), line);
    }
}

void votesPart(PdfFlow& flow, const MinutesContent& content, const QLocale& locale)
{
    flow.heading(MinutesPdf::tr("Votes"));
    if (content.votes.isEmpty()) {
        flow.paragraph(flow.body(), MinutesPdf::tr("No vote was cast."));
        return;
    }
    const QList<PdfFlow::Column> columns = { { 36, Qt::AlignLeft },
                                             { 20, Qt::AlignLeft },
                                             { 44, Qt::AlignLeft },
                                             { 28, Qt::AlignLeft },
                                             { 52, Qt::AlignLeft } };
    const int header
        = flow.tableRow(columns,
                        { MinutesPdf::tr("Member"), MinutesPdf::tr("Vote"), MinutesPdf::tr("Reason"),
                          MinutesPdf::tr("Cast on"), MinutesPdf::tr("Form") },
                        flow.bold(), -1, true);
    for (qsizetype i = 0; i < content.votes.size(); ++i) {
        const ReviewVote& vote = content.votes.at(i);
        const VoteCheck check
            = i < content.checks.size() ? content.checks.at(i) : VoteCheck::SignatureInvalid;
        const QFont& font = check == VoteCheck::SignatureInvalid ? flow.bold() : flow.body();
        flow.tableRow(columns,
                      { Text::memberName(content.round, vote.memberUuid),
                        ReviewCodes::choiceName(vote.choice), vote.reason.simplified().left(400),
                        Text::dateTime(locale, vote.castAt), Text::voteForm(content.round, vote, check) },
                      font, -1, false, header);
    }
}

void decisionPart(PdfFlow& flow, const MinutesContent& content, const QLocale& locale)
{
    const Decision& decision = content.decision;
    const ReviewRound& round = content.round;
    flow.heading(MinutesPdf::tr("Decision"));
    const int section = flow.newSection();
    flow.space(1.5, section);
    QString outcome;
    switch (decision.outcome) {
    case DecisionOutcome::Approved:
        outcome = MinutesPdf::tr("The board approves the dossier.");
        break;
    case DecisionOutcome::Rejected:
        outcome = MinutesPdf::tr("The board rejects the dossier.");
        break;
    case DecisionOutcome::NoQuorum:
        outcome = MinutesPdf::tr("The quorum is not reached: no decision can be recorded.");
        break;
    }
    flow.paragraph(flow.bold(), outcome, section);
    for (const QString& sentence : decision.explanation)
        flow.paragraph(flow.body(), sentence, section);
    if (!decision.rejectionReasons.isEmpty()) {
        flow.paragraph(flow.body(), MinutesPdf::tr("Reasons given for rejecting:"), section);
        for (const QString& reason : decision.rejectionReasons)
            flow.paragraph(flow.body(), QStringLiteral("• ") + reason, section, 4);
    }
    flow.space(1, section);
    flow.paragraph(flow.small(), round.rules.describeQuorum(decision.inOffice), section);
    flow.paragraph(flow.small(), round.rules.describeMajority(), section);
    if (round.status == RoundStatus::Approved || round.status == RoundStatus::Rejected)
        flow.paragraph(flow.body(),
                       MinutesPdf::tr("Decision recorded on %1 by %2.")
                           .arg(Text::dateTime(locale, round.closedAt), round.closedBy),
                       section);
    flow.space(1, section);
}

void signaturePart(PdfFlow& flow, const MinutesContent& content, const QLocale& locale)
{
    flow.space(6);
    const int first = flow.blockCount();
    const QString place = content.association.receiptPlace.trimmed();
    flow.paragraph(
        flow.body(),
        place.isEmpty()
            ? MinutesPdf::tr("Done on %1.").arg(Text::date(locale, content.writtenOn))
            : MinutesPdf::tr("Done at %1, on %2.").arg(place, Text::date(locale, content.writtenOn)));
    QString secretary;
    for (const RoundMember& member : content.round.members) {
        if (member.role == BoardRole::Secretary)
            secretary = member.name;
    }
    flow.space(3);
    flow.paragraph(flow.bold(),
                   secretary.isEmpty() ? MinutesPdf::tr("Secretary")
                                       : MinutesPdf::tr("Secretary: %1").arg(secretary),
                   -1, 100);
    flow.add(PdfFlow::mm(20), [](QPainter& painter, const QRectF& rect) {
        const qreal left = rect.left() + PdfFlow::mm(100);
        painter.drawLine(QPointF(left, rect.bottom() - PdfFlow::mm(3)),
                         QPointF(rect.right(), rect.bottom() - PdfFlow::mm(3)));
    });
    flow.keepTogether(first);
}

} // namespace

QString MinutesPdf::write(const MinutesContent& content, const QString& path)
{
    const QLocale locale = QLocale();
    const QString title = tr("Extract from the minutes of the board of directors");
    const std::optional<QString> problem = PdfFlow::write(
        path, title,
        [&](PdfFlow& flow) {
            flow.paragraph(flow.heading(), title);
            flow.paragraph(flow.bold(), identity(content.association));
            flow.space(2);
            roundPart(flow, content, locale);
            membersPart(flow, content);
            recusalsPart(flow, content, locale);
            votesPart(flow, content, locale);
            decisionPart(flow, content, locale);
            signaturePart(flow, content, locale);
        },
        [&](int page, int pageCount) { return Text::footer(content.round.fingerprint, page, pageCount); });
    if (!problem)
        return {};
    return tr("Cannot write the minutes %1: %2").arg(QDir::toNativeSeparators(path), *problem);
}

} // namespace casedesk
