#pragma once

#include "campaigns/Association.h"
#include "review/DecisionRules.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace casedesk {

class Database;

// What the minutes of one review round say, read from the desk (ReviewPdfReads.cpp).
struct MinutesContent
{
    Association association;
    ReviewRound round;
    QString campaignTitle;
    QList<Recusal> recusals;
    QList<ReviewVote> votes; // the current vote of each member who voted
    QList<VoteCheck> checks; // each vote's signature checked, in the same order
    Decision decision; // its sentences in the language in force when read
    QHash<QUuid, QString> roles; // a role as the board names it ("vice-présidente"), when not a standard one
    QDate writtenOn;
};

// The extract of the board's minutes for a review round, as a PDF/A-1b file, in French whatever
// the window's language (the board's records are kept in French): the round, the dossier's
// fingerprint (on every page), the members in office, who took part, who was recused and why,
// each vote with its form, the decision and its reasons, and the place and date for the
// secretary's signature.
class MinutesPdf
{
    Q_DECLARE_TR_FUNCTIONS(MinutesPdf)

public:
    // Reads the round and writes its minutes at path; returns why not (translated in the
    // window's language), or an empty string.
    static QString write(Database& database, const QUuid& roundUuid, const QString& path);
    // The same for a round of the campaign: its number, "latest" (or empty), a UUID or prefix.
    static QString write(Database& database, const QUuid& campaignUuid, const QString& round,
                         const QString& path);
    // The round as the desk holds it; nullopt (and *problem) when there is no such round.
    static std::optional<MinutesContent> read(Database& database, const QUuid& roundUuid, QString* problem);
    // Lays out content (in the language in force: ScopedLanguage) and writes it; returns why not.
    static QString write(const MinutesContent& content, const QString& path);
};

} // namespace casedesk
