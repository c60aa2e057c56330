#include "evidence/EvidencePreview.h"

#include <QFile>
#include <QImageReader>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QStringDecoder>

namespace casedesk::EvidencePreview {

namespace {

// Bigger images are not decoded for a thumbnail (a hostile or broken file could ask for gigabytes).
constexpr qint64 kMaxImagePixels = qint64(120) * 1000 * 1000;

QImage imageThumbnail(const QString& filePath, const QSize& size)
{
    QImageReader reader(filePath);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (!full.isValid() || qint64(full.width()) * full.height() > kMaxImagePixels)
        return {};
    reader.setScaledSize(full.scaled(size, Qt::KeepAspectRatio));
    return reader.read();
}

QImage pdfThumbnail(const QString& filePath, const QSize& size)
{
    QPdfDocument document;
    if (document.load(filePath) != QPdfDocument::Error::None || document.pageCount() < 1)
        return {};
    const QSizeF page = document.pagePointSize(0);
    if (page.isEmpty())
        return {};
    const QSize target = page.toSize().scaled(size, Qt::KeepAspectRatio);
    QImage image = document.render(0, target);
    if (image.isNull())
        return {};
    // Pages are transparent where nothing is drawn; a thumbnail shows paper.
    QImage paper(image.size(), QImage::Format_ARGB32_Premultiplied);
    paper.fill(Qt::white);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            const int alpha = qAlpha(pixel);
            if (alpha == 0)
                continue;
            const auto blend = [alpha](int channel) {
                return (channel * alpha + 255 * (255 - alpha)) / 255;
            };
            paper.setPixel(x, y, qRgb(blend(qRed(pixel)), blend(qGreen(pixel)), blend(qBlue(pixel))));
        }
    }
    return paper;
}

} // namespace

bool isText(const QString& mediaType)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(mediaType);
    return type.isValid()
        && (type.inherits(QStringLiteral("text/plain")) || mediaType.startsWith(QLatin1String("text/")));
}

QImage thumbnail(const QString& filePath, const QString& mediaType, const QSize& size)
{
    if (mediaType == QLatin1String("application/pdf"))
        return pdfThumbnail(filePath, size);
    if (mediaType.startsWith(QLatin1String("image/")))
        return imageThumbnail(filePath, size);
    return {};
}

QString textPreview(const QString& filePath, const QString& mediaType, int maxChars)
{
    if (!isText(mediaType))
        return {};
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(qint64(maxChars) * 4);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(head);
    // A cut in the middle of a UTF-8 sequence at the end is not an encoding error.
    if (utf8.hasError() && head.size() == qint64(maxChars) * 4) {
        QStringDecoder retry(QStringDecoder::Utf8);
        text = retry.decode(head.left(head.size() - 3));
        if (retry.hasError())
            text = QString::fromLatin1(head);
    } else if (utf8.hasError()) {
        text = QString::fromLatin1(head);
    }
    return text.left(maxChars);
}

} // namespace casedesk::EvidencePreview
