// The association's identifiers: RNA ("W" + 9 digits), SIREN (9 digits with a Luhn check
// digit) and the messages AssociationRules::validate gives for each problem.

#include "Samples.h"

#include "campaigns/Association.h"

#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

class TestValidators : public QObject
{
    Q_OBJECT

private slots:
    void rnaIsWThePrefectureCodeAndSixDigits_data();
    void rnaIsWThePrefectureCodeAndSixDigits();
    void sirenIsNineDigitsWithALuhnCheckDigit_data();
    void sirenIsNineDigitsWithALuhnCheckDigit();
    void luhnAcceptsOnlyTheRightCheckDigit_data();
    void luhnAcceptsOnlyTheRightCheckDigit();
    void validAssociationHasNoProblems();
    void eachInvalidFieldIsNamedWithItsMessage_data();
    void eachInvalidFieldIsNamedWithItsMessage();
    void validateReportsEveryProblemInFormOrder();
};

void TestValidators::rnaIsWThePrefectureCodeAndSixDigits_data()
{
    QTest::addColumn<QString>("rna");
    QTest::addColumn<bool>("valid");
    QTest::newRow("W and 9 digits") << QStringLiteral("W313012345") << true;
    QTest::newRow("all zeros") << QStringLiteral("W000000000") << true;
    // The prefecture code has letters for Corsica and some overseas prefectures.
    QTest::newRow("Haute-Corse code") << QStringLiteral("W2B1001234") << true;
    QTest::newRow("Mayotte code") << QStringLiteral("W9M1001234") << true;
    QTest::newRow("lower-case letter in the code") << QStringLiteral("W2b1001234") << false;
    QTest::newRow("letter in the serial") << QStringLiteral("W2B100123A") << false;
    QTest::newRow("lower-case w") << QStringLiteral("w313012345") << false;
    QTest::newRow("8 digits") << QStringLiteral("W31301234") << false;
    QTest::newRow("10 digits") << QStringLiteral("W3130123456") << false;
    QTest::newRow("a letter among the digits") << QStringLiteral("W31301234A") << false;
    QTest::newRow("no W") << QStringLiteral("313012345") << false;
    QTest::newRow("another letter") << QStringLiteral("X313012345") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading space") << QStringLiteral(" W313012345") << false;
    QTest::newRow("trailing space") << QStringLiteral("W313012345 ") << false;
    // Pasted from a file or a terminal: "$" alone would still match before a final newline.
    QTest::newRow("trailing newline") << QStringLiteral("W313012345\n") << false;
    QTest::newRow("full-width digits") << QStringLiteral("W３１３０１２３４５") << false;
}

void TestValidators::rnaIsWThePrefectureCodeAndSixDigits()
{
    QFETCH(QString, rna);
    QFETCH(bool, valid);
    QCOMPARE(AssociationRules::isValidRna(rna), valid);
}

void TestValidators::sirenIsNineDigitsWithALuhnCheckDigit_data()
{
    QTest::addColumn<QString>("siren");
    QTest::addColumn<bool>("valid");
    QTest::newRow("732829320 (real)") << QStringLiteral("732829320") << true;
    QTest::newRow("552100554 (real)") << QStringLiteral("552100554") << true;
    QTest::newRow("842715633 (demo)") << QStringLiteral("842715633") << true;
    QTest::newRow("wrong check digit") << QStringLiteral("732829321") << false;
    QTest::newRow("two digits swapped") << QStringLiteral("732829302") << false;
    QTest::newRow("8 digits") << QStringLiteral("73282932") << false;
    QTest::newRow("10 digits") << QStringLiteral("7328293200") << false;
    QTest::newRow("a letter") << QStringLiteral("73282932A") << false;
    QTest::newRow("grouped with spaces") << QStringLiteral("732 829 320") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("trailing newline") << QStringLiteral("732829320\n") << false;
    QTest::newRow("full-width digits") << QStringLiteral("７３２８２９３２０") << false;
}

