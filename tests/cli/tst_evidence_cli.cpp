// casedesk-cli evidence … as scripts use it: real processes on a real desk, exit codes 0/1/2,
// messages on stderr, JSON on stdout, and the bordereau PDF read back.

#include "CliProcess.h"
#include "SqliteFile.h"
#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk::test;

class TestEvidenceCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theSameFileAttachedTwiceIsOnePiece();
    void addReportsEachFailureAndKeepsTheRest();
    void usageErrors();
    void aFileOverTheSizeLimitIsRefusedAndNothingAttached();
    void verifyExitsOneWithALinePerProblem();
    void piecesAreEditedRenumberedAndRemovedByNumber();
    void bordereauPdfListsTheChosenPiecesInFrench();
    void exportWritesPiecesNamedByNumberAndNeverOverAnother();

private:
    ProcessResult cli(const QStringList& arguments);
    QString file(const QString& name, const QByteArray& bytes);
    QJsonArray listJson();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_desk;
    QString m_campaign;
    QProcessEnvironment m_environment;
};

void TestEvidenceCli::init()
{
    QVERIFY2(QFileInfo(QStringLiteral(CASEDESK_CLI_PATH)).isExecutable(), CASEDESK_CLI_PATH);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_desk = m_dir->filePath(QStringLiteral("desk.db"));
    m_environment = isolatedEnvironment(m_dir->path());
    const ProcessResult created
        = cli({ QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("Zone humide") });
    QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
    m_campaign = QString::fromUtf8(created.standardOutput).trimmed();
    QCOMPARE(m_campaign.size(), 36);
}

void TestEvidenceCli::cleanup()
{
    m_dir.reset();
}

ProcessResult TestEvidenceCli::cli(const QStringList& arguments)
{
    return runCli(QStringLiteral(CASEDESK_CLI_PATH), m_desk, arguments, m_environment);
}

QString TestEvidenceCli::file(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("in/") + name);
    if (!writeBytes(path, bytes))
        qFatal("cannot write a test file");
    return path;
}

QJsonArray TestEvidenceCli::listJson()
{
    const ProcessResult result = cli({ QStringLiteral("--json"), QStringLiteral("evidence"),
                                       QStringLiteral("list"), QStringLiteral("--campaign"), m_campaign });
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(result.describe()));
    return QJsonDocument::fromJson(result.standardOutput).array();
}

