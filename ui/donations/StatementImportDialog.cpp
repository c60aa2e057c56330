#include "donations/StatementImportDialog.h"

#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "common/FieldProblems.h"
#include "common/Money.h"
#include "common/RecordTable.h"
#include "donations/CsvMappingDialog.h"
#include "donations/ledger/BankRepository.h"
#include "donations/statements/CsvMappingStore.h"
#include "donations/statements/StatementFormat.h"
#include "evidence/Sha256.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

// The preview's lines for the table: one row per line of the file; a duplicate's check box
// says "import anyway".
class StatementPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Line,
        Date,
        Amount,
        Label,
        Verdict,
        Reason,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const StatementPreview* preview)
    {
        beginResetModel();
        m_preview = preview;
        m_overrides.clear();
        endResetModel();
    }
    const QSet<int>& overrides() const { return m_overrides; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() || !m_preview ? 0 : int(m_preview->lines.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        const StatementLinePreview& preview = m_preview->lines.at(index.row());
        const StatementLine& line = m_preview->statement.lines.at(preview.index);
        const bool duplicate = preview.verdict == LineVerdict::Duplicate;
        if (role == Qt::CheckStateRole && index.column() == Verdict && duplicate)
            return m_overrides.contains(preview.index) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ForegroundRole && duplicate && !m_overrides.contains(preview.index))
            return QColor(0x6b, 0x72, 0x80);
        if (role == Qt::TextAlignmentRole && index.column() == Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && index.column() >= Label)
            return index.column() == Label ? line.label : preview.reason;
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case Line:
            return line.sourceLine;
        case Date:
            return QLocale().toString(line.bookingDate, QLocale::ShortFormat);
        case Amount:
            return Money::format(line.amountCents, QLocale(),
                                 line.currency.isEmpty() ? QStringLiteral("EUR") : line.currency);
        case Label:
            return line.label;
        case Verdict:
            if (!duplicate)
                return tr("New");
            return m_overrides.contains(preview.index) ? tr("Duplicate, import anyway") : tr("Duplicate");
        case Reason:
            return preview.reason;
        }
        return {};
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role) override
    {
        if (role != Qt::CheckStateRole || index.column() != Verdict)
            return false;
        const StatementLinePreview& preview = m_preview->lines.at(index.row());
        if (preview.verdict != LineVerdict::Duplicate)
            return false;
        if (value.toInt() == Qt::Checked)
            m_overrides.insert(preview.index);
        else
            m_overrides.remove(preview.index);
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        emit overridesChanged();
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        if (index.column() == Verdict && m_preview->lines.at(index.row()).verdict == LineVerdict::Duplicate)
            flags |= Qt::ItemIsUserCheckable;
        return flags;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Line:
            return tr("Line");
        case Date:
            return tr("Date");
        case Amount:
            return tr("Amount");
        case Label:
            return tr("Label");
        case Verdict:
            return tr("Import");
        case Reason:
            return tr("Why");
        }
        return {};
    }

signals:
    void overridesChanged();

private:
    const StatementPreview* m_preview = nullptr;
    QSet<int> m_overrides;
};

namespace {

QByteArray fileHead(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
}

} // namespace

