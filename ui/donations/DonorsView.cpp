#include "donations/DonorsView.h"

#include "common/Attempt.h"
#include "common/DateEdit.h"
#include "common/Dialogs.h"
#include "common/FieldProblems.h"
#include "common/LayoutMemory.h"
#include "common/Money.h"
#include "common/RecordTable.h"
#include "donations/DonorPrivacyBar.h"
#include "donations/ledger/DonationRepository.h"
#include "donations/ledger/DonorRepository.h"
#include "itemmodels/DonorListModel.h"
#include "reports/DonorExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace casedesk {

DonorsView::DonorsView(DonorRepository& donors, DonationRepository& donations, QWidget* parent)
    : QWidget(parent)
    , m_donors(donors)
    , m_donations(donations)
    , m_model(new DonorListModel(donors, DonorListModel::Loading::Deferred, this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_message(new QLabel(this))
    , m_count(new QLabel(this))
{
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(DonorListModel::Name, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Donors"));
    m_search->setPlaceholderText(tr("Search a donor by name or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text().trimmed()); });
    m_message->setWordWrap(true);
    m_message->hide();

    auto* newButton = new QPushButton(tr("New donor…"), this);
    connect(newButton, &QPushButton::clicked, this, &DonorsView::newDonor);
    auto* exportButton = new QPushButton(tr("Export as CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, &DonorsView::chooseAndExportCsv);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(newButton);
    top->addWidget(exportButton);
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(buildDetails());
    splitter->setSizes({ 560, 600 });
    splitter->setChildrenCollapsible(false);
    LayoutMemory::remember(splitter, QStringLiteral("donors"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDonor(m_model->uuidAt(current.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n donor(s)", nullptr, m_model->totalCount()));
        if (m_current) {
            const int row = m_model->rowOf(m_current->sync.uuid);
            if (row >= 0)
                m_table->selectRow(row);
        }
    });
    showDonor(QUuid());
}

void DonorsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loaded)
        return;
    m_loaded = true;
    reload();
}

QWidget* DonorsView::buildDetails()
{
    auto* details = new QWidget(this);
    m_name = new QLineEdit(details);
    m_email = new QLineEdit(details);
    m_address = new QPlainTextEdit(details);
    m_address->setMaximumHeight(80);
    m_address->setPlaceholderText(tr("Street, postal code and city (for the tax receipt)"));
    // Person or company (the receipt's form), with the company's SIREN beside it.
    m_legalKind = new QComboBox(details);
    for (DonorLegalKind kind : DonorCodes::legalKinds())
        m_legalKind->addItem(DonorCodes::legalKindLabel(kind), DonorCodes::legalKind(kind));
    m_siren = new QLineEdit(details);
    m_siren->setPlaceholderText(tr("9 digits"));
    m_siren->setMaxLength(11); // "123 456 789"
    connect(m_legalKind, &QComboBox::currentIndexChanged, this, &DonorsView::followLegalKind);
    auto* sirenLabel = new QLabel(tr("S&IREN"), details);
    sirenLabel->setBuddy(m_siren);
    auto* legalRow = new QHBoxLayout;
    legalRow->addWidget(m_legalKind);
    legalRow->addWidget(sirenLabel);
    legalRow->addWidget(m_siren, 1);
    m_receiptChoice = new QComboBox(details);
    for (ReceiptChoice choice : DonorCodes::receiptChoices())
        m_receiptChoice->addItem(DonorCodes::receiptChoiceLabel(choice), DonorCodes::receiptChoice(choice));
    m_consent = new QCheckBox(tr("Agrees to be contacted by the association"), details);
    // When and where the donor agreed: the proof a solicitation needs (GDPR).
    m_consentDate = new DateEdit(details);
    m_consentDate->setOptional(true, tr("unknown"));
    m_consentSource = new QLineEdit(details);
    m_consentSource->setPlaceholderText(tr("Ulule form, paper slip…"));
    auto* sourceLabel = new QLabel(tr("thro&ugh"), details);
    sourceLabel->setBuddy(m_consentSource);
    auto* consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consentDate, 2);
    consentRow->addWidget(sourceLabel);
    consentRow->addWidget(m_consentSource, 3);
    // A row that is a layout gets no buddy from the form: its label is made here.
    auto* legalLabel = new QLabel(tr("&Donor is"), details);
    legalLabel->setBuddy(m_legalKind);
    auto* consentLabel = new QLabel(tr("&Consent on"), details);
    consentLabel->setBuddy(m_consentDate->lineEdit());
    m_notes = new QPlainTextEdit(details);
    m_notes->setMaximumHeight(60);
    m_save = new QPushButton(tr("Save the donor"), details);
    connect(m_save, &QPushButton::clicked, this, &DonorsView::saveDonor);
    auto* remove = new QPushButton(tr("Delete"), details);
    connect(remove, &QPushButton::clicked, this, &DonorsView::removeDonor);
    m_showDonations = new QPushButton(tr("Show in the ledger"), details);
    connect(m_showDonations, &QPushButton::clicked, this, [this] {
        if (m_current)
            emit showDonationsRequested(m_current->sync.uuid, m_current->name);
    });
    m_totals = new QLabel(details);
    m_totals->setWordWrap(true);
    m_history = new QTableWidget(0, 4, details);
    m_history->setHorizontalHeaderLabels({ tr("Date"), tr("Campaign"), tr("Amount"), tr("Status") });
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAccessibleName(tr("Donor's history"));
    setUpRecordTable(m_history);
    m_history->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("&Address"), m_address);
    form->addRow(legalLabel, legalRow);
    form->addRow(tr("&Receipts"), m_receiptChoice);
    form->addRow(QString(), m_consent);
    form->addRow(consentLabel, consentRow);
    form->addRow(QString(), m_consentDate->problemLabel());
    form->addRow(tr("N&otes"), m_notes);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_showDonations);
    buttons->addStretch(1);
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(buildPrivacyBar(details));
    layout->addWidget(m_totals);
    layout->addWidget(m_history, 1);
    return details;
}

DonorPrivacyBar* DonorsView::buildPrivacyBar(QWidget* parent)
{
    m_privacy = new DonorPrivacyBar(m_donations.database(), parent);
    connect(m_privacy, &DonorPrivacyBar::message, this, &DonorsView::showMessage);
    connect(m_privacy, &DonorPrivacyBar::donorErased, this, [this] {
        // Gone from the list and the searches; its gifts now carry the pseudonym.
        m_current.reset();
        reload();
        showDonor(QUuid());
        emit ledgerChanged();
    });
    return m_privacy;
}

void DonorsView::showDonor(const QUuid& uuid)
{
    m_current = uuid.isNull() ? std::nullopt : m_donors.load(uuid);
    const bool has = m_current.has_value();
    m_privacy->setDonor(has ? uuid : QUuid(), has ? m_current->name : QString());
    for (QWidget* field : std::initializer_list<QWidget*> {
             m_name, m_email, m_address, m_legalKind, m_siren, m_receiptChoice, m_consent, m_consentDate,
             m_consentSource, m_notes, m_save, m_showDonations })
        field->setEnabled(has);
    m_name->setText(has ? m_current->name : QString());
    m_email->setText(has ? m_current->email : QString());
    m_address->setPlainText(has ? m_current->address : QString());
    const Donor shown = has ? *m_current : Donor {};
    m_legalKind->setCurrentIndex(std::max(0, m_legalKind->findData(DonorCodes::legalKind(shown.legalKind))));
    m_siren->setText(shown.siren);
    followLegalKind();
    m_receiptChoice->setCurrentIndex(
        std::max(0, m_receiptChoice->findData(DonorCodes::receiptChoice(shown.receiptChoice))));
    m_consent->setChecked(has && m_current->consentToContact);
    m_consentDate->setDate(shown.consentDate);
    m_consentSource->setText(shown.consentSource);
    m_notes->setPlainText(has ? m_current->notes : QString());
    m_history->setRowCount(0);
    m_totals->clear();
    if (!has)
        return;
    const DonorHistory history = m_donations.donorHistory(uuid);
    m_history->setRowCount(int(history.donations.size()));
    for (int row = 0; row < history.donations.size(); ++row) {
        const DonationRow& donation = history.donations.at(row);
        m_history->setItem(row, 0,
                           new QTableWidgetItem(QLocale().toString(donation.date, QLocale::ShortFormat)));
        m_history->setItem(row, 1, new QTableWidgetItem(donation.campaignTitle));
        auto* amount
            = new QTableWidgetItem(Money::format(donation.amountCents, QLocale(), donation.currency));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_history->setItem(row, 2, amount);
        m_history->setItem(row, 3, new QTableWidgetItem(DonationCodes::statusLabel(donation.status)));
    }
    if (history.paidCount == 0) {
        m_totals->setText(tr("No paid donation yet."));
        return;
    }
    QString totals = tr("%n paid donation(s), %1 in all, from %2 to %3.", nullptr, history.paidCount)
                         .arg(Money::format(history.paidCents),
                              QLocale().toString(history.firstDate, QLocale::ShortFormat),
                              QLocale().toString(history.lastDate, QLocale::ShortFormat));
    if (history.refundedCents > 0)
        totals += QLatin1Char(' ') + tr("Refunded: %1.").arg(Money::format(history.refundedCents));
    m_totals->setText(totals);
}

// A SIREN is a company's: the field is open for a company only.
void DonorsView::followLegalKind()
{
    const bool company
        = m_legalKind->currentData().toString() == DonorCodes::legalKind(DonorLegalKind::Company);
    m_siren->setEnabled(company && m_current.has_value());
}

void DonorsView::selectDonor(const QUuid& uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row >= 0)
        m_table->selectRow(row);
    else
        showDonor(uuid);
}

void DonorsView::reload()
{
    if (!m_loaded)
        return;
    m_model->reload();
    if (m_current)
        showDonor(m_current->sync.uuid);
}

void DonorsView::showMessage(const QString& text, bool problem)
{
    casedesk::showMessage(m_message, text, problem);
}

void DonorsView::newDonor()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New donor"), tr("Name of the donor:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Donor donor;
    donor.name = name.trimmed();
    const QList<FieldProblem> problems = m_donors.create(donor);
    if (!problems.isEmpty()) {
        showMessage(problems.first().message, true);
        return;
    }
    showMessage(QString(), false);
    m_search->clear();
    m_model->setSearch(QString());
    selectDonor(donor.sync.uuid);
}

void DonorsView::saveDonor()
{
    if (!m_current)
        return;
    // A date still being typed is read as when the field loses focus; a refused one is said under it.
    m_consentDate->commitText();
    if (!m_consentDate->problem().isEmpty()) {
        showMessage(tr("The donor is not saved: fix the consent date."), true);
        return;
    }
    Donor donor = *m_current;
    donor.name = m_name->text().trimmed();
    donor.email = m_email->text().trimmed();
    donor.address = m_address->toPlainText().trimmed();
    donor.legalKind = DonorCodes::legalKindFromCode(m_legalKind->currentData().toString())
                          .value_or(DonorLegalKind::Person);
    // A person has no SIREN: one typed before the donor became a person again is not kept.
    donor.siren = donor.legalKind == DonorLegalKind::Company ? m_siren->text().trimmed() : QString();
    donor.receiptChoice = DonorCodes::receiptChoiceFromCode(m_receiptChoice->currentData().toString())
                              .value_or(ReceiptChoice::PerGift);
    donor.consentToContact = m_consent->isChecked();
    donor.consentDate = m_consentDate->date();
    donor.consentSource = m_consentSource->text().trimmed();
    donor.notes = m_notes->toPlainText();
    QList<FieldProblem> problems;
    const bool saved = runOrReport([&] { problems = m_donors.save(donor); },
                                   [&](const QString& message) {
                                       // Changed on another desk or window meanwhile: show what is
                                       // stored now.
                                       showMessage(message, true);
                                       showDonor(donor.sync.uuid);
                                   });
    if (!saved)
        return;
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const FieldProblem& problem : problems)
            messages << problem.message;
        showMessage(messages.join(QLatin1Char('\n')), true);
        return;
    }
    showMessage(tr("Donor saved."), false);
    m_current = donor;
    m_model->reload();
    emit ledgerChanged();
}

void DonorsView::chooseAndExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the donors"), QDir::home().filePath(tr("donors.csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool DonorsView::exportCsv(const QString& path)
{
    const DonationExport::Result result = DonorExport::write(m_donors, m_search->text().trimmed(), path);
    if (!result.ok) {
        showMessage(result.errorMessage, true);
        return false;
    }
    showMessage(tr("%n donor(s) exported to %1.", nullptr, result.rows).arg(QDir::toNativeSeparators(path)),
                false);
    return true;
}

void DonorsView::removeDonor()
{
    if (!m_current)
        return;
    if (!Dialogs::confirm(this, tr("Delete the donor"), tr("Delete %1 from the donors?").arg(m_current->name),
                          tr("Delete")))
        return;
    if (!runOrReport([&] { m_donors.remove(m_current->sync.uuid); },
                     [this](const QString& message) { showMessage(message, true); }))
        return;
    showMessage(tr("Donor deleted."), false);
    m_current.reset();
    reload();
    showDonor(QUuid());
}

} // namespace casedesk
