#include "board/BoardRules.h"

#include "common/CodeTable.h"

#include <array>

namespace casedesk {

namespace {

constexpr std::array<std::pair<QuorumKind, const char*>, 2> kQuorumKinds = { {
    { QuorumKind::Number, "number" },
    { QuorumKind::Fraction, "fraction" },
} };

constexpr std::array<std::pair<MajorityKind, const char*>, 4> kMajorities = { {
    { MajorityKind::Simple, "simple" },
    { MajorityKind::Absolute, "absolute" },
    { MajorityKind::TwoThirds, "two_thirds" },
    { MajorityKind::Unanimity, "unanimity" },
} };

// The fraction's name in words when it has a common one ("half"); empty otherwise.
QString fractionWords(int numerator, int denominator)
{
    if (numerator * 2 == denominator)
        return QCoreApplication::translate("casedesk::BoardRules", "half");
    if (numerator * 3 == denominator)
        return QCoreApplication::translate("casedesk::BoardRules", "a third");
    if (numerator * 3 == denominator * 2)
        return QCoreApplication::translate("casedesk::BoardRules", "two thirds");
    if (numerator * 4 == denominator)
        return QCoreApplication::translate("casedesk::BoardRules", "a quarter");
    if (numerator * 4 == denominator * 3)
        return QCoreApplication::translate("casedesk::BoardRules", "three quarters");
    if (numerator == denominator)
        return QCoreApplication::translate("casedesk::BoardRules", "all");
    return {};
}

} // namespace

int BoardRules::quorumOf(int inOffice) const
{
    if (quorumKind == QuorumKind::Number)
        return quorumNumber;
    if (quorumDenominator <= 0 || inOffice <= 0)
        return 1;
    // Rounded up: half of 7 members is 4, never 3.
    const qint64 needed = (qint64(inOffice) * quorumNumerator + quorumDenominator - 1) / quorumDenominator;
    return std::max(1, int(needed));
}

QString BoardRules::quorumShortName() const
{
    if (quorumKind == QuorumKind::Number)
        return QCoreApplication::translate("casedesk::BoardRules", "%n member(s)", nullptr, quorumNumber);
    const QString words = fractionWords(quorumNumerator, quorumDenominator);
    return words.isEmpty() ? QStringLiteral("%1/%2").arg(quorumNumerator).arg(quorumDenominator) : words;
}

QString BoardRules::describeQuorum(int inOffice) const
{
    if (quorumKind == QuorumKind::Number) {
        return QCoreApplication::translate("casedesk::BoardRules",
                                           "Quorum: at least %n member(s) in office take part.", nullptr,
                                           quorumNumber);
    }
    const QString words = fractionWords(quorumNumerator, quorumDenominator);
    const QString fraction
        = words.isEmpty() ? QStringLiteral("%1/%2").arg(quorumNumerator).arg(quorumDenominator) : words;
    return QCoreApplication::translate("casedesk::BoardRules",
                                       "Quorum: %1 of the members in office (%2 of %3).")
        .arg(fraction)
        .arg(quorumOf(inOffice))
        .arg(inOffice);
}

QString BoardRules::describeMajority() const
{
    switch (majority) {
    case MajorityKind::Simple:
        return QCoreApplication::translate(
            "casedesk::BoardRules",
            "Majority: more approvals than half of the votes cast (simple majority).");
    case MajorityKind::Absolute:
        return QCoreApplication::translate(
            "casedesk::BoardRules",
            "Majority: more approvals than half of the members in office who are not recused "
            "(absolute majority).");
    case MajorityKind::TwoThirds:
        return QCoreApplication::translate("casedesk::BoardRules",
                                           "Majority: at least two thirds of the votes cast approve.");
    case MajorityKind::Unanimity:
        return QCoreApplication::translate("casedesk::BoardRules",
                                           "Majority: every vote cast approves (unanimity).");
    }
    return {};
}

QString BoardRules::describeAbstentions() const
{
    return abstentionsCountAsCast
        ? QCoreApplication::translate(
            "casedesk::BoardRules", "Abstentions count as votes cast: an abstention weighs like a rejection.")
        : QCoreApplication::translate(
            "casedesk::BoardRules",
            "Abstentions do not count as votes cast: only approvals and rejections are weighed.");
}

QString BoardRules::describeCastingVote() const
{
    return presidentBreaksTie
        ? QCoreApplication::translate(
            "casedesk::BoardRules",
            "In an equal split, the president's vote decides (if the president voted for or against).")
        : QCoreApplication::translate(
            "casedesk::BoardRules",
            "In an equal split, the dossier is rejected: the president has no casting vote.");
}

QJsonObject BoardRules::toJson() const
{
    return QJsonObject { { QStringLiteral("quorumKind"), BoardRuleCodes::quorumKind(quorumKind) },
                         { QStringLiteral("quorumNumber"), quorumNumber },
                         { QStringLiteral("quorumNumerator"), quorumNumerator },
                         { QStringLiteral("quorumDenominator"), quorumDenominator },
                         { QStringLiteral("majority"), BoardRuleCodes::majority(majority) },
                         { QStringLiteral("abstentionsCountAsCast"), abstentionsCountAsCast },
                         { QStringLiteral("presidentBreaksTie"), presidentBreaksTie } };
}

std::optional<BoardRules> BoardRules::fromJson(const QJsonObject& json)
{
    const std::optional<QuorumKind> kind
        = BoardRuleCodes::quorumKindFromCode(json.value(QStringLiteral("quorumKind")).toString());
    const std::optional<MajorityKind> majority
        = BoardRuleCodes::majorityFromCode(json.value(QStringLiteral("majority")).toString());
    if (!kind || !majority)
        return std::nullopt;
    const QJsonValue number = json.value(QStringLiteral("quorumNumber"));
    const QJsonValue numerator = json.value(QStringLiteral("quorumNumerator"));
    const QJsonValue denominator = json.value(QStringLiteral("quorumDenominator"));
    const QJsonValue abstentions = json.value(QStringLiteral("abstentionsCountAsCast"));
    const QJsonValue casting = json.value(QStringLiteral("presidentBreaksTie"));
    if (!number.isDouble() || !numerator.isDouble() || !denominator.isDouble() || !abstentions.isBool()
        || !casting.isBool())
        return std::nullopt;
    BoardRules rules;
    rules.quorumKind = *kind;
    rules.quorumNumber = number.toInt();
    rules.quorumNumerator = numerator.toInt();
    rules.quorumDenominator = denominator.toInt();
    rules.majority = *majority;
    rules.abstentionsCountAsCast = abstentions.toBool();
    rules.presidentBreaksTie = casting.toBool();
    if (!BoardRulesCheck::validate(rules).isEmpty())
        return std::nullopt;
    return rules;
}

QList<FieldProblem> BoardRulesCheck::validate(const BoardRules& rules)
{
    // Both quorums are checked whichever applies: the desk keeps both, and the one not in use
    // becomes the rule when the kind changes.
    QList<FieldProblem> problems;
    if (rules.quorumNumber < 1) {
        problems.append(
            { QStringLiteral("quorumNumber"),
              tr("Quorum: at least 1 member must take part (%1 was given).").arg(rules.quorumNumber) });
    }
    const int numerator = rules.quorumNumerator;
    const int denominator = rules.quorumDenominator;
    if (numerator < 1 || denominator < 1) {
        problems.append({ QStringLiteral("quorumFraction"),
                          tr("Quorum: the fraction %1/%2 must have a numerator and a denominator of at "
                             "least 1.")
                              .arg(numerator)
                              .arg(denominator) });
    } else if (numerator > denominator) {
        problems.append({ QStringLiteral("quorumFraction"),
                          tr("Quorum: %1/%2 is more than all the members in office; a fraction of the "
                             "members cannot be above 1.")
                              .arg(numerator)
                              .arg(denominator) });
    } else if (qint64(numerator) * 100 < denominator) {
        problems.append({ QStringLiteral("quorumFraction"),
                          tr("Quorum: %1/%2 is less than 1/100 of the members in office; give a larger "
                             "fraction.")
                              .arg(numerator)
                              .arg(denominator) });
    }
    return problems;
}

namespace BoardRuleCodes {

QString quorumKind(QuorumKind kind)
{
    return CodeTable::codeOf(kQuorumKinds, kind);
}

std::optional<QuorumKind> quorumKindFromCode(const QString& code)
{
    return CodeTable::valueOf(kQuorumKinds, code);
}

QString majority(MajorityKind kind)
{
    return CodeTable::codeOf(kMajorities, kind);
}

std::optional<MajorityKind> majorityFromCode(const QString& code)
{
    return CodeTable::valueOf(kMajorities, code);
}

QList<MajorityKind> allMajorities()
{
    return CodeTable::valuesOf(kMajorities);
}

} // namespace BoardRuleCodes

} // namespace casedesk
