// DossierSnapshot against a real desk file: the same dossier gives the same bytes and the same
// fingerprint; each kind of edit the board must see changes the fingerprint and is told in one
// sentence; what lies outside the dossier (gifts, donors) changes nothing.

#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"

#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "evidence/EvidenceRepository.h"
#include "evidence/Vault.h"
#include "procedures/ProcedureRepository.h"
#include "review/DossierSnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestDossierSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init();
    void cleanup();

    void sameDossierGivesSameBytesAndFingerprint();
    void noOpSaveKeepsTheFingerprint();
    void canonicalFormReadsBack();
    void sectionsFollowTheDossier();
    void legalBasisChangeIsTold();
    void newAssessmentFieldsAreInTheSnapshot();
    void budgetLineAddedIsTold();
    void budgetLineAmountChangeIsTold();
    void pressArticleAddedIsTold();
    void pieceAddedIsTold();
    void privatePieceIsInTheSnapshot();
    void pieceFileChangeIsTold();
    void procedureMilestoneIsTold();
    void deadlineIsTold();
    void feeSettingsChangeIsTold();
    void giftsAndDonorsChangeNothing();
    void unknownCampaignHasNoSnapshot();

private:
    DossierSnapshot capture();
    // The fingerprint changed from `before`, and one change says `what`.
    void verifyChanged(const DossierSnapshot& before, const QString& what);
    void edit(const std::function<void(Campaign&)>& change);
    QString writeFile(const QString& name, const QByteArray& bytes);
    Procedure addProcedure();

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TempDesk> m_desk;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<EvidenceRepository> m_evidence;
    std::unique_ptr<ProcedureRepository> m_procedures;
    QUuid m_campaign;
};

void TestDossierSnapshot::init()
{
    m_clock = std::make_unique<FixedClock>();
    m_desk = std::make_unique<TempDesk>();
    CASEDESK_VERIFY_DESK(*m_desk);
    m_vault = std::make_unique<Vault>(Vault::pathForDesk(m_desk->path()));
    m_evidence = std::make_unique<EvidenceRepository>(m_desk->database(), *m_vault);
    m_procedures = std::make_unique<ProcedureRepository>(m_desk->database());
    m_campaign = m_desk->campaigns().create(completeCampaign(m_clock->today())).sync.uuid;
    EvidenceMetadata metadata;
    metadata.title = u"Arrêté préfectoral"_s;
    metadata.source = u"Préfecture du Tarn"_s;
    metadata.documentDate = QDate(2026, 1, 12);
    m_evidence->attachFile(m_campaign, writeFile(u"arrete.pdf"_s, "%PDF-1.4 arrete"), metadata);
}

void TestDossierSnapshot::cleanup()
{
    m_procedures.reset();
    m_evidence.reset();
    m_vault.reset();
    m_desk.reset();
    m_clock.reset();
}

DossierSnapshot TestDossierSnapshot::capture()
{
    const std::optional<DossierSnapshot> snapshot = DossierSnapshot::capture(m_desk->database(), m_campaign);
    if (!snapshot)
        qFatal("no snapshot of the test campaign");
    return *snapshot;
}

void TestDossierSnapshot::verifyChanged(const DossierSnapshot& before, const QString& what)
{
    const DossierSnapshot after = capture();
    QVERIFY(after.fingerprint() != before.fingerprint());
    QStringList said;
    for (const SnapshotChange& change : after.changesSince(before))
        said << change.what;
    QVERIFY2(said.contains(what), qPrintable(said.join(u" | "_s)));
}

void TestDossierSnapshot::edit(const std::function<void(Campaign&)>& change)
{
    Campaign campaign = *m_desk->campaigns().load(m_campaign);
    change(campaign);
    QVERIFY(m_desk->campaigns().save(campaign).isEmpty());
}

QString TestDossierSnapshot::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_desk->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
    return path;
}

