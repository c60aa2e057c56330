#include "donations/ReceiptsView.h"

#include "campaigns/AssociationRepository.h"
#include "common/Attempt.h"
#include "common/Clock.h"
#include "common/Dialogs.h"
#include "common/Money.h"
#include "common/RecordTable.h"
#include "donations/IssueReceiptsDialog.h"
#include "donations/ledger/Donation.h"
#include "itemmodels/ReceiptListModel.h"
#include "receipts/ReceiptBatch.h"
#include "receipts/ReceiptRegister.h"
#include "receipts/ReceiptRepository.h"
#include "receipts/RegisterPdf.h"
#include "storage/Database.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace casedesk {

ReceiptsView::ReceiptsView(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_receipts(std::make_unique<ReceiptRepository>(database))
    , m_model(new ReceiptListModel(*m_receipts, this))
    , m_year(new QSpinBox(this))
    , m_banner(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
{
    m_year->setRange(2000, 2200);
    m_year->setValue(Clock::today().year());
    m_year->setToolTip(tr("The year the receipts were numbered in (their number starts with it)."));
    m_issue = new QPushButton(tr("&Issue receipts…"), this);
    m_register = new QPushButton(tr("Re&gister…"), this);
    m_declaration = new QPushButton(tr("&Declaration…"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Receipts numbered in"), this));
    bar->addWidget(m_year);
    bar->addStretch(1);
    bar->addWidget(m_issue);
    bar->addWidget(m_register);
    bar->addWidget(m_declaration);

    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(ReceiptListModel::Donor, QHeaderView::Stretch);
    showElidedTextInToolTips(m_table);

    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_openPdf = new QPushButton(tr("&Open the PDF"), this);
    m_saveCopy = new QPushButton(tr("Save a &copy…"), this);
    m_cancel = new QPushButton(tr("Ca&ncel the receipt…"), this);
    m_replace = new QPushButton(tr("&Replace…"), this);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_openPdf);
    actions->addWidget(m_saveCopy);
    actions->addStretch(1);
    actions->addWidget(m_cancel);
    actions->addWidget(m_replace);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(actions);

    connect(m_year, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelected(); });
    connect(m_issue, &QPushButton::clicked, this, &ReceiptsView::openIssueDialog);
    connect(m_register, &QPushButton::clicked, this, &ReceiptsView::askRegister);
    connect(m_declaration, &QPushButton::clicked, this, &ReceiptsView::showDeclaration);
    connect(m_openPdf, &QPushButton::clicked, this, &ReceiptsView::openPdf);
    connect(m_saveCopy, &QPushButton::clicked, this, &ReceiptsView::saveCopy);
    connect(m_cancel, &QPushButton::clicked, this, &ReceiptsView::askCancel);
    connect(m_replace, &QPushButton::clicked, this, &ReceiptsView::askReplace);
    reload();
}

ReceiptsView::~ReceiptsView() = default;

void ReceiptsView::setYear(int year)
{
    m_year->setValue(year);
    reload();
}

void ReceiptsView::reload()
{
    const QUuid current = selected() ? selected()->sync.uuid : QUuid();
    runOrReport([this] { m_model->setYear(m_year->value()); },
                [this](const QString& message) { m_banner->setText(message); });
    fitColumnsToTitles(m_table);
    showBanner();
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_table->selectRow(row);
    showSelected();
}

// Why this desk cannot issue (read-only), and the receipts to redo after a refund.
void ReceiptsView::showBanner()
{
    QStringList lines;
    runOrReport(
        [&] {
            const QStringList refusals = ReceiptBatch(m_database).refusals();
            m_issuingDesk = refusals.isEmpty();
            for (const QString& refusal : refusals)
                lines.append(QStringLiteral("• ") + refusal);
            const QList<ReceiptToRedo> toRedo = m_receipts->toRedo();
            if (!toRedo.isEmpty()) {
                QStringList numbers;
                for (const ReceiptToRedo& row : toRedo) {
                    const auto status = DonationCodes::statusFromCode(row.giftStatus);
                    const QString now
                        = status ? DonationCodes::statusLabel(*status).toLower() : tr("deleted");
                    numbers.append(tr("%1 (%2, gift %3)").arg(row.number, row.donorName, now));
                }
                lines.append(
                    tr("To redo after a refund: %1. Cancel each, or replace it by a receipt for the gifts "
                       "still paid.")
                        .arg(numbers.join(QStringLiteral(", "))));
            }
        },
        [&lines](const QString& message) { lines.append(message); });
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->setVisible(!lines.isEmpty());
    m_issue->setEnabled(m_issuingDesk);
}

std::optional<Receipt> ReceiptsView::selected() const
{
    return m_model->receiptAt(m_table->currentIndex().row());
}

void ReceiptsView::showSelected()
{
    const std::optional<Receipt> receipt = selected();
    const bool issued = receipt && receipt->status == ReceiptStatus::Issued;
    m_openPdf->setEnabled(receipt.has_value());
    m_saveCopy->setEnabled(receipt.has_value());
    m_cancel->setEnabled(issued && m_issuingDesk);
    m_replace->setEnabled(issued && m_issuingDesk);
    if (!receipt) {
        m_details->setText(
            m_model->rowCount() == 0
                ? tr("No receipt numbered in %1 yet. Issue receipts… issues those due for a year's gifts.")
                      .arg(m_year->value())
                : tr("Select a receipt to see its gifts and its PDF."));
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines.append(tr("%1 — %2, %3")
                     .arg(receipt->number, ReceiptCodes::formLabel(receipt->form),
                          ReceiptCodes::kindLabel(receipt->kind).toLower()));
    QString donor = receipt->donorName;
    if (!receipt->donorSiren.isEmpty())
        donor += tr(" (SIREN %1)").arg(receipt->donorSiren);
    lines.append(donor + QStringLiteral(", ")
                 + QString(receipt->donorAddress).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    QStringList gifts;
    for (const ReceiptGift& gift : receipt->gifts) {
        QString text = tr("%1: %2").arg(locale.toString(gift.date, QLocale::ShortFormat),
                                        Money::format(gift.giftCents, locale));
        if (gift.counterpartCents > 0)
            text += tr(" less a counterpart of %1").arg(Money::format(gift.counterpartCents, locale));
        gifts.append(text);
    }
    lines.append(tr("Gifts: %1. Receipted: %2.")
                     .arg(gifts.join(QStringLiteral("; ")), Money::format(receipt->amountCents, locale)));
    if (receipt->status == ReceiptStatus::Cancelled) {
        lines.append(
            tr("Cancelled on %1: %2")
                .arg(locale.toString(receipt->cancelledOn, QLocale::ShortFormat), receipt->cancelReason));
    }
    if (!receipt->replacesNumber.isEmpty())
        lines.append(tr("Replaces receipt %1.").arg(receipt->replacesNumber));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

QString ReceiptsView::pdfFolder() const
{
    return ReceiptBatch::defaultFolder(m_year->value());
}

bool ReceiptsView::cancelSelected(const QString& reason)
{
    const std::optional<Receipt> receipt = selected();
    if (!receipt)
        return false;
    QString refused;
    if (!runOrReport([&] { refused = m_receipts->cancel(receipt->sync.uuid, reason, Clock::today()); },
                     [&refused](const QString& message) { refused = message; })
        || !refused.isEmpty()) {
        Dialogs::warn(this, tr("Cancel the receipt"), refused);
        return false;
    }
    reload();
    emit receiptsChanged();
    return true;
}

bool ReceiptsView::replaceSelected(const QString& reason, const QString& folder)
{
    const std::optional<Receipt> receipt = selected();
    if (!receipt)
        return false;
    ReceiptBatch::Replacement replaced;
    runOrReport([&] { replaced = ReceiptBatch(m_database).replace(receipt->sync.uuid, reason, folder); },
                [&replaced](const QString& message) { replaced.problem = message; });
    if (!replaced.problem.isEmpty())
        Dialogs::warn(this, tr("Replace the receipt"), replaced.problem);
    if (!replaced.receipt)
        return false;
    m_year->setValue(replaced.receipt->year);
    reload();
    m_table->selectRow(m_model->rowOf(replaced.receipt->sync.uuid));
    emit receiptsChanged();
    return replaced.problem.isEmpty();
}

void ReceiptsView::askCancel()
{
    const std::optional<Receipt> receipt = selected();
    if (!receipt)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Cancel receipt %1").arg(receipt->number),
        tr("Why is it cancelled? Its number stays in the register, marked cancelled, with this reason."),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        cancelSelected(reason);
}

void ReceiptsView::askReplace()
{
    const std::optional<Receipt> receipt = selected();
    if (!receipt)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Replace receipt %1").arg(receipt->number),
                                                 tr("Why is it replaced? It is cancelled with this reason, "
                                                    "and a new receipt for its gifts still paid, with "
                                                    "the donor as recorded now, says that it replaces it."),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        replaceSelected(reason, pdfFolder());
}

void ReceiptsView::openPdf()
{
    const std::optional<Receipt> receipt = selected();
    if (!receipt)
        return;
    QString path = receipt->fileName;
    // A copy written before the receipt was cancelled would show it as valid: written again,
    // stamped, like one that is not on this computer (issued on another desk, or moved).
    if (path.isEmpty() || !QFileInfo::exists(path) || receipt->status == ReceiptStatus::Cancelled) {
        const QString cache
            = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/receipts");
        QString problem;
        runOrReport(
            [&] {
                QDir().mkpath(cache);
                problem = ReceiptBatch(m_database).writePdf(*receipt, cache, &path);
            },
            [&problem](const QString& message) { problem = message; });
        if (!problem.isEmpty()) {
            Dialogs::warn(this, tr("Open the PDF"), problem);
            return;
        }
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ReceiptsView::saveCopy()
{
    const std::optional<Receipt> receipt = selected();
    if (!receipt)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the copy"), pdfFolder());
    if (folder.isEmpty())
        return;
    QString problem;
    runOrReport([&] { problem = ReceiptBatch(m_database).writePdf(*receipt, folder); },
                [&problem](const QString& message) { problem = message; });
    if (!problem.isEmpty())
        Dialogs::warn(this, tr("Save a copy"), problem);
}

bool ReceiptsView::writeRegister(const QString& path)
{
    QString problem;
    runOrReport(
        [&] {
            const QList<Receipt> receipts = m_receipts->ofYear(m_year->value());
            problem = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                ? RegisterPdf::write(m_year->value(), receipts, AssociationRepository(m_database).load(),
                                     path)
                : ReceiptRegister::writeCsv(receipts, path);
        },
        [&problem](const QString& message) { problem = message; });
    if (!problem.isEmpty()) {
        Dialogs::warn(this, tr("Register"), problem);
        return false;
    }
    return true;
}

void ReceiptsView::askRegister()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Register of the receipts numbered in %1").arg(m_year->value()),
        QDir(pdfFolder()).filePath(tr("register-%1.pdf").arg(m_year->value())),
        tr("PDF (*.pdf);;CSV for a spreadsheet (*.csv)"), &filter);
    if (!path.isEmpty())
        writeRegister(path);
}

QString ReceiptsView::declarationText(int giftYear)
{
    ReceiptDeclaration d;
    QString problem;
    if (!runOrReport([&] { d = m_receipts->declaration(giftYear); },
                     [&problem](const QString& m) { problem = m; }))
        return problem;
    const QLocale locale;
    return tr("Gifts received in %1: %n receipt(s) issued, %2 in all (%3 cancelled, left out).\n"
              "Deadline: %4 (the second working day after 1 May, for a financial year ending on 31 December; "
              "three months after the close otherwise).\n"
              "Where: with the results return (2065-SD, frame L; or 2070-SD), or on demarches-simplifiees.fr "
              "(\"déclaration des dons\") for an association that files neither (art. 222 bis CGI).",
              nullptr, d.receiptCount)
        .arg(giftYear)
        .arg(Money::format(d.totalCents, locale))
        .arg(d.cancelledLeftOut)
        .arg(locale.toString(d.deadline, QLocale::LongFormat));
}

void ReceiptsView::showDeclaration()
{
    bool ok = false;
    const int year = QInputDialog::getInt(this, tr("Yearly declaration of gifts"), tr("Gifts received in:"),
                                          Clock::today().year() - 1, 2000, 2200, 1, &ok);
    if (ok)
        Dialogs::inform(this, tr("Yearly declaration of gifts"), declarationText(year));
}

void ReceiptsView::openIssueDialog()
{
    bool ok = false;
    const int year = QInputDialog::getInt(this, tr("Issue receipts"), tr("For the gifts received in:"),
                                          ReceiptBatch::giftYearDue(Clock::today()), 2000, 2200, 1, &ok);
    if (!ok)
        return;
    IssueReceiptsDialog dialog(m_database, year, this);
    connect(&dialog, &IssueReceiptsDialog::receiptsIssued, this, [this] {
        reload();
        emit receiptsChanged();
    });
    dialog.exec();
}

} // namespace casedesk
