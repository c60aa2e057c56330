// What the minutes and the dossier PDF read from the desk, and the writing of each in its
// language (MinutesPdf, DossierPdf).
#include "board/BoardRepository.h"
#include "campaigns/AssociationRepository.h"
#include "common/Clock.h"
#include "reports/ScopedLanguage.h"
#include "review/DossierPdf.h"
#include "review/MinutesPdf.h"
#include "review/ReviewRepository.h"
#include "review/VoteSignature.h"
#include "storage/SqlValues.h"

namespace casedesk {

namespace {

QList<VoteCheck> checked(ReviewRepository& reviews, const ReviewRound& round, const QList<ReviewVote>& votes)
{
    QList<VoteCheck> checks;
    for (const ReviewVote& vote : votes)
        checks.append(reviews.checkOf(round, vote));
    return checks;
}

// A round of the campaign by number ("2"), "latest", a UUID or its prefix.
std::optional<ReviewRound> roundByReference(ReviewRepository& reviews, const QUuid& campaignUuid,
                                            const QString& reference, QString* problem)
{
    bool isNumber = false;
    const int number = reference.trimmed().toInt(&isNumber);
    if (isNumber) {
        for (const ReviewRound& round : reviews.rounds(campaignUuid)) {
            if (round.number == number)
                return round;
        }
    } else {
        QString why;
        const std::optional<QUuid> uuid = reviews.resolveRound(campaignUuid, reference.trimmed(), &why);
        if (!uuid) {
            *problem = why;
            return std::nullopt;
        }
        if (std::optional<ReviewRound> round = reviews.round(*uuid);
            round && round->campaignUuid == campaignUuid)
            return round;
    }
    *problem = DossierPdf::tr("The campaign has no review round %1.").arg(reference.trimmed());
    return std::nullopt;
}

} // namespace

std::optional<MinutesContent> MinutesPdf::read(Database& database, const QUuid& roundUuid, QString* problem)
{
    ReviewRepository reviews(database);
    const std::optional<ReviewRound> round = reviews.round(roundUuid);
    if (!round) {
        if (problem)
            *problem = tr("There is no review round %1.").arg(SqlValues::uuidText(roundUuid));
        return std::nullopt;
    }
    MinutesContent content;
    content.association = AssociationRepository(database).load();
    content.round = *round;
    if (const std::optional<DossierSnapshot> snapshot = DossierSnapshot::fromCanonical(round->snapshot))
        content.campaignTitle = snapshot->json()
                                    .value(QStringLiteral("campaign"))
                                    .toObject()
                                    .value(QStringLiteral("title"))
                                    .toString();
    if (content.campaignTitle.isEmpty()) {
        if (const std::optional<Campaign> campaign = CampaignRepository(database).load(round->campaignUuid))
            content.campaignTitle = campaign->title;
    }
    content.recusals = reviews.recusals(roundUuid);
    content.votes = reviews.currentVotes(roundUuid);
    content.checks = checked(reviews, *round, content.votes);
    content.decision = reviews.decisionOf(*round);
    BoardRepository board(database);
    for (const RoundMember& member : round->members) {
        const std::optional<BoardMember> known = board.load(member.uuid);
        if (known && member.role == BoardRole::Other && !known->roleLabel.trimmed().isEmpty())
            content.roles.insert(member.uuid, known->roleLabel.simplified());
    }
    content.writtenOn = Clock::today();
    return content;
}

QString MinutesPdf::write(Database& database, const QUuid& campaignUuid, const QString& round,
                          const QString& path)
{
    QString problem;
    ReviewRepository reviews(database);
    const std::optional<ReviewRound> found = roundByReference(
        reviews, campaignUuid, round.isEmpty() ? QStringLiteral("latest") : round, &problem);
    return found ? write(database, found->sync.uuid, path) : problem;
}

QString MinutesPdf::write(Database& database, const QUuid& roundUuid, const QString& path)
{
    QString problem;
    bool found = false;
    {
        // The board's records in French: the decision's sentences too, read in the language.
        const ScopedLanguage french(QStringLiteral("fr"));
        const std::optional<MinutesContent> content = read(database, roundUuid, nullptr);
        found = content.has_value();
        if (found)
            problem = write(*content, path);
    }
    if (!found) // why, in the window's language
        read(database, roundUuid, &problem);
    return problem;
}

std::optional<DossierContent> DossierPdf::read(Database& database, const QUuid& campaignUuid,
                                               const QString& reference, QString* problem)
{
    const auto refuse = [problem](const QString& why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    CampaignRepository campaigns(database);
    if (!campaigns.load(campaignUuid))
        return refuse(tr("There is no campaign %1.").arg(SqlValues::uuidText(campaignUuid)));
    ReviewRepository reviews(database);
    DossierContent content;
    std::optional<DossierSnapshot> snapshot;
    if (!reference.trimmed().isEmpty()) {
        QString why;
        content.round = roundByReference(reviews, campaignUuid, reference, &why);
        if (!content.round)
            return refuse(why);
        snapshot = DossierSnapshot::fromCanonical(content.round->snapshot);
        if (!snapshot)
            return refuse(tr("The dossier frozen for round %1 cannot be read.").arg(content.round->number));
        content.fingerprint = content.round->fingerprint;
    } else {
        snapshot = DossierSnapshot::capture(database, campaignUuid);
        if (!snapshot)
            return refuse(tr("There is no campaign %1.").arg(SqlValues::uuidText(campaignUuid)));
        content.fingerprint = snapshot->fingerprint();
        const QList<ReviewRound> rounds = reviews.rounds(campaignUuid);
        if (!rounds.isEmpty() && rounds.first().fingerprint == content.fingerprint)
            content.round = rounds.first();
    }
    content.snapshot = *snapshot;
    content.association = AssociationRepository(database).load();
    content.history = campaigns.history(campaignUuid);
    content.writtenOn = Clock::today();
    if (content.round) {
        const QUuid round = content.round->sync.uuid;
        content.votes = reviews.currentVotes(round);
        content.checks = checked(reviews, *content.round, content.votes);
        content.recusals = reviews.recusals(round);
        content.comments = reviews.comments(round);
        content.decision = reviews.decisionOf(*content.round);
    }
    return content;
}

QString DossierPdf::write(Database& database, const QUuid& campaignUuid, const QString& round,
                          const QString& language, const QString& path)
{
    QString problem;
    bool found = false;
    {
        const ScopedLanguage chosen(language);
        const std::optional<DossierContent> content = read(database, campaignUuid, round, nullptr);
        found = content.has_value();
        if (found)
            problem = write(*content, path);
    }
    if (!found) // why, in the window's language
        read(database, campaignUuid, round, &problem);
    return problem;
}

} // namespace casedesk
