// What the minutes and dossier PDF tests share: an association, a board of seven, a round on a
// frozen dossier, votes signed with real keys (one tampered), a recorded vote and a recusal.
#pragma once

#include "campaigns/Association.h"
#include "review/DecisionRules.h"
#include "review/DossierSnapshot.h"
#include "review/Review.h"
#include "review/VoteSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::test {

using namespace Qt::StringLiterals;

inline Association reviewAssociation()
{
    Association association;
    association.name = u"Zone humide du Tarn"_s;
    association.rna = u"W813000123"_s;
    association.address = u"12 rue des Saules\n81000 Albi"_s;
    association.receiptPlace = u"Albi"_s;
    return association;
}

inline QJsonObject sampleDossierJson()
{
    const QJsonObject campaign {
        { u"uuid"_s, u"5b1c7a36-8f50-4a4e-9d7b-6f1a2c3d4e5f"_s },
        { u"title"_s, u"Sauver la zone humide de Sivens"_s },
        { u"summary"_s, u"Un recours contre l'arrêté qui autorise le drainage."_s },
        { u"description"_s,
          u"## Les faits\nL'arrêté du **3 mars** autorise le drainage.\n\n- 12 hectares\n- 40 espèces"_s },
        { u"cause"_s, u"environment"_s },
        { u"harm"_s, u"La destruction d'une zone humide protégée."_s },
        { u"legalBasis"_s, u"Article L411-1 du code de l'environnement."_s },
        { u"court"_s, u"Tribunal administratif de Toulouse"_s },
        { u"opposingParty"_s, u"Préfecture du Tarn"_s },
        { u"goalCents"_s, 1000000 },
        { u"endDate"_s, u"2027-03-31"_s },
        { u"howMoneyUsed"_s, u"Les honoraires de l'avocate et l'expertise écologique."_s },
        { u"lawyer"_s, u"Me Sophie Durand"_s },
        { u"lawyerAssessment"_s, u"Des chances sérieuses : l'étude d'impact omet deux espèces protégées."_s },
        { u"risks"_s, u"Un rejet exposerait l'association aux frais de l'article L761-1."_s },
        { u"adverseCostsCents"_s, 300000 },
        { u"whyAssociation"_s, u"Son objet statutaire est la protection des zones humides du Tarn."_s },
    };
    const QJsonArray budget {
        QJsonObject { { u"uuid"_s, u"11111111-1111-1111-1111-111111111111"_s },
                      { u"kind"_s, u"lawyer_fees"_s },
                      { u"label"_s, u"Honoraires de l'avocate"_s },
                      { u"amountCents"_s, 800000 } },
        QJsonObject { { u"uuid"_s, u"22222222-2222-2222-2222-222222222222"_s },
                      { u"kind"_s, u"expert_reports"_s },
                      { u"label"_s, u"Expertise écologique"_s },
                      { u"amountCents"_s, 250000 } },
    };
    const QJsonObject funds { { u"goalCents"_s, 1000000 },     { u"commissionBasisPoints"_s, 500 },
                              { u"commissionCents"_s, 50000 }, { u"flatFeeCents"_s, 10000 },
                              { u"netCents"_s, 940000 },       { u"budgetForCaseCents"_s, 1050000 } };
    QJsonArray evidence;
    for (int number = 1; number <= 30; ++number)
        evidence.append(QJsonObject {
            { u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { u"number"_s, number },
            { u"title"_s, u"Pièce numéro %1"_s.arg(number) },
            { u"date"_s, QDate(2026, 1, 1).addDays(number).toString(Qt::ISODate) },
            { u"source"_s, u"Préfecture"_s },
            { u"sha256"_s, number == 1 ? u"3f2a91c0"_s + u"0"_s.repeated(56) : u"ab"_s.repeated(32) } });
    const QJsonArray procedures { QJsonObject {
        { u"uuid"_s, u"33333333-3333-3333-3333-333333333333"_s },
        { u"court"_s, u"tribunal-administratif"_s },
        { u"courtName"_s, u"Tribunal administratif de Toulouse"_s },
        { u"kind"_s, u"recours-exces-pouvoir"_s },
        { u"caseNumber"_s, u"2601234"_s },
        { u"lawyer"_s, u"Me Sophie Durand"_s },
        { u"parties"_s, u"Zone humide du Tarn c/ Préfet du Tarn"_s },
        { u"status"_s, u"pending"_s },
        { u"milestones"_s,
          QJsonArray { QJsonObject { { u"kind"_s, u"filing"_s },
                                     { u"title"_s, u"Requête déposée"_s },
                                     { u"date"_s, u"2026-10-02"_s } } } },
        { u"deadlines"_s,
          QJsonArray { QJsonObject { { u"title"_s, u"Mémoire en réplique"_s },
                                     { u"due"_s, u"2026-12-17"_s },
                                     { u"rule"_s, QString() } } } } } };
    const QJsonArray press { QJsonObject { { u"title"_s, u"Sivens : l'association attaque l'arrêté"_s },
                                           { u"outlet"_s, u"La Dépêche"_s },
                                           { u"url"_s, u"https://example.org/sivens"_s },
                                           { u"date"_s, u"2026-11-20"_s } } };
    return { { u"format"_s, 1 },
             { u"campaign"_s, campaign },
             { u"budget"_s, budget },
             { u"funds"_s, funds },
             { u"press"_s, press },
             { u"evidence"_s, evidence },
             { u"procedures"_s, procedures } };
}

inline DossierSnapshot sampleSnapshot()
{
    return *DossierSnapshot::fromCanonical(QJsonDocument(sampleDossierJson()).toJson(QJsonDocument::Compact));
}

// Seven members: the president first, the secretary third.
struct SampleBoard
{
    ReviewRound round;
    QList<SigningKeyPair> keys;
    QList<ReviewVote> votes; // current votes
    QList<Recusal> recusals;

    QUuid member(int i) const { return round.members.at(i).uuid; }
};

inline ReviewVote signedVote(const SampleBoard& board, int member, VoteChoice choice, const QString& reason,
                             const QDateTime& at)
{
    ReviewVote vote;
    vote.sync.uuid = QUuid::createUuid();
    vote.roundUuid = board.round.sync.uuid;
    vote.memberUuid = board.member(member);
    vote.choice = choice;
    vote.reason = reason;
    vote.castAt = at;
    vote.form = VoteForm::Signed;
    vote.signature = VoteSignature::sign(board.keys.at(member).privateKey,
                                         VoteSignature::message(board.round.fingerprint, vote));
    return vote;
}

inline SampleBoard sampleBoard()
{
    SampleBoard board;
    ReviewRound& round = board.round;
    round.sync.uuid = QUuid::createUuid();
    round.campaignUuid = QUuid(u"5b1c7a36-8f50-4a4e-9d7b-6f1a2c3d4e5f"_s);
    round.number = 2;
    round.fingerprint = u"3f2a91c0"_s + u"7e"_s.repeated(28);
    round.openedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    round.openedBy = u"Claire Martin"_s;
    const QList<std::pair<QString, BoardRole>> people = {
        { u"Hélène Roux"_s, BoardRole::President },       { u"Paul Garcia"_s, BoardRole::Treasurer },
        { u"Claire Martin"_s, BoardRole::Secretary },     { u"Jean Dupuy"_s, BoardRole::Administrator },
        { u"Inès Benali"_s, BoardRole::Administrator },   { u"Marc Lefèvre"_s, BoardRole::Administrator },
        { u"Sophie Nguyen"_s, BoardRole::Administrator },
    };
    for (const auto& [name, role] : people) {
        const SigningKeyPair keys = VoteSignature::generate();
        board.keys.append(keys);
        round.members.append(
            { QUuid::createUuid(), name, role, QString::fromLatin1(keys.publicKey.toBase64()) });
    }
    const QDateTime day(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
    board.votes.append(signedVote(board, 0, VoteChoice::Approve, {}, day));
    board.votes.append(signedVote(board, 1, VoteChoice::Approve, {}, day.addSecs(3600)));
    board.votes.append(signedVote(board, 3, VoteChoice::Reject, u"Le budget d'expertise est sous-estimé."_s,
                                  day.addSecs(7200)));
    // Tampered after signing: an abstention turned into an approval.
    ReviewVote tampered = signedVote(board, 4, VoteChoice::Abstain, {}, day.addSecs(9000));
    tampered.choice = VoteChoice::Approve;
    board.votes.append(tampered);
    ReviewVote recorded;
    recorded.sync.uuid = QUuid::createUuid();
    recorded.roundUuid = round.sync.uuid;
    recorded.memberUuid = board.member(6);
    recorded.choice = VoteChoice::Approve;
    recorded.castAt = day.addDays(1);
    recorded.form = VoteForm::Recorded;
    recorded.recordedBy = board.member(2);
    recorded.recordedFrom = RecordedFrom::Meeting;
    recorded.recordedNote = u"séance du 29 novembre"_s;
    board.votes.append(recorded);
    Recusal recusal;
    recusal.roundUuid = round.sync.uuid;
    recusal.memberUuid = board.member(5);
    recusal.nature = u"Salarié d'un bureau d'études du maître d'ouvrage"_s;
    recusal.declaredAt = day;
    board.recusals.append(recusal);
    return board;
}

inline QList<VoteCheck> checks(const SampleBoard& board)
{
    QList<VoteCheck> list;
    for (const ReviewVote& vote : board.votes) {
        QString key;
        for (const RoundMember& member : board.round.members)
            key = member.uuid == vote.memberUuid ? member.publicKey : key;
        list.append(VoteSignature::check(board.round.fingerprint, vote, key));
    }
    return list;
}

inline Decision decisionOf(const SampleBoard& board)
{
    QList<QUuid> recused;
    for (const Recusal& recusal : board.recusals)
        recused.append(recusal.memberUuid);
    return DecisionRules::decide(board.round.rules, board.round.members, recused, board.votes);
}

} // namespace casedesk::test
