#include "evidence/EvidenceDetails.h"

#include "common/DateEdit.h"
#include "evidence/EvidencePreview.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QStringList tagsFrom(const QString& text)
{
    QStringList tags;
    for (const QString& tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    return tags;
}

} // namespace

EvidenceDetails::EvidenceDetails(QWidget* parent)
    : QWidget(parent)
    , m_preview(new QLabel(this))
    , m_textPreview(new QPlainTextEdit(this))
    , m_fileInfo(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_date(new DateEdit(this))
    , m_source(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_public(new QCheckBox(tr("&Public: shown on the campaign page"), this))
{
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(kPreviewSize / 2);
    m_textPreview->setReadOnly(true);
    m_textPreview->setMaximumHeight(kPreviewSize);
    m_fileInfo->setWordWrap(true);
    m_fileInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setMaxLength(300);
    m_date->setOptional(true, tr("no date"));
    m_source->setPlaceholderText(tr("Who produced it, or where it comes from"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. expertise, photos"));
    m_public->setToolTip(tr("Only public pieces ever leave this desk."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Date of the document"), m_date);
    form->addRow(QString(), m_date->problemLabel());
    form->addRow(tr("&Source"), m_source);
    form->addRow(tr("D&escription"), m_description);
    form->addRow(tr("Ta&gs"), m_tags);
    form->addRow(QString(), m_public);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addWidget(m_textPreview);
    layout->addWidget(m_fileInfo);
    layout->addLayout(form);
    layout->addStretch();

    for (QLineEdit* edit : { m_title, m_source, m_tags })
        connect(edit, &QLineEdit::textEdited, this, &EvidenceDetails::edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EvidenceDetails::edited);
    connect(m_date, &DateEdit::dateEdited, this, &EvidenceDetails::edited);
    connect(m_public, &QCheckBox::toggled, this, &EvidenceDetails::edited);
}

void EvidenceDetails::showPiece(const EvidencePiece& piece, const QString& filePath)
{
    const auto setLine = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    const EvidenceMetadata& metadata = piece.metadata;
    setLine(m_title, metadata.title);
    if (m_date->date() != metadata.documentDate || !m_date->problem().isEmpty())
        m_date->setDate(metadata.documentDate);
    setLine(m_source, metadata.source);
    if (m_description->toPlainText() != metadata.description)
        m_description->setPlainText(metadata.description);
    if (tagsFrom(m_tags->text()) != metadata.tags)
        m_tags->setText(metadata.tags.join(QStringLiteral(", ")));
    m_public->setChecked(metadata.isPublic);
    m_preview->clear();
    m_textPreview->clear();
    m_textPreview->hide();
    m_fileInfo->clear();
    if (!piece.sync.uuid.isNull()) {
        showPreview(piece, filePath);
        showFileInfo(piece);
    }
}

void EvidenceDetails::showPreview(const EvidencePiece& piece, const QString& filePath)
{
    const QImage image
        = EvidencePreview::thumbnail(filePath, piece.mediaType, QSize(kPreviewSize, kPreviewSize));
    if (!image.isNull()) {
        m_preview->setPixmap(QPixmap::fromImage(image));
        return;
    }
    const QString text = EvidencePreview::textPreview(filePath, piece.mediaType);
    if (!text.isEmpty()) {
        m_textPreview->setPlainText(text);
        m_textPreview->show();
    } else {
        m_preview->setText(tr("No preview for this kind of file (%1). Use Open.").arg(piece.mediaType));
    }
}

void EvidenceDetails::showFileInfo(const EvidencePiece& piece)
{
    // The fingerprint is cut in the middle (64 characters never wrap and widened the window);
    // the whole of it is in the tooltip, and "Check integrity" compares all of it.
    const QString sha = QString::fromLatin1(piece.sha256);
    m_fileInfo->setText(tr("Piece no. %1 · %2 · %3 · %4\nAttached %5 · SHA-256 %6")
                            .arg(piece.number)
                            .arg(piece.originalName, piece.mediaType, locale().formattedDataSize(piece.size),
                                 QLocale().toString(piece.attachedAt.toLocalTime(), QLocale::ShortFormat),
                                 sha.left(12) + QStringLiteral("…") + sha.right(12)));
    m_fileInfo->setToolTip(tr("SHA-256 %1").arg(sha));
}

void EvidenceDetails::collectInto(EvidenceMetadata& metadata) const
{
    metadata.title = m_title->text();
    metadata.documentDate = m_date->date();
    metadata.source = m_source->text();
    metadata.description = m_description->toPlainText();
    metadata.tags = tagsFrom(m_tags->text());
    metadata.isPublic = m_public->isChecked();
}

} // namespace casedesk
