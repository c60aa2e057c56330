// The board-ready dossier PDF, in French or English: a cover with the fingerprint, a table of
// contents whose page numbers are the pages the parts land on, the outline, the case, the
// assessment and risks, the budget with the fee panel's figures, the procedures and deadlines,
// the evidence with short hashes, the press, the history and the review so far; the fingerprint
// on every page. Read back with Qt PDF.
#include "PdfText.h"
#include "ReviewPdfSamples.h"

#include "common/Money.h"
#include "reports/ScopedLanguage.h"
#include "review/DossierPdf.h"

#include <QPdfBookmarkModel>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

struct Bookmark
{
    QString title;
    int page = 0;
};

QList<Bookmark> topBookmarks(QPdfDocument& document)
{
    QPdfBookmarkModel model;
    model.setDocument(&document);
    QList<Bookmark> list;
    for (int row = 0; row < model.rowCount({}); ++row) {
        const QModelIndex index = model.index(row, 0, {});
        list.append({ index.data(int(QPdfBookmarkModel::Role::Title)).toString(),
                      index.data(int(QPdfBookmarkModel::Role::Page)).toInt() });
    }
    return list;
}

} // namespace

class TestDossierPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coverNamesTheAssociationTheCampaignAndTheFingerprint();
    void contentsListEveryPartOnThePageItStartsAndTheOutlineToo();
    void caseAssessmentAndRisksAreThere();
    void budgetShowsTheFeePanelsFigures();
    void procedureTimelineAndDeadlinesAhead();
    void evidenceIsListedWithShortHashes();
    void reviewSoFarShowsVotesAndComments();
    void everyPageCarriesTheFingerprint();
    void englishDossierSpeaksEnglish();
    void englishDossierFromAFrenchWindowHasNoFrenchWord();
    void dossierWithoutRoundSaysSo();

private:
    QString write(const DossierContent& content, const QString& language, const QString& name);
    DossierContent content(const QString& language) const;

    QTemporaryDir m_dir;
    SampleBoard m_board;
    QString m_french;
    QString m_frenchPath;
};

void TestDossierPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("KEEP_PDFS"));
    if (!m_dir.autoRemove())
        qInfo().noquote() << m_dir.path();
    m_board = sampleBoard();
    m_frenchPath = write(content(u"fr"_s), u"fr"_s, u"dossier-fr.pdf"_s);
    QVERIFY(!m_frenchPath.isEmpty());
    QVERIFY(declaresPdfA1b(m_frenchPath));
    m_french = normalized(pdfText(m_frenchPath));
}

DossierContent TestDossierPdf::content(const QString& language) const
{
    DossierContent content;
    content.association = reviewAssociation();
    content.snapshot = sampleSnapshot();
    content.fingerprint = m_board.round.fingerprint;
    content.round = m_board.round;
    content.history = { { CampaignStatus::Draft, CampaignStatus::Draft,
                          QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC), QString(), true },
                        { CampaignStatus::Draft, CampaignStatus::InReview,
                          QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC), u"Tour 2"_s, false } };
    content.votes = m_board.votes;
    content.checks = checks(m_board);
    content.recusals = m_board.recusals;
    ReviewComment comment;
    comment.sync.uuid = QUuid::createUuid();
    comment.section = u"budget/22222222-2222-2222-2222-222222222222"_s;
    comment.authorName = u"Paul Garcia"_s;
    comment.body = u"Le devis de l'expert est-il signé ?"_s;
    comment.writtenAt = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    ReviewComment reply = comment;
    reply.sync.uuid = QUuid::createUuid();
    reply.parentUuid = comment.sync.uuid;
    reply.authorName = u"Claire Martin"_s;
    reply.body = u"Oui, depuis le 20 novembre."_s;
    content.comments = { comment, reply };
    {
        const ScopedLanguage chosen(language);
        content.decision = decisionOf(m_board);
    }
    content.writtenOn = QDate(2026, 12, 5);
    return content;
}

QString TestDossierPdf::write(const DossierContent& content, const QString& language, const QString& name)
{
    const QString path = m_dir.filePath(name);
    const ScopedLanguage chosen(language);
    const QString problem = DossierPdf::write(content, path);
    if (!problem.isEmpty())
        qWarning().noquote() << problem;
    return problem.isEmpty() ? path : QString();
}