void TestEvidenceCli::theSameFileAttachedTwiceIsOnePiece()
{
    const QString a = file(QStringLiteral("rapport.pdf"), patternBytes(5000, 1));
    const QString b = file(QStringLiteral("photo.jpg"), patternBytes(7000, 2));
    ProcessResult result
        = cli({ QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--campaign"),
                m_campaign.left(8), a, b, QStringLiteral("--date"), QStringLiteral("2025-02-03"),
                QStringLiteral("--source"), QStringLiteral("Cabinet Hydro") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(result.standardError.isEmpty());
    QVERIFY(result.standardOutput.contains("piece no. 1 \"rapport\""));
    QVERIFY(result.standardOutput.contains("piece no. 2 \"photo\""));

    result = cli(
        { QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--campaign"), m_campaign, a });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.standardOutput.contains("already attached as piece no. 1"),
             result.standardOutput.constData());

    const QJsonArray pieces = listJson();
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(0)[QStringLiteral("number")].toInt(), 1);
    QCOMPARE(pieces.at(0)[QStringLiteral("originalName")].toString(), QStringLiteral("rapport.pdf"));
    QCOMPARE(pieces.at(0)[QStringLiteral("date")].toString(), QStringLiteral("2025-02-03"));
    QCOMPARE(pieces.at(1)[QStringLiteral("source")].toString(), QStringLiteral("Cabinet Hydro"));
    QCOMPARE(pieces.at(1)[QStringLiteral("public")].toBool(), false);
    QCOMPARE(pieces.at(1)[QStringLiteral("sha256")].toString().toLatin1(), sha256Of(b));

    result = cli(
        { QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--campaign"), m_campaign });
    QVERIFY(result.standardOutput.startsWith("No."));
    QVERIFY(result.standardOutput.contains("photo.jpg"));
}

void TestEvidenceCli::addReportsEachFailureAndKeepsTheRest()
{
    const QString good = file(QStringLiteral("ok.txt"), "ok");
    const QString missing = m_dir->filePath(QStringLiteral("in/absent.pdf"));
    const ProcessResult result
        = cli({ QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--campaign"), m_campaign,
                missing, good, m_dir->path() });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.contains("absent.pdf does not exist"), result.standardError.constData());
    QVERIFY2(result.standardError.contains("is a folder"), result.standardError.constData());
    // The count comes first; its plural form is the translators' ("2 files", "2 fichiers").
    QVERIFY2(result.standardError.contains("casedesk-cli: 2 "), result.standardError.constData());
    QCOMPARE(listJson().size(), 1);
}

void TestEvidenceCli::usageErrors()
{
    const QString a = file(QStringLiteral("a.txt"), "a");
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("add"), a }).exitCode, 2); // no --campaign
    QCOMPARE(
        cli({ QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--campaign"), m_campaign })
            .exitCode,
        2); // no FILE
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("frobnicate") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--campaign"),
                   m_campaign, QStringLiteral("--date"), QStringLiteral("03/02/2025"), a })
                 .exitCode,
             2);
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("bordereau"), QStringLiteral("--campaign"),
                   m_campaign })
                 .exitCode,
             2); // no --out
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("show"), QStringLiteral("--campaign"),
                   m_campaign, QStringLiteral("zero") })
                 .exitCode,
             2);
    // A campaign the desk does not know, a piece it does not have: runtime errors.
    const ProcessResult unknown = cli({ QStringLiteral("evidence"), QStringLiteral("list"),
                                        QStringLiteral("--campaign"), QStringLiteral("ffffffff") });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.standardError.contains("ffffffff"));
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("show"), QStringLiteral("--campaign"),
                   m_campaign, QStringLiteral("4") })
                 .exitCode,
             1);
    QVERIFY(listJson().isEmpty());
}

void TestEvidenceCli::aFileOverTheSizeLimitIsRefusedAndNothingAttached()
{
    ProcessResult result = cli({ QStringLiteral("evidence"), QStringLiteral("limit") });
    QVERIFY(result.standardOutput.contains("512 MiB"));
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("limit"), QStringLiteral("--set"),
                   QStringLiteral("1") })
                 .exitCode,
             0);
    const QString big = file(QStringLiteral("video.mp4"), patternBytes(2 * 1024 * 1024, 3));
    result = cli(
        { QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--campaign"), m_campaign, big });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.contains("video.mp4 is larger than the limit of 1 MiB"),
             result.standardError.constData());
    QVERIFY(listJson().isEmpty());
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("limit"), QStringLiteral("--set"),
                   QStringLiteral("0") })
                 .exitCode,
             2);
}

