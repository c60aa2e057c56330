#pragma once

#include "evidence/EvidencePiece.h"
#include "reports/BordereauWriter.h"

#include <QCoreApplication>

namespace casedesk {

class Vault;
struct Association;
struct Campaign;
struct Procedure;

// Copies chosen pieces out of the vault for the court or a colleague: "Piece_01.pdf",
// "Piece_02.jpg"… beside "Bordereau.pdf". Each copy is checked against its recorded SHA-256 as
// it is written, so what leaves is exactly what was attached; existing files are never replaced.
class EvidenceExport
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceExport)

public:
    static const QString kBordereauFileName;

    // "Piece_07.pdf": the number padded to `width` digits, the extension of the original name
    // (letters and digits only) or of its media type. Never anything else the user typed.
    static QString fileName(const EvidencePiece& piece, int width);
    static QList<BordereauEntry> entries(const QList<EvidencePiece>& pieces);
    // The caption the desk already knows: court, case number, lawyer and parties of the procedure
    // (when there is one), else the campaign's court and "<association> c/ <opposing party>";
    // dated `today`. The user may change any of it before writing.
    static BordereauHeader defaultHeader(const Campaign& campaign, const Association& association,
                                         const Procedure* procedure, const QDate& today);
    // "1,3-5,8" -> {1, 3, 4, 5, 8}; empty with a message naming the bad part otherwise.
    static QList<int> parseNumbers(const QString& text, QString* errorMessage);

    // A read-only copy of one piece in `folder` for the system viewer ("Piece_03.pdf"), checked
    // against its SHA-256: a viewer or editor can never change the stored original. Returns the
    // copy's path, or an empty string with a message.
    static QString viewingCopy(const Vault& vault, const EvidencePiece& piece, const QString& folder,
                               QString* errorMessage);

    // Writes the pieces and their bordereau into `folder` (created if needed). On failure
    // nothing of this export is left in the folder and the message says which file failed.
    static bool exportTo(const Vault& vault, const QList<EvidencePiece>& pieces,
                         const BordereauHeader& header, const QString& folder, QStringList* written,
                         QString* errorMessage);
};

} // namespace casedesk
