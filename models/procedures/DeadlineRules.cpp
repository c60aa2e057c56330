#include "procedures/DeadlineRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace casedesk {

namespace {

bool french()
{
    return QLocale().language() == QLocale::French;
}

} // namespace

QString DeadlineRule::label() const
{
    return french() && !labelFr.isEmpty() ? labelFr : labelEn;
}

QString DeadlineRule::startingEvent() const
{
    return french() && !fromFr.isEmpty() ? fromFr : fromEn;
}

QString DeadlineRule::amountText() const
{
    // Explicit forms rather than "%n month(s)": the text must read right even before a
    // translation is loaded (the CLI's English, tests). Lengths are at least 1.
    if (unit == Unit::Months)
        return length == 1 ? DeadlineRules::tr("1 month") : DeadlineRules::tr("%1 months").arg(length);
    return length == 1 ? DeadlineRules::tr("1 day") : DeadlineRules::tr("%1 days").arg(length);
}

QString DeadlineRule::lengthText() const
{
    return franc ? DeadlineRules::tr("%1, délai franc").arg(amountText()) : amountText();
}

const DeadlineRules& DeadlineRules::builtIn()
{
    static const DeadlineRules rules = [] {
        DeadlineRules loaded;
        QFile file(QStringLiteral(":/procedures/rules.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            loaded.m_loadError = tr("The deadline rules are missing from this build.");
            return loaded;
        }
        QString error;
        if (!parse(file.readAll(), &loaded, &error)) {
            loaded.m_rules.clear();
            loaded.m_loadError = error;
        }
        return loaded;
    }();
    return rules;
}

bool DeadlineRules::parse(const QByteArray& json, DeadlineRules* rules, QString* errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *errorMessage = tr("The deadline rules are damaged: %1 at offset %2.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset);
        return false;
    }
    static const QRegularExpression idShape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QList<DeadlineRule> parsed;
    const QJsonArray array = document.object().value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        DeadlineRule rule;
        rule.id = object.value(QStringLiteral("id")).toString();
        const auto fail = [&](const QString& what) {
            *errorMessage = tr("Deadline rule %1 (\"%2\"): %3").arg(i + 1).arg(rule.id, what);
            return false;
        };
        if (!idShape.match(rule.id).hasMatch())
            return fail(tr("the id must be lower-case words joined by hyphens"));
        for (const DeadlineRule& other : parsed) {
            if (other.id == rule.id)
                return fail(tr("the id is used twice"));
        }
        rule.article = object.value(QStringLiteral("article")).toString();
        if (rule.article.trimmed().isEmpty())
            return fail(tr("the article is missing"));
        const QJsonObject label = object.value(QStringLiteral("label")).toObject();
        rule.labelEn = label.value(QStringLiteral("en")).toString();
        rule.labelFr = label.value(QStringLiteral("fr")).toString();
        if (rule.labelEn.isEmpty())
            return fail(tr("the English label is missing"));
        const QJsonObject from = object.value(QStringLiteral("from")).toObject();
        rule.fromEn = from.value(QStringLiteral("en")).toString();
        rule.fromFr = from.value(QStringLiteral("fr")).toString();
        const bool hasDays = object.contains(QStringLiteral("days"));
        const bool hasMonths = object.contains(QStringLiteral("months"));
        if (hasDays == hasMonths)
            return fail(tr("give its length in either \"days\" or \"months\""));
        rule.unit = hasDays ? DeadlineRule::Unit::Days : DeadlineRule::Unit::Months;
        rule.length = object.value(hasDays ? QStringLiteral("days") : QStringLiteral("months")).toInt(0);
        if (rule.length <= 0 || rule.length > 3650)
            return fail(tr("the length must be a positive whole number"));
        const QJsonValue franc = object.value(QStringLiteral("franc"));
        if (!franc.isBool())
            return fail(tr("\"franc\" must be true or false"));
        rule.franc = franc.toBool();
        const QString calendar = object.value(QStringLiteral("calendar")).toString();
        if (calendar == QLatin1String("working-days"))
            rule.calendar = DeadlineRule::Calendar::WorkingDays;
        else if (calendar == QLatin1String("calendar-days"))
            rule.calendar = DeadlineRule::Calendar::CalendarDays;
        else
            return fail(tr("the calendar must be \"working-days\" or \"calendar-days\""));
        parsed.append(rule);
    }
    if (parsed.isEmpty()) {
        *errorMessage = tr("The deadline rules file holds no rule.");
        return false;
    }
    rules->m_rules = parsed;
    rules->m_loadError.clear();
    return true;
}

std::optional<DeadlineRule> DeadlineRules::find(const QString& id) const
{
    for (const DeadlineRule& rule : m_rules) {
        if (rule.id == id)
            return rule;
    }
    return std::nullopt;
}

QStringList DeadlineRules::ids() const
{
    QStringList list;
    for (const DeadlineRule& rule : m_rules)
        list.append(rule.id);
    return list;
}

} // namespace casedesk
