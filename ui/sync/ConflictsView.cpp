#include "sync/ConflictsView.h"

#include "common/Attempt.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

enum Column
{
    FieldColumn,
    MineColumn,
    TheirsColumn,
    ChoiceColumn
};

constexpr int kFieldKeyRole = Qt::UserRole;

} // namespace

ConflictsView::ConflictsView(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_resolver(database)
    , m_list(new QListWidget(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_keepMine(new QPushButton(tr("Keep &mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep &theirs"), this))
    , m_applyChoices(new QPushButton(tr("&Apply my choices"), this))
{
    m_list->setAccessibleName(tr("Open conflicts"));
    m_table->setHorizontalHeaderLabels(
        { tr("Field"), tr("Mine (this desk)"), tr("Theirs (platform)"), tr("Keep") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    m_keepMine->setToolTip(tr("Every field as on this desk; it is sent at the next sync."));
    m_keepTheirs->setToolTip(tr("Every field as on the platform; nothing is sent."));
    m_applyChoices->setToolTip(tr("Each differing field from the side chosen on its row."));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_keepTheirs);
    buttons->addWidget(m_applyChoices);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_table, 1);
    detailLayout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsView::showSelected);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected({ ConflictSide::Mine, {} }); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] {
        resolveSelected({ ConflictSide::Theirs, {} });
    });
    connect(m_applyChoices, &QPushButton::clicked, this, [this] { resolveSelected(rowChoices()); });
    reload();
}

int ConflictsView::conflictCount() const
{
    return m_list->count();
}

void ConflictsView::reload()
{
    const qint64 selected = selectedId();
    m_list->clear();
    runOrReport(
        [&] {
            for (const SyncConflict& conflict : m_resolver.openConflicts()) {
                auto* item = new QListWidgetItem(m_resolver.title(conflict), m_list);
                item->setData(Qt::UserRole, conflict.id);
                item->setToolTip(
                    tr("Found %1")
                        .arg(QLocale().toString(conflict.detectedAt.toLocalTime(), QLocale::ShortFormat)));
                if (conflict.id == selected)
                    m_list->setCurrentItem(item);
            }
        },
        [this](const QString& message) { emit failed(message); });
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
}

qint64 ConflictsView::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ConflictsView::showSelected()
{
    m_table->setRowCount(0);
    const std::optional<SyncConflict> conflict
        = selectedId() ? m_resolver.conflict(selectedId()) : std::nullopt;
    if (conflict) {
        const QList<ConflictField> fields = m_resolver.fields(*conflict);
        m_table->setRowCount(int(fields.size()));
        for (int row = 0; row < fields.size(); ++row)
            fillRow(row, fields.at(row));
        m_table->resizeRowsToContents(); // a dozen rows: cheap, and multi-line values stay readable
    }
    updateButtons();
}

void ConflictsView::fillRow(int row, const ConflictField& field)
{
    auto* label = new QTableWidgetItem(field.label);
    label->setData(kFieldKeyRole, field.field);
    QFont font = label->font();
    font.setBold(field.differs);
    label->setFont(font);
    m_table->setItem(row, FieldColumn, label);
    m_table->setItem(row, MineColumn, new QTableWidgetItem(field.mine));
    m_table->setItem(row, TheirsColumn, new QTableWidgetItem(field.theirs));
    if (!field.choosable)
        return;
    auto* choice = new QComboBox(m_table);
    choice->addItem(tr("Mine"), int(ConflictSide::Mine));
    choice->addItem(tr("Theirs"), int(ConflictSide::Theirs));
    choice->setAccessibleName(tr("Keep for %1").arg(field.label));
    m_table->setCellWidget(row, ChoiceColumn, choice);
}

void ConflictsView::choose(const QString& field, ConflictSide side)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* choice = qobject_cast<QComboBox*>(m_table->cellWidget(row, ChoiceColumn));
        if (choice && m_table->item(row, FieldColumn)->data(kFieldKeyRole).toString() == field)
            choice->setCurrentIndex(choice->findData(int(side)));
    }
}

ConflictChoices ConflictsView::rowChoices() const
{
    ConflictChoices choices;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto* choice = qobject_cast<QComboBox*>(m_table->cellWidget(row, ChoiceColumn))) {
            choices.fields.insert(m_table->item(row, FieldColumn)->data(kFieldKeyRole).toString(),
                                  ConflictSide(choice->currentData().toInt()));
        }
    }
    return choices;
}

void ConflictsView::resolveSelected(const ConflictChoices& choices)
{
    const qint64 id = selectedId();
    if (!id || m_busy)
        return;
    runOrReport(
        [&] {
            const ConflictResolution outcome = m_resolver.resolve(id, choices);
            reload();
            emit resolved(outcome.queued
                              ? tr("Conflict resolved; the result is sent at the next sync.")
                              : tr("Conflict resolved; the desk now holds the platform's version."));
        },
        [this](const QString& message) {
            reload();
            emit failed(message);
        });
}

void ConflictsView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ConflictsView::updateButtons()
{
    const bool enabled = !m_busy && selectedId() != 0;
    m_keepMine->setEnabled(enabled);
    m_keepTheirs->setEnabled(enabled);
    m_applyChoices->setEnabled(enabled);
}

} // namespace casedesk
