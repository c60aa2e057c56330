// The ledger's core: donors, donations and accounts (validation, stale writes, outbox, the lock
// of closed periods), bank statement import (duplicate keys, re-import, overlap, identical
// lines, override, all-or-nothing), platform import (re-import updates a refund), the campaign
// summary to the cent and CSV output safe for spreadsheets.

#include "FixedClock.h"
#include "Samples.h"
#include "TempDesk.h"
#include "common/Clock.h"

#include "donations/ledger/BankRepository.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "donations/ledger/LedgerImport.h"
#include "donations/ledger/LedgerSummary.h"
#include "donations/statements/CsvMappingStore.h"
#include "reports/CsvWriter.h"
#include "storage/Outbox.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kIban = QStringLiteral("FR7630006000011234567890189");

StatementLine line(const QString& date, qint64 cents, const QString& label, const QString& bankRef = {})
{
    StatementLine l;
    l.bookingDate = QDate::fromString(date, Qt::ISODate);
    l.amountCents = cents;
    l.currency = QStringLiteral("EUR");
    l.label = label;
    l.bankReference = bankRef;
    return l;
}

ParsedStatement statementOf(const QList<StatementLine>& lines)
{
    ParsedStatement s;
    s.format = QStringLiteral("camt.053.001.08");
    s.accountIban = kIban;
    s.currency = QStringLiteral("EUR");
    s.lines = lines;
    for (int i = 0; i < s.lines.size(); ++i)
        s.lines[i].sourceLine = 10 * (i + 1);
    return s;
}

