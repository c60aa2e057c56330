// Writes tests/data/casedesk-v1.db: a desk as CaseDesk's first data format left it, made with
// exactly the statements of Migrations::stepTo(1), plus a little data the upgrade test checks.
// Run once by hand (see tests/data/README.md); the test suite only reads the committed file.

#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace {

const QStringList kData = {
    QStringLiteral(
        "INSERT INTO association (id, uuid, revision, server_version, created_at, updated_at, name, "
        "legal_form, rna, siren, address, purpose, general_interest, signatory_name, signatory_role) "
        "VALUES (1, '7c0d9a0e-3f52-4b8e-9a51-2f6d8c1e4a10', 3, 2, '2025-01-10T09:00:00.000Z', "
        "'2025-02-01T10:30:00.000Z', 'Les Amis du Marais poitevin', 'Association loi 1901', "
        "'W853001234', '552100554', '2 place de l''Église\n85420 Maillezais', "
        "'Protéger le marais et ses habitants.', 1, 'Élise Martin', 'Présidente')"),
    QStringLiteral(
        "INSERT INTO campaigns (id, uuid, revision, server_version, created_at, updated_at, deleted, "
        "title, summary, description, cause, harm, legal_basis, court, opposing_party, goal_cents, "
        "end_date, status, how_money_used) VALUES (1, '1b7e3c2a-8d4f-4e6a-b0c1-5a9f2e7d3c01', 4, NULL, "
        "'2025-01-12T08:00:00.000Z', '2025-01-20T16:45:00.000Z', 0, 'Sauver la tourbière de Frasne', "
        "'Recours contre le drainage.', '## Contexte\n\nUn drainage menace la tourbière.', "
        "'environment', 'Assèchement de la tourbière.', 'Art. L. 211-1 du code de l''environnement.', "
        "'Tribunal administratif de Besançon', 'Préfet du Doubs', 850000, '2026-06-30', 'draft', "
        "'Avocat et étude hydrologique.')"),
    QStringLiteral(
        "INSERT INTO campaigns (id, uuid, revision, server_version, created_at, updated_at, deleted, "
        "title, summary, description, cause, harm, legal_basis, court, opposing_party, goal_cents, "
        "end_date, status, how_money_used) VALUES (2, '9e4f1d7b-2c3a-4b5e-8f60-7d1a3b9c5e02', 7, 5, "
        "'2025-01-15T08:00:00.000Z', '2025-03-02T11:00:00.000Z', 0, 'Air pur à Fos-sur-Mer', "
        "'Faire reconnaître la pollution industrielle.', 'Des riverains malades.', 'health', "
        "'Maladies respiratoires.', 'Art. 1240 du code civil.', 'Tribunal judiciaire de Marseille', "
        "'Exploitants de la zone industrielle', 1200000, '2026-09-15', 'published', "
        "'Expertises médicales et avocat.')"),
    QStringLiteral(
        "INSERT INTO budget_lines (id, uuid, campaign_id, position, kind, label, amount_cents) VALUES "
        "(1, 'a1000000-0000-4000-8000-000000000001', 1, 0, 'lawyer_fees', 'Honoraires d''avocat', 600000), "
        "(2, 'a1000000-0000-4000-8000-000000000002', 1, 1, 'expert_reports', 'Étude hydrologique', 250000), "
        "(3, 'a2000000-0000-4000-8000-000000000001', 2, 0, 'court_fees', 'Frais de justice', 200000), "
        "(4, 'a2000000-0000-4000-8000-000000000002', 2, 1, 'lawyer_fees', 'Avocat', 900000), "
        "(5, 'a2000000-0000-4000-8000-000000000003', 2, 2, 'platform_fees', 'Plateforme', 100000)"),
    QStringLiteral(
        "INSERT INTO outbox (entity, entity_uuid, operation, revision, queued_at) VALUES "
        "('association', '7c0d9a0e-3f52-4b8e-9a51-2f6d8c1e4a10', 'upsert', 3, '2025-02-01T10:30:00.000Z'), "
        "('campaign', '1b7e3c2a-8d4f-4e6a-b0c1-5a9f2e7d3c01', 'upsert', 4, '2025-01-20T16:45:00.000Z')"),
    QStringLiteral("PRAGMA user_version = 1"),
};

bool run(QSqlQuery& query, const QString& statement)
{
    if (query.exec(statement))
        return true;
    std::fprintf(stderr, "%s\n  in: %s\n", qPrintable(query.lastError().text()), qPrintable(statement));
    return false;
}

bool writeFixture(const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
    db.setDatabaseName(path);
    if (!db.open()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return false;
    }
    QSqlQuery query(db);
    bool ok = run(query, QStringLiteral("BEGIN"));
    for (const QString& statement : casedesk::Migrations::stepTo(1) + kData)
        ok = ok && run(query, statement);
    ok = ok && run(query, QStringLiteral("COMMIT"));
    query.finish();
    db.close();
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: make_v1_fixture OUTPUT.db\n");
        return 2;
    }
    QFile::remove(args.at(1));
    bool ok = writeFixture(args.at(1));
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok ? 0 : 1;
}
