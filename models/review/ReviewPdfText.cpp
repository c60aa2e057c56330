#include "review/ReviewPdfText.h"

#include "common/Money.h"

namespace casedesk {

QString ReviewPdfText::date(const QLocale& locale, const QDate& date)
{
    return date.isValid() ? locale.toString(date, QStringLiteral("d MMMM yyyy")) : QStringLiteral("—");
}

QString ReviewPdfText::dateTime(const QLocale& locale, const QDateTime& instant)
{
    if (!instant.isValid())
        return QStringLiteral("—");
    const QDateTime local = instant.toLocalTime();
    return tr("%1, %2").arg(date(locale, local.date()),
                            locale.toString(local.time(), QStringLiteral("HH:mm")));
}

QString ReviewPdfText::money(const QLocale& locale, qint64 cents)
{
    return Money::format(cents, locale).replace(QChar(0x202F), QChar(0x00A0));
}

QString ReviewPdfText::memberName(const ReviewRound& round, const QUuid& member, bool withRole)
{
    for (const RoundMember& m : round.members) {
        if (m.uuid == member)
            return withRole ? tr("%1 (%2)").arg(m.name, BoardCodes::roleName(m.role)) : m.name;
    }
    return tr("a former member");
}

QString ReviewPdfText::voteForm(const ReviewRound& round, const ReviewVote& vote, VoteCheck check)
{
    if (check != VoteCheck::RecordedBySecretary)
        return ReviewCodes::voteCheckName(check);
    QString text = tr("recorded by %1").arg(memberName(round, vote.recordedBy));
    if (vote.recordedFrom != RecordedFrom::None)
        text = tr("recorded by %1 from %2")
                   .arg(memberName(round, vote.recordedBy), ReviewCodes::recordedFromName(vote.recordedFrom));
    if (!vote.recordedNote.trimmed().isEmpty())
        text += tr(" (%1)").arg(vote.recordedNote.simplified());
    return text;
}

QString ReviewPdfText::footer(const QString& fingerprint, int page, int pageCount)
{
    return tr("Dossier %1 — page %2 / %3").arg(shortFingerprint(fingerprint)).arg(page).arg(pageCount);
}

} // namespace casedesk
