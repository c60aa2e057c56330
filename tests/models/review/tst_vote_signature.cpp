// Votes signed with Ed25519 (OpenSSL): what the signature covers, and that a tampered or truncated
// one never verifies. The private key's place, the system keychain, is tested for real: CTest runs
// this executable twice (tests/CMakeLists.txt):
//   tst_vote_signature           everything but withoutKeychain..., under dbus-run-session with an
//                                unlocked gnome-keyring in a temporary HOME
//   tst_vote_signature_absent    withoutKeychain... with no session bus
// A keychain function run in the other environment fails: neither path is ever skipped.

#include "review/VoteSignature.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

const QString kFingerprint = u"3f2a91c0aa55e6b8cd2f0e1f9d0c4b7a61f3a2e98c0d1b2a3f4e5d6c7b8a9f01"_s;

ReviewVote sampleVote()
{
    ReviewVote vote;
    vote.roundUuid = QUuid::fromString(u"{6b0d4c1e-5f35-4d7b-9c4e-1f0a2b3c4d5e}"_s);
    vote.memberUuid = QUuid::fromString(u"{0e9a7c55-1b2d-4c3e-8f4a-5b6c7d8e9f00}"_s);
    vote.choice = VoteChoice::Reject;
    vote.reason = u"Le budget n'inclut pas les dépens."_s;
    vote.castAt = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
    vote.form = VoteForm::Signed;
    return vote;
}

} // namespace

class TestVoteSignature : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aSignedVoteVerifiesWithTheMembersKey();
    void aTamperedFieldMakesTheSignatureInvalid_data();
    void aTamperedFieldMakesTheSignatureInvalid();
    void aTruncatedOrLengthenedSignatureIsInvalid();
    void anotherMembersKeyDoesNotVerify();
    void keysOfTheWrongLengthNeverVerifyNorSign();
    void fieldsAreLengthPrefixedSoNoTwoVotesShareAMessage();
    void aRecordedVoteShowsAsRecordedAndAForgedOneAsInvalid();
    void aPrivateKeyMatchesOnlyItsOwnPublicKey();
    void theShortFingerprintIsEightDigitsInTwoGroups();
    void realKeychainKeepsReadsAndRemovesASigningKey();
    void withoutKeychainTheKeyIsRefusedWithAReason();
};

void TestVoteSignature::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVoteSignature::aSignedVoteVerifiesWithTheMembersKey()
{
    const SigningKeyPair keys = VoteSignature::generate();
    QCOMPARE(keys.privateKey.size(), 32);
    QCOMPARE(keys.publicKey.size(), 32);
    ReviewVote vote = sampleVote();
    vote.signature = VoteSignature::sign(keys.privateKey, VoteSignature::message(kFingerprint, vote));
    QCOMPARE(vote.signature.size(), 64);
    QVERIFY(
        VoteSignature::verify(keys.publicKey, VoteSignature::message(kFingerprint, vote), vote.signature));
    QCOMPARE(VoteSignature::check(kFingerprint, vote, QString::fromLatin1(keys.publicKey.toBase64())),
             VoteCheck::SignedAndVerified);
}

void TestVoteSignature::aTamperedFieldMakesTheSignatureInvalid_data()
{
    QTest::addColumn<QString>("field");
    for (const char* field : { "choice", "reason", "time", "fingerprint", "member", "round" })
        QTest::newRow(field) << QString::fromLatin1(field);
}

void TestVoteSignature::aTamperedFieldMakesTheSignatureInvalid()
{
    QFETCH(QString, field);
    const SigningKeyPair keys = VoteSignature::generate();
    ReviewVote vote = sampleVote();
    vote.signature = VoteSignature::sign(keys.privateKey, VoteSignature::message(kFingerprint, vote));
    QString fingerprint = kFingerprint;
    if (field == u"choice"_s)
        vote.choice = VoteChoice::Approve;
    else if (field == u"reason"_s)
        vote.reason += u"."_s;
    else if (field == u"time"_s)
        vote.castAt = vote.castAt.addMSecs(1);
    else if (field == u"fingerprint"_s)
        fingerprint.replace(0, 1, u"4"_s);
    else if (field == u"member"_s)
        vote.memberUuid = QUuid::createUuid();
    else
        vote.roundUuid = QUuid::createUuid();
    QCOMPARE(VoteSignature::check(fingerprint, vote, QString::fromLatin1(keys.publicKey.toBase64())),
             VoteCheck::SignatureInvalid);
}

void TestVoteSignature::aTruncatedOrLengthenedSignatureIsInvalid()
{
    const SigningKeyPair keys = VoteSignature::generate();
    const ReviewVote vote = sampleVote();
    const QByteArray message = VoteSignature::message(kFingerprint, vote);
    const QByteArray signature = VoteSignature::sign(keys.privateKey, message);
    QVERIFY(!VoteSignature::verify(keys.publicKey, message, signature.left(63)));
    QVERIFY(!VoteSignature::verify(keys.publicKey, message, signature.left(32)));
    QVERIFY(!VoteSignature::verify(keys.publicKey, message, {}));
    QVERIFY(!VoteSignature::verify(keys.publicKey, message, signature + '\0'));
    QByteArray flipped = signature;
    flipped[10] = char(flipped.at(10) ^ 0x01);
    QVERIFY(!VoteSignature::verify(keys.publicKey, message, flipped));
}

void TestVoteSignature::anotherMembersKeyDoesNotVerify()
{
    const SigningKeyPair mine = VoteSignature::generate();
    const SigningKeyPair theirs = VoteSignature::generate();
    QVERIFY(mine.publicKey != theirs.publicKey);
    ReviewVote vote = sampleVote();
    vote.signature = VoteSignature::sign(mine.privateKey, VoteSignature::message(kFingerprint, vote));
    QCOMPARE(VoteSignature::check(kFingerprint, vote, QString::fromLatin1(theirs.publicKey.toBase64())),
             VoteCheck::SignatureInvalid);
}

