#include "donations/CsvMappingDialog.h"

#include "common/Attempt.h"
#include "common/DateRules.h"
#include "common/Dialogs.h"
#include "donations/statements/CsvMappingStore.h"
#include "donations/statements/CsvStatementParser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

constexpr int kPreviewRows = 20;

QComboBox* columnCombo(QWidget* parent, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    return combo;
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

CsvMappingDialog::CsvMappingDialog(const QString& path, const CsvMapping& mapping, CsvMappingStore& store,
                                   QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_mapping(mapping)
    , m_store(store)
    , m_separator(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_skipLines(new QSpinBox(this))
    , m_header(new QCheckBox(tr("The first row names the columns"), this))
    , m_decimal(new QComboBox(this))
    , m_dateFormat(new QComboBox(this))
    , m_bookingDate(columnCombo(this, tr("Booking date column")))
    , m_valueDate(columnCombo(this, tr("Value date column")))
    , m_label(columnCombo(this, tr("Label column")))
    , m_label2(columnCombo(this, tr("Second label column")))
    , m_amount(columnCombo(this, tr("Amount column")))
    , m_debit(columnCombo(this, tr("Debit column")))
    , m_credit(columnCombo(this, tr("Credit column")))
    , m_reference(columnCombo(this, tr("Reference column")))
    , m_counterparty(columnCombo(this, tr("Counterparty column")))
    , m_saveName(new QLineEdit(this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(tr("Columns of the CSV statement"));
    resize(1000, 640);
    buildForm();
    showMapping();
    refresh();
}

void CsvMappingDialog::buildForm()
{
    m_separator->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_separator->addItem(tr("Comma ,"), QStringLiteral(","));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("Windows-1252 (Western Europe)"), QStringLiteral("Windows-1252"));
    m_skipLines->setRange(0, 50);
    m_decimal->addItem(tr("Comma: 1 234,56"), QStringLiteral(","));
    m_decimal->addItem(tr("Point: 1,234.56"), QStringLiteral("."));
    // Shown as people read a date pattern (JJ/MM/AAAA in French), kept as Qt's format code.
    for (const char* format :
         { "dd/MM/yyyy", "dd/MM/yy", "yyyy-MM-dd", "dd.MM.yyyy", "dd-MM-yyyy", "MM/dd/yyyy" })
        m_dateFormat->addItem(DateRules::readablePattern(QString::fromLatin1(format)),
                              QString::fromLatin1(format));
    m_saveName->setPlaceholderText(tr("e.g. Crédit Coopératif (optional)"));
    m_problems->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_problems->setWordWrap(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto* file = new QFormLayout;
    file->addRow(tr("&Separator"), m_separator);
    file->addRow(tr("&Encoding"), m_encoding);
    file->addRow(tr("Lines to &skip before the header"), m_skipLines);
    file->addRow(QString(), m_header);
    file->addRow(tr("&Decimals"), m_decimal);
    file->addRow(tr("Date &format"), m_dateFormat);
    auto* columns = new QFormLayout;
    columns->addRow(tr("&Booking date"), m_bookingDate);
    columns->addRow(tr("&Value date"), m_valueDate);
    columns->addRow(tr("&Label"), m_label);
    columns->addRow(tr("Label (continued)"), m_label2);
    columns->addRow(tr("&Amount (signed)"), m_amount);
    columns->addRow(tr("or Debi&t"), m_debit);
    columns->addRow(tr("and C&redit"), m_credit);
    columns->addRow(tr("Re&ference"), m_reference);
    columns->addRow(tr("C&ounterparty"), m_counterparty);
    auto* forms = new QHBoxLayout;
    forms->addLayout(file, 1);
    forms->addLayout(columns, 1);

    auto* save = new QFormLayout;
    save->addRow(tr("Save these columns as"), m_saveName);
    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(forms);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addLayout(save);
    layout->addWidget(buttons);

    for (QComboBox* combo : { m_separator, m_encoding, m_decimal, m_bookingDate, m_valueDate, m_label,
                              m_label2, m_amount, m_debit, m_credit, m_reference, m_counterparty })
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::refresh);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::refresh);
    connect(m_skipLines, &QSpinBox::valueChanged, this, &CsvMappingDialog::refresh);
    connect(m_header, &QCheckBox::toggled, this, &CsvMappingDialog::refresh);
}

void CsvMappingDialog::fillColumnChoices(const QStringList& header, int columnCount)
{
    for (QComboBox* combo : { m_bookingDate, m_valueDate, m_label, m_label2, m_amount, m_debit, m_credit,
                              m_reference, m_counterparty }) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int column = 0; column < columnCount; ++column) {
            const QString name = column < header.size() && !header.at(column).trimmed().isEmpty()
                ? header.at(column).trimmed()
                : tr("Column %1").arg(column + 1);
            combo->addItem(name, column);
        }
        selectData(combo, current.isValid() ? current : QVariant(-1));
    }
}

