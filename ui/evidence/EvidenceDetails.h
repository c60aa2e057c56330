#pragma once

#include "evidence/EvidencePiece.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class DateEdit;

// The selected piece on the evidence page: its preview (a thumbnail, the first lines of a text,
// or why there is none), what the file is (number, name, type, size, fingerprint), and the
// metadata a jurist edits (title, date of the document, source, description, tags, public).
// Saving is the page's.
class EvidenceDetails : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPreviewSize = 260;

    explicit EvidenceDetails(QWidget* parent = nullptr);

    // Shows `piece` (an empty piece clears everything); `filePath` is where its bytes are, for the
    // preview. Only the fields that differ are set: the list reloads after each autosave, and
    // resetting an unchanged field would move the cursor of someone still typing in it.
    void showPiece(const EvidencePiece& piece, const QString& filePath);
    // What the form holds now, over `metadata`.
    void collectInto(EvidenceMetadata& metadata) const;

    QLineEdit* titleEdit() const { return m_title; }
    QCheckBox* publicBox() const { return m_public; }

signals:
    // The jurist changed a field (not showPiece()).
    void edited();

private:
    void showPreview(const EvidencePiece& piece, const QString& filePath);
    void showFileInfo(const EvidencePiece& piece);

    QLabel* m_preview;
    QPlainTextEdit* m_textPreview;
    QLabel* m_fileInfo;
    QLineEdit* m_title;
    DateEdit* m_date;
    QLineEdit* m_source;
    QPlainTextEdit* m_description;
    QLineEdit* m_tags;
    QCheckBox* m_public;
};

} // namespace casedesk