void TestDossierPdf::coverNamesTheAssociationTheCampaignAndTheFingerprint()
{
    QPdfDocument document;
    QCOMPARE(document.load(m_frenchPath), QPdfDocument::Error::None);
    const QString cover = normalized(document.getAllText(0).text());
    QVERIFY2(cover.startsWith(
                 u"Zone humide du Tarn Dossier soumis au conseil d'administration Sauver la zone humide "
                 u"de Sivens"_s),
             qPrintable(cover));
    QVERIFY(cover.contains(u"Imprimé le 5 décembre 2026."_s));
    QVERIFY(cover.contains(u"tour d'examen n° 2"_s));
    QVERIFY(cover.contains(u"Empreinte du dossier 3f2a 91c0"_s));
    QVERIFY(cover.contains(m_board.round.fingerprint));
}

void TestDossierPdf::contentsListEveryPartOnThePageItStartsAndTheOutlineToo()
{
    QPdfDocument document;
    QCOMPARE(document.load(m_frenchPath), QPdfDocument::Error::None);
    const QString contents = normalized(document.getAllText(1).text());
    QVERIFY(contents.startsWith(u"Sommaire"_s));
    const QList<Bookmark> parts = topBookmarks(document);
    QStringList titles;
    for (const Bookmark& part : parts)
        titles.append(part.title);
    QCOMPARE(titles,
             QStringList({ u"L'affaire"_s, u"Avocat, évaluation et risques"_s, u"Pourquoi l'association"_s,
                           u"Budget"_s, u"Utilisation des fonds"_s, u"Procédures et calendrier"_s,
                           u"Pièces"_s, u"Presse"_s, u"Historique des statuts"_s, u"L'examen jusqu'ici"_s }));
    for (const Bookmark& part : parts) {
        const QString line = part.title + u' ' + QString::number(part.page + 1) + u' ';
        QVERIFY2(contents.contains(line), qPrintable(line + contents));
        QVERIFY2(normalized(document.getAllText(part.page).text()).contains(part.title),
                 qPrintable(part.title));
    }
}

void TestDossierPdf::caseAssessmentAndRisksAreThere()
{
    QVERIFY(m_french.contains(u"Juridiction : Tribunal administratif de Toulouse"_s));
    QVERIFY(m_french.contains(u"Partie adverse : Préfecture du Tarn"_s));
    QVERIFY(m_french.contains(u"Article L411-1 du code de l'environnement."_s));
    // The description's Markdown as plain text.
    QVERIFY(m_french.contains(
        u"Les faits L'arrêté du 3 mars autorise le drainage. • 12 hectares • 40 espèces"_s));
    QVERIFY(m_french.contains(u"Avocat en charge : Me Sophie Durand"_s));
    QVERIFY(m_french.contains(u"l'étude d'impact omet deux espèces protégées"_s));
    QVERIFY(m_french.contains(u"3 000,00 €"_s));
    QVERIFY(m_french.contains(u"Son objet statutaire est la protection des zones humides du Tarn."_s));
}

void TestDossierPdf::budgetShowsTheFeePanelsFigures()
{
    QVERIFY(m_french.contains(u"Honoraires d'avocat Honoraires de l'avocate 8 000,00 €"_s));
    QVERIFY(m_french.contains(u"Total 10 500,00 €"_s));
    QVERIFY(m_french.contains(u"Objectif de collecte 10 000,00 €"_s));
    QVERIFY(m_french.contains(u"Commission de la plateforme (5,00 %) − 500,00 €"_s));
    QVERIFY(m_french.contains(u"Frais fixes de campagne − 100,00 €"_s));
    QVERIFY(m_french.contains(u"Net pour l'action en justice 9 400,00 €"_s));
    QVERIFY(m_french.contains(u"1 100,00 €"_s)); // what the goal leaves uncovered
}

void TestDossierPdf::procedureTimelineAndDeadlinesAhead()
{
    QVERIFY(m_french.contains(u"Tribunal administratif de Toulouse, n° 2601234"_s));
    QVERIFY(m_french.contains(u"Recours pour excès de pouvoir, En cours — Avocat : Me Sophie Durand"_s));
    QVERIFY(m_french.contains(u"2 octobre 2026"_s));
    QVERIFY(m_french.contains(u"Requête déposée"_s));
    QVERIFY(m_french.contains(u"17 décembre 2026 dans 12 jours Mémoire en réplique"_s));
}

