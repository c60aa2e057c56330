// casedesk-cli dossier export and review minutes as scripts use them: a real desk with a board
// of three and a round (a vote signed, one recorded by the secretary), the PDFs read back, the
// exit codes of a wrong language, a missing --out and a round that does not exist.

#include "CliProcess.h"
#include "PdfText.h"
#include "Samples.h"
#include "TempDesk.h"

#include "board/BoardRepository.h"
#include "common/Clock.h"
#include "review/ReviewRepository.h"
#include "review/VoteSignature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfBookmarkModel>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestReviewPdfCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dossierIsExportedInFrenchWithTheRoundsFingerprintOnEveryPage();
    void dossierInEnglishWithItsOutline();
    void minutesAreInFrenchWithEachVotesForm();
    void badLanguageMissingOutAndUnknownRoundAreRefused();

private:
    ProcessResult cli(const QStringList& arguments);

    TempDesk m_desk { true };
    QString m_campaign;
    QString m_fingerprint;
    QProcessEnvironment m_environment;
};

void TestReviewPdfCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(CASEDESK_CLI_PATH)).isExecutable(), CASEDESK_CLI_PATH);
    QVERIFY2(m_desk.isValid(), qPrintable(m_desk.errorMessage()));
    m_environment = isolatedEnvironment(m_desk.dirPath());
    Association association = validAssociation();
    association.receiptPlace = u"Albi"_s;
    QVERIFY(m_desk.associations().save(association).isEmpty());
    Campaign draft = completeCampaign(Clock::today(), u"Sauver la zone humide de Sivens"_s);
    draft.lawyer = u"Me Sophie Durand"_s;
    draft.lawyerAssessment = u"Des chances sérieuses."_s;
    draft.risks = u"Les frais de l'article L761-1."_s;
    draft.adverseCostsCents = 300000;
    draft.whyAssociation = u"Son objet statutaire."_s;
    const Campaign campaign = m_desk.campaigns().create(draft);
    m_campaign = campaign.sync.uuid.toString(QUuid::WithoutBraces);

    BoardRepository board(m_desk.database());
    QList<QUuid> members;
    const QList<std::pair<QString, BoardRole>> people = { { u"Hélène Roux"_s, BoardRole::President },
                                                          { u"Claire Martin"_s, BoardRole::Secretary },
                                                          { u"Jean Dupuy"_s, BoardRole::Administrator } };
    for (const auto& [name, role] : people) {
        BoardMember member;
        member.name = name;
        member.role = role;
        member.from = QDate(2020, 1, 1);
        const QList<FieldProblem> problems = board.add(member);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        members.append(member.sync.uuid);
    }
    const SigningKeyPair keys = VoteSignature::generate();
    QCOMPARE(board.setPublicKey(members.at(0), QString::fromLatin1(keys.publicKey.toBase64())), QString());

    ReviewRepository reviews(m_desk.database());
    QString refusal;
    const std::optional<ReviewRound> round
        = reviews.start(campaign.sync.uuid, { members.at(1), u"Claire Martin"_s }, &refusal);
    QVERIFY2(round, qPrintable(refusal));
    m_fingerprint = round->fingerprint;
    QVERIFY2(
        reviews.vote(round->sync.uuid, members.at(0), VoteChoice::Approve, {}, keys.privateKey, &refusal),
        qPrintable(refusal));
    QVERIFY2(reviews.record(round->sync.uuid, members.at(2), VoteChoice::Approve, {}, members.at(1),
                            RecordedFrom::Meeting, u"séance du 3 décembre"_s, &refusal),
             qPrintable(refusal));
    m_desk.close();
}

ProcessResult TestReviewPdfCli::cli(const QStringList& arguments)
{
    return runCli(QStringLiteral(CASEDESK_CLI_PATH), m_desk.path(), arguments, m_environment);
}

