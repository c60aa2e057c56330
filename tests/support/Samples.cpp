#include "Samples.h"

#include "procedures/MilestoneRepository.h"
#include "procedures/ProcedureRepository.h"

#include <QTest>

namespace casedesk::test {

Campaign completeCampaign(const QDate& today, const QString& title)
{
    Campaign c;
    c.title = title;
    c.summary = QStringLiteral("Financer le recours contre l'arrêté préfectoral.");
    c.description = QStringLiteral("## Le projet\n\nUne retenue d'eau détruirait 13 ha de zone humide.");
    c.cause = Cause::Environment;
    c.harm = QStringLiteral("Destruction d'une zone humide et d'espèces protégées.");
    c.legalBasis = QStringLiteral("Art. L. 411-2 du code de l'environnement.");
    c.court = QStringLiteral("Tribunal administratif de Toulouse");
    c.opposingParty = QStringLiteral("Préfet du Tarn");
    c.goalCents = 1'000'000;
    c.endDate = today.addDays(30);
    c.howMoneyUsed = QStringLiteral("Honoraires d'avocat et expertise hydrologique.");
    c.lawyer = QStringLiteral("Me Claire Dupuis, barreau de Toulouse");
    c.lawyerAssessment = QStringLiteral("Chances sérieuses : l'étude d'impact omet deux espèces protégées.");
    c.risks = QStringLiteral("Rejet pour défaut d'intérêt à agir ; frais irrépétibles possibles.");
    c.adverseCostsCents = 150'000;
    c.whyAssociation
        = QStringLiteral("Agréée pour la protection de l'environnement dans le Tarn depuis 2011.");
    c.budgetLines = {
        { {}, BudgetKind::LawyerFees, QStringLiteral("Avocat"), 700'000 },
        { {}, BudgetKind::ExpertReports, QStringLiteral("Expertise hydrologique"), 300'000 },
    };
    c.pressArticles = {
        { {},
          QStringLiteral("Le barrage contesté"),
          QStringLiteral("La Dépêche"),
          QUrl(QStringLiteral("https://www.ladepeche.fr/article")),
          QDate(2026, 2, 1) },
    };
    return c;
}

Campaign collectingCampaign(const QDate& today, const QString& title)
{
    Campaign c = completeCampaign(today, title);
    c.status = CampaignStatus::Published;
    return c;
}

NewsItem newsDraft(const QUuid& campaign, const QString& title, const QString& body)
{
    NewsItem item;
    item.campaignUuid = campaign;
    item.title = title;
    item.body = body;
    return item;
}

Milestone milestoneOf(const QUuid& procedure, MilestoneKind kind, const QDate& date, const QString& title)
{
    Milestone milestone;
    milestone.procedureUuid = procedure;
    milestone.kind = kind;
    milestone.date = date;
    milestone.title = title;
    return milestone;
}

PlatformPayout ululePayout(const QString& reference, const QString& campaignRef, const QDate& date,
                           qint64 grossCents, qint64 commissionCents, qint64 paymentFeesCents,
                           const QStringList& orderIds)
{
    PlatformPayout payout;
    payout.platform = QStringLiteral("ulule");
    payout.reference = reference;
    payout.campaignRef = campaignRef;
    payout.date = date;
    payout.grossCents = grossCents;
    payout.commissionCents = commissionCents;
    payout.paymentFeesCents = paymentFeesCents;
    payout.netCents = grossCents - commissionCents - paymentFeesCents;
    payout.orderIds = orderIds;
    return payout;
}

Association validAssociation()
{
    Association a;
    a.name = QStringLiteral("Zones Humides Vivantes");
    a.legalForm = QStringLiteral("Association loi 1901");
    a.rna = kValidRna;
    a.siren = kValidSiren;
    a.address = QStringLiteral("7 rue des Salicaires\n31400 Toulouse");
    a.purpose = QStringLiteral("Protection des zones humides.");
    a.generalInterest = true;
    a.signatoryName = QStringLiteral("Camille Rouquette");
    a.signatoryRole = QStringLiteral("Présidente");
    a.receiptCategory = QStringLiteral("general_interest_environment");
    a.receiptPlace = QStringLiteral("Toulouse");
    return a;
}

namespace {

void failOn(const QList<FieldProblem>& problems)
{
    for (const FieldProblem& problem : problems)
        QTest::qFail(qPrintable(problem.message), __FILE__, __LINE__);
}

} // namespace

Procedure createdProcedure(ProcedureRepository& repository, Procedure procedure)
{
    failOn(repository.create(procedure));
    return procedure;
}

Milestone addedMilestone(MilestoneRepository& repository, Milestone milestone)
{
    failOn(repository.add(milestone));
    return milestone;
}

} // namespace casedesk::test
