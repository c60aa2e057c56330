#pragma once

#include "storage/SyncState.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace casedesk {

// What the jurist says about a piece; everything else is read from the file.
struct EvidenceMetadata
{
    QString title;
    QDate documentDate; // the date of the document itself (a report, a decision), not of attaching
    QString source; // who produced it or where it came from
    QString description;
    QStringList tags;
    bool isPublic = false; // only public pieces ever leave the desk (the campaign page)
};

// One exhibit ("pièce") of a campaign. Its bytes live in the vault under `sha256`; the file name
// the user had is kept as text only and never becomes a path.
struct EvidencePiece
{
    SyncState sync;
    QUuid campaignUuid;
    int number = 0; // "Pièce n° 12": unique among the campaign's live pieces
    EvidenceMetadata metadata;
    QString originalName;
    QString mediaType; // "application/pdf", "image/jpeg"…
    qint64 size = 0;
    QByteArray sha256;
    QDateTime attachedAt; // UTC
};

} // namespace casedesk
