// Amounts in words for tax receipts: hand-checked examples of every rule, then every number below
// a million (and the millions and milliards around each rule) read back by a reader written
// independently of the writer, with the spelling rules checked word by word.
#include "receipts/AmountInWords.h"

#include "TempDesk.h"
#include "settings/SettingsRepository.h"

#include <QHash>
#include <QTest>

using namespace casedesk;

namespace {

// Reads French number words back into a number, the way a person adds and multiplies them:
// units and tens add up, "cent" multiplies what is before it in its group, "mille" closes a
// group of thousands, "million" and "milliard" close theirs. -1 for a word it does not know.
qint64 readNumber(QString text)
{
    static const QHash<QString, int> values = {
        { QStringLiteral("zéro"), 0 },         { QStringLiteral("un"), 1 },
        { QStringLiteral("deux"), 2 },         { QStringLiteral("trois"), 3 },
        { QStringLiteral("quatre"), 4 },       { QStringLiteral("cinq"), 5 },
        { QStringLiteral("six"), 6 },          { QStringLiteral("sept"), 7 },
        { QStringLiteral("huit"), 8 },         { QStringLiteral("neuf"), 9 },
        { QStringLiteral("dix"), 10 },         { QStringLiteral("onze"), 11 },
        { QStringLiteral("douze"), 12 },       { QStringLiteral("treize"), 13 },
        { QStringLiteral("quatorze"), 14 },    { QStringLiteral("quinze"), 15 },
        { QStringLiteral("seize"), 16 },       { QStringLiteral("vingt"), 20 },
        { QStringLiteral("trente"), 30 },      { QStringLiteral("quarante"), 40 },
        { QStringLiteral("cinquante"), 50 },   { QStringLiteral("soixante"), 60 },
        { QStringLiteral("quatrevingt"), 80 },
    };
    text.replace(QLatin1String("quatre-vingts"), QLatin1String("quatrevingt"));
    text.replace(QLatin1String("quatre-vingt"), QLatin1String("quatrevingt"));
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    qint64 total = 0; // closed groups: milliards, millions, thousands
    qint64 group = 0; // the current group below a thousand
    for (const QString& token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (token == QLatin1String("et"))
            continue;
        if (token == QLatin1String("cent") || token == QLatin1String("cents")) {
            group = (group == 0 ? 1 : group) * 100;
        } else if (token == QLatin1String("mille")) {
            total += (group == 0 ? 1 : group) * 1000;
            group = 0;
        } else if (token.startsWith(QLatin1String("million"))) {
            total += group * 1'000'000;
            group = 0;
        } else if (token.startsWith(QLatin1String("milliard"))) {
            total += group * 1'000'000'000;
            group = 0;
        } else if (values.contains(token)) {
            group += values.value(token);
        } else {
            return -1;
        }
    }
    return total + group;
}

// The 1990 spelling is the traditional one with every space between numerals made a hyphen;
// million(s) and milliard(s), nouns, keep their spaces.
QString rectifiedFromTraditional(const QString& traditional)
{
    QStringList words = traditional.split(QLatin1Char(' '));
    QString out;
    for (int i = 0; i < words.size(); ++i) {
        if (i > 0) {
            const bool noun = words.at(i).startsWith(QLatin1String("milli"))
                || words.at(i - 1).startsWith(QLatin1String("milli"));
            out += noun ? QLatin1Char(' ') : QLatin1Char('-');
        }
        out += words.at(i);
    }
    return out;
}

// The word-level rules of the traditional spelling, whatever the number.
QString ruleBroken(qint64 value, const QString& words)
{
    const QStringList tokens = words.split(QLatin1Char(' '));
    for (int i = 0; i < tokens.size(); ++i) {
        const QString& token = tokens.at(i);
        const QString next = tokens.value(i + 1);
        const bool endsOrNoun = next.isEmpty() || next.startsWith(QLatin1String("milli"));
        if (token == QLatin1String("cents") && !endsOrNoun)
            return QStringLiteral("'cents' not at the end nor before million or milliard");
        if (token == QLatin1String("cent") && i > 0 && tokens.at(i - 1) != QLatin1String("et") && endsOrNoun
            && !tokens.at(i - 1).startsWith(QLatin1String("milli"))
            && tokens.at(i - 1) != QLatin1String("mille"))
            return QStringLiteral("a multiplied 'cent' ending the number without its s");
        if (token.endsWith(QLatin1String("quatre-vingts")) && !endsOrNoun)
            return QStringLiteral("'quatre-vingts' not at the end");
        if (token == QLatin1String("quatre-vingt") && endsOrNoun)
            return QStringLiteral("'quatre-vingt' ending the number without its s");
        if (token == QLatin1String("milles") || token == QLatin1String("cents-mille"))
            return QStringLiteral("'mille' made plural");
        // "un mille" alone is wrong; "vingt et un mille" is right.
        if (token == QLatin1String("mille") && i > 0 && tokens.at(i - 1) == QLatin1String("un")
            && (i == 1 || tokens.at(i - 2).startsWith(QLatin1String("milli"))))
            return QStringLiteral("'un mille'");
        if (token.contains(QLatin1Char('-'))
            && (token.contains(QLatin1String("cent")) || token.contains(QLatin1String("mille"))))
            return QStringLiteral("a hyphen beside cent or mille in the traditional spelling");
    }
    // "et" joins only 21, 31, 41, 51, 61 and 71 within a group.
    qint64 rest = value;
    int expectedEt = 0;
    while (rest > 0) {
        const int lastTwo = int(rest % 1000 % 100);
        if (lastTwo == 21 || lastTwo == 31 || lastTwo == 41 || lastTwo == 51 || lastTwo == 61
            || lastTwo == 71)
            ++expectedEt;
        rest /= 1000;
    }
    if (tokens.count(QStringLiteral("et")) != expectedEt)
        return QStringLiteral("'et' where it does not belong, or missing");
    return {};
}

} // namespace

