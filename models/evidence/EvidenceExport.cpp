#include "evidence/EvidenceExport.h"

#include "campaigns/Association.h"
#include "campaigns/Campaign.h"
#include "evidence/Sha256.h"
#include "evidence/Vault.h"
#include "procedures/Procedure.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>

namespace casedesk {

const QString EvidenceExport::kBordereauFileName = QStringLiteral("Bordereau.pdf");

namespace {

QString safeSuffix(const EvidencePiece& piece)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9]{1,8}$"));
    const QString suffix = QFileInfo(piece.originalName).suffix();
    if (plain.match(suffix).hasMatch())
        return suffix.toLower();
    const QString preferred = QMimeDatabase().mimeTypeForName(piece.mediaType).preferredSuffix();
    return plain.match(preferred).hasMatch() ? preferred : QString();
}

// Copies a vault file to `target`, hashing as it goes; false when the bytes do not match.
bool copyVerified(const Vault& vault, const EvidencePiece& piece, const QString& target,
                  QString* errorMessage)
{
    const QString nativeTarget = QDir::toNativeSeparators(target);
    QFile source(vault.filePath(piece.sha256));
    if (!source.open(QIODevice::ReadOnly)) {
        *errorMessage
            = EvidenceExport::tr("Piece no. %1 \"%2\": its file is missing from the evidence folder.")
                  .arg(piece.number)
                  .arg(piece.metadata.title);
        return false;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        *errorMessage = EvidenceExport::tr("Cannot write %1: %2").arg(nativeTarget, out.errorString());
        return false;
    }
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = source.read(buffer.data(), buffer.size());
        if (read < 0) {
            *errorMessage = EvidenceExport::tr("Cannot read the file of piece no. %1: %2")
                                .arg(piece.number)
                                .arg(source.errorString());
            return false;
        }
        if (read == 0)
            break;
        hash.addData(buffer.constData(), read);
        if (out.write(buffer.constData(), read) != read) {
            *errorMessage = EvidenceExport::tr("Cannot write %1: %2").arg(nativeTarget, out.errorString());
            return false;
        }
    }
    if (hash.hexResult() != piece.sha256) {
        *errorMessage
            = EvidenceExport::tr("Piece no. %1 \"%2\" was not exported: its file changed since it was "
                                 "attached. Run an integrity check.")
                  .arg(piece.number)
                  .arg(piece.metadata.title);
        return false;
    }
    if (!out.commit()) {
        *errorMessage = EvidenceExport::tr("Cannot write %1: %2").arg(nativeTarget, out.errorString());
        return false;
    }
    return true;
}

} // namespace

QString EvidenceExport::fileName(const EvidencePiece& piece, int width)
{
    const QString suffix = safeSuffix(piece);
    const QString base = QStringLiteral("Piece_%1").arg(piece.number, width, 10, QLatin1Char('0'));
    return suffix.isEmpty() ? base : base + QLatin1Char('.') + suffix;
}

QList<BordereauEntry> EvidenceExport::entries(const QList<EvidencePiece>& pieces)
{
    QList<BordereauEntry> result;
    for (const EvidencePiece& piece : pieces)
        result.append({ piece.number, piece.metadata.title, piece.metadata.documentDate });
    return result;
}

BordereauHeader EvidenceExport::defaultHeader(const Campaign& campaign, const Association& association,
                                              const Procedure* procedure, const QDate& today)
{
    BordereauHeader header;
    header.date = today;
    header.court = campaign.court.trimmed();
    if (!association.name.trimmed().isEmpty() && !campaign.opposingParty.trimmed().isEmpty())
        header.parties
            = association.name.trimmed() + QStringLiteral(" c/ ") + campaign.opposingParty.trimmed();
    if (procedure) {
        if (!procedure->courtName.trimmed().isEmpty())
            header.court = procedure->courtName.trimmed();
        header.caseNumber = procedure->caseNumber.trimmed();
        header.lawyer = procedure->lawyer.trimmed();
        if (!procedure->parties.trimmed().isEmpty())
            header.parties = procedure->parties.trimmed();
    }
    return header;
}

QList<int> EvidenceExport::parseNumbers(const QString& text, QString* errorMessage)
{
    static const QRegularExpression part(QStringLiteral("^\\s*(\\d{1,6})\\s*(?:-\\s*(\\d{1,6})\\s*)?$"));
    QList<int> numbers;
    for (const QString& item : text.split(QLatin1Char(','))) {
        const QRegularExpressionMatch match = part.match(item);
        const int first = match.captured(1).toInt();
        const int last = match.captured(2).isEmpty() ? first : match.captured(2).toInt();
        if (!match.hasMatch() || first < 1 || last < first) {
            *errorMessage = tr("\"%1\" is not a piece number or a range like 3-5.").arg(item.trimmed());
            return {};
        }
        for (int n = first; n <= last; ++n) {
            if (!numbers.contains(n))
                numbers.append(n);
        }
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QString EvidenceExport::viewingCopy(const Vault& vault, const EvidencePiece& piece, const QString& folder,
                                    QString* errorMessage)
{
    if (!QDir().mkpath(folder)) {
        *errorMessage = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    const QString target = QDir(folder).filePath(fileName(piece, 2));
    if (QFileInfo::exists(target)) {
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(target);
    }
    if (!copyVerified(vault, piece, target, errorMessage))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner);
    return target;
}

bool EvidenceExport::exportTo(const Vault& vault, const QList<EvidencePiece>& pieces,
                              const BordereauHeader& header, const QString& folder, QStringList* written,
                              QString* errorMessage)
{
    written->clear();
    const QString nativeFolder = QDir::toNativeSeparators(folder);
    if (pieces.isEmpty()) {
        *errorMessage = tr("No piece is selected for the export to %1.").arg(nativeFolder);
        return false;
    }
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        *errorMessage = tr("Cannot create the folder %1.").arg(nativeFolder);
        return false;
    }
    int maxNumber = 0;
    for (const EvidencePiece& piece : pieces)
        maxNumber = std::max(maxNumber, piece.number);
    const int width = std::max(2, int(QString::number(maxNumber).size()));

    QStringList targets;
    for (const EvidencePiece& piece : pieces)
        targets.append(dir.filePath(fileName(piece, width)));
    targets.append(dir.filePath(kBordereauFileName));
    QStringList existing;
    for (const QString& target : targets) {
        if (QFileInfo::exists(target))
            existing.append(QFileInfo(target).fileName());
    }
    if (!existing.isEmpty()) {
        *errorMessage = tr("The folder %1 already holds %2; choose an empty folder. Nothing was exported.")
                            .arg(nativeFolder, existing.join(QStringLiteral(", ")));
        return false;
    }

    const auto rollBack = [&]() {
        for (const QString& file : std::as_const(*written))
            QFile::remove(file);
        written->clear();
        return false;
    };
    for (int i = 0; i < pieces.size(); ++i) {
        if (!copyVerified(vault, pieces.at(i), targets.at(i), errorMessage))
            return rollBack();
        written->append(targets.at(i));
    }
    QList<EvidencePiece> sorted = pieces;
    std::sort(sorted.begin(), sorted.end(),
              [](const EvidencePiece& a, const EvidencePiece& b) { return a.number < b.number; });
    if (!BordereauWriter::writePdf(targets.last(), header, entries(sorted), errorMessage))
        return rollBack();
    written->append(targets.last());
    return true;
}

} // namespace casedesk
