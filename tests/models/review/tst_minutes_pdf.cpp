// The extract of the board's minutes for a review round, in French: the round, the fingerprint
// on every page, the members, the recusal with its interest, each vote with its form (signed and
// verified, recorded by the secretary, signature invalid), the decision and its sentences, the
// place and date of the secretary's signature. Read back with Qt PDF.
#include "PdfText.h"
#include "ReviewPdfSamples.h"

#include "common/Clock.h"
#include "reports/ScopedLanguage.h"
#include "review/MinutesPdf.h"

#include <QPdfBookmarkModel>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestMinutesPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void minutesNameTheRoundTheDossierAndItsFingerprint();
    void everyMemberInOfficeIsListedWithWhatTheyDid();
    void recusedMemberShowsTheInterestDeclared();
    void everyVoteShowsItsFormAndATamperedOneIsInvalid();
    void decisionIsExplainedInSentences();
    void secretarySignsAtTheAssociationsPlace();
    void everyPageCarriesTheFingerprint();
    void minutesAreInFrenchWhileTheWindowIsInEnglish();

private:
    QString write(const MinutesContent& content, const QString& name);
    MinutesContent content() const;

    QTemporaryDir m_dir;
    SampleBoard m_board;
    QString m_text;
};

void TestMinutesPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KEEP_PDFS"));
    if (!m_dir.autoRemove())
        qInfo().noquote() << m_dir.path();
    m_board = sampleBoard();
    const QString path = write(content(), u"minutes.pdf"_s);
    QVERIFY(!path.isEmpty());
    QVERIFY(declaresPdfA1b(path));
    m_text = normalized(pdfText(path));
}

MinutesContent TestMinutesPdf::content() const
{
    MinutesContent content;
    content.association = reviewAssociation();
    content.round = m_board.round;
    content.campaignTitle = u"Sauver la zone humide de Sivens"_s;
    content.recusals = m_board.recusals;
    content.votes = m_board.votes;
    content.checks = checks(m_board);
    {
        const ScopedLanguage french(u"fr"_s);
        content.decision = decisionOf(m_board);
    }
    content.writtenOn = QDate(2026, 12, 5);
    return content;
}

QString TestMinutesPdf::write(const MinutesContent& content, const QString& name)
{
    const QString path = m_dir.filePath(name);
    const ScopedLanguage french(u"fr"_s);
    const QString problem = MinutesPdf::write(content, path);
    if (!problem.isEmpty())
        qWarning().noquote() << problem;
    return problem.isEmpty() ? path : QString();
}

void TestMinutesPdf::minutesNameTheRoundTheDossierAndItsFingerprint()
{
    QVERIFY2(m_text.startsWith(u"Extrait du procès-verbal du conseil d'administration"_s),
             qPrintable(m_text.left(200)));
    QVERIFY(m_text.contains(u"Zone humide du Tarn — RNA W813000123 — 12 rue des Saules, 81000 Albi"_s));
    QVERIFY(m_text.contains(u"Dossier : Sauver la zone humide de Sivens"_s));
    QVERIFY2(m_text.contains(u"Tour d'examen n° 2, ouvert le 25 novembre 2026"_s), qPrintable(m_text));
    QVERIFY(m_text.contains(u"par Claire Martin."_s));
    QVERIFY(m_text.contains(u"Empreinte du dossier : 3f2a 91c0"_s));
    QVERIFY(m_text.contains(m_board.round.fingerprint));
}

void TestMinutesPdf::everyMemberInOfficeIsListedWithWhatTheyDid()
{
    QVERIFY(m_text.contains(u"7 membres du conseil en fonction à l'ouverture du tour."_s));
    QVERIFY(m_text.contains(u"Membre Fonction Participation"_s));
    QVERIFY2(m_text.contains(u"Hélène Roux présidente a voté"_s)
                 || m_text.contains(u"Hélène Roux président a voté"_s),
             qPrintable(m_text));
    QVERIFY(m_text.contains(u"Marc Lefèvre administrateur récusé"_s));
    QVERIFY(m_text.contains(u"Claire Martin secrétaire n'a pas voté"_s));
}

void TestMinutesPdf::recusedMemberShowsTheInterestDeclared()
{
    QVERIFY(m_text.contains(u"Marc Lefèvre (administrateur), récusé : Salarié d'un bureau d'études du maître "
                            u"d'ouvrage (déclaré le 28 novembre 2026)"_s));
}

void TestMinutesPdf::everyVoteShowsItsFormAndATamperedOneIsInvalid()
{
    QVERIFY(m_text.contains(u"Membre Vote Motif Exprimé le Forme"_s));
    QVERIFY(m_text.contains(u"Paul Garcia Approuver"_s));
    QVERIFY(m_text.contains(u"signé et vérifié"_s));
    QCOMPARE(m_text.count(u"signé et vérifié"_s), 3);
    QVERIFY(m_text.contains(
        u"Le budget d'expertise est sous-"_s)); // the cell may break the line after the hyphen
    QVERIFY(m_text.contains(u"enregistré par Claire Martin depuis une séance (séance du 29 novembre)"_s));
    QCOMPARE(m_text.count(u"signature invalide"_s), 1);
    QVERIFY(m_text.contains(u"Inès Benali Approuver"_s));
}

void TestMinutesPdf::decisionIsExplainedInSentences()
{
    const Decision decision = content().decision;
    QVERIFY(!decision.explanation.isEmpty());
    for (const QString& sentence : decision.explanation)
        QVERIFY2(m_text.contains(normalized(sentence)), qPrintable(sentence));
    QVERIFY(m_text.contains(u"Décision"_s));
    QVERIFY(m_text.contains(u"Le conseil approuve le dossier."_s)
            || m_text.contains(u"Le conseil rejette le dossier."_s));
}

void TestMinutesPdf::secretarySignsAtTheAssociationsPlace()
{
    QVERIFY(m_text.contains(u"Fait à Albi, le 5 décembre 2026."_s));
    QVERIFY(m_text.contains(u"Secrétaire : Claire Martin"_s));
}

void TestMinutesPdf::everyPageCarriesTheFingerprint()
{
    // A board of forty makes the minutes run over pages.
    MinutesContent many = content();
    for (int i = 0; i < 40; ++i)
        many.round.members.append(
            { QUuid::createUuid(), u"Membre %1"_s.arg(i), BoardRole::Other, QString() });
    const QString path = write(many, u"many.pdf"_s);
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QVERIFY(document.pageCount() >= 2);
    for (int page = 0; page < document.pageCount(); ++page)
        QVERIFY(normalized(document.getAllText(page).text())
                    .contains(u"Dossier 3f2a 91c0 — page %1 / %2"_s.arg(page + 1).arg(document.pageCount())));
}

void TestMinutesPdf::minutesAreInFrenchWhileTheWindowIsInEnglish()
{
    // The test runs without translators (English); the language is the document's alone.
    QCOMPARE(ReviewCodes::choiceName(VoteChoice::Approve), u"Approve"_s);
    QVERIFY(!m_text.contains(u"Approve "_s));
    QVERIFY(!m_text.contains(u"Members in office"_s));
}

QTEST_MAIN(TestMinutesPdf)
#include "tst_minutes_pdf.moc"
