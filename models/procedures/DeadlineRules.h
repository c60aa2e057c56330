#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// One rule of French procedure, read from the rules file (resources/procedures/rules.json).
struct DeadlineRule
{
    enum class Unit
    {
        Days,
        Months
    };
    enum class Calendar
    {
        WorkingDays,
        CalendarDays
    };

    QString id; // "cja-r421-1"
    QString article; // "CJA, art. R421-1"
    QString labelEn;
    QString labelFr;
    QString fromEn; // what starts it: "notification of the judgment"
    QString fromFr;
    Unit unit = Unit::Months;
    int length = 0;
    bool franc = false;
    Calendar calendar = Calendar::WorkingDays;

    // In the language of the current locale (French or English).
    QString label() const;
    QString startingEvent() const;
    // "2 months" / "15 days"
    QString amountText() const;
    // "2 months, délai franc" / "15 days"
    QString lengthText() const;
};

// The rule set. Rules are data: the file is compiled into the application and checked when read.
class DeadlineRules
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRules)

public:
    // The built-in rules (":/procedures/rules.json"), read once.
    static const DeadlineRules& builtIn();
    // Reads a rules document; returns false with a message naming the rule and field at fault.
    static bool parse(const QByteArray& json, DeadlineRules* rules, QString* errorMessage);

    const QList<DeadlineRule>& all() const { return m_rules; }
    std::optional<DeadlineRule> find(const QString& id) const;
    QStringList ids() const;
    QString loadError() const { return m_loadError; }

private:
    QList<DeadlineRule> m_rules;
    QString m_loadError;
};

} // namespace casedesk