void TestReviewPdfCli::dossierIsExportedInFrenchWithTheRoundsFingerprintOnEveryPage()
{
    const QString out = m_desk.filePath(u"dossier.pdf"_s);
    const ProcessResult result = cli(
        { u"--json"_s, u"dossier"_s, u"export"_s, u"--campaign"_s, m_campaign.left(8), u"--out"_s, out });
    CLI_EXPECT(result, kSuccess);
    QCOMPARE(QJsonDocument::fromJson(result.standardOutput).object().value(u"path"_s).toString(), out);
    QVERIFY(declaresPdfA1b(out));
    QPdfDocument document;
    QCOMPARE(document.load(out), QPdfDocument::Error::None);
    QVERIFY(document.pageCount() >= 4);
    const QString short_ = m_fingerprint.left(4) + u' ' + m_fingerprint.mid(4, 4);
    for (int page = 0; page < document.pageCount(); ++page)
        QVERIFY(normalized(document.getAllText(page).text())
                    .contains(
                        u"Dossier %1 — page %2 / %3"_s.arg(short_).arg(page + 1).arg(document.pageCount())));
    const QString text = normalized(pdfText(out));
    QVERIFY(text.contains(u"Sommaire"_s));
    QVERIFY(text.contains(u"Tour d'examen n° 1"_s));
    QVERIFY(text.contains(u"Avocat en charge : Me Sophie Durand"_s));
    QVERIFY(text.contains(u"signé et vérifié"_s));

    // The round by number gives the same dossier.
    const QString byRound = m_desk.filePath(u"round1.pdf"_s);
    CLI_EXPECT(cli({ u"dossier"_s, u"export"_s, u"--campaign"_s, m_campaign, u"--out"_s, byRound,
                     u"--round"_s, u"1"_s }),
               kSuccess);
    QVERIFY(normalized(pdfText(byRound)).contains(m_fingerprint));
}

void TestReviewPdfCli::dossierInEnglishWithItsOutline()
{
    const QString out = m_desk.filePath(u"dossier-en.pdf"_s);
    const ProcessResult result = cli({ u"dossier"_s, u"export"_s, u"--campaign"_s, m_campaign, u"--out"_s,
                                       out, u"--lang"_s, u"en"_s, u"--round"_s, u"latest"_s });
    CLI_EXPECT(result, kSuccess);
    QVERIFY(QString::fromUtf8(result.standardOutput).contains(u"Dossier written to"_s));
    QPdfDocument document;
    QCOMPARE(document.load(out), QPdfDocument::Error::None);
    QPdfBookmarkModel bookmarks;
    bookmarks.setDocument(&document);
    QStringList titles;
    for (int row = 0; row < bookmarks.rowCount({}); ++row)
        titles.append(bookmarks.index(row, 0, {}).data(int(QPdfBookmarkModel::Role::Title)).toString());
    QCOMPARE(titles.first(), u"The case"_s);
    QVERIFY(titles.contains(u"Evidence"_s));
    QCOMPARE(titles.last(), u"The review so far"_s);
    const QString text = normalized(pdfText(out));
    QVERIFY(text.contains(u"Lawyer in charge: Me Sophie Durand"_s));
    QVERIFY(!text.contains(u"Sommaire"_s));
}

void TestReviewPdfCli::minutesAreInFrenchWithEachVotesForm()
{
    const QString out = m_desk.filePath(u"minutes.pdf"_s);
    const ProcessResult result
        = cli({ u"review"_s, u"minutes"_s, u"--campaign"_s, m_campaign, u"--out"_s, out });
    CLI_EXPECT(result, kSuccess);
    QVERIFY(
        QString::fromUtf8(result.standardOutput).contains(u"Minutes written to"_s)); // the window's language
    const QString text = normalized(pdfText(out));
    QVERIFY2(text.startsWith(u"Extrait du procès-verbal du conseil d'administration"_s),
             qPrintable(text.left(300)));
    QVERIFY(text.contains(u"Hélène Roux président a voté"_s));
    QVERIFY(text.contains(u"Claire Martin secrétaire n'a pas voté"_s));
    QVERIFY(text.contains(u"signé et vérifié"_s));
    QVERIFY(text.contains(u"enregistré par Claire Martin depuis une séance (séance du 3 décembre)"_s));
    QVERIFY(text.contains(u"Fait à Albi, le"_s));
    QVERIFY(text.contains(u"Secrétaire : Claire Martin"_s));
}

void TestReviewPdfCli::badLanguageMissingOutAndUnknownRoundAreRefused()
{
    const QString out = m_desk.filePath(u"refused.pdf"_s);
    CLI_EXPECT(cli({ u"dossier"_s, u"export"_s, u"--campaign"_s, m_campaign, u"--out"_s, out, u"--lang"_s,
                     u"de"_s }),
               kUsageError);
    CLI_EXPECT(cli({ u"dossier"_s, u"export"_s, u"--campaign"_s, m_campaign }), kUsageError);
    CLI_EXPECT(cli({ u"review"_s, u"minutes"_s, u"--out"_s, out }), kUsageError);
    const ProcessResult unknown = cli(
        { u"review"_s, u"minutes"_s, u"--campaign"_s, m_campaign, u"--out"_s, out, u"--round"_s, u"7"_s });
    CLI_EXPECT(unknown, kRuntimeError);
    QVERIFY2(QString::fromUtf8(unknown.standardError).contains(u"no review round 7"_s),
             unknown.standardError.constData());
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestReviewPdfCli)
#include "tst_review_pdf_cli.moc"
