// DossierSnapshot::changesSince: what changed between two snapshots, in sentences a board member
// reads before looking at the dossier again. Records are matched by their UUID, so a renamed
// budget line or a renumbered piece shows as such, not as one removed and one added.

#include "review/DossierSnapshot.h"

#include "campaigns/CampaignText.h"
#include "common/Money.h"
#include "procedures/Procedure.h"

#include <QJsonArray>
#include <QLocale>

#include <functional>

namespace casedesk {

namespace {

struct Field
{
    QString key;
    QString section;
    QString what; // translated sentence: "Legal basis changed"
    bool money = false;
    bool date = false;
};

QString text(const QJsonValue& value, bool money, bool date)
{
    if (money)
        return Money::format(value.toInteger());
    if (date) {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    }
    return value.toString();
}

QString moneyText(const QJsonObject& object, const QString& key)
{
    return Money::format(object.value(key).toInteger());
}

QString dateText(const QJsonObject& object, const QString& key)
{
    return text(object.value(key), false, true);
}

// The records of `older` and `newer` matched by UUID: `added` for the new ones, `removed` for
// the gone ones, `changed` for the ones in both (in the newer order).
void matchByUuid(const QJsonArray& older, const QJsonArray& newer,
                 const std::function<void(const QJsonObject&)>& added,
                 const std::function<void(const QJsonObject&)>& removed,
                 const std::function<void(const QJsonObject&, const QJsonObject&)>& changed)
{
    const QString uuid = QStringLiteral("uuid");
    QHash<QString, QJsonObject> before;
    for (const QJsonValue& value : older)
        before.insert(value.toObject().value(uuid).toString(), value.toObject());
    QSet<QString> seen;
    for (const QJsonValue& value : newer) {
        const QJsonObject record = value.toObject();
        const QString key = record.value(uuid).toString();
        seen.insert(key);
        const auto old = before.constFind(key);
        if (old == before.constEnd())
            added(record);
        else if (*old != record)
            changed(*old, record);
    }
    for (const QJsonValue& value : older) {
        if (!seen.contains(value.toObject().value(uuid).toString()))
            removed(value.toObject());
    }
}

// The UUIDs both lists hold, in each list's order: different when records were reordered.
bool reordered(const QJsonArray& older, const QJsonArray& newer)
{
    QSet<QString> inOlder;
    QSet<QString> inNewer;
    for (const QJsonValue& value : older)
        inOlder.insert(value.toObject().value(QStringLiteral("uuid")).toString());
    for (const QJsonValue& value : newer)
        inNewer.insert(value.toObject().value(QStringLiteral("uuid")).toString());
    QStringList a;
    QStringList b;
    for (const QJsonValue& value : older) {
        const QString key = value.toObject().value(QStringLiteral("uuid")).toString();
        if (inNewer.contains(key))
            a.append(key);
    }
    for (const QJsonValue& value : newer) {
        const QString key = value.toObject().value(QStringLiteral("uuid")).toString();
        if (inOlder.contains(key))
            b.append(key);
    }
    return a != b;
}

QString budgetKindText(const QJsonObject& line)
{
    return CampaignText::budgetKind(
        CampaignCodes::budgetKindFromCode(line.value(QStringLiteral("kind")).toString())
            .value_or(BudgetKind::Other));
}

QString feesText(const QJsonObject& funds)
{
    const double percent = funds.value(QStringLiteral("commissionBasisPoints")).toInt() / 100.0;
    return DossierSnapshot::tr("%1 % and %2 per campaign")
        .arg(QLocale().toString(percent, 'f', 2), moneyText(funds, QStringLiteral("flatFeeCents")));
}

// A procedure's field as text: the translated word for its codes.
QString procedureValue(const QString& field, const QJsonObject& procedure)
{
    const QString code = procedure.value(field).toString();
    if (field == QStringLiteral("court"))
        return ProcedureText::court(ProcedureCodes::courtFromCode(code).value_or(Court::Other));
    if (field == QStringLiteral("kind"))
        return ProcedureText::kind(ProcedureCodes::kindFromCode(code).value_or(ProcedureKind::Other));
    if (field == QStringLiteral("status"))
        return ProcedureText::status(
            ProcedureCodes::statusFromCode(code).value_or(ProcedureStatus::Preparing));
    return code;
}

QString milestoneKindText(const QJsonObject& milestone)
{
    return ProcedureText::milestoneKind(
        ProcedureCodes::milestoneKindFromCode(milestone.value(QStringLiteral("kind")).toString())
            .value_or(MilestoneKind::Other));
}

} // namespace

QList<SnapshotChange> DossierSnapshot::changesSince(const DossierSnapshot& older) const
{
    QList<SnapshotChange> changes;
    const QJsonObject& now = m_json;
    const QJsonObject& then = older.m_json;

    // The case and the lawyer's assessment, field by field.
    const QString kCase = QStringLiteral("case");
    const QString kAssessment = QStringLiteral("assessment");
    const QString kFunds = QStringLiteral("funds");
    const QList<Field> fields {
        { QStringLiteral("title"), kCase, tr("Title changed") },
        { QStringLiteral("summary"), kCase, tr("Summary changed") },
        { QStringLiteral("description"), kCase, tr("Description changed") },
        { QStringLiteral("cause"), kCase, tr("Cause changed") },
        { QStringLiteral("harm"), kCase, tr("Harm changed") },
        { QStringLiteral("legalBasis"), kCase, tr("Legal basis changed") },
        { QStringLiteral("court"), kCase, tr("Court changed") },
        { QStringLiteral("opposingParty"), kCase, tr("Opposing party changed") },
        { QStringLiteral("goalCents"), kCase, tr("Goal changed"), true },
        { QStringLiteral("endDate"), kCase, tr("End date changed"), false, true },
        { QStringLiteral("lawyer"), kAssessment, tr("Lawyer changed") },
        { QStringLiteral("lawyerAssessment"), kAssessment, tr("Lawyer's assessment changed") },
        { QStringLiteral("risks"), kAssessment, tr("Risks changed") },
        { QStringLiteral("adverseCostsCents"), kAssessment, tr("Adverse costs changed"), true },
        { QStringLiteral("whyAssociation"), kAssessment, tr("Why the association acts changed") },
        { QStringLiteral("howMoneyUsed"), kFunds, tr("Use of funds changed") },
    };
    const QJsonObject campaignNow = now.value(QStringLiteral("campaign")).toObject();
    const QJsonObject campaignThen = then.value(QStringLiteral("campaign")).toObject();
    for (const Field& field : fields) {
        const QJsonValue before = campaignThen.value(field.key);
        const QJsonValue after = campaignNow.value(field.key);
        if (before != after) {
            changes.append({ field.section, field.what, text(before, field.money, field.date),
                             text(after, field.money, field.date) });
        }
    }

    // Budget lines.
    const QJsonArray budgetNow = now.value(QStringLiteral("budget")).toArray();
    const QJsonArray budgetThen = then.value(QStringLiteral("budget")).toArray();
    const auto lineKey = [](const QJsonObject& line) {
        return QStringLiteral("budget/") + line.value(QStringLiteral("uuid")).toString();
    };
    const auto lineText = [](const QJsonObject& line) {
        return tr("%1 (%2): %3")
            .arg(line.value(QStringLiteral("label")).toString(), budgetKindText(line),
                 moneyText(line, QStringLiteral("amountCents")));
    };
    matchByUuid(
        budgetThen, budgetNow,
        [&](const QJsonObject& line) {
            changes.append(
                { lineKey(line),
                  tr("Budget line « %1 » added").arg(line.value(QStringLiteral("label")).toString()),
                  {},
                  lineText(line) });
        },
        [&](const QJsonObject& line) {
            changes.append(
                { lineKey(line),
                  tr("Budget line « %1 » removed").arg(line.value(QStringLiteral("label")).toString()),
                  lineText(line),
                  {} });
        },
        [&](const QJsonObject& before, const QJsonObject& after) {
            const QString label = after.value(QStringLiteral("label")).toString();
            const QString amountKey = QStringLiteral("amountCents");
            if (before.value(amountKey) != after.value(amountKey)) {
                const QString from = moneyText(before, amountKey);
                const QString to = moneyText(after, amountKey);
                changes.append(
                    { lineKey(after), tr("Budget line « %1 »: %2 → %3").arg(label, from, to), from, to });
            }
            const QString oldLabel = before.value(QStringLiteral("label")).toString();
            if (oldLabel != label) {
                changes.append({ lineKey(after), tr("Budget line « %1 » renamed « %2 »").arg(oldLabel, label),
                                 oldLabel, label });
            }
            if (before.value(QStringLiteral("kind")) != after.value(QStringLiteral("kind"))) {
                changes.append({ lineKey(after), tr("Budget line « %1 »: kind changed").arg(label),
                                 budgetKindText(before), budgetKindText(after) });
            }
        });
    if (reordered(budgetThen, budgetNow))
        changes.append({ QStringLiteral("budget"), tr("Budget lines reordered"), {}, {} });

    // Fees and what reaches the case (the goal's own change is told above).
    const QJsonObject fundsNow = now.value(kFunds).toObject();
    const QJsonObject fundsThen = then.value(kFunds).toObject();
    if (feesText(fundsNow) != feesText(fundsThen))
        changes.append({ kFunds, tr("Platform fees changed"), feesText(fundsThen), feesText(fundsNow) });
    if (fundsNow.value(QStringLiteral("netCents")) != fundsThen.value(QStringLiteral("netCents"))) {
        changes.append({ kFunds, tr("What reaches the case changed"),
                         moneyText(fundsThen, QStringLiteral("netCents")),
                         moneyText(fundsNow, QStringLiteral("netCents")) });
    }

    // Press.
    const QJsonArray pressNow = now.value(QStringLiteral("press")).toArray();
    const QJsonArray pressThen = then.value(QStringLiteral("press")).toArray();
    const auto articleText = [](const QJsonObject& article) {
        return tr("%1, %2, %3")
            .arg(article.value(QStringLiteral("title")).toString(),
                 article.value(QStringLiteral("outlet")).toString(),
                 dateText(article, QStringLiteral("date")));
    };
    const QString kPress = QStringLiteral("press");
    matchByUuid(
        pressThen, pressNow,
        [&](const QJsonObject& article) {
            changes.append(
                { kPress,
                  tr("Press article « %1 » added").arg(article.value(QStringLiteral("title")).toString()),
                  {},
                  articleText(article) });
        },
        [&](const QJsonObject& article) {
            changes.append(
                { kPress,
                  tr("Press article « %1 » removed").arg(article.value(QStringLiteral("title")).toString()),
                  articleText(article),
                  {} });
        },
        [&](const QJsonObject& before, const QJsonObject& after) {
            changes.append(
                { kPress,
                  tr("Press article « %1 » changed").arg(after.value(QStringLiteral("title")).toString()),
                  articleText(before), articleText(after) });
        });
    if (reordered(pressThen, pressNow))
        changes.append({ kPress, tr("Press articles reordered"), {}, {} });

    appendEvidenceChanges(older, &changes);
    appendProcedureChanges(older, &changes);
    return changes;
}

void DossierSnapshot::appendEvidenceChanges(const DossierSnapshot& older,
                                            QList<SnapshotChange>* changes) const
{
    const auto number = [](const QJsonObject& piece) {
        return piece.value(QStringLiteral("number")).toInt();
    };
    const auto pieceText = [](const QJsonObject& piece) {
        return tr("%1 (%2, %3), SHA-256 %4")
            .arg(piece.value(QStringLiteral("title")).toString(),
                 piece.value(QStringLiteral("source")).toString(), dateText(piece, QStringLiteral("date")),
                 piece.value(QStringLiteral("sha256")).toString());
    };
    matchByUuid(
        older.m_json.value(QStringLiteral("evidence")).toArray(),
        m_json.value(QStringLiteral("evidence")).toArray(),
        [&](const QJsonObject& piece) {
            changes->append({ pieceKey(number(piece)),
                              tr("Piece %1 added").arg(pieceLabel(number(piece))),
                              {},
                              pieceText(piece) });
        },
        [&](const QJsonObject& piece) {
            changes->append({ pieceKey(number(piece)),
                              tr("Piece %1 removed").arg(pieceLabel(number(piece))),
                              pieceText(piece),
                              {} });
        },
        [&](const QJsonObject& before, const QJsonObject& after) {
            const QString key = pieceKey(number(after));
            const QString label = pieceLabel(number(after));
            if (number(before) != number(after)) {
                changes->append({ key, tr("Piece %1 is now %2").arg(pieceLabel(number(before)), label),
                                  pieceLabel(number(before)), label });
            }
            const QList<std::pair<QString, QString>> fields {
                { QStringLiteral("title"), tr("Piece %1: title changed").arg(label) },
                { QStringLiteral("date"), tr("Piece %1: date changed").arg(label) },
                { QStringLiteral("source"), tr("Piece %1: source changed").arg(label) },
                { QStringLiteral("sha256"), tr("Piece %1: its file changed").arg(label) },
            };
            for (const auto& [field, what] : fields) {
                if (before.value(field) != after.value(field)) {
                    const bool date = field == QStringLiteral("date");
                    changes->append({ key, what, text(before.value(field), false, date),
                                      text(after.value(field), false, date) });
                }
            }
        });
}

void DossierSnapshot::appendProcedureChanges(const DossierSnapshot& older,
                                             QList<SnapshotChange>* changes) const
{
    const auto key = [](const QJsonObject& procedure) {
        return QStringLiteral("procedure/") + procedure.value(QStringLiteral("uuid")).toString();
    };
    matchByUuid(
        older.m_json.value(QStringLiteral("procedures")).toArray(),
        m_json.value(QStringLiteral("procedures")).toArray(),
        [&](const QJsonObject& procedure) {
            changes->append({ key(procedure),
                              tr("Procedure « %1 » added").arg(procedureName(procedure)),
                              {},
                              procedureName(procedure) });
        },
        [&](const QJsonObject& procedure) {
            changes->append({ key(procedure),
                              tr("Procedure « %1 » removed").arg(procedureName(procedure)),
                              procedureName(procedure),
                              {} });
        },
        [&](const QJsonObject& before, const QJsonObject& after) {
            const QString section = key(after);
            const QString name = procedureName(after);
            const QList<std::pair<QString, QString>> fields {
                { QStringLiteral("court"), tr("Procedure « %1 »: court changed").arg(name) },
                { QStringLiteral("courtName"), tr("Procedure « %1 »: court name changed").arg(name) },
                { QStringLiteral("kind"), tr("Procedure « %1 »: kind changed").arg(name) },
                { QStringLiteral("caseNumber"), tr("Procedure « %1 »: case number changed").arg(name) },
                { QStringLiteral("lawyer"), tr("Procedure « %1 »: lawyer changed").arg(name) },
                { QStringLiteral("parties"), tr("Procedure « %1 »: parties changed").arg(name) },
                { QStringLiteral("status"), tr("Procedure « %1 »: status changed").arg(name) },
                { QStringLiteral("appeals"),
                  tr("Procedure « %1 »: the decision it appeals changed").arg(name) },
            };
            for (const auto& [field, what] : fields) {
                if (before.value(field) != after.value(field))
                    changes->append(
                        { section, what, procedureValue(field, before), procedureValue(field, after) });
            }
            appendTimelineChanges(section, before, after, changes);
        });
}

void DossierSnapshot::appendTimelineChanges(const QString& section, const QJsonObject& before,
                                            const QJsonObject& after, QList<SnapshotChange>* changes)
{
    const auto title = [](const QJsonObject& record) {
        return record.value(QStringLiteral("title")).toString();
    };
    matchByUuid(
        before.value(QStringLiteral("milestones")).toArray(),
        after.value(QStringLiteral("milestones")).toArray(),
        [&](const QJsonObject& m) {
            changes->append({ section,
                              tr("Milestone « %1 » added").arg(title(m)),
                              {},
                              dateText(m, QStringLiteral("date")) });
        },
        [&](const QJsonObject& m) {
            changes->append({ section,
                              tr("Milestone « %1 » removed").arg(title(m)),
                              dateText(m, QStringLiteral("date")),
                              {} });
        },
        [&](const QJsonObject& old, const QJsonObject& m) {
            if (old.value(QStringLiteral("date")) != m.value(QStringLiteral("date"))) {
                const QString from = dateText(old, QStringLiteral("date"));
                const QString to = dateText(m, QStringLiteral("date"));
                changes->append(
                    { section, tr("Milestone « %1 »: %2 → %3").arg(title(m), from, to), from, to });
            }
            if (title(old) != title(m)) {
                changes->append({ section, tr("Milestone « %1 » renamed « %2 »").arg(title(old), title(m)),
                                  title(old), title(m) });
            }
            if (old.value(QStringLiteral("kind")) != m.value(QStringLiteral("kind"))) {
                changes->append({ section, tr("Milestone « %1 »: kind changed").arg(title(m)),
                                  milestoneKindText(old), milestoneKindText(m) });
            }
        });
    matchByUuid(
        before.value(QStringLiteral("deadlines")).toArray(),
        after.value(QStringLiteral("deadlines")).toArray(),
        [&](const QJsonObject& d) {
            changes->append({ section,
                              tr("Deadline « %1 » added").arg(title(d)),
                              {},
                              dateText(d, QStringLiteral("due")) });
        },
        [&](const QJsonObject& d) {
            changes->append({ section,
                              tr("Deadline « %1 » met or removed").arg(title(d)),
                              dateText(d, QStringLiteral("due")),
                              {} });
        },
        [&](const QJsonObject& old, const QJsonObject& d) {
            const QString from = dateText(old, QStringLiteral("due"));
            const QString to = dateText(d, QStringLiteral("due"));
            if (from != to)
                changes->append(
                    { section, tr("Deadline « %1 »: %2 → %3").arg(title(d), from, to), from, to });
            else if (title(old) != title(d))
                changes->append({ section, tr("Deadline « %1 » renamed « %2 »").arg(title(old), title(d)),
                                  title(old), title(d) });
        });
}

} // namespace casedesk
