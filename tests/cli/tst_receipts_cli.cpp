// casedesk-cli receipts words and settings receipts, run as a script runs them: the words on
// stdout, the desk's spelling remembered, every bad value a usage error (exit 2) that names it.

#include "ChildProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk::test;

class TestReceiptsCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void wordsOfAnAmountInTheDesksSpelling();
    void wordsAsJson();
    void badAmountOrSpellingIsAUsageErrorThatSaysWhich_data();
    void badAmountOrSpellingIsAUsageErrorThatSaysWhich();

private:
    ProcessResult cli(QStringList arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReceiptsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

ProcessResult TestReceiptsCli::cli(QStringList arguments)
{
    arguments.prepend(m_dir->filePath(QStringLiteral("desk.db")));
    arguments.prepend(QStringLiteral("--database"));
    return runProcess(QStringLiteral(CASEDESK_CLI_PATH), arguments, isolatedEnvironment(m_dir->path()));
}

void TestReceiptsCli::wordsOfAnAmountInTheDesksSpelling()
{
    ProcessResult result
        = cli({ QStringLiteral("receipts"), QStringLiteral("words"), QStringLiteral("1080.50") });
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.describe()));
    QCOMPARE(QString::fromUtf8(result.standardOutput),
             QStringLiteral("mille quatre-vingts euros et cinquante centimes\n"));

    result = cli({ QStringLiteral("settings"), QStringLiteral("receipts"), QStringLiteral("--spelling"),
                   QStringLiteral("1990") });
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.describe()));
    result = cli({ QStringLiteral("receipts"), QStringLiteral("words"), QStringLiteral("221") });
    QCOMPARE(QString::fromUtf8(result.standardOutput), QStringLiteral("deux-cent-vingt-et-un euros\n"));
    // The option wins over the desk's choice, for this run only.
    result = cli({ QStringLiteral("receipts"), QStringLiteral("words"), QStringLiteral("221"),
                   QStringLiteral("--spelling"), QStringLiteral("traditional") });
    QCOMPARE(QString::fromUtf8(result.standardOutput), QStringLiteral("deux cent vingt et un euros\n"));
    result = cli({ QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("receipts") });
    QCOMPARE(
        QJsonDocument::fromJson(result.standardOutput).object().value(QStringLiteral("spelling")).toString(),
        QStringLiteral("1990"));
}

void TestReceiptsCli::wordsAsJson()
{
    const ProcessResult result = cli({ QStringLiteral("--json"), QStringLiteral("receipts"),
                                       QStringLiteral("words"), QStringLiteral("2000000") });
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.describe()));
    const QJsonObject object = QJsonDocument::fromJson(result.standardOutput).object();
    QCOMPARE(object.value(QStringLiteral("amountCents")).toInteger(), 200'000'000);
    QCOMPARE(object.value(QStringLiteral("spelling")).toString(), QStringLiteral("traditional"));
    QCOMPARE(object.value(QStringLiteral("words")).toString(), QStringLiteral("deux millions d'euros"));
}

void TestReceiptsCli::badAmountOrSpellingIsAUsageErrorThatSaysWhich_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString receipts = QStringLiteral("receipts");
    const QString words = QStringLiteral("words");
    QTest::newRow("negative") << QStringList { receipts, words, QStringLiteral("-5") }
                              << QStringLiteral("cannot be negative");
    QTest::newRow("not a number") << QStringList { receipts, words, QStringLiteral("douze") }
                                  << QStringLiteral("\"douze\" is not an amount");
    QTest::newRow("three decimals") << QStringList { receipts, words, QStringLiteral("1.505") }
                                    << QStringLiteral("Receipt amount");
    QTest::newRow("beyond a milliard") << QStringList { receipts, words, QStringLiteral("1000000000.01") }
                                       << QStringLiteral("check the number of zeros");
    QTest::newRow("unknown spelling") << QStringList { receipts, words, QStringLiteral("12"),
                                                       QStringLiteral("--spelling"), QStringLiteral("1991") }
                                      << QStringLiteral("\"1991\" is not a spelling");
    QTest::newRow("setting an unknown spelling")
        << QStringList { QStringLiteral("settings"), receipts, QStringLiteral("--spelling"),
                         QStringLiteral("old") }
        << QStringLiteral("\"old\" is not a spelling");
    QTest::newRow("no amount") << QStringList { receipts, words } << QStringLiteral("usage:");
}

void TestReceiptsCli::badAmountOrSpellingIsAUsageErrorThatSaysWhich()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ProcessResult result = cli(arguments);
    QVERIFY2(result.finished && result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(QString::fromUtf8(result.standardError).contains(message), qPrintable(result.describe()));
    QVERIFY(result.standardOutput.isEmpty());
}

QTEST_GUILESS_MAIN(TestReceiptsCli)
#include "tst_receipts_cli.moc"
