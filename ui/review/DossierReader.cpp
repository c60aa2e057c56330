#include "review/DossierReader.h"

#include "common/Attempt.h"
#include "review/CommentsPane.h"
#include "review/DossierSectionText.h"
#include "review/ReviewRepository.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casedesk {

DossierReader::DossierReader(ReviewRepository& reviews, QWidget* parent)
    : QWidget(parent)
    , m_reviews(reviews)
    , m_sections(new QListWidget(this))
    , m_text(new QTextBrowser(this))
    , m_changes(new QLabel(this))
    , m_comments(new CommentsPane(reviews, this))
{
    m_sections->setAccessibleName(tr("Sections of the dossier"));
    m_sections->setWordWrap(false);
    m_sections->setTextElideMode(Qt::ElideRight);
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setAccessibleName(tr("Section of the dossier"));
    m_text->setOpenExternalLinks(false);
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::RichText);
    m_changes->hide();

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_sections);
    split->addWidget(m_text);
    split->setStretchFactor(1, 1);
    split->setSizes({ 170, 350 });
    split->setChildrenCollapsible(false);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_changes);
    topLayout->addWidget(split, 1);
    vertical->addWidget(top);
    vertical->addWidget(m_comments);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    connect(m_sections, &QListWidget::currentRowChanged, this, &DossierReader::showCurrentSection);
    connect(m_comments, &CommentsPane::changed, this, &DossierReader::changed);
    connect(m_comments, &CommentsPane::refused, this, &DossierReader::refused);
}

void DossierReader::setRound(const QUuid& campaignUuid, const std::optional<ReviewRound>& round)
{
    const QString keep = currentSection();
    m_snapshot.reset();
    runOrReport(
        [&] {
            if (round)
                m_snapshot = DossierSnapshot::fromCanonical(round->snapshot);
            else if (!campaignUuid.isNull())
                m_snapshot = DossierSnapshot::capture(m_reviews.database(), campaignUuid);
        },
        [this](const QString& message) { emit refused(message); });
    const QSignalBlocker blocker(m_sections);
    m_sections->clear();
    if (m_snapshot) {
        for (const SnapshotSection& section : m_snapshot->sections()) {
            auto* item = new QListWidgetItem(section.title, m_sections);
            item->setData(Qt::UserRole, section.key);
            item->setToolTip(section.title);
            // Parts of a section (a budget line, a piece, a procedure) are indented under it.
            if (section.key.contains(QLatin1Char('/')))
                item->setText(QStringLiteral("    ") + section.title);
        }
    }
    m_comments->setRound(round);
    showChanges(round);
    showSection(keep.isEmpty() ? QStringLiteral("case") : keep);
}

void DossierReader::showChanges(const std::optional<ReviewRound>& round)
{
    QList<SnapshotChange> changes;
    if (round)
        runOrReport([&] { changes = m_reviews.changesFor(*round, m_reviews.deskActor().member); },
                    [this](const QString& message) { emit refused(message); });
    if (changes.isEmpty()) {
        m_changes->hide();
        return;
    }
    QString html = tr("<b>Changed since the version you last saw:</b>") + QStringLiteral("<ul>");
    for (const SnapshotChange& change : changes)
        html += QStringLiteral("<li>%1</li>").arg(change.what.toHtmlEscaped());
    m_changes->setText(html + QStringLiteral("</ul>"));
    m_changes->show();
}

QString DossierReader::currentSection() const
{
    const QListWidgetItem* item = m_sections->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DossierReader::showSection(const QString& key)
{
    for (int row = 0; row < m_sections->count(); ++row) {
        if (m_sections->item(row)->data(Qt::UserRole).toString() == key) {
            m_sections->setCurrentRow(row);
            showCurrentSection();
            return;
        }
    }
    m_sections->setCurrentRow(m_sections->count() > 0 ? 0 : -1);
    showCurrentSection();
}

void DossierReader::showCurrentSection()
{
    const QString key = currentSection();
    if (!m_snapshot || key.isEmpty()) {
        m_text->setHtml(tr("<i>Choose a campaign: its dossier shows here.</i>"));
        m_comments->setSection({}, {});
        return;
    }
    m_text->setHtml(DossierSectionText::html(*m_snapshot, key));
    m_comments->setSection(key, m_sections->currentItem()->text().trimmed());
}

} // namespace casedesk