StatementImportDialog::StatementImportDialog(Database& database, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_bank(new BankRepository(database, this))
    , m_mappings(new CsvMappingStore(database))
    , m_path(path)
    , m_model(new StatementPreviewModel(this))
    , m_fileLabel(new QLabel(this))
    , m_savedMapping(new QComboBox(this))
    , m_mappingButton(new QPushButton(tr("Columns…"), this))
    , m_account(new QComboBox(this))
    , m_problem(makeProblemLabel(this))
    , m_summary(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_table(new QTableView(this))
    , m_import(new QPushButton(tr("Import"), this))
{
    setWindowTitle(tr("Import a bank statement"));
    resize(980, 620);
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balance->setWordWrap(true);
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(StatementPreviewModel::Label, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Lines of the statement"));
    connect(m_model, &StatementPreviewModel::overridesChanged, this, [this] {
        if (m_preview)
            m_import->setText(
                tr("Import %n line(s)", nullptr, m_preview->newCount + int(m_model->overrides().size())));
    });

    auto* accountRow = new QHBoxLayout;
    accountRow->addWidget(m_account, 1);
    auto* addAccountButton = new QPushButton(tr("New account…"), this);
    connect(addAccountButton, &QPushButton::clicked, this, &StatementImportDialog::addAccount);
    accountRow->addWidget(addAccountButton);
    auto* mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_savedMapping, 1);
    mappingRow->addWidget(m_mappingButton);
    auto* form = new QFormLayout;
    form->addRow(tr("File"), m_fileLabel);
    // Rows of several widgets get no buddy from the form: without one, "&" would show as is.
    const auto labelFor = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("Bank &account"), m_account), accountRow);
    form->addRow(labelFor(tr("CSV &columns"), m_savedMapping), mappingRow);

    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Cancel);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_balance);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    m_isCsv = StatementFormats::detectFile(path) == StatementFormat::Csv;
    m_savedMapping->setVisible(m_isCsv);
    m_mappingButton->setVisible(m_isCsv);
    form->labelForField(mappingRow)->setVisible(m_isCsv);
    if (m_isCsv) {
        m_savedMapping->addItem(tr("Guessed from the file"));
        for (const QString& name : m_mappings->names())
            m_savedMapping->addItem(name, name);
        m_mapping = CsvMapping::guess(fileHead(path));
        connect(m_savedMapping, &QComboBox::currentIndexChanged, this, [this] {
            const QString name = m_savedMapping->currentData().toString();
            if (name.isEmpty()) {
                m_mapping = CsvMapping::guess(fileHead(m_path));
            } else if (const std::optional<QString> json = m_mappings->load(name)) {
                QString error;
                const std::optional<CsvMapping> mapping
                    = CsvMapping::fromJson(QJsonDocument::fromJson(json->toUtf8()).object(), &error);
                if (!mapping) {
                    showProblem(tr("The saved columns \"%1\" cannot be used: %2").arg(name, error));
                    return;
                }
                m_mapping = *mapping;
            }
            readFile();
        });
        connect(m_mappingButton, &QPushButton::clicked, this, &StatementImportDialog::editMapping);
    }
    connect(m_account, &QComboBox::currentIndexChanged, this, &StatementImportDialog::refreshPreview);
    readFile();
}

StatementImportDialog::~StatementImportDialog()
{
    delete m_mappings;
}

void StatementImportDialog::showProblem(const QString& text)
{
    casedesk::showProblem(m_problem, text);
}

void StatementImportDialog::readFile()
{
    const StatementParseResult result
        = StatementFormats::parseFile(m_path, m_isCsv ? std::optional<CsvMapping>(m_mapping) : std::nullopt);
    m_parsed = result.ok();
    m_statement = result.statement;
    if (!m_parsed) {
        // Nothing of a bad file is imported: the user sees where and why, and may fix the columns.
        showProblem(tr("This file cannot be imported: %1").arg(result.problem->text()));
        m_preview.reset();
        m_model->setPreview(nullptr);
        m_summary->clear();
        m_balance->clear();
        m_import->setEnabled(false);
        return;
    }
    showProblem(QString());
    // Read once per file: the preview runs again for each account the user picks.
    if (m_fileSha256.isEmpty())
        m_fileSha256 = Sha256::hexOfFile(m_path);
    fillAccounts(m_statement.accountIban);
    refreshPreview();
}

void StatementImportDialog::fillAccounts(const QString& fileIban)
{
    const QSignalBlocker blocker(m_account);
    const QVariant current = m_account->currentData();
    m_account->clear();
    bool fileAccountKnown = false;
    for (const BankAccount& account : m_bank->accounts()) {
        const QString name = account.name.isEmpty()
            ? Iban::grouped(account.iban)
            : tr("%1 (%2)").arg(account.name, Iban::grouped(account.iban));
        m_account->addItem(name, account.sync.uuid);
        fileAccountKnown = fileAccountKnown || account.iban == fileIban;
    }
    if (!fileIban.isEmpty() && !fileAccountKnown)
        m_account->insertItem(0, tr("New account %1 (from the file)").arg(Iban::grouped(fileIban)));
    int index = m_account->findData(current);
    if (index < 0 && !fileIban.isEmpty()) {
        for (int i = 0; i < m_account->count(); ++i) {
            if (const std::optional<BankAccount> account = m_bank->load(m_account->itemData(i).toUuid());
                account && account->iban == fileIban)
                index = i;
        }
    }
    m_account->setCurrentIndex(index >= 0 ? index : 0);
}

