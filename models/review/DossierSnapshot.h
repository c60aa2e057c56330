#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace casedesk {

class Database;

// One difference between two snapshots, field by field, for the member who saw the older one.
struct SnapshotChange
{
    QString section; // a section key ("case", "budget/<uuid>", "evidence/P-3", "procedure/<uuid>")
    QString what; // translated: "Legal basis changed", "Piece P-14 added", "Budget line « Avocat »: 12 000,00
                  // € → 15 000,00 €"
    QString before; // the old value as text (empty when added)
    QString after; // the new value as text (empty when removed)
};

// A section of the dossier as the review page and the dossier PDF show it.
struct SnapshotSection
{
    QString key;
    QString title; // translated
};

// The dossier a board reviews, frozen: the campaign (case, legal basis, court, opposing party,
// description, lawyer, assessment, risks and adverse costs, why the association, budget lines,
// fees and what reaches the case, use of funds, press), the evidence with each piece's number,
// title, date, source and SHA-256, and the procedures with their milestones and open deadlines.
// Serialised canonically (keys sorted, no spaces, lists in a stable order, dates ISO, amounts in
// cents) so the same dossier always gives the same bytes and the same fingerprint.
class DossierSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(DossierSnapshot)

public:
    // The campaign's dossier as the desk holds it now; nullopt when the campaign does not exist.
    static std::optional<DossierSnapshot> capture(Database& database, const QUuid& campaignUuid);
    static std::optional<DossierSnapshot> fromCanonical(const QByteArray& canonical);

    const QJsonObject& json() const { return m_json; }
    QByteArray canonical() const;
    // SHA-256 of canonical(), 64 lower-case hex digits.
    QString fingerprint() const;

    // The sections in reading order, with their keys (for comments).
    QList<SnapshotSection> sections() const;
    // The section key of piece `number` ("evidence/P-3") and the piece's label ("P-3").
    static QString pieceKey(int number);
    static QString pieceLabel(int number);
    // "Tribunal administratif de Toulouse, no 1500123": a procedure of the snapshot, by name.
    static QString procedureName(const QJsonObject& procedure);
    // What changed from `older` to this one, field by field.
    QList<SnapshotChange> changesSince(const DossierSnapshot& older) const;

private:
    // changesSince()'s parts (DossierChanges.cpp).
    void appendEvidenceChanges(const DossierSnapshot& older, QList<SnapshotChange>* changes) const;
    void appendProcedureChanges(const DossierSnapshot& older, QList<SnapshotChange>* changes) const;
    static void appendTimelineChanges(const QString& section, const QJsonObject& before,
                                      const QJsonObject& after, QList<SnapshotChange>* changes);

    QJsonObject m_json;
};

} // namespace casedesk