Procedure TestDossierSnapshot::addProcedure()
{
    Procedure procedure;
    procedure.campaignUuid = m_campaign;
    procedure.court = Court::TribunalAdministratif;
    procedure.courtName = u"Tribunal administratif de Toulouse"_s;
    procedure.caseNumber = u"2600123"_s;
    return createdProcedure(*m_procedures, procedure);
}

void TestDossierSnapshot::sameDossierGivesSameBytesAndFingerprint()
{
    addProcedure();
    const DossierSnapshot first = capture();
    const DossierSnapshot second = capture();
    QCOMPARE(second.canonical(), first.canonical());
    QCOMPARE(second.fingerprint(), first.fingerprint());
    QCOMPARE(first.fingerprint().size(), 64);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(first.fingerprint()).hasMatch());
    QVERIFY(second.changesSince(first).isEmpty());
    // Compact, keys sorted: no space between a key and its value.
    QVERIFY(first.canonical().startsWith("{\"budget\":["));
}

void TestDossierSnapshot::noOpSaveKeepsTheFingerprint()
{
    const DossierSnapshot before = capture();
    edit([](Campaign&) {});
    QCOMPARE(capture().canonical(), before.canonical());
}

void TestDossierSnapshot::canonicalFormReadsBack()
{
    addProcedure();
    const DossierSnapshot snapshot = capture();
    const std::optional<DossierSnapshot> read = DossierSnapshot::fromCanonical(snapshot.canonical());
    QVERIFY(read);
    QCOMPARE(read->canonical(), snapshot.canonical());
    QCOMPARE(read->fingerprint(), snapshot.fingerprint());
    QVERIFY(!DossierSnapshot::fromCanonical("not json"));
    QVERIFY(!DossierSnapshot::fromCanonical("[1,2]"));
    QVERIFY(!DossierSnapshot::fromCanonical("{\"title\":\"x\"}"));
}

void TestDossierSnapshot::sectionsFollowTheDossier()
{
    const Procedure procedure = addProcedure();
    const DossierSnapshot snapshot = capture();
    const Campaign campaign = *m_desk->campaigns().load(m_campaign);
    QStringList keys;
    for (const SnapshotSection& section : snapshot.sections()) {
        keys << section.key;
        QVERIFY(!section.title.isEmpty());
    }
    const auto uuid = [](const QUuid& u) {
        return u.toString(QUuid::WithoutBraces);
    };
    QCOMPARE(keys,
             (QStringList { u"case"_s, u"assessment"_s, u"budget"_s,
                            u"budget/"_s + uuid(campaign.budgetLines.at(0).uuid),
                            u"budget/"_s + uuid(campaign.budgetLines.at(1).uuid), u"funds"_s, u"press"_s,
                            u"evidence"_s, u"evidence/P-1"_s, u"procedures"_s,
                            u"procedure/"_s + uuid(procedure.sync.uuid) }));
    QCOMPARE(snapshot.sections().at(3).title, u"Budget line « Avocat »"_s);
    QCOMPARE(snapshot.sections().at(8).title, u"Piece P-1: Arrêté préfectoral"_s);
    QCOMPARE(snapshot.sections().last().title,
             u"Procedure: Tribunal administratif de Toulouse, no. 2600123"_s);
}

void TestDossierSnapshot::legalBasisChangeIsTold()
{
    const DossierSnapshot before = capture();
    edit([](Campaign& c) { c.legalBasis = u"Art. L. 411-1 du code de l'environnement."_s; });
    verifyChanged(before, u"Legal basis changed"_s);
    const QList<SnapshotChange> changes = capture().changesSince(before);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().section, u"case"_s);
    QCOMPARE(changes.first().before, u"Art. L. 411-2 du code de l'environnement."_s);
    QCOMPARE(changes.first().after, u"Art. L. 411-1 du code de l'environnement."_s);
}