void TestValidators::sirenIsNineDigitsWithALuhnCheckDigit()
{
    QFETCH(QString, siren);
    QFETCH(bool, valid);
    QCOMPARE(AssociationRules::isValidSiren(siren), valid);
}

void TestValidators::luhnAcceptsOnlyTheRightCheckDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("textbook example") << QStringLiteral("79927398713") << true;
    QTest::newRow("textbook example, last digit changed") << QStringLiteral("79927398710") << false;
    QTest::newRow("a SIRET (SIREN + NIC)") << QStringLiteral("73282932000074") << true;
    QTest::newRow("single zero") << QStringLiteral("0") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("not digits") << QStringLiteral("12a") << false;
}

void TestValidators::luhnAcceptsOnlyTheRightCheckDigit()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(AssociationRules::luhnValid(digits), valid);
}

void TestValidators::validAssociationHasNoProblems()
{
    QVERIFY(AssociationRules::validate(validAssociation()).isEmpty());
    // RNA and SIREN are optional: small associations have neither.
    Association small;
    small.name = QStringLiteral("Collectif du Testet");
    QVERIFY(AssociationRules::validate(small).isEmpty());
}

void TestValidators::eachInvalidFieldIsNamedWithItsMessage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("rna");
    QTest::addColumn<QString>("siren");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QString name = QStringLiteral("Zones Humides Vivantes");
    QTest::newRow("blank name") << QStringLiteral(" \t") << kValidRna << kValidSiren << QStringLiteral("name")
                                << QStringLiteral("Name: the association's name is required.");
    QTest::newRow("bad RNA") << name << QStringLiteral("W12") << kValidSiren << QStringLiteral("rna")
                             << QStringLiteral(
                                    "RNA number: \"W12\" is not valid; expected W, the 3-character "
                                    "prefecture code and 6 digits (for example W313012345 or W2B1001234).");
    QTest::newRow("short SIREN") << name << kValidRna << QStringLiteral("1234") << QStringLiteral("siren")
                                 << QStringLiteral(
                                        "SIREN: \"1234\" is not valid; expected exactly 9 digits.");
    QTest::newRow("SIREN with a space")
        << name << kValidRna << QStringLiteral("732 829 320") << QStringLiteral("siren")
        << QStringLiteral("SIREN: \"732 829 320\" is not valid; expected exactly 9 "
                          "digits.");
    QTest::newRow("SIREN with a newline")
        << name << kValidRna << QStringLiteral("732829320\n") << QStringLiteral("siren")
        << QStringLiteral("SIREN: \"732829320\n\" is not valid; expected exactly "
                          "9 digits.");
    QTest::newRow("SIREN check digit")
        << name << kValidRna << QStringLiteral("732829321") << QStringLiteral("siren")
        << QStringLiteral("SIREN: \"732829321\" fails its check digit (Luhn); check "
                          "for a typing error.");
}

void TestValidators::eachInvalidFieldIsNamedWithItsMessage()
{
    QFETCH(QString, name);
    QFETCH(QString, rna);
    QFETCH(QString, siren);
    QFETCH(QString, field);
    QFETCH(QString, message);
    Association association = validAssociation();
    association.name = name;
    association.rna = rna;
    association.siren = siren;
    const QList<FieldProblem> problems = AssociationRules::validate(association);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).field, field);
    QCOMPARE(problems.at(0).message, message);
}

void TestValidators::validateReportsEveryProblemInFormOrder()
{
    Association association;
    association.rna = QStringLiteral("W1");
    association.siren = QStringLiteral("732829321");
    const QList<FieldProblem> problems = AssociationRules::validate(association);
    QStringList fields;
    for (const FieldProblem& problem : problems)
        fields.append(problem.field);
    QCOMPARE(fields,
             (QStringList { QStringLiteral("name"), QStringLiteral("rna"), QStringLiteral("siren") }));
}

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
