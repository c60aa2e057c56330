#pragma once

#include "campaigns/Association.h"
#include "campaigns/CampaignRepository.h"
#include "review/DecisionRules.h"
#include "review/DossierSnapshot.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

class Database;

// What the dossier PDF prints, read from the desk (ReviewPdfReads.cpp): the frozen snapshot of
// the round exported, or the dossier as it stands when no round holds it, and the review so far.
struct DossierContent
{
    Association association;
    DossierSnapshot snapshot;
    QString fingerprint;
    std::optional<ReviewRound> round; // the round whose snapshot this is
    QList<CampaignRepository::StatusChange> history;
    QList<ReviewVote> votes; // the current votes
    QList<VoteCheck> checks; // in the same order
    QList<Recusal> recusals;
    QList<ReviewComment> comments; // replies after their parent
    std::optional<Decision> decision;
    QDate writtenOn;
};

// The board-ready dossier as a PDF/A-1b file, in French or English: a cover, a table of contents
// with page numbers, the case, the lawyer's assessment and the risks, why the association, the
// budget with what the platform's fees leave for the case, the use of funds, the procedures and
// their timeline with the deadlines ahead, the evidence (number, title, date, source, short
// hash), the press, the status history and the review so far; the fingerprint on every page and
// an outline (bookmarks).
class DossierPdf
{
    Q_DECLARE_TR_FUNCTIONS(DossierPdf)

public:
    // `round`: a round reference (ReviewRepository::resolveRound: "latest", a number, a UUID)
    // or empty for the dossier as it stands (with the review of the latest round when that
    // round holds the same snapshot). `language`: "fr" or "en". Returns why not (translated in
    // the window's language), or an empty string.
    static QString write(Database& database, const QUuid& campaignUuid, const QString& round,
                         const QString& language, const QString& path);
    static std::optional<DossierContent> read(Database& database, const QUuid& campaignUuid,
                                              const QString& round, QString* problem);
    // Lays out content in the language in force (ScopedLanguage) and writes it; returns why not.
    static QString write(const DossierContent& content, const QString& path);
};

} // namespace casedesk
