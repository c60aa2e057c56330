// What a tax receipt needs from the ledger: a donor recorded as a person or a company (a SIREN
// only for a company, its Luhn digit checked), the receipts the donor wants, the date and source of
// the consent to be contacted (never in the future), and the value of a gift's counterpart (never
// more than the gift). Each refusal names its field; what is accepted is read back everywhere.

#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"

#include "common/Clock.h"
#include "common/Money.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"

#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

QStringList fieldsOf(const QList<FieldProblem>& problems)
{
    QStringList fields;
    for (const FieldProblem& problem : problems)
        fields.append(problem.field);
    return fields;
}

Donor company(const QString& siren)
{
    Donor donor;
    donor.name = u"Scierie Dubois SARL"_s;
    donor.legalKind = DonorLegalKind::Company;
    donor.siren = siren;
    return donor;
}

} // namespace

class TestReceiptFields : public QObject
{
    Q_OBJECT

private slots:
    void codesAreStableAndLabelled();
    void aSirenIsACompanysAndMustPassItsCheckDigit();
    void consentCannotBeDatedInTheFuture();
    void donorsFieldsAreStoredAndReadBack();
    void counterpartIsNeverNegativeNorMoreThanTheGift();
    void counterpartIsStoredAndListed();
};

void TestReceiptFields::codesAreStableAndLabelled()
{
    QCOMPARE(DonorCodes::legalKind(DonorLegalKind::Company), u"company"_s);
    QCOMPARE(DonorCodes::legalKindFromCode(u"person"_s), DonorLegalKind::Person);
    QVERIFY(!DonorCodes::legalKindFromCode(u"association"_s));
    QCOMPARE(DonorCodes::receiptChoice(ReceiptChoice::PerGift), u"per_gift"_s);
    QCOMPARE(DonorCodes::receiptChoiceFromCode(u"none"_s), ReceiptChoice::None);
    QCOMPARE(DonorCodes::receiptChoices().size(), 3);
    for (const ReceiptChoice choice : DonorCodes::receiptChoices())
        QVERIFY(!DonorCodes::receiptChoiceLabel(choice).isEmpty());
    for (const DonorLegalKind kind : DonorCodes::legalKinds())
        QVERIFY(!DonorCodes::legalKindLabel(kind).isEmpty());
}

void TestReceiptFields::aSirenIsACompanysAndMustPassItsCheckDigit()
{
    FixedClock clock;
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    DonorRepository donors(desk.database());

    Donor person = company(u"900100207"_s);
    person.name = u"Élodie Durand"_s;
    person.legalKind = DonorLegalKind::Person;
    const QList<FieldProblem> onAPerson = donors.create(person);
    QCOMPARE(fieldsOf(onAPerson), QStringList { u"siren"_s });
    QVERIFY2(onAPerson.first().message.contains(u"company"_s), qPrintable(onAPerson.first().message));

    Donor typo = company(u"900100208"_s);
    const QList<FieldProblem> wrongDigit = donors.create(typo);
    QCOMPARE(fieldsOf(wrongDigit), QStringList { u"siren"_s });
    QVERIFY2(wrongDigit.first().message.contains(u"900100208"_s)
                 && wrongDigit.first().message.contains(u"Luhn"_s),
             qPrintable(wrongDigit.first().message));
    Donor shortOne = company(u"12345678"_s);
    QCOMPARE(fieldsOf(donors.create(shortOne)), QStringList { u"siren"_s });
    QCOMPARE(desk.database().scalar(u"SELECT count(*) FROM donors"_s).toInt(), 0);

    // As people copy it from a Kbis, with spaces: stored as its digits. A company may have none yet.
    Donor good = company(u"900 100 207"_s);
    QVERIFY(donors.create(good).isEmpty());
    QCOMPARE(donors.load(good.sync.uuid)->siren, u"900100207"_s);
    Donor unknown = company(QString());
    unknown.name = u"Boulangerie du Capitole"_s;
    QVERIFY(donors.create(unknown).isEmpty());

    // Back to a person with its SIREN: refused, and the stored company is left as it was.
    Donor changed = *donors.load(good.sync.uuid);
    changed.legalKind = DonorLegalKind::Person;
    QCOMPARE(fieldsOf(donors.save(changed)), QStringList { u"siren"_s });
    QCOMPARE(donors.load(good.sync.uuid)->legalKind, DonorLegalKind::Company);
}

void TestReceiptFields::consentCannotBeDatedInTheFuture()
{
    FixedClock clock;
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    DonorRepository donors(desk.database());
    Donor donor;
    donor.name = u"Élodie Durand"_s;
    donor.consentToContact = true;
    donor.consentDate = clock.today().addDays(1);
    const QList<FieldProblem> problems = donors.create(donor);
    QCOMPARE(fieldsOf(problems), QStringList { u"consentDate"_s });
    QVERIFY2(problems.first().message.contains(u"future"_s), qPrintable(problems.first().message));
    donor.consentDate = clock.today();
    QVERIFY(donors.create(donor).isEmpty());
}

