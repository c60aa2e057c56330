#include "review/DossierSnapshot.h"

#include "campaigns/CampaignRepository.h"
#include "campaigns/Fees.h"
#include "evidence/EvidenceRepository.h"
#include "evidence/Sha256.h"
#include "evidence/Vault.h"
#include "procedures/ProcedureRepository.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace casedesk {

namespace {

// Bumped when the canonical form changes meaning: an old round's snapshot is then still read,
// but never compared byte for byte with a new capture.
constexpr int kFormat = 1;

using SqlValues::uuidText;

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject campaignObject(const Campaign& c)
{
    return {
        { QStringLiteral("uuid"), uuidText(c.sync.uuid) },
        { QStringLiteral("title"), c.title },
        { QStringLiteral("summary"), c.summary },
        { QStringLiteral("description"), c.description },
        { QStringLiteral("cause"), CampaignCodes::cause(c.cause) },
        { QStringLiteral("harm"), c.harm },
        { QStringLiteral("legalBasis"), c.legalBasis },
        { QStringLiteral("court"), c.court },
        { QStringLiteral("opposingParty"), c.opposingParty },
        { QStringLiteral("goalCents"), c.goalCents },
        { QStringLiteral("endDate"), dateText(c.endDate) },
        { QStringLiteral("howMoneyUsed"), c.howMoneyUsed },
        { QStringLiteral("lawyer"), c.lawyer },
        { QStringLiteral("lawyerAssessment"), c.lawyerAssessment },
        { QStringLiteral("risks"), c.risks },
        { QStringLiteral("adverseCostsCents"), c.adverseCostsCents },
        { QStringLiteral("whyAssociation"), c.whyAssociation },
    };
}

QJsonArray budgetArray(const Campaign& c)
{
    // In the campaign's own order (position): the order the board reads them in.
    QJsonArray lines;
    for (const BudgetLine& line : c.budgetLines) {
        lines.append(QJsonObject { { QStringLiteral("uuid"), uuidText(line.uuid) },
                                   { QStringLiteral("kind"), CampaignCodes::budgetKind(line.kind) },
                                   { QStringLiteral("label"), line.label },
                                   { QStringLiteral("amountCents"), line.amountCents } });
    }
    return lines;
}

QJsonObject fundsObject(const Campaign& c, const FeeSettings& fees)
{
    const FeeBreakdown breakdown = computeFees(c.goalCents, fees);
    qint64 forTheCase = 0;
    for (const BudgetLine& line : c.budgetLines) {
        if (line.kind != BudgetKind::PlatformFees)
            forTheCase += line.amountCents;
    }
    return { { QStringLiteral("goalCents"), breakdown.grossCents },
             { QStringLiteral("commissionBasisPoints"), fees.commissionBasisPoints },
             { QStringLiteral("commissionCents"), breakdown.commissionCents },
             { QStringLiteral("flatFeeCents"), breakdown.flatFeeCents },
             { QStringLiteral("netCents"), breakdown.netCents },
             { QStringLiteral("budgetForCaseCents"), forTheCase } };
}

QJsonArray pressArray(const Campaign& c)
{
    QJsonArray articles;
    for (const PressArticle& article : c.pressArticles) {
        articles.append(QJsonObject { { QStringLiteral("uuid"), uuidText(article.uuid) },
                                      { QStringLiteral("title"), article.title },
                                      { QStringLiteral("outlet"), article.outlet },
                                      { QStringLiteral("url"), article.url.toString() },
                                      { QStringLiteral("date"), dateText(article.date) } });
    }
    return articles;
}

QJsonArray evidenceArray(QList<EvidencePiece> pieces)
{
    // Private pieces included: the board sees everything the desk holds.
    std::stable_sort(pieces.begin(), pieces.end(),
                     [](const EvidencePiece& a, const EvidencePiece& b) { return a.number < b.number; });
    QJsonArray list;
    for (const EvidencePiece& piece : pieces) {
        list.append(QJsonObject { { QStringLiteral("uuid"), uuidText(piece.sync.uuid) },
                                  { QStringLiteral("number"), piece.number },
                                  { QStringLiteral("title"), piece.metadata.title },
                                  { QStringLiteral("date"), dateText(piece.metadata.documentDate) },
                                  { QStringLiteral("source"), piece.metadata.source },
                                  { QStringLiteral("sha256"), QString::fromLatin1(piece.sha256) } });
    }
    return list;
}

QJsonObject procedureObject(const Procedure& p, QList<Milestone> timeline)
{
    // Date order, then identity: the same timeline gives the same list on every desk.
    std::stable_sort(timeline.begin(), timeline.end(), [](const Milestone& a, const Milestone& b) {
        if (a.date != b.date)
            return a.date < b.date;
        return uuidText(a.sync.uuid) < uuidText(b.sync.uuid);
    });
    QJsonArray milestones;
    QJsonArray deadlines;
    for (const Milestone& m : timeline) {
        if (m.isDeadline()) {
            if (m.done)
                continue; // met or dropped: no longer ahead of the association
            deadlines.append(QJsonObject { { QStringLiteral("uuid"), uuidText(m.sync.uuid) },
                                           { QStringLiteral("title"), m.title },
                                           { QStringLiteral("due"), dateText(m.date) },
                                           { QStringLiteral("rule"), m.ruleId } });
        } else {
            milestones.append(QJsonObject { { QStringLiteral("uuid"), uuidText(m.sync.uuid) },
                                            { QStringLiteral("kind"), ProcedureCodes::milestoneKind(m.kind) },
                                            { QStringLiteral("title"), m.title },
                                            { QStringLiteral("date"), dateText(m.date) } });
        }
    }
    return { { QStringLiteral("uuid"), uuidText(p.sync.uuid) },
             { QStringLiteral("court"), ProcedureCodes::court(p.court) },
             { QStringLiteral("courtName"), p.courtName },
             { QStringLiteral("kind"), ProcedureCodes::kind(p.kind) },
             { QStringLiteral("caseNumber"), p.caseNumber },
             { QStringLiteral("lawyer"), p.lawyer },
             { QStringLiteral("parties"), p.parties },
             { QStringLiteral("status"), ProcedureCodes::status(p.status) },
             { QStringLiteral("appeals"), p.appealsUuid.isNull() ? QString() : uuidText(p.appealsUuid) },
             { QStringLiteral("milestones"), milestones },
             { QStringLiteral("deadlines"), deadlines } };
}

} // namespace