void TestEvidenceCli::verifyExitsOneWithALinePerProblem()
{
    const QString a = file(QStringLiteral("a.pdf"), patternBytes(3000, 4));
    const QString b = file(QStringLiteral("b.pdf"), patternBytes(3000, 5));
    const QString c = file(QStringLiteral("c.pdf"), patternBytes(3000, 6));
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--campaign"),
                   m_campaign, a, b, c })
                 .exitCode,
             0);
    ProcessResult result = cli({ QStringLiteral("evidence"), QStringLiteral("verify") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.standardOutput.startsWith("3 ")
                 && result.standardOutput.contains("every file is intact."),
             result.standardOutput.constData());

    const QString vault = m_desk + QStringLiteral("-evidence/sha256/");
    const QString hashA = QString::fromLatin1(sha256Of(a));
    const QString hashC = QString::fromLatin1(sha256Of(c));
    QByteArray altered = readBytes(vault + hashA.left(2) + QLatin1Char('/') + hashA);
    altered[10] = char(altered.at(10) ^ 0x20);
    QVERIFY(writeBytes(vault + hashA.left(2) + QLatin1Char('/') + hashA, altered));
    QVERIFY(QFile::remove(vault + hashC.left(2) + QLatin1Char('/') + hashC));

    result = cli({ QStringLiteral("evidence"), QStringLiteral("verify") });
    QCOMPARE(result.exitCode, 1);
    const QStringList lines
        = QString::fromUtf8(result.standardError).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the summary and one line per piece
    QVERIFY2(lines.at(0).contains(QStringLiteral("2 of 3 ")), qPrintable(lines.at(0)));
    QVERIFY(lines.filter(QStringLiteral("piece no. 1 \"a\" (a.pdf): altered")).size() == 1);
    QVERIFY(lines.filter(QStringLiteral("piece no. 3 \"c\" (c.pdf): missing")).size() == 1);

    result = cli({ QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("verify") });
    QCOMPARE(result.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(result.standardOutput).object();
    QCOMPARE(report[QStringLiteral("checked")].toInt(), 3);
    QCOMPARE(report[QStringLiteral("problems")].toArray().size(), 2);
}

void TestEvidenceCli::piecesAreEditedRenumberedAndRemovedByNumber()
{
    QStringList files;
    for (int i = 0; i < 3; ++i)
        files.append(file(QStringLiteral("p%1.pdf").arg(i), patternBytes(100, 10 + i)));
    QCOMPARE(cli(QStringList { QStringLiteral("evidence"), QStringLiteral("add"),
                               QStringLiteral("--campaign"), m_campaign }
                 + files)
                 .exitCode,
             0);
    QCOMPARE(
        cli({ QStringLiteral("evidence"), QStringLiteral("set"), QStringLiteral("--campaign"), m_campaign,
              QStringLiteral("3"), QStringLiteral("title"), QStringLiteral("Arrêté préfectoral") })
            .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("set"), QStringLiteral("--campaign"),
                   m_campaign, QStringLiteral("3"), QStringLiteral("public"), QStringLiteral("yes") })
                 .exitCode,
             0);
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("set"), QStringLiteral("--campaign"),
                   m_campaign, QStringLiteral("3"), QStringLiteral("colour"), QStringLiteral("red") })
                 .exitCode,
             2);
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("move"), QStringLiteral("--campaign"),
                   m_campaign, QStringLiteral("3"), QStringLiteral("1") })
                 .exitCode,
             0);
    QJsonArray pieces = listJson();
    QCOMPARE(pieces.at(0)[QStringLiteral("title")].toString(), QStringLiteral("Arrêté préfectoral"));
    QCOMPARE(pieces.at(0)[QStringLiteral("public")].toBool(), true);
    QCOMPARE(pieces.at(1)[QStringLiteral("title")].toString(), QStringLiteral("p0"));
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("move"), QStringLiteral("--campaign"),
                   m_campaign, QStringLiteral("1"), QStringLiteral("9") })
                 .exitCode,
             1);
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("remove"), QStringLiteral("--campaign"),
                   m_campaign, QStringLiteral("2") })
                 .exitCode,
             0);
    pieces = listJson();
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(1)[QStringLiteral("number")].toInt(), 3);
}

