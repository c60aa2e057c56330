// The forms in which the reconciliation engine looks for references and donors' names in a bank
// label: accents, whole words, references too short to trust, names written surname first.

#include "donations/reconcile/BankText.h"

#include <QTest>

using namespace casedesk;

namespace {

// A label as the engine searches it: in search form, a space at each end.
QString padded(const QString& label)
{
    return QLatin1Char(' ') + BankText::searchForm(label) + QLatin1Char(' ');
}

} // namespace

class TestBankText : public QObject
{
    Q_OBJECT

private slots:
    void accentedNamesLoseTheirAccentsAndCase()
    {
        QCOMPARE(BankText::searchForm(QStringLiteral("Hélène Lefèvre")), QStringLiteral("HELENE LEFEVRE"));
        QCOMPARE(BankText::searchForm(QStringLiteral("Zoé d'Arc-Noël")), QStringLiteral("ZOE D ARC NOEL"));
        QCOMPARE(BankText::searchForm(QStringLiteral(" -- ")), QString());
        QVERIFY(BankText::containsWords(padded(QStringLiteral("VIR SEPA M. HELENE LEFEVRE")),
                                        BankText::referenceForm(QStringLiteral("Hélène Lefèvre"))));
    }

    void onlyWholeWordsAreFound()
    {
        const QString label = padded(QStringLiteral("VIR 12345 DON/ABCD"));
        QVERIFY(BankText::containsWords(label, QStringLiteral("12345")));
        QVERIFY(BankText::containsWords(label, QStringLiteral("DON ABCD")));
        QVERIFY(!BankText::containsWords(label, QStringLiteral("1234")));
        QVERIFY(!BankText::containsWords(label, QStringLiteral("2345")));
        QVERIFY(!BankText::containsWords(label, QStringLiteral("ABC")));
        QVERIFY(!BankText::containsWords(label, QString()));
        // The first occurrence inside a longer word does not hide a later whole one.
        QVERIFY(BankText::containsWords(padded(QStringLiteral("12345 1234")), QStringLiteral("1234")));
    }

    void referencesShorterThanFourCharactersAreNotLookedFor()
    {
        QCOMPARE(BankText::referenceForm(QStringLiteral("12")), QString());
        QCOMPARE(BankText::referenceForm(QStringLiteral("a-1-2")), QString());
        QCOMPARE(BankText::referenceForm(QStringLiteral("ab 12")), QStringLiteral("AB 12"));
        QCOMPARE(BankText::referenceForm(QStringLiteral("PO-0042")), QStringLiteral("PO 0042"));
    }

    void onlyTwoWordNamesAreAlsoLookedForSurnameFirst()
    {
        QCOMPARE(BankText::swappedName(QStringLiteral("JEAN DUPONT")), QStringLiteral("DUPONT JEAN"));
        QCOMPARE(BankText::swappedName(QStringLiteral("JEAN PIERRE DUPONT")), QString());
        QCOMPARE(BankText::swappedName(QStringLiteral("DUPONT")), QString());
        QCOMPARE(BankText::swappedName(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestBankText)
#include "tst_bank_text.moc"