// Puts the mapping's values into the form (the columns once the file's header is known).
void CsvMappingDialog::showMapping()
{
    m_updating = true;
    selectData(m_separator, QString(m_mapping.separator));
    selectData(m_encoding, m_mapping.encoding);
    m_skipLines->setValue(m_mapping.skipLines);
    m_header->setChecked(m_mapping.hasHeaderRow);
    selectData(m_decimal, QString(m_mapping.decimalSeparator));
    if (m_dateFormat->findData(m_mapping.dateFormat) < 0)
        m_dateFormat->addItem(DateRules::readablePattern(m_mapping.dateFormat), m_mapping.dateFormat);
    selectData(m_dateFormat, m_mapping.dateFormat);
    fillColumnChoices({}, std::max(m_mapping.columnsNeeded(), 1));
    selectData(m_bookingDate, m_mapping.bookingDateColumn);
    selectData(m_valueDate, m_mapping.valueDateColumn);
    selectData(m_label, m_mapping.labelColumns.value(0, -1));
    selectData(m_label2, m_mapping.labelColumns.value(1, -1));
    selectData(m_amount, m_mapping.amountColumn);
    selectData(m_debit, m_mapping.debitColumn);
    selectData(m_credit, m_mapping.creditColumn);
    selectData(m_reference, m_mapping.referenceColumn);
    selectData(m_counterparty, m_mapping.counterpartyColumn);
    m_updating = false;
}

void CsvMappingDialog::readForm()
{
    m_mapping.separator = m_separator->currentData().toString().at(0);
    m_mapping.encoding = m_encoding->currentData().toString();
    m_mapping.skipLines = m_skipLines->value();
    m_mapping.hasHeaderRow = m_header->isChecked();
    m_mapping.decimalSeparator = m_decimal->currentData().toString().at(0);
    m_mapping.dateFormat = m_dateFormat->currentData().toString();
    m_mapping.bookingDateColumn = m_bookingDate->currentData().toInt();
    m_mapping.valueDateColumn = m_valueDate->currentData().toInt();
    m_mapping.labelColumns.clear();
    for (QComboBox* label : { m_label, m_label2 }) {
        if (label->currentData().toInt() >= 0)
            m_mapping.labelColumns << label->currentData().toInt();
    }
    m_mapping.amountColumn = m_amount->currentData().toInt();
    m_mapping.debitColumn = m_debit->currentData().toInt();
    m_mapping.creditColumn = m_credit->currentData().toInt();
    m_mapping.referenceColumn = m_reference->currentData().toInt();
    m_mapping.counterpartyColumn = m_counterparty->currentData().toInt();
}

void CsvMappingDialog::refresh()
{
    if (m_updating)
        return;
    m_updating = true;
    readForm();
    QFile file(m_path);
    CsvPreview preview;
    if (file.open(QIODevice::ReadOnly))
        preview = CsvStatementParser::preview(file, m_mapping, kPreviewRows, m_path);
    int columnCount = int(preview.header.size());
    for (const QStringList& row : std::as_const(preview.rows))
        columnCount = std::max(columnCount, int(row.size()));
    fillColumnChoices(preview.header, columnCount);
    m_preview->clear();
    m_preview->setColumnCount(columnCount);
    m_preview->setRowCount(int(preview.rows.size()));
    QStringList headers;
    for (int column = 0; column < columnCount; ++column)
        headers << (column < preview.header.size() ? preview.header.at(column)
                                                   : tr("Column %1").arg(column + 1));
    m_preview->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < preview.rows.size(); ++row) {
        const QStringList& cells = preview.rows.at(row);
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    QStringList problems = m_mapping.problems();
    if (!file.isOpen())
        problems << tr("Cannot read %1: %2").arg(m_path, file.errorString());
    if (preview.problem)
        problems << preview.problem->text();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_updating = false;
}

void CsvMappingDialog::accept()
{
    readForm();
    const QStringList problems = m_mapping.problems();
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char('\n')));
        m_problems->show();
        return;
    }
    const QString name = m_saveName->text().trimmed();
    if (!name.isEmpty()) {
        const bool saved = runOrReport(
            [&] {
                m_store.save(
                    name,
                    QString::fromUtf8(QJsonDocument(m_mapping.toJson()).toJson(QJsonDocument::Compact)));
                m_savedName = name;
            },
            [this](const QString& message) {
                m_problems->setText(message);
                m_problems->show();
            });
        if (!saved)
            return;
    }
    QDialog::accept();
}

} // namespace casedesk