void StatementImportDialog::refreshPreview()
{
    if (!m_parsed)
        return;
    m_model->setPreview(nullptr);
    const bool previewed = runOrReport(
        [&] {
            m_preview = LedgerImport(m_database)
                            .previewStatement(m_statement, QFileInfo(m_path).fileName(),
                                              m_account->currentData().toUuid(), m_fileSha256);
        },
        [this](const QString& message) {
            m_preview.reset();
            showProblem(message);
            m_summary->clear();
            m_balance->clear();
            m_import->setEnabled(false);
        });
    if (!previewed)
        return;
    showProblem(QString());
    m_model->setPreview(&*m_preview);
    QString summary = tr("%n new line(s)", nullptr, m_preview->newCount) + QStringLiteral(", ")
        + tr("%n duplicate(s) (already imported; tick one to import it anyway)", nullptr,
             m_preview->duplicateCount);
    for (const QString& warning : m_preview->warnings)
        summary += QStringLiteral("\n") + warning;
    m_summary->setText(summary);
    const QString currency = m_statement.currency.isEmpty() ? QStringLiteral("EUR") : m_statement.currency;
    m_balance->setText(m_preview->balance.message(QLocale(), currency));
    m_balance->setStyleSheet(m_preview->balance.status == BalanceCheck::Status::Differs
                                 ? QStringLiteral("color: #b91c1c;")
                                 : QString());
    m_import->setText(tr("Import %n line(s)", nullptr, m_preview->newCount));
    m_import->setEnabled(true);
}

void StatementImportDialog::setOverride(int index, bool importAnyway)
{
    if (!m_preview)
        return;
    for (int row = 0; row < m_preview->lines.size(); ++row) {
        if (m_preview->lines.at(row).index == index)
            m_model->setData(m_model->index(row, StatementPreviewModel::Verdict),
                             importAnyway ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
}

void StatementImportDialog::editMapping()
{
    CsvMappingDialog dialog(m_path, m_mapping, *m_mappings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_mapping = dialog.mapping();
    if (!dialog.savedName().isEmpty()) {
        const QSignalBlocker blocker(m_savedMapping);
        if (m_savedMapping->findData(dialog.savedName()) < 0)
            m_savedMapping->addItem(dialog.savedName(), dialog.savedName());
        m_savedMapping->setCurrentIndex(m_savedMapping->findData(dialog.savedName()));
    }
    readFile();
}

void StatementImportDialog::addAccount()
{
    bool ok = false;
    const QString iban = QInputDialog::getText(this, tr("New bank account"), tr("IBAN of the account:"),
                                               QLineEdit::Normal, m_statement.accountIban, &ok);
    if (!ok || iban.trimmed().isEmpty())
        return;
    BankAccount account;
    account.iban = Iban::normalise(iban);
    account.name = m_statement.accountName;
    const QList<FieldProblem> problems = m_bank->create(account);
    if (!problems.isEmpty()) {
        showProblem(problems.first().message);
        return;
    }
    fillAccounts(m_statement.accountIban);
    m_account->setCurrentIndex(m_account->findData(account.sync.uuid));
    refreshPreview();
}

void StatementImportDialog::accept()
{
    if (!m_preview)
        return;
    const bool imported = runOrReport(
        [&] {
            m_resultText
                = LedgerImport(m_database).commitStatement(*m_preview, m_model->overrides()).summary();
        },
        [this](const QString& message) { showProblem(tr("Nothing was imported: %1").arg(message)); });
    if (!imported)
        return;
    QDialog::accept();
}

} // namespace casedesk

#include "StatementImportDialog.moc"
