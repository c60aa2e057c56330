#include "donations/DonorPrivacyBar.h"

#include "common/Attempt.h"
#include "common/FieldProblems.h"
#include "donations/EraseDonorDialog.h"
#include "donations/RetentionDialog.h"
#include "donations/privacy/DonorDataExport.h"
#include "donations/privacy/DonorErasure.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>

namespace casedesk {

DonorPrivacyBar::DonorPrivacyBar(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_export(new QPushButton(tr("Export data…"), this))
    , m_erase(new QPushButton(tr("Erase…"), this))
{
    m_export->setToolTip(tr("Everything the desk holds about the donor, as JSON or PDF (right of access)"));
    m_erase->setToolTip(tr("Erase the donor's data, keeping only what the law requires (right to erasure)"));
    auto* retention = new QPushButton(tr("Retention…"), this);
    retention->setToolTip(tr("Archives due for purge, consents to renew and the privacy log"));
    connect(m_export, &QPushButton::clicked, this, &DonorPrivacyBar::chooseAndExport);
    connect(m_erase, &QPushButton::clicked, this, &DonorPrivacyBar::confirmAndErase);
    connect(retention, &QPushButton::clicked, this, &DonorPrivacyBar::showRetention);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_export);
    layout->addWidget(m_erase);
    layout->addStretch(1);
    layout->addWidget(retention);
    setDonor(QUuid(), QString());
}

void DonorPrivacyBar::setDonor(const QUuid& uuid, const QString& name)
{
    m_donor = uuid;
    m_name = name;
    m_export->setEnabled(!uuid.isNull());
    m_erase->setEnabled(!uuid.isNull());
}

void DonorPrivacyBar::chooseAndExport()
{
    if (m_donor.isNull())
        return;
    const QString suggested
        = QDir::home().filePath(tr("donor-%1.json").arg(m_donor.toString(QUuid::WithoutBraces).left(8)));
    const QString pdfFilter = tr("PDF (*.pdf)");
    QString filter;
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export the donor's data"), suggested,
                                       tr("JSON (*.json)") + QStringLiteral(";;") + pdfFilter, &filter);
    if (path.isEmpty())
        return;
    // The format follows the name; a name typed without its suffix takes the chosen filter's.
    const QString suffix = filter == pdfFilter ? QStringLiteral(".pdf") : QStringLiteral(".json");
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    exportData(path);
}

bool DonorPrivacyBar::exportData(const QString& path)
{
    if (m_donor.isNull())
        return false;
    DonorDataExport::Result result;
    const bool done = runOrReport(
        [&] {
            result = DonorDataExport(m_database).write(m_donor, path, DonorDataExport::formatForPath(path));
        },
        [this](const QString& text) { emit message(text, true); });
    if (!done)
        return false;
    if (!result.ok) {
        emit message(result.errorMessage, true);
        return false;
    }
    emit message(tr("The donor's data was exported to %1; the export is in the privacy log.")
                     .arg(QDir::toNativeSeparators(path)),
                 false);
    return true;
}

void DonorPrivacyBar::confirmAndErase()
{
    if (m_donor.isNull())
        return;
    std::optional<ErasurePlan> plan;
    if (!runOrReport([&] { plan = DonorErasure(m_database).plan(m_donor); },
                     [this](const QString& text) { emit message(text, true); })
        || !plan)
        return;
    if (plan->alreadyErased()) {
        emit message(DonorErasure::describe(*plan).constFirst(), true);
        return;
    }
    EraseDonorDialog dialog(m_name, DonorErasure::describe(*plan), this);
    if (dialog.exec() == QDialog::Accepted)
        erase(dialog.reason());
}

bool DonorPrivacyBar::erase(const QString& reason)
{
    if (m_donor.isNull())
        return false;
    QList<FieldProblem> problems;
    if (!runOrReport([&] { problems = DonorErasure(m_database).erase(m_donor, reason); },
                     [this](const QString& text) { emit message(text, true); }))
        return false;
    if (!problems.isEmpty()) {
        emit message(fieldProblemsText(problems), true);
        return false;
    }
    const QUuid erased = m_donor;
    setDonor(QUuid(), QString());
    emit message(tr("The donor's data was erased; what the law requires is kept in the restricted archive."),
                 false);
    emit donorErased(erased);
    return true;
}

void DonorPrivacyBar::showRetention()
{
    RetentionDialog dialog(m_database, this);
    dialog.exec();
}

} // namespace casedesk
