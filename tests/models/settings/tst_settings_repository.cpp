// SettingsRepository: desk-local settings that travel with the desk file, the fee settings above
// all, with safe defaults when nothing (or nonsense) is stored.

#include "TempDesk.h"

#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;

namespace {
const QString kFlatFeeKey = QStringLiteral("fees.flat_campaign_fee_cents");
const QString kCommissionKey = QStringLiteral("fees.commission_basis_points");
} // namespace

class TestSettingsRepository : public QObject
{
    Q_OBJECT

private slots:
    void valueFallsBackUntilSet();
    void feeDefaultsBeforeAnySave();
    void feeSettingsRoundTripThroughTheFile();
    void feeSettingsOverwrite();
    void nonsenseStoredFeesFallBackToDefaults_data();
    void nonsenseStoredFeesFallBackToDefaults();
};

void TestSettingsRepository::valueFallsBackUntilSet()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    QCOMPARE(desk.settings().value(QStringLiteral("ui.theme"), QStringLiteral("auto")),
             QStringLiteral("auto"));
    desk.settings().setValue(QStringLiteral("ui.theme"), QStringLiteral("dark"));
    desk.settings().setValue(QStringLiteral("ui.theme"), QStringLiteral("light"));
    QCOMPARE(desk.settings().value(QStringLiteral("ui.theme"), QStringLiteral("auto")),
             QStringLiteral("light"));
    QCOMPARE(desk.database().scalar(QStringLiteral("SELECT count(*) FROM settings")).toInt(), 1);
}

void TestSettingsRepository::feeDefaultsBeforeAnySave()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    const FeeSettings fees = desk.settings().feeSettings();
    QCOMPARE(fees, FeeSettings {});
    QCOMPARE(fees.flatCampaignFeeCents, 10000);
    QCOMPARE(fees.commissionBasisPoints, 500);
}

void TestSettingsRepository::feeSettingsRoundTripThroughTheFile()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    QSignalSpy changed(&desk.settings(), &SettingsRepository::feeSettingsChanged);
    const FeeSettings custom { 25000, 750 };
    desk.settings().setFeeSettings(custom);
    QCOMPARE(changed.count(), 1);
    QVERIFY2(desk.reopen(), qPrintable(desk.errorMessage()));
    QCOMPARE(desk.settings().feeSettings(), custom);
}

void TestSettingsRepository::feeSettingsOverwrite()
{
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    desk.settings().setFeeSettings({ 1, 2 });
    desk.settings().setFeeSettings({ 0, 0 }); // a platform without fees is a valid setting
    QCOMPARE(desk.settings().feeSettings(), (FeeSettings { 0, 0 }));
    QCOMPARE(desk.database().scalar(QStringLiteral("SELECT count(*) FROM settings")).toInt(), 2);
}

void TestSettingsRepository::nonsenseStoredFeesFallBackToDefaults_data()
{
    QTest::addColumn<QString>("flat");
    QTest::addColumn<QString>("commission");
    QTest::newRow("not numbers") << QStringLiteral("abc") << QStringLiteral("cinq");
    QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("-5");
    QTest::newRow("commission over 100 %, flat fee in exponent form")
        << QStringLiteral("1e3") << QStringLiteral("10001");
    QTest::newRow("fractions") << QStringLiteral("99.5") << QStringLiteral("2.5");
}

void TestSettingsRepository::nonsenseStoredFeesFallBackToDefaults()
{
    QFETCH(QString, flat);
    QFETCH(QString, commission);
    TempDesk desk;
    CASEDESK_VERIFY_DESK(desk);
    desk.settings().setValue(kFlatFeeKey, flat);
    desk.settings().setValue(kCommissionKey, commission);
    const FeeSettings fees = desk.settings().feeSettings();
    QCOMPARE(fees, FeeSettings {});
}

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "tst_settings_repository.moc"