void TestDossierSnapshot::newAssessmentFieldsAreInTheSnapshot()
{
    const DossierSnapshot before = capture();
    edit([](Campaign& c) {
        c.lawyer = u"Me Claire Dupuis"_s;
        c.adverseCostsCents = 175'000;
    });
    verifyChanged(before, u"Lawyer changed"_s);
    const QList<SnapshotChange> changes = capture().changesSince(before);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(1).what, u"Adverse costs changed"_s);
    QCOMPARE(changes.at(1).section, u"assessment"_s);
    QCOMPARE(changes.at(1).before, u"€1,500.00"_s);
    QCOMPARE(changes.at(1).after, u"€1,750.00"_s);
    QCOMPARE(capture().json().value(u"campaign"_s).toObject().value(u"lawyer"_s).toString(),
             u"Me Claire Dupuis"_s);
}

void TestDossierSnapshot::budgetLineAddedIsTold()
{
    const DossierSnapshot before = capture();
    edit([](Campaign& c) { c.budgetLines.append({ {}, BudgetKind::Bailiff, u"Huissier"_s, 40'000 }); });
    verifyChanged(before, u"Budget line « Huissier » added"_s);
}

void TestDossierSnapshot::budgetLineAmountChangeIsTold()
{
    const DossierSnapshot before = capture();
    edit([](Campaign& c) { c.budgetLines[0].amountCents = 750'000; });
    verifyChanged(before, u"Budget line « Avocat »: €7,000.00 → €7,500.00"_s);
    const SnapshotChange change = capture().changesSince(before).first();
    QVERIFY(change.section.startsWith(u"budget/"_s));
    QCOMPARE(change.before, u"€7,000.00"_s);
    QCOMPARE(change.after, u"€7,500.00"_s);
}

void TestDossierSnapshot::pressArticleAddedIsTold()
{
    const DossierSnapshot before = capture();
    edit([](Campaign& c) {
        c.pressArticles.append({ {},
                                 u"La zone humide menacée"_s,
                                 u"Le Monde"_s,
                                 QUrl(u"https://lemonde.fr/a"_s),
                                 QDate(2026, 2, 3) });
    });
    verifyChanged(before, u"Press article « La zone humide menacée » added"_s);
}

void TestDossierSnapshot::pieceAddedIsTold()
{
    const DossierSnapshot before = capture();
    EvidenceMetadata metadata;
    metadata.title = u"Rapport hydrologique"_s;
    m_evidence->attachFile(m_campaign, writeFile(u"rapport.pdf"_s, "%PDF-1.4 rapport"), metadata);
    verifyChanged(before, u"Piece P-2 added"_s);
    QCOMPARE(capture().changesSince(before).first().section, u"evidence/P-2"_s);
}

void TestDossierSnapshot::privatePieceIsInTheSnapshot()
{
    const QJsonArray pieces = capture().json().value(u"evidence"_s).toArray();
    QCOMPARE(pieces.size(), 1);
    const QJsonObject piece = pieces.first().toObject();
    QCOMPARE(piece.value(u"number"_s).toInt(), 1);
    QCOMPARE(piece.value(u"title"_s).toString(), u"Arrêté préfectoral"_s);
    QCOMPARE(piece.value(u"date"_s).toString(), u"2026-01-12"_s);
    QCOMPARE(piece.value(u"source"_s).toString(), u"Préfecture du Tarn"_s);
    QCOMPARE(piece.value(u"sha256"_s).toString().size(), 64);
}

void TestDossierSnapshot::pieceFileChangeIsTold()
{
    const DossierSnapshot before = capture();
    // Another version of the file, as a sync brings it: same piece, new bytes.
    const QUuid other = m_desk->campaigns().create(completeCampaign(m_clock->today(), u"Autre"_s)).sync.uuid;
    const EvidencePiece replacement
        = m_evidence->attachFile(other, writeFile(u"arrete-v2.pdf"_s, "%PDF-1.4 arrete, v2")).piece;
    EvidencePiece piece = *m_evidence->byNumber(m_campaign, 1);
    const QString oldHash = QString::fromLatin1(piece.sha256);
    piece.sha256 = replacement.sha256;
    piece.size = replacement.size;
    m_evidence->storeReceived(piece, 7);
    verifyChanged(before, u"Piece P-1: its file changed"_s);
    const SnapshotChange change = capture().changesSince(before).first();
    QCOMPARE(change.before, oldHash);
    QCOMPARE(change.after, QString::fromLatin1(replacement.sha256));
}

void TestDossierSnapshot::procedureMilestoneIsTold()
{
    const Procedure procedure = addProcedure();
    const DossierSnapshot before = capture();
    addedMilestone(
        m_procedures->milestones(),
        milestoneOf(procedure.sync.uuid, MilestoneKind::Filing, QDate(2026, 3, 2), u"Requête déposée"_s));
    verifyChanged(before, u"Milestone « Requête déposée » added"_s);
    QCOMPARE(capture().changesSince(before).first().section,
             u"procedure/"_s + procedure.sync.uuid.toString(QUuid::WithoutBraces));
}

void TestDossierSnapshot::deadlineIsTold()
{
    const Procedure procedure = addProcedure();
    const Milestone notification
        = addedMilestone(m_procedures->milestones(),
                         milestoneOf(procedure.sync.uuid, MilestoneKind::Notification, QDate(2026, 3, 2),
                                     u"Jugement notifié"_s));
    const DossierSnapshot before = capture();
    const QStringList rules = DeadlineProposals::forMilestone(procedure, MilestoneKind::Notification);
    QVERIFY(!rules.isEmpty());
    const Milestone deadline = m_procedures->milestones().addDeadline(notification.sync.uuid, rules.first());
    verifyChanged(before, u"Deadline « %1 » added"_s.arg(deadline.title));
    const DossierSnapshot withDeadline = capture();
    // Met: no longer ahead of the association, gone from the snapshot.
    m_procedures->milestones().setDone(deadline.sync.uuid, true);
    verifyChanged(withDeadline, u"Deadline « %1 » met or removed"_s.arg(deadline.title));
}

void TestDossierSnapshot::feeSettingsChangeIsTold()
{
    const DossierSnapshot before = capture();
    FeeSettings fees = m_desk->settings().feeSettings();
    fees.commissionBasisPoints = 800;
    m_desk->settings().setFeeSettings(fees);
    verifyChanged(before, u"What reaches the case changed"_s);
    verifyChanged(before, u"Platform fees changed"_s);
}

void TestDossierSnapshot::giftsAndDonorsChangeNothing()
{
    // A campaign that collects, as gifts are only typed for those.
    m_campaign = m_desk->campaigns().import(collectingCampaign(m_clock->today(), u"Publiée"_s)).sync.uuid;
    const DossierSnapshot before = capture();
    DonorRepository donors(m_desk->database());
    Donor donor;
    donor.name = u"Jean Martin"_s;
    QVERIFY(donors.create(donor).isEmpty());
    DonationRepository donations(m_desk->database());
    Donation gift;
    gift.campaignUuid = m_campaign;
    gift.donorUuid = donor.sync.uuid;
    gift.amountCents = 2500;
    gift.date = QDate(2026, 3, 1);
    gift.method = DonationMethod::Cheque;
    QVERIFY(donations.create(gift).isEmpty());
    QCOMPARE(capture().fingerprint(), before.fingerprint());
    QVERIFY(capture().changesSince(before).isEmpty());
}

void TestDossierSnapshot::unknownCampaignHasNoSnapshot()
{
    QVERIFY(!DossierSnapshot::capture(m_desk->database(), QUuid::createUuid()));
}

QTEST_GUILESS_MAIN(TestDossierSnapshot)
#include "tst_dossier_snapshot.moc"