void TestEvidenceCli::bordereauPdfListsTheChosenPiecesInFrench()
{
    const QString a = file(QStringLiteral("expertise.pdf"), patternBytes(100, 20));
    const QString b = file(QStringLiteral("constat.pdf"), patternBytes(100, 21));
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--campaign"),
                   m_campaign, QStringLiteral("--title"), QStringLiteral("Rapport d'expertise"),
                   QStringLiteral("--date"), QStringLiteral("2025-02-03"), a })
                 .exitCode,
             0);
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--campaign"),
                   m_campaign, b })
                 .exitCode,
             0);
    const QString out = m_dir->filePath(QStringLiteral("bordereau.pdf"));
    const ProcessResult result
        = cli({ QStringLiteral("evidence"), QStringLiteral("bordereau"), QStringLiteral("--campaign"),
                m_campaign, QStringLiteral("--out"), out, QStringLiteral("--court"),
                QStringLiteral("Tribunal administratif de Toulouse"), QStringLiteral("--case-number"),
                QStringLiteral("2401234"), QStringLiteral("--lawyer"), QStringLiteral("Me Martin"),
                QStringLiteral("--parties"), QStringLiteral("Association c/ Préfet"),
                QStringLiteral("--date"), QStringLiteral("2026-03-16") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.standardError.isEmpty(), result.standardError.constData());
    QPdfDocument pdf;
    QCOMPARE(pdf.load(out), QPdfDocument::Error::None);
    const QString text = pdf.getAllText(0).text().replace(QChar(0x00A0), QLatin1Char(' ')).simplified();
    for (const QString& expected : { QStringLiteral("BORDEREAU DE COMMUNICATION DE PIÈCES"),
                                     QStringLiteral("Tribunal administratif de Toulouse"),
                                     QStringLiteral("2401234"), QStringLiteral("Me Martin"),
                                     QStringLiteral("Association c/ Préfet"), QStringLiteral("16 mars 2026"),
                                     QStringLiteral("Pièce n° 1 — Rapport d'expertise — 3 février 2025"),
                                     QStringLiteral("Pièce n° 2 — constat — non datée") })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + text));

    // Only some pieces.
    const ProcessResult some
        = cli({ QStringLiteral("evidence"), QStringLiteral("bordereau"), QStringLiteral("--campaign"),
                m_campaign, QStringLiteral("--out"), out, QStringLiteral("--numbers"), QStringLiteral("2") });
    QVERIFY2(some.exitCode == 0, qPrintable(some.describe()));
    QCOMPARE(pdf.load(out), QPdfDocument::Error::None);
    QVERIFY(!pdf.getAllText(0).text().contains(QStringLiteral("expertise")));
    QCOMPARE(
        cli({ QStringLiteral("evidence"), QStringLiteral("bordereau"), QStringLiteral("--campaign"),
              m_campaign, QStringLiteral("--out"), out, QStringLiteral("--numbers"), QStringLiteral("7") })
            .exitCode,
        1);
    QCOMPARE(
        cli({ QStringLiteral("evidence"), QStringLiteral("bordereau"), QStringLiteral("--campaign"),
              m_campaign, QStringLiteral("--out"), out, QStringLiteral("--numbers"), QStringLiteral("2-x") })
            .exitCode,
        2);
    const ProcessResult unwritable
        = cli({ QStringLiteral("evidence"), QStringLiteral("bordereau"), QStringLiteral("--campaign"),
                m_campaign, QStringLiteral("--out"), m_dir->filePath(QStringLiteral("no/such/dir/b.pdf")) });
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(unwritable.standardError.contains("no/such/dir/b.pdf"));
}

void TestEvidenceCli::exportWritesPiecesNamedByNumberAndNeverOverAnother()
{
    const QString a = file(QStringLiteral("a.pdf"), patternBytes(100, 30));
    const QString b = file(QStringLiteral("b.png"), patternBytes(100, 31));
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--campaign"),
                   m_campaign, a, b })
                 .exitCode,
             0);
    const QString folder = m_dir->filePath(QStringLiteral("out"));
    const ProcessResult result
        = cli({ QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--campaign"),
                m_campaign, QStringLiteral("--out"), folder });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(filesBelow(folder),
             QStringList({ QStringLiteral("Bordereau.pdf"), QStringLiteral("Piece_01.pdf"),
                           QStringLiteral("Piece_02.png") }));
    QCOMPARE(readBytes(folder + QStringLiteral("/Piece_02.png")), readBytes(b));
    // Never over a previous export.
    QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--campaign"),
                   m_campaign, QStringLiteral("--out"), folder })
                 .exitCode,
             1);
}

QTEST_MAIN(TestEvidenceCli)
#include "tst_evidence_cli.moc"