void TestDossierPdf::evidenceIsListedWithShortHashes()
{
    QVERIFY(m_french.contains(u"N° Titre Date Source SHA-256"_s));
    QVERIFY(m_french.contains(u"P-1 Pièce numéro 1 2 janvier 2026 Préfecture 3f2a 91c0"_s));
    QVERIFY(m_french.contains(u"P-30 Pièce numéro 30"_s));
}

void TestDossierPdf::reviewSoFarShowsVotesAndComments()
{
    QVERIFY(m_french.contains(u"Tour d'examen n° 2"_s));
    QVERIFY(m_french.contains(u"Marc Lefèvre est récusé : Salarié d'un bureau d'études"_s));
    QVERIFY(m_french.contains(u"signature invalide"_s));
    QVERIFY(m_french.contains(u"enregistré par Claire Martin depuis une séance"_s));
    QVERIFY(m_french.contains(u"Ligne de budget « Expertise écologique »"_s));
    QVERIFY(m_french.contains(u"Le devis de l'expert est-il signé ?"_s));
    QVERIFY(m_french.contains(u"Oui, depuis le 20 novembre."_s));
    QVERIFY(m_french.contains(u"Créée en Brouillon"_s) || m_french.contains(u"Créée : Brouillon"_s));
}

void TestDossierPdf::everyPageCarriesTheFingerprint()
{
    QPdfDocument document;
    QCOMPARE(document.load(m_frenchPath), QPdfDocument::Error::None);
    QVERIFY(document.pageCount() >= 5);
    for (int page = 0; page < document.pageCount(); ++page)
        QVERIFY(normalized(document.getAllText(page).text())
                    .contains(u"Dossier 3f2a 91c0 — page %1 / %2"_s.arg(page + 1).arg(document.pageCount())));
}

void TestDossierPdf::englishDossierSpeaksEnglish()
{
    const QString path = write(content(u"en"_s), u"en"_s, u"dossier-en.pdf"_s);
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    const QString text = normalized(pdfText(path));
    QVERIFY(text.contains(u"Dossier submitted to the board of directors"_s));
    QVERIFY(text.contains(u"Contents"_s));
    QVERIFY(text.contains(u"Lawyer, assessment and risks"_s));
    QVERIFY(text.contains(u"Net for the legal action"_s));
    QVERIFY(text.contains(u"signature invalid"_s));
    QVERIFY(text.contains(u"17 December 2026 in 12 days"_s));
    QVERIFY(!text.contains(u"Sommaire"_s));
    QVERIFY(!text.contains(u"signé et vérifié"_s));
    QCOMPARE(topBookmarks(document).first().title, u"The case"_s);
}

void TestDossierPdf::englishDossierFromAFrenchWindowHasNoFrenchWord()
{
    const ScopedLanguage window(u"fr"_s); // as AppSetup installs French for the window
    QCOMPARE(ReviewCodes::choiceName(VoteChoice::Approve), u"Approuver"_s);
    const QString text = normalized(pdfText(write(content(u"en"_s), u"en"_s, u"from-french.pdf"_s)));
    QVERIFY(text.contains(u"The review so far"_s));
    QVERIFY(text.contains(u"Approve"_s));
    QVERIFY(text.contains(u"recorded by Claire Martin from a meeting"_s));
    for (const QString& french : { u"Approuver"_s, u"Sommaire"_s, u"Pièces"_s, u"décembre"_s, u"vérifié"_s })
        QVERIFY2(!text.contains(french), qPrintable(french));
    // And the window's language is back once the document is written.
    QCOMPARE(ReviewCodes::choiceName(VoteChoice::Approve), u"Approuver"_s);
    QCOMPARE(QLocale().language(), QLocale::French);
}

void TestDossierPdf::dossierWithoutRoundSaysSo()
{
    DossierContent loose = content(u"fr"_s);
    loose.round.reset();
    loose.votes.clear();
    loose.checks.clear();
    loose.recusals.clear();
    loose.comments.clear();
    loose.decision.reset();
    const QString text = normalized(pdfText(write(loose, u"fr"_s, u"loose.pdf"_s)));
    QVERIFY(text.contains(u"Le dossier tel qu'il est : aucun tour d'examen ne porte cette version."_s));
    QVERIFY(text.contains(u"Cette version du dossier n'a pas été soumise au conseil."_s));
}

QTEST_MAIN(TestDossierPdf)
#include "tst_dossier_pdf.moc"