class TestAmountInWords : public QObject
{
    Q_OBJECT

private slots:
    void numbersAsAFrenchReceiptWritesThem_data();
    void numbersAsAFrenchReceiptWritesThem();
    void amountsInEurosAndCentimes_data();
    void amountsInEurosAndCentimes();
    void everyNumberBelowAMillionReadsBackAndFollowsTheRules();
    void millionsAndMilliardsReadBackAndFollowTheRules();
    void outOfRangeIsEmptyNotWrong();
    void spellingCodesAndTheDesksChoice();
};

void TestAmountInWords::numbersAsAFrenchReceiptWritesThem_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("traditional");
    QTest::addColumn<QString>("rectified");
    const auto row = [](qint64 value, const char* traditional, const char* rectified) {
        QTest::addRow("%lld", value) << value << QString::fromUtf8(traditional)
                                     << QString::fromUtf8(rectified);
    };
    row(0, "zéro", "zéro");
    row(1, "un", "un");
    row(16, "seize", "seize");
    row(17, "dix-sept", "dix-sept");
    row(20, "vingt", "vingt");
    row(21, "vingt et un", "vingt-et-un");
    row(22, "vingt-deux", "vingt-deux");
    row(61, "soixante et un", "soixante-et-un");
    row(70, "soixante-dix", "soixante-dix");
    row(71, "soixante et onze", "soixante-et-onze");
    row(77, "soixante-dix-sept", "soixante-dix-sept");
    row(80, "quatre-vingts", "quatre-vingts");
    row(81, "quatre-vingt-un", "quatre-vingt-un");
    row(90, "quatre-vingt-dix", "quatre-vingt-dix");
    row(91, "quatre-vingt-onze", "quatre-vingt-onze");
    row(99, "quatre-vingt-dix-neuf", "quatre-vingt-dix-neuf");
    row(100, "cent", "cent");
    row(101, "cent un", "cent-un");
    row(180, "cent quatre-vingts", "cent-quatre-vingts");
    row(200, "deux cents", "deux-cents");
    row(201, "deux cent un", "deux-cent-un");
    row(221, "deux cent vingt et un", "deux-cent-vingt-et-un");
    row(280, "deux cent quatre-vingts", "deux-cent-quatre-vingts");
    row(1000, "mille", "mille");
    row(1001, "mille un", "mille-un");
    row(1080, "mille quatre-vingts", "mille-quatre-vingts");
    row(1700, "mille sept cents", "mille-sept-cents");
    row(2000, "deux mille", "deux-mille");
    row(21000, "vingt et un mille", "vingt-et-un-mille");
    row(80000, "quatre-vingt mille", "quatre-vingt-mille");
    row(80080, "quatre-vingt mille quatre-vingts", "quatre-vingt-mille-quatre-vingts");
    row(200000, "deux cent mille", "deux-cent-mille");
    row(200200, "deux cent mille deux cents", "deux-cent-mille-deux-cents");
    row(999999, "neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf",
        "neuf-cent-quatre-vingt-dix-neuf-mille-neuf-cent-quatre-vingt-dix-neuf");
    row(1'000'000, "un million", "un million");
    row(1'000'001, "un million un", "un million un");
    row(2'000'000, "deux millions", "deux millions");
    row(80'000'000, "quatre-vingts millions", "quatre-vingts millions");
    row(200'000'000, "deux cents millions", "deux-cents millions");
    row(200'300'001, "deux cents millions trois cent mille un", "deux-cents millions trois-cent-mille-un");
    row(8'143'051, "huit millions cent quarante-trois mille cinquante et un",
        "huit millions cent-quarante-trois-mille-cinquante-et-un");
    row(1'000'000'000, "un milliard", "un milliard");
    row(21'000'000'000, "vingt et un milliards", "vingt-et-un milliards");
    row(999'999'999'999,
        "neuf cent quatre-vingt-dix-neuf milliards neuf cent quatre-vingt-dix-neuf millions "
        "neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf",
        "neuf-cent-quatre-vingt-dix-neuf milliards neuf-cent-quatre-vingt-dix-neuf millions "
        "neuf-cent-quatre-vingt-dix-neuf-mille-neuf-cent-quatre-vingt-dix-neuf");
}

void TestAmountInWords::numbersAsAFrenchReceiptWritesThem()
{
    QFETCH(qint64, value);
    QFETCH(QString, traditional);
    QFETCH(QString, rectified);
    QCOMPARE(AmountInWords::number(value, FrenchSpelling::Traditional), traditional);
    QCOMPARE(AmountInWords::number(value, FrenchSpelling::Rectified1990), rectified);
}

void TestAmountInWords::amountsInEurosAndCentimes_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("traditional");
    QTest::addColumn<QString>("rectified");
    const auto row = [](qint64 cents, const char* traditional, const char* rectified) {
        QTest::addRow("%lld", cents) << cents << QString::fromUtf8(traditional)
                                     << QString::fromUtf8(rectified);
    };
    row(108050, "mille quatre-vingts euros et cinquante centimes",
        "mille-quatre-vingts euros et cinquante centimes");
    row(0, "zéro euro", "zéro euro");
    row(1, "un centime", "un centime");
    row(50, "cinquante centimes", "cinquante centimes");
    row(100, "un euro", "un euro");
    row(101, "un euro et un centime", "un euro et un centime");
    row(2171, "vingt et un euros et soixante et onze centimes",
        "vingt-et-un euros et soixante-et-onze centimes");
    row(8000, "quatre-vingts euros", "quatre-vingts euros");
    row(100'000'000, "un million d'euros", "un million d'euros");
    row(100'000'002, "un million d'euros et deux centimes", "un million d'euros et deux centimes");
    row(20'000'000'000, "deux cents millions d'euros", "deux-cents millions d'euros");
    row(100'000'100, "un million un euros", "un million un euros");
    row(300'000'000'000, "trois milliards d'euros", "trois milliards d'euros");
}

void TestAmountInWords::amountsInEurosAndCentimes()
{
    QFETCH(qint64, cents);
    QFETCH(QString, traditional);
    QFETCH(QString, rectified);
    QCOMPARE(AmountInWords::euros(cents, FrenchSpelling::Traditional), traditional);
    QCOMPARE(AmountInWords::euros(cents, FrenchSpelling::Rectified1990), rectified);
}

void TestAmountInWords::everyNumberBelowAMillionReadsBackAndFollowsTheRules()
{
    QSet<QString> seen;
    for (qint64 value = 0; value < 1'000'000; ++value) {
        const QString traditional = AmountInWords::number(value, FrenchSpelling::Traditional);
        const QString rectified = AmountInWords::number(value, FrenchSpelling::Rectified1990);
        if (readNumber(traditional) != value || readNumber(rectified) != value)
            QFAIL(qPrintable(QStringLiteral("%1 reads back as %2 / %3: %4 / %5")
                                 .arg(value)
                                 .arg(readNumber(traditional))
                                 .arg(readNumber(rectified))
                                 .arg(traditional, rectified)));
        const QString broken = ruleBroken(value, traditional);
        if (!broken.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 (%2): %3").arg(value).arg(traditional, broken)));
        if (rectified != rectifiedFromTraditional(traditional))
            QFAIL(qPrintable(QStringLiteral("%1: 1990 spelling %2").arg(value).arg(rectified)));
        if (traditional.contains(QStringLiteral("  ")) || traditional.startsWith(QLatin1Char(' '))
            || traditional.endsWith(QLatin1Char(' ')))
            QFAIL(qPrintable(QStringLiteral("%1: stray space in '%2'").arg(value).arg(traditional)));
        seen.insert(traditional);
    }
    QCOMPARE(seen.size(), 1'000'000); // no two numbers written alike
}

void TestAmountInWords::millionsAndMilliardsReadBackAndFollowTheRules()
{
    // Each group below a thousand that a rule turns on (1, 21, 71, 80, 81, 100, 200, 280...),
    // as millions and milliards, with and without what follows.
    const QList<qint64> groups = { 1, 2, 20, 21, 71, 80, 81, 91, 100, 101, 180, 200, 201, 280, 999 };
    const QList<qint64> tails = { 0, 1, 80, 200, 1000, 80000, 200000, 200200, 999999 };
    for (qint64 milliards : QList<qint64> { 0 } + groups) {
        for (qint64 millions : QList<qint64> { 0 } + groups) {
            for (qint64 tail : tails) {
                const qint64 value = milliards * 1'000'000'000 + millions * 1'000'000 + tail;
                const QString traditional = AmountInWords::number(value, FrenchSpelling::Traditional);
                const QString rectified = AmountInWords::number(value, FrenchSpelling::Rectified1990);
                QCOMPARE(readNumber(traditional), value);
                QCOMPARE(readNumber(rectified), value);
                QCOMPARE(ruleBroken(value, traditional), QString());
                QCOMPARE(rectified, rectifiedFromTraditional(traditional));
                QCOMPARE(traditional.contains(QLatin1String("millions")), millions > 1);
                QCOMPARE(traditional.contains(QLatin1String("milliards")), milliards > 1);
                // "d'euros" exactly when the number ends with the noun.
                const QString euros = AmountInWords::euros(value * 100, FrenchSpelling::Traditional);
                QCOMPARE(euros.endsWith(QLatin1String(" d'euros")),
                         value >= 1'000'000 && tail == 0 && (millions > 0 || milliards > 0)
                             && value % 1'000'000 == 0);
            }
        }
    }
}

void TestAmountInWords::outOfRangeIsEmptyNotWrong()
{
    QCOMPARE(AmountInWords::number(-1, FrenchSpelling::Traditional), QString());
    QCOMPARE(AmountInWords::number(AmountInWords::kMaxNumber + 1, FrenchSpelling::Traditional), QString());
    QCOMPARE(AmountInWords::euros(-1, FrenchSpelling::Traditional), QString());
    QCOMPARE(AmountInWords::euros(AmountInWords::kMaxCents + 1, FrenchSpelling::Traditional), QString());
    QVERIFY(!AmountInWords::euros(AmountInWords::kMaxCents, FrenchSpelling::Traditional).isEmpty());
}

void TestAmountInWords::spellingCodesAndTheDesksChoice()
{
    QCOMPARE(AmountInWords::fromCode(QStringLiteral("traditional")), FrenchSpelling::Traditional);
    QCOMPARE(AmountInWords::fromCode(QStringLiteral("1990")), FrenchSpelling::Rectified1990);
    QVERIFY(!AmountInWords::fromCode(QStringLiteral("1991")));
    QVERIFY(!AmountInWords::fromCode(QString()));
    for (FrenchSpelling spelling : { FrenchSpelling::Traditional, FrenchSpelling::Rectified1990 })
        QCOMPARE(AmountInWords::fromCode(AmountInWords::code(spelling)), spelling);

    test::TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    SettingsRepository settings(desk.database());
    QCOMPARE(AmountInWords::deskSpelling(settings), FrenchSpelling::Traditional);
    AmountInWords::setDeskSpelling(settings, FrenchSpelling::Rectified1990);
    SettingsRepository reread(desk.database());
    QCOMPARE(AmountInWords::deskSpelling(reread), FrenchSpelling::Rectified1990);
}

QTEST_GUILESS_MAIN(TestAmountInWords)
#include "tst_amount_in_words.moc"