std::optional<DossierSnapshot> DossierSnapshot::capture(Database& database, const QUuid& campaignUuid)
{
    CampaignRepository campaigns(database);
    const std::optional<Campaign> campaign = campaigns.load(campaignUuid);
    if (!campaign)
        return std::nullopt;
    const FeeSettings fees = SettingsRepository(database).feeSettings();
    // Reading pieces never touches the vault's files.
    EvidenceRepository evidence(database, Vault(Vault::pathForDesk(database.path())));
    ProcedureRepository procedures(database);

    QJsonArray procedureList;
    for (const Procedure& procedure : procedures.forCampaign(campaignUuid))
        procedureList.append(
            procedureObject(procedure, procedures.milestones().forProcedure(procedure.sync.uuid)));

    DossierSnapshot snapshot;
    snapshot.m_json = { { QStringLiteral("format"), kFormat },
                        { QStringLiteral("campaign"), campaignObject(*campaign) },
                        { QStringLiteral("budget"), budgetArray(*campaign) },
                        { QStringLiteral("funds"), fundsObject(*campaign, fees) },
                        { QStringLiteral("press"), pressArray(*campaign) },
                        { QStringLiteral("evidence"), evidenceArray(evidence.pieces(campaignUuid)) },
                        { QStringLiteral("procedures"), procedureList } };
    return snapshot;
}

std::optional<DossierSnapshot> DossierSnapshot::fromCanonical(const QByteArray& canonical)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(canonical, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("format")).isDouble()
        || !object.value(QStringLiteral("campaign")).isObject())
        return std::nullopt;
    DossierSnapshot snapshot;
    snapshot.m_json = object;
    return snapshot;
}

QByteArray DossierSnapshot::canonical() const
{
    // QJsonObject keeps its keys sorted, and the compact form has no spaces: the lists are the
    // only order capture() has to fix.
    return QJsonDocument(m_json).toJson(QJsonDocument::Compact);
}

QString DossierSnapshot::fingerprint() const
{
    const QByteArray bytes = canonical();
    Sha256 hash;
    hash.addData(bytes.constData(), bytes.size());
    return QString::fromLatin1(hash.hexResult());
}

QString DossierSnapshot::pieceLabel(int number)
{
    return QStringLiteral("P-%1").arg(number);
}

QString DossierSnapshot::pieceKey(int number)
{
    return QStringLiteral("evidence/") + pieceLabel(number);
}

QList<SnapshotSection> DossierSnapshot::sections() const
{
    QList<SnapshotSection> list;
    list.append({ QStringLiteral("case"), tr("The case") });
    list.append({ QStringLiteral("assessment"), tr("The lawyer's assessment and the risks") });
    list.append({ QStringLiteral("budget"), tr("Budget") });
    for (const QJsonValue& value : m_json.value(QStringLiteral("budget")).toArray()) {
        const QJsonObject line = value.toObject();
        list.append({ QStringLiteral("budget/") + line.value(QStringLiteral("uuid")).toString(),
                      tr("Budget line « %1 »").arg(line.value(QStringLiteral("label")).toString()) });
    }
    list.append({ QStringLiteral("funds"), tr("Fees, what reaches the case and use of funds") });
    list.append({ QStringLiteral("press"), tr("Press") });
    list.append({ QStringLiteral("evidence"), tr("Evidence") });
    for (const QJsonValue& value : m_json.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject piece = value.toObject();
        const int number = piece.value(QStringLiteral("number")).toInt();
        list.append(
            { pieceKey(number),
              tr("Piece %1: %2").arg(pieceLabel(number), piece.value(QStringLiteral("title")).toString()) });
    }
    list.append({ QStringLiteral("procedures"), tr("Procedures") });
    for (const QJsonValue& value : m_json.value(QStringLiteral("procedures")).toArray()) {
        const QJsonObject procedure = value.toObject();
        list.append({ QStringLiteral("procedure/") + procedure.value(QStringLiteral("uuid")).toString(),
                      tr("Procedure: %1").arg(procedureName(procedure)) });
    }
    return list;
}

QString DossierSnapshot::procedureName(const QJsonObject& procedure)
{
    Procedure p;
    p.court = ProcedureCodes::courtFromCode(procedure.value(QStringLiteral("court")).toString())
                  .value_or(Court::Other);
    p.courtName = procedure.value(QStringLiteral("courtName")).toString();
    p.caseNumber = procedure.value(QStringLiteral("caseNumber")).toString();
    return p.displayName();
}

} // namespace casedesk