void TestVoteSignature::keysOfTheWrongLengthNeverVerifyNorSign()
{
    const SigningKeyPair keys = VoteSignature::generate();
    const QByteArray message = VoteSignature::message(kFingerprint, sampleVote());
    const QByteArray signature = VoteSignature::sign(keys.privateKey, message);
    QVERIFY(VoteSignature::sign(keys.privateKey.left(31), message).isEmpty());
    QVERIFY(!VoteSignature::verify(keys.publicKey.left(31), message, signature));
    QVERIFY(!VoteSignature::verify(keys.publicKey + 'x', message, signature));
    ReviewVote vote = sampleVote();
    vote.signature = signature;
    QCOMPARE(VoteSignature::check(kFingerprint, vote, u"not base64!"_s), VoteCheck::SignatureInvalid);
    QCOMPARE(VoteSignature::check(kFingerprint, vote, QString()), VoteCheck::SignatureInvalid);
}

void TestVoteSignature::fieldsAreLengthPrefixedSoNoTwoVotesShareAMessage()
{
    // The reason's end and the time's start cannot trade characters.
    ReviewVote a = sampleVote();
    a.reason = u"ab"_s;
    ReviewVote b = a;
    b.reason = u"a"_s;
    QVERIFY(VoteSignature::message(kFingerprint, a) != VoteSignature::message(kFingerprint, b));
    QVERIFY(VoteSignature::message(kFingerprint, a)
                .startsWith(QByteArray("\0\0\0\x0f"
                                       "casedesk-vote-1",
                                       19)));
    // The time is the instant in UTC, however it was held.
    ReviewVote paris = sampleVote();
    paris.castAt = paris.castAt.toTimeZone(QTimeZone("Europe/Paris"));
    QCOMPARE(VoteSignature::message(kFingerprint, paris), VoteSignature::message(kFingerprint, sampleVote()));
}

void TestVoteSignature::aRecordedVoteShowsAsRecordedAndAForgedOneAsInvalid()
{
    ReviewVote recorded = sampleVote();
    recorded.form = VoteForm::Recorded;
    recorded.recordedBy = QUuid::createUuid();
    recorded.recordedFrom = RecordedFrom::Meeting;
    QCOMPARE(VoteSignature::check(kFingerprint, recorded, QString()), VoteCheck::RecordedBySecretary);
    // "Recorded" with nobody who recorded it is no recorded vote.
    recorded.recordedBy = QUuid();
    QCOMPARE(VoteSignature::check(kFingerprint, recorded, QString()), VoteCheck::SignatureInvalid);
    ReviewVote unsignedVote = sampleVote();
    QCOMPARE(VoteSignature::check(kFingerprint, unsignedVote,
                                  QString::fromLatin1(VoteSignature::generate().publicKey.toBase64())),
             VoteCheck::SignatureInvalid);
}

void TestVoteSignature::aPrivateKeyMatchesOnlyItsOwnPublicKey()
{
    const SigningKeyPair keys = VoteSignature::generate();
    const SigningKeyPair other = VoteSignature::generate();
    QVERIFY(VoteSignature::matches(keys.privateKey, QString::fromLatin1(keys.publicKey.toBase64())));
    QVERIFY(!VoteSignature::matches(other.privateKey, QString::fromLatin1(keys.publicKey.toBase64())));
    QVERIFY(
        !VoteSignature::matches(keys.privateKey.left(16), QString::fromLatin1(keys.publicKey.toBase64())));
}

void TestVoteSignature::theShortFingerprintIsEightDigitsInTwoGroups()
{
    QCOMPARE(shortFingerprint(kFingerprint), u"3f2a 91c0"_s);
    QCOMPARE(shortFingerprint(kFingerprint.toUpper()), u"3f2a 91c0"_s);
    QCOMPARE(shortFingerprint(QString()), QString());
}

void TestVoteSignature::realKeychainKeepsReadsAndRemovesASigningKey()
{
    const QUuid member = QUuid::createUuid();
    const SigningKeyPair keys = VoteSignature::generate();
    QString problem;
    QVERIFY2(SigningKeys::store(member, keys.privateKey, &problem),
             qPrintable(u"no keychain (run through CTest: dbus-run-session + gnome-keyring): "_s + problem));
    const std::optional<QByteArray> read = SigningKeys::privateKey(member, &problem);
    QVERIFY2(read, qPrintable(problem));
    QCOMPARE(*read, keys.privateKey);
    QVERIFY(!SigningKeys::privateKey(QUuid::createUuid(), &problem));
    QVERIFY2(problem.contains(u"holds no signing key"_s), qPrintable(problem));
    QVERIFY2(SigningKeys::remove(member, &problem), qPrintable(problem));
    QVERIFY(!SigningKeys::privateKey(member, &problem));
    QVERIFY(SigningKeys::remove(member, &problem)); // already gone: nothing to do
}

void TestVoteSignature::withoutKeychainTheKeyIsRefusedWithAReason()
{
    const QUuid member = QUuid::createUuid();
    QString problem;
    QVERIFY2(!SigningKeys::store(member, VoteSignature::generate().privateKey, &problem),
             "a keychain answered: run this function through CTest's tst_vote_signature_absent");
    QVERIFY2(problem.startsWith(u"The signing key could not be stored in the keychain: "_s),
             qPrintable(problem));
    problem.clear();
    QVERIFY(!SigningKeys::privateKey(member, &problem));
    QVERIFY2(problem.startsWith(u"The signing key could not be read from the keychain: "_s),
             qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestVoteSignature)
#include "tst_vote_signature.moc"
