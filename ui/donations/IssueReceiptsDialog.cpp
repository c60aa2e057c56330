#include "donations/IssueReceiptsDialog.h"

#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "common/Money.h"
#include "receipts/ReceiptBatchJob.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace casedesk {

IssueReceiptsDialog::IssueReceiptsDialog(Database& database, int year, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_year(year)
    , m_mode(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_skipped(new QTableWidget(0, 4, this))
    , m_progress(new QProgressBar(this))
    , m_outcome(new QLabel(this))
{
    setWindowTitle(tr("Issue the tax receipts for %1").arg(year));
    m_mode->addItem(tr("As each donor chose (per gift or annual)"), int(ReceiptMode::DonorChoice));
    m_mode->addItem(tr("One receipt per gift"), int(ReceiptMode::PerGift));
    m_mode->addItem(tr("One annual receipt per donor"), int(ReceiptMode::Annual));
    m_folder->setText(ReceiptBatch::defaultFolder(year));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Receipts"), m_mode);
    auto* folderLabel = new QLabel(tr("&Folder"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_summary->setWordWrap(true);
    m_skipped->setHorizontalHeaderLabels({ tr("Donor skipped"), tr("Why"), tr("Gifts"), tr("Amount") });
    m_skipped->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_skipped->verticalHeader()->hide();
    m_skipped->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skipped->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_progress->hide();
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();

    m_buttons = Dialogs::buttonBox(this, QDialogButtonBox::Close);
    m_issue = m_buttons->addButton(tr("&Issue"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipped, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addWidget(m_buttons);
    resize(760, 520);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &IssueReceiptsDialog::refreshPreview);
    connect(browse, &QPushButton::clicked, this, &IssueReceiptsDialog::chooseFolder);
    connect(m_issue, &QPushButton::clicked, this, &IssueReceiptsDialog::start);
    refreshPreview();
}

IssueReceiptsDialog::~IssueReceiptsDialog() = default;

bool IssueReceiptsDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

ReceiptBatchOptions IssueReceiptsDialog::options() const
{
    ReceiptBatchOptions options;
    options.year = m_year;
    options.mode = ReceiptMode(m_mode->currentData().toInt());
    options.outDir = m_folder->text().trimmed();
    return options;
}

void IssueReceiptsDialog::refreshPreview()
{
    const bool read = runOrReport([&] { m_preview = ReceiptBatch(m_database).preview(options()); },
                                  [this](const QString& message) { m_summary->setText(message); });
    if (!read) {
        m_issue->setEnabled(false);
        return;
    }
    const QLocale locale;
    QStringList lines;
    for (const QString& refusal : std::as_const(m_preview.refusals))
        lines.append(QStringLiteral("• ") + refusal);
    const int count = int(m_preview.plan.receipts.size());
    lines.append(tr("%n receipt(s) to issue for the gifts of %1, %2 in all.", nullptr, count)
                     .arg(m_year)
                     .arg(Money::format(m_preview.plan.totalCents(), locale)));
    if (m_preview.pdfsToComplete > 0) {
        lines.append(
            tr("%n receipt(s) numbered by a batch that stopped still need their PDF; they are written first.",
               nullptr, m_preview.pdfsToComplete));
    }
    if (!m_preview.plan.skipped.isEmpty())
        lines.append(tr("%n donor(s) skipped, listed below with the reason.", nullptr,
                        int(m_preview.plan.skipped.size())));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_skipped->setRowCount(int(m_preview.plan.skipped.size()));
    for (int row = 0; row < m_preview.plan.skipped.size(); ++row) {
        const SkippedDonor& donor = m_preview.plan.skipped.at(row);
        m_skipped->setItem(row, 0, new QTableWidgetItem(donor.donorName));
        m_skipped->setItem(row, 1, new QTableWidgetItem(ReceiptPlanner::reasonLabel(donor.reason)));
        m_skipped->setItem(row, 2, new QTableWidgetItem(locale.toString(donor.giftCount)));
        m_skipped->setItem(row, 3, new QTableWidgetItem(Money::format(donor.amountCents, locale)));
        m_skipped->item(row, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_skipped->item(row, 3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_skipped->setVisible(!m_preview.plan.skipped.isEmpty());
    m_skipped->resizeColumnToContents(0);
    m_issue->setEnabled(m_preview.refusals.isEmpty() && (count > 0 || m_preview.pdfsToComplete > 0));
}

void IssueReceiptsDialog::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Folder for the receipts"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void IssueReceiptsDialog::start()
{
    if (m_folder->text().trimmed().isEmpty()) {
        Dialogs::warn(this, windowTitle(), tr("Folder: choose where the receipts' PDFs are written."));
        return;
    }
    m_job = std::make_unique<ReceiptBatchJob>(m_database.path(), options());
    connect(m_job.get(), &ReceiptBatchJob::progress, this, &IssueReceiptsDialog::onProgress);
    connect(m_job.get(), &ReceiptBatchJob::finished, this, &IssueReceiptsDialog::onFinished);
    m_issue->setEnabled(false);
    m_mode->setEnabled(false);
    m_folder->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_outcome->hide();
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Stop"));
    m_job->start();
}

void IssueReceiptsDialog::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 receipts").arg(done).arg(total));
}

void IssueReceiptsDialog::onFinished()
{
    m_result = m_job->result();
    m_job.reset();
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    m_mode->setEnabled(true);
    m_folder->setEnabled(true);
    QStringList lines;
    lines.append(tr("%n receipt(s) issued.", nullptr, m_result.issued));
    if (m_result.pdfsWritten > m_result.issued)
        lines.append(
            tr("%n PDF(s) of an earlier batch completed.", nullptr, m_result.pdfsWritten - m_result.issued));
    if (m_result.alreadyIssued > 0) {
        lines.append(tr("%n receipt(s) were issued by another process meanwhile and left to it.", nullptr,
                        m_result.alreadyIssued));
    }
    if (m_result.cancelled)
        lines.append(
            tr("Stopped: every receipt issued so far has its number and its PDF. Issue again to continue."));
    if (!m_result.error.isEmpty())
        lines.append(tr("Stopped by an error: %1").arg(m_result.error));
    if (!m_result.mailMergeFile.isEmpty())
        lines.append(
            tr("Mail-merge file for your mailer: %1").arg(QDir::toNativeSeparators(m_result.mailMergeFile)));
    m_outcome->setText(lines.join(QLatin1Char('\n')));
    m_outcome->show();
    if (m_result.pdfsWritten > 0) {
        auto* open = m_buttons->addButton(tr("&Open the folder"), QDialogButtonBox::ActionRole);
        const QString folder = options().outDir;
        connect(open, &QPushButton::clicked, this,
                [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    }
    if (m_result.issued > 0 || m_result.pdfsWritten > 0)
        emit receiptsIssued();
    refreshPreview();
    emit runFinished();
}

// Close while running stops the batch after the receipt being written; the dialog stays until
// it has stopped, so its outcome is read.
void IssueReceiptsDialog::reject()
{
    if (isRunning()) {
        m_job->cancel();
        m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
        connect(
            this, &IssueReceiptsDialog::runFinished, this,
            [this] { m_buttons->button(QDialogButtonBox::Close)->setEnabled(true); },
            Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

} // namespace casedesk