PlatformDonation platformGift(const QString& order, qint64 cents, const QString& status, const QString& email)
{
    PlatformDonation d;
    d.platform = QStringLiteral("ulule");
    d.orderId = order;
    d.campaignRef = QStringLiteral("zone-humide");
    d.donor.name = QStringLiteral("Élodie Durand");
    d.donor.email = email;
    d.amountCents = cents;
    d.currency = QStringLiteral("EUR");
    d.date = QDate(2026, 2, 1);
    d.status = status;
    return d;
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private:
    QUuid makeCampaign(TempDesk& desk, const QString& title = QStringLiteral("Zone humide"))
    {
        // Gifts typed by hand go to a campaign that collects.
        return desk.campaigns().import(collectingCampaign(Clock::today(), title)).sync.uuid;
    }

    int rows(TempDesk& desk, const QString& table)
    {
        return desk.database().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

private slots:
    void ibanCheck_data()
    {
        QTest::addColumn<QString>("iban");
        QTest::addColumn<bool>("valid");
        QTest::newRow("french, grouped") << QStringLiteral("fr76 3000 6000 0112 3456 7890 189") << true;
        QTest::newRow("german") << QStringLiteral("DE89370400440532013000") << true;
        QTest::newRow("belgian") << QStringLiteral("BE68 5390 0754 7034") << true;
        QTest::newRow("one digit off") << QStringLiteral("FR7630006000011234567890188") << false;
        QTest::newRow("swapped digits") << QStringLiteral("DE89370400440532031000") << false;
        QTest::newRow("too short") << QStringLiteral("FR76") << false;
        QTest::newRow("no country") << QStringLiteral("7630006000011234567890189") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void ibanCheck()
    {
        QFETCH(QString, iban);
        QFETCH(bool, valid);
        QCOMPARE(Iban::isValid(iban), valid);
        QCOMPARE(Iban::problem(iban).isEmpty(), valid);
    }

    void sortKeyFoldsCaseAndAccents()
    {
        QCOMPARE(DonorNames::sortKey(QStringLiteral("  Élodie   DURAND ")), QStringLiteral("elodie durand"));
        QCOMPARE(DonorNames::sortKey(QStringLiteral("Œuvre Ça")), QStringLiteral("oeuvre ca"));
    }

    // The rule spelled out (NFKD, marks dropped, ligatures spelled, lower case, spaces simplified)
    // against sortKey for every Latin-1 character alone and inside texts, mixed with characters
    // beyond Latin-1: the keys are stored in the desk, so a faster path must give the same ones.
    void sortKeyIsTheDocumentedRuleForEveryLatin1Character()
    {
        const auto rule = [](const QString& text) {
            QString key;
            for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
                if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
                    continue;
                if (c == QChar(0x0153) || c == QChar(0x0152))
                    key += QStringLiteral("oe");
                else if (c == QChar(0x00E6) || c == QChar(0x00C6))
                    key += QStringLiteral("ae");
                else if (c == QChar(0x00DF))
                    key += QStringLiteral("ss");
                else
                    key += c.toLower();
            }
            return key.simplified();
        };
        for (char16_t u = 0; u <= 0xFF; ++u) {
            for (const QString& text :
                 { QString(QChar(u)), QStringLiteral("Zo") + QChar(u) + QStringLiteral("É x"),
                   QStringLiteral("ŒUVRE ") + QChar(u) + QStringLiteral(" ½") }) {
                QCOMPARE(DonorNames::sortKey(text), rule(text));
            }
        }
        QCOMPARE(DonorNames::sortKey(QStringLiteral("Zoé\u00a0FAURE ½ ª\t")),
                 QStringLiteral("zoe faure 1⁄2 a"));
    }

    void donorValidationAndOutbox()
    {
        FixedClock clock;
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        DonorRepository donors(desk.database());
        Donor bad;
        bad.email = QStringLiteral("not-an-address");
        const QList<FieldProblem> problems = donors.create(bad);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).field, QStringLiteral("name"));
        QCOMPARE(problems.at(1).field, QStringLiteral("email"));

        const int before = Outbox::pendingCount(desk.database());
        Donor donor;
        donor.name = QStringLiteral("Élodie Durand");
        donor.email = QStringLiteral("Elodie@Example.org");
        QVERIFY(donors.create(donor).isEmpty());
        QCOMPARE(Outbox::pendingCount(desk.database()), before + 1);
        QCOMPARE(desk.database().scalar(QStringLiteral("SELECT sort_key FROM donors")).toString(),
                 QStringLiteral("elodie durand"));
        QVERIFY(donors.findByEmail(QStringLiteral("elodie@EXAMPLE.org")).has_value());
        QCOMPARE(donors.count(QStringLiteral("élo")), 1);
        QCOMPARE(donors.count(QStringLiteral("elodie@")), 1);
        QCOMPARE(donors.count(QStringLiteral("martin")), 0);

        Donor stale = donor;
        donor.name = QStringLiteral("Élodie Durand-Martin");
        QVERIFY(donors.save(donor).isEmpty());
        QVERIFY_THROWS_EXCEPTION(StaleRecordError, donors.save(stale));
    }

    void donationValidationFollowsDonorNameAndRefusesDeletingItsDonor()
    {
        FixedClock clock;
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        DonorRepository donors(desk.database());
        DonationRepository donations(desk.database());
        Donor donor;
        donor.name = QStringLiteral("Jean Martin");
        QVERIFY(donors.create(donor).isEmpty());

        Donation bad;
        bad.amountCents = 0;
        bad.method = DonationMethod::Platform;
        QStringList fields;
        for (const FieldProblem& p : donations.check(bad))
            fields << p.field;
        QCOMPARE(fields,
                 (QStringList { QStringLiteral("campaign"), QStringLiteral("amount"), QStringLiteral("date"),
                                QStringLiteral("platform"), QStringLiteral("platformOrderId") }));

        Donation gift;
        gift.campaignUuid = makeCampaign(desk);
        gift.donorUuid = donor.sync.uuid;
        gift.amountCents = 2500;
        gift.date = QDate(2026, 3, 1);
        gift.method = DonationMethod::Cheque;
        QVERIFY(donations.create(gift).isEmpty());
        QCOMPARE(donations.row(gift.sync.uuid)->donorName, QStringLiteral("Jean Martin"));
        QCOMPARE(donations.row(gift.sync.uuid)->campaignTitle, QStringLiteral("Zone humide"));

        donor.name = QStringLiteral("Jean Martin-Dubois");
        QVERIFY(donors.save(donor).isEmpty());
        QCOMPARE(donations.row(gift.sync.uuid)->donorName, QStringLiteral("Jean Martin-Dubois"));

        QVERIFY_THROWS_EXCEPTION(DatabaseError, donors.remove(donor.sync.uuid));
        donations.remove(gift.sync.uuid);
        donors.remove(donor.sync.uuid);
        QVERIFY(!donors.load(donor.sync.uuid));
        QCOMPARE(desk.database()
                     .scalar(QStringLiteral("SELECT operation FROM outbox WHERE entity_uuid = ?"),
                             { gift.sync.uuid.toString(QUuid::WithoutBraces) })
                     .toString(),
                 QStringLiteral("delete"));
    }

    void lockedDonationSaysWhereItIsLocked()
    {
        FixedClock clock;
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        DonationRepository donations(desk.database());
        LedgerImport import(desk.database());
        import.commitStatement(
            import.previewStatement(statementOf({ line(QStringLiteral("2026-03-05"), 2500,
                                                       QStringLiteral("CHQ 1234"), QStringLiteral("B1")) }),
                                    QStringLiteral("releve.xml")));
        Donation gift;
        gift.campaignUuid = makeCampaign(desk);
        gift.amountCents = 2500;
        gift.date = QDate(2026, 3, 2);
        gift.method = DonationMethod::Cheque;
        QVERIFY(donations.create(gift).isEmpty());
        Database& db = desk.database();
        const QString account = db.scalar(QStringLiteral("SELECT uuid FROM bank_accounts")).toString();
        const QString lineUuid = db.scalar(QStringLiteral("SELECT uuid FROM bank_lines")).toString();
        const QString now = QStringLiteral("2026-03-16T12:00:00.000Z");
        db.exec(QStringLiteral(
                    "INSERT INTO reconciliation_matches (uuid, created_at, updated_at, bank_line_uuid, "
                    "target_kind, target_uuid, amount_cents, state, decided_at) "
                    "VALUES ('m1', ?, ?, ?, 'donation', ?, 2500, 'accepted', ?)"),
                { now, now, lineUuid, gift.sync.uuid.toString(QUuid::WithoutBraces), now });
        db.exec(
            QStringLiteral("INSERT INTO reconciliation_periods (uuid, created_at, updated_at, account_uuid, "
                           "start_date, end_date, statement_balance_cents, closed_at) "
                           "VALUES ('p1', ?, ?, ?, '2026-03-01', '2026-03-31', 2500, ?)"),
            { now, now, account, now });

        gift.amountCents = 3000;
        try {
            donations.save(gift);
            QFAIL("a donation in a closed period was changed");
        } catch (const DatabaseError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("closed")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("FR76 3000")), qPrintable(error.message()));
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT amount_cents FROM donations")).toLongLong(), 2500);

        // The trigger itself, reached without the repository's check, is translated too.
        try {
            db.exec(QStringLiteral("UPDATE donations SET amount_cents = 1"));
            QFAIL("the trigger let the change through");
        } catch (const DatabaseError& error) {
            QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                     LedgerErrors::rethrowTranslated(error, QStringLiteral("x")));
            try {
                LedgerErrors::rethrowTranslated(error, QStringLiteral("the donation of 25,00 €"));
            } catch (const DatabaseError& translated) {
                QVERIFY(translated.message().startsWith(QStringLiteral("The donation of 25,00 €")));
            }
        }
    }

    void accountsRefuseBadOrTakenIban()
    {
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        BankRepository bank(desk.database());
        BankAccount account;
        account.iban = QStringLiteral("FR76 3000 6000 0112 3456 7890 188");
        QCOMPARE(bank.create(account).value(0).field, QStringLiteral("iban"));
        account.iban = QStringLiteral("fr76 3000 6000 0112 3456 7890 189");
        QVERIFY(bank.create(account).isEmpty());
        QCOMPARE(account.iban, kIban);
        BankAccount twin;
        twin.iban = kIban;
        QCOMPARE(bank.create(twin).size(), 1);
        QVERIFY(bank.findByIban(QStringLiteral("fr76 3000 6000 0112 3456 7890 189")).has_value());
    }

    void lineKeysUseReferenceElseHashWithRank()
    {
        const ParsedStatement s = statementOf(
            { line(QStringLiteral("2026-03-01"), 1000, QStringLiteral("VIR DON")),
              line(QStringLiteral("2026-03-01"), 1000, QStringLiteral("vir  don")),
              line(QStringLiteral("2026-03-01"), 1000, QStringLiteral("X"), QStringLiteral("REF-9")) });
        const QStringList keys = LedgerImport::lineKeys(s);
        QVERIFY(keys.at(0).startsWith(QStringLiteral("hash:")));
        QVERIFY(keys.at(0).endsWith(QStringLiteral("#1")));
        QCOMPARE(keys.at(1), QString(keys.at(0).chopped(1) + QLatin1Char('2')));
        QCOMPARE(keys.at(2), QStringLiteral("ref:REF-9"));
    }

    // Duplicate keys are stored: a re-import made by a later version must find the keys an
    // earlier one wrote. SHA-256 of "date|cents|sort key of the label", then the rank.
    void lineKeysAreStableAcrossVersions()
    {
        const ParsedStatement s = statementOf(
            { line(QStringLiteral("2026-03-01"), 1000, QStringLiteral("VIR  DON")),
              line(QStringLiteral("2024-01-01"), -1250, QStringLiteral("Zoé  FAURE ½ ª")),
              line(QStringLiteral("2026-03-01"), 1000, QStringLiteral("vir don")),
              line(QStringLiteral("2026-03-01"), 1000, QStringLiteral("X"), QStringLiteral(" REF 9 ")) });
        QCOMPARE(
            LedgerImport::lineKeys(s),
            QStringList(
                { QStringLiteral("hash:a9ead8d453eae1938143e045c4698ba2289f9256240b8a2d94bc40b644d1d2b2#1"),
                  QStringLiteral("hash:bc8ba867c76fa1bd532754178131a98d6a5b237488a15c34dfb3021296270a57#1"),
                  QStringLiteral("hash:a9ead8d453eae1938143e045c4698ba2289f9256240b8a2d94bc40b644d1d2b2#2"),
                  QStringLiteral("ref:REF 9") }));
    }

    void reimportAddsNothingAndOverlapAddsOnlyNewLines()
    {
        FixedClock clock;
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        LedgerImport import(desk.database());
        const QList<StatementLine> march
            = { line(QStringLiteral("2026-03-01"), 1000, QStringLiteral("VIR DON")),
                line(QStringLiteral("2026-03-01"), 1000, QStringLiteral("VIR DON")),
                line(QStringLiteral("2026-03-02"), -500, QStringLiteral("FRAIS"), QStringLiteral("B-2")) };
        ImportResult first = import.commitStatement(
            import.previewStatement(statementOf(march), QStringLiteral("releve-2026-03.xml")));
        QCOMPARE(first.imported, 3); // the two identical lines of one day both import
        QCOMPARE(first.duplicates, 0);
        QCOMPARE(first.summary(), QStringLiteral("imported 3, duplicates 0"));

        const StatementPreview again
            = import.previewStatement(statementOf(march), QStringLiteral("releve-2026-03-bis.xml"));
        QCOMPARE(again.newCount, 0);
        QCOMPARE(again.duplicateCount, 3);
        QVERIFY2(again.lines.at(2).reason.startsWith(QStringLiteral(
                     "same bank reference as line 30 of statement 'releve-2026-03.xml' imported on")),
                 qPrintable(again.lines.at(2).reason));
        QCOMPARE(import.commitStatement(again).imported, 0);
        QCOMPARE(rows(desk, QStringLiteral("bank_lines")), 3);

        QList<StatementLine> overlap = march.mid(1);
        overlap.prepend(march.first()); // same two identical lines, then one more day
        overlap.append(line(QStringLiteral("2026-03-03"), 700, QStringLiteral("VIR DON")));
        overlap.append(line(QStringLiteral("2026-03-01"), 1000, QStringLiteral("VIR DON"))); // a third one
        const ImportResult second = import.commitStatement(
            import.previewStatement(statementOf(overlap), QStringLiteral("releve-2026-03-04.xml")));
        QCOMPARE(second.imported, 2);
        QCOMPARE(second.duplicates, 3);
        QCOMPARE(rows(desk, QStringLiteral("bank_lines")), 5);
        QCOMPARE(rows(desk, QStringLiteral("bank_accounts")), 1);
        QCOMPARE(desk.database()
                     .scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'bank_statement'"))
                     .toInt(),
                 3);
    }

    void overrideImportsADuplicateWithItsOwnKey()
    {
        FixedClock clock;
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        LedgerImport import(desk.database());
        const ParsedStatement s
            = statementOf({ line(QStringLiteral("2026-03-01"), 1000, QStringLiteral("ESPECES")) });
        import.commitStatement(import.previewStatement(s, QStringLiteral("a.csv")));
        for (int n = 1; n <= 2; ++n) {
            const StatementPreview preview = import.previewStatement(s, QStringLiteral("b.csv"));
            QCOMPARE(preview.lines.first().verdict, LineVerdict::Duplicate);
            const ImportResult result = import.commitStatement(preview, { 0 });
            QCOMPARE(result.imported, 1);
            QCOMPARE(result.duplicates, 0);
        }
        QCOMPARE(rows(desk, QStringLiteral("bank_lines")), 3);
        QCOMPARE(
            desk.database()
                .scalar(QStringLiteral("SELECT count(*) FROM bank_lines WHERE line_key LIKE '%#override-2'"))
                .toInt(),
            1);
    }

    // Bank lines are written through SQLite's C API with their own UUID text: it must be the
    // text every other record gets (QUuid::WithoutBraces), and each line keeps its values.
    void importedLinesHaveCanonicalUuidsAndTheirValues()
    {
        FixedClock clock;
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        LedgerImport import(desk.database());
        StatementLine card = line(QStringLiteral("2026-03-02"), -3980, QStringLiteral("CARTE LA POSTE"));
        card.valueDate = QDate(2026, 3, 4);
        card.counterparty = QStringLiteral("Léa Dupré");
        card.counterpartyIban = kIban;
        card.reference = QStringLiteral("E2E-1");
        card.currency.clear(); // the statement's
        const ImportResult result = import.commitStatement(import.previewStatement(
            statementOf({ line(QStringLiteral("2026-03-01"), 1000, QString()), card }),
            QStringLiteral("u.xml")));
        QCOMPARE(result.imported, 2);
        QSqlQuery q = desk.database().exec(QStringLiteral(
            "SELECT uuid, booking_date, value_date, amount_cents, currency, label, counterparty, "
            "counterparty_iban, reference, bank_reference, source_line, statement_uuid "
            "FROM bank_lines ORDER BY id"));
        QStringList uuids;
        while (q.next()) {
            const QString uuid = q.value(0).toString();
            QCOMPARE(QUuid::fromString(uuid).toString(QUuid::WithoutBraces), uuid);
            uuids << uuid;
            QCOMPARE(q.value(11).toString(), result.statementUuid.toString(QUuid::WithoutBraces));
        }
        QCOMPARE(uuids.size(), 2);
        QVERIFY(uuids.at(0) != uuids.at(1));
        q = desk.database().exec(QStringLiteral(
            "SELECT booking_date, value_date IS NULL, label FROM bank_lines ORDER BY id LIMIT 1"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-01"));
        QVERIFY(q.value(1).toBool()); // no value date: NULL
        QCOMPARE(q.value(2).toString(), QString()); // '' in a NOT NULL column
        q = desk.database().exec(
            QStringLiteral("SELECT booking_date, value_date, amount_cents, currency, label, counterparty, "
                           "counterparty_iban, "
                           "reference, source_line FROM bank_lines ORDER BY id DESC LIMIT 1"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-03-04"));
        QCOMPARE(q.value(2).toLongLong(), -3980);
        QCOMPARE(q.value(3).toString(), QStringLiteral("EUR"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("CARTE LA POSTE"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("Léa Dupré"));
        QCOMPARE(q.value(6).toString(), kIban);
        QCOMPARE(q.value(7).toString(), QStringLiteral("E2E-1"));
        QCOMPARE(q.value(8).toInt(), 20);
    }

    void failedImportLeavesNothing()
    {
        FixedClock clock;
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        LedgerImport import(desk.database());
        // An error injected at the 3rd of 4 lines (a trigger), after the account, the statement and
        // two lines were written.
        desk.database().exec(
            QStringLiteral("CREATE TEMP TRIGGER fail_third BEFORE INSERT ON bank_lines "
                           "WHEN NEW.label = 'BOOM' BEGIN SELECT RAISE(ABORT, 'injected'); END"));
        const ParsedStatement s
            = statementOf({ line(QStringLiteral("2026-03-01"), 100, QStringLiteral("A")),
                            line(QStringLiteral("2026-03-01"), 200, QStringLiteral("B")),
                            line(QStringLiteral("2026-03-01"), 300, QStringLiteral("BOOM")),
                            line(QStringLiteral("2026-03-01"), 400, QStringLiteral("D")) });
        const StatementPreview preview = import.previewStatement(s, QStringLiteral("boom.xml"));
        const int outboxBefore = rows(desk, QStringLiteral("outbox"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, import.commitStatement(preview));
        QCOMPARE(rows(desk, QStringLiteral("bank_lines")), 0);
        QCOMPARE(rows(desk, QStringLiteral("bank_statements")), 0);
        QCOMPARE(rows(desk, QStringLiteral("bank_accounts")), 0);
        QCOMPARE(rows(desk, QStringLiteral("outbox")), outboxBefore);
    }

    void balanceCheckIsPartOfThePreview()
    {
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        LedgerImport import(desk.database());
        ParsedStatement s = statementOf({ line(QStringLiteral("2026-03-01"), 2500, QStringLiteral("A")) });
        s.openingBalanceCents = 10000;
        s.closingBalanceCents = 12000;
        const StatementPreview preview = import.previewStatement(s, QStringLiteral("x.xml"));
        QVERIFY(!preview.balance.agrees());
        QCOMPARE(preview.balance.differenceCents, -500);
    }

    void statementWithoutIbanNeedsAnAccount()
    {
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        LedgerImport import(desk.database());
        ParsedStatement s = statementOf({ line(QStringLiteral("2026-03-01"), 2500, QStringLiteral("A")) });
        s.accountIban.clear();
        QVERIFY_THROWS_EXCEPTION(DatabaseError, import.previewStatement(s, QStringLiteral("x.csv")));
        BankRepository bank(desk.database());
        BankAccount account;
        account.iban = kIban;
        QVERIFY(bank.create(account).isEmpty());
        QCOMPARE(import.previewStatement(s, QStringLiteral("x.csv"), account.sync.uuid).newCount, 1);
    }

    void platformReimportUpdatesARefund()
    {
        FixedClock clock;
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        const QUuid campaign = makeCampaign(desk);
        DonorRepository donors(desk.database());
        Donor known;
        known.name = QStringLiteral("Paul Known");
        known.email = QStringLiteral("paul@example.org");
        QVERIFY(donors.create(known).isEmpty());

        ParsedPlatformExport data;
        data.platform = QStringLiteral("ulule");
        data.donations = { platformGift(QStringLiteral("1001"), 5000, QStringLiteral("paid"),
                                        QStringLiteral("elodie@example.org")),
                           platformGift(QStringLiteral("1002"), 2000, QStringLiteral("paid"),
                                        QStringLiteral("ELODIE@example.org")),
                           platformGift(QStringLiteral("1003"), 3000, QStringLiteral("paid"),
                                        QStringLiteral("Paul@Example.org")) };
        // 70.00 € less 3.50 € of commission and 1.20 € of fees: 65.30 € reach the bank.
        data.payouts
            = { ululePayout(QStringLiteral("PO-1"), QStringLiteral("zone-humide"), QDate(2026, 2, 20), 7000,
                            350, 120, { QStringLiteral("1001"), QStringLiteral("1002") }) };

        LedgerImport import(desk.database());
        const PlatformPreview unmapped = import.previewPlatform(data, QStringLiteral("ulule.json"));
        QCOMPARE(unmapped.unmappedCampaignRefs, QStringList { QStringLiteral("zone-humide") });
        QVERIFY_THROWS_EXCEPTION(DatabaseError, import.commitPlatform(unmapped));
        import.setCampaignMapping(QStringLiteral("ulule"), QStringLiteral("zone-humide"), campaign);

        const PlatformPreview preview = import.previewPlatform(data, QStringLiteral("ulule.json"));
        QCOMPARE(preview.newDonorCount, 1);
        const ImportResult first = import.commitPlatform(preview);
        QCOMPARE(first.imported, 4);
        QCOMPARE(rows(desk, QStringLiteral("donors")), 2); // Élodie once, Paul matched by e-mail
        QCOMPARE(desk.database()
                     .scalar(QStringLiteral("SELECT count(*) FROM donations WHERE payout_uuid IS NOT NULL"))
                     .toInt(),
                 2);

        data.donations[0].status = QStringLiteral("refunded");
        const ImportResult second
            = import.commitPlatform(import.previewPlatform(data, QStringLiteral("ulule.json")));
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.updated, 1);
        QCOMPARE(second.duplicates, 3);
        QCOMPARE(second.summary(), QStringLiteral("imported 0, duplicates 3, updated 1"));
        QCOMPARE(rows(desk, QStringLiteral("donations")), 3);
        QCOMPARE(desk.database()
                     .scalar(QStringLiteral("SELECT status FROM donations WHERE import_key = 'ulule:1001'"))
                     .toString(),
                 QStringLiteral("refunded"));

        // The summary, to the cent.
        Donation cash;
        cash.campaignUuid = campaign;
        cash.amountCents = 1234;
        cash.date = QDate(2026, 3, 1);
        cash.method = DonationMethod::Cash;
        DonationRepository donations(desk.database());
        QVERIFY(donations.create(cash).isEmpty());
        const CampaignLedgerSummary summary = LedgerSummary::forCampaign(desk.database(), campaign, 10000);
        QCOMPARE(summary.raisedCents, 2000 + 3000 + 1234);
        QCOMPARE(summary.refundedCents, 5000);
        QCOMPARE(summary.commissionCents, 350);
        QCOMPARE(summary.paymentFeesCents, 120);
        QCOMPARE(summary.netReceivedCents, 6530 + 1234);
        QCOMPARE(summary.stillExpectedCents, 3000);
        QCOMPARE(summary.flatFeeCents, 10000);
        QCOMPARE(summary.availableCents, 6530 + 1234 + 3000 - 10000);
        QCOMPARE(summary.months.size(), 2);
        QCOMPARE(summary.months.at(0).paidCents, 5000);
        QCOMPARE(summary.months.at(1).paidCents, 1234);
    }

    void csvMappingsAreStoredAsText()
    {
        TempDesk desk;
        CASEDESK_VERIFY_DESK(desk);
        CsvMappingStore store(desk.database());
        store.save(QStringLiteral("Crédit Coopératif"), QStringLiteral("{\"separator\":\";\"}"));
        store.save(QStringLiteral("Crédit Coopératif"), QStringLiteral("{\"separator\":\",\"}"));
        QCOMPARE(store.names(), QStringList { QStringLiteral("Crédit Coopératif") });
        QCOMPARE(*store.load(QStringLiteral("Crédit Coopératif")), QStringLiteral("{\"separator\":\",\"}"));
        QVERIFY(!store.load(QStringLiteral("other")));
    }

    void csvNeutralisesFormulasButNotAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("Durand") << QStringLiteral("Durand");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")")
                                << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+33 6 12") << QStringLiteral("'+33 6 12");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("separator") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void csvNeutralisesFormulasButNotAmounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(CsvWriter::textCell(text, QLatin1Char(';')), cell);
    }

    void csvRowsHaveBomAmountsAsNumbers()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, QLatin1Char(','));
        writer.writeRow({ CsvCell::ofText(QStringLiteral("-5")), CsvCell::ofAmount(-305),
                          CsvCell::ofAmount(1250), CsvCell::ofText(QStringLiteral("a,b")) });
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF'-5,-3.05,12.50,\"a,b\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