void TestReceiptFields::donorsFieldsAreStoredAndReadBack()
{
    FixedClock clock;
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    DonorRepository donors(desk.database());
    Donor plain;
    plain.name = u"Jean Martin"_s;
    QVERIFY(donors.create(plain).isEmpty());
    const Donor defaults = *donors.load(plain.sync.uuid);
    QCOMPARE(defaults.legalKind, DonorLegalKind::Person);
    QCOMPARE(defaults.receiptChoice, ReceiptChoice::PerGift);
    QVERIFY(!defaults.consentDate.isValid());
    QVERIFY(desk.database().scalar(u"SELECT consent_date IS NULL FROM donors"_s).toBool());

    Donor donor = company(u"900100306"_s);
    donor.receiptChoice = ReceiptChoice::Annual;
    donor.consentToContact = true;
    donor.consentDate = QDate(2025, 11, 4);
    donor.consentSource = u"  bulletin papier  "_s;
    QVERIFY(donors.create(donor).isEmpty());
    Donor stored = *donors.load(donor.sync.uuid);
    QCOMPARE(stored.legalKind, DonorLegalKind::Company);
    QCOMPARE(stored.siren, u"900100306"_s);
    QCOMPARE(stored.receiptChoice, ReceiptChoice::Annual);
    QCOMPARE(stored.consentDate, QDate(2025, 11, 4));
    QCOMPARE(stored.consentSource, u"bulletin papier"_s);
    QCOMPARE(desk.database().scalar(u"SELECT consent_date FROM donors WHERE siren <> ''"_s).toString(),
             u"2025-11-04"_s);

    stored.receiptChoice = ReceiptChoice::None;
    stored.consentDate = QDate();
    stored.consentSource.clear();
    QVERIFY(donors.save(stored).isEmpty());
    const Donor saved = *donors.load(donor.sync.uuid);
    QCOMPARE(saved.receiptChoice, ReceiptChoice::None);
    QVERIFY(!saved.consentDate.isValid());
    QCOMPARE(DonationRepository(desk.database()).donorHistory(donor.sync.uuid).donor.siren, u"900100306"_s);

    const QList<DonorRow> rows = donors.rows(QString(), 0, 10);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).name, u"Jean Martin"_s);
    QCOMPARE(rows.at(0).legalKind, DonorLegalKind::Person);
    QCOMPARE(rows.at(1).legalKind, DonorLegalKind::Company);
    QCOMPARE(rows.at(1).receiptChoice, ReceiptChoice::None);
}

void TestReceiptFields::counterpartIsNeverNegativeNorMoreThanTheGift()
{
    FixedClock clock;
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    DonationRepository donations(desk.database());
    Donation gift;
    gift.campaignUuid
        = desk.campaigns().import(collectingCampaign(Clock::today(), u"Zone humide"_s)).sync.uuid;
    gift.amountCents = 5000;
    gift.date = QDate(2026, 3, 1);
    gift.method = DonationMethod::Cheque;

    gift.counterpartCents = 5001;
    const QList<FieldProblem> tooMuch = donations.create(gift);
    QCOMPARE(fieldsOf(tooMuch), QStringList { u"counterpart"_s });
    QVERIFY2(tooMuch.first().message.contains(Money::format(5001))
                 && tooMuch.first().message.contains(Money::format(5000)),
             qPrintable(tooMuch.first().message));
    gift.counterpartCents = -100;
    QCOMPARE(fieldsOf(donations.create(gift)), QStringList { u"counterpart"_s });
    QCOMPARE(desk.database().scalar(u"SELECT count(*) FROM donations"_s).toInt(), 0);

    // The whole gift may be a counterpart's value (a ticket bought through a gift form).
    gift.counterpartCents = 5000;
    QVERIFY(donations.create(gift).isEmpty());
    Donation lowered = *donations.load(gift.sync.uuid);
    lowered.amountCents = 4000;
    QCOMPARE(fieldsOf(donations.save(lowered)), QStringList { u"counterpart"_s });
    QCOMPARE(donations.load(gift.sync.uuid)->amountCents, 5000);
}

void TestReceiptFields::counterpartIsStoredAndListed()
{
    FixedClock clock;
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    DonationRepository donations(desk.database());
    Donation gift;
    gift.campaignUuid
        = desk.campaigns().import(collectingCampaign(Clock::today(), u"Zone humide"_s)).sync.uuid;
    gift.amountCents = 10000;
    gift.date = QDate(2026, 3, 1);
    gift.method = DonationMethod::Transfer;
    QVERIFY(donations.create(gift).isEmpty());
    QCOMPARE(donations.load(gift.sync.uuid)->counterpartCents, 0);

    Donation rewarded = *donations.load(gift.sync.uuid);
    rewarded.counterpartCents = 2500;
    QVERIFY(donations.save(rewarded).isEmpty());
    QCOMPARE(donations.load(gift.sync.uuid)->counterpartCents, 2500);
    QCOMPARE(donations.row(gift.sync.uuid)->counterpartCents, 2500);
    QCOMPARE(donations.rows(DonationQuery {}, 0, 10).first().counterpartCents, 2500);
    QCOMPARE(donations.sharedGift(gift.sync.uuid)->counterpartCents, 2500);
}

QTEST_GUILESS_MAIN(TestReceiptFields)
#include "tst_receipt_fields.moc"
