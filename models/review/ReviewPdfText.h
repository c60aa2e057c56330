#pragma once

#include "review/Review.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace casedesk {

// The words the minutes and the dossier PDF share, in the language in force (ScopedLanguage).
class ReviewPdfText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPdfText)

public:
    // "12 November 2026" / "12 novembre 2026"; "—" for no date.
    static QString date(const QLocale& locale, const QDate& date);
    // A UTC instant in local time: "12 November 2026, 14:05".
    static QString dateTime(const QLocale& locale, const QDateTime& instant);
    // "1 080,50 €", with no-break spaces (PdfFlow::font).
    static QString money(const QLocale& locale, qint64 cents);
    // A member of the round by UUID, with the role; "a former member" when the round does not list them.
    static QString memberName(const ReviewRound& round, const QUuid& member, bool withRole = false);
    // How a vote was given, checked: "signed and verified", "recorded by Claire Martin from a
    // meeting (séance du 12 novembre)", "signature invalid".
    static QString voteForm(const ReviewRound& round, const ReviewVote& vote, VoteCheck check);
    // "Dossier 3f2a 91c0 — page 2 / 5", every page's footer.
    static QString footer(const QString& fingerprint, int page, int pageCount);
};

} // namespace casedesk
