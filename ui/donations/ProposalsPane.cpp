#include "donations/ProposalsPane.h"

#include "common/RecordTable.h"
#include "donations/ReconcileDecision.h"
#include "donations/reconcile/ReconciliationRepository.h"
#include "itemmodels/ProposalTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

ProposalsPane::ProposalsPane(ReconciliationRepository& reconcile, QWidget* parent)
    : QGroupBox(tr("Proposed matches"), parent)
    , m_reconcile(reconcile)
    , m_model(new ProposalTableModel(this))
    , m_table(new QTableView(this))
    , m_accept(new QPushButton(tr("Accept selected"), this))
    , m_reject(new QPushButton(tr("Reject selected"), this))
    , m_threshold(new QSpinBox(this))
    , m_acceptAbove(new QPushButton(tr("Accept all at or above this score"), this))
{
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(ProposalTableModel::Score, 60);
    header->resizeSection(ProposalTableModel::Rule, 160);
    header->resizeSection(ProposalTableModel::Date, 90);
    header->resizeSection(ProposalTableModel::Amount, 100);
    header->resizeSection(ProposalTableModel::BankLine, 260);
    header->resizeSection(ProposalTableModel::Matches, 280);
    fitColumnsToTitles(m_table);
    m_threshold->setRange(0, 100);
    m_threshold->setValue(90);

    m_accept->setObjectName(QStringLiteral("acceptProposalsButton"));
    m_reject->setObjectName(QStringLiteral("rejectProposalsButton"));
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_acceptAbove->setObjectName(QStringLiteral("acceptAboveButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("Score"), this));
    buttons->addWidget(m_threshold);
    buttons->addWidget(m_acceptAbove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    using ReconcileDecision::selectedRows;
    connect(m_accept, &QPushButton::clicked, this, [this] { acceptRows(selectedRows(m_table)); });
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectRows(selectedRows(m_table)); });
    connect(m_acceptAbove, &QPushButton::clicked, this, [this] { acceptAllAbove(m_threshold->value()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProposalsPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProposalsPane::updateButtons);
    updateButtons();
}

const ProposalList& ProposalsPane::proposals() const
{
    return m_model->proposals();
}

void ProposalsPane::setProposals(ProposalList proposals)
{
    m_model->setProposals(std::move(proposals));
}

void ProposalsPane::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

bool ProposalsPane::acceptRows(const QList<int>& rows)
{
    return decide(proposals().at(rows), true);
}

bool ProposalsPane::rejectRows(const QList<int>& rows)
{
    return decide(proposals().at(rows), false);
}

bool ProposalsPane::acceptAllAbove(int minimumScore)
{
    return decide(proposals().atOrAbove(minimumScore), true);
}

void ProposalsPane::dropTouching(const Proposal& done)
{
    m_model->accepted(done);
}

void ProposalsPane::keepOpen(const QSet<QString>& openLines)
{
    m_model->keepOpen(openLines);
}

bool ProposalsPane::decide(const QList<Proposal>& chosen, bool accept)
{
    QStringList refusals;
    int decidedCount = 0;
    for (const Proposal& proposal : chosen) {
        const ReconcileResult result = ReconcileDecision::attempt(
            [&] { return accept ? m_reconcile.accept(proposal) : m_reconcile.reject(proposal); });
        if (!result.ok) {
            refusals.append(result.message);
            continue;
        }
        ++decidedCount;
        if (accept)
            m_model->accepted(proposal);
        else
            m_model->rejected(proposal);
    }
    if (decidedCount > 0)
        emit decided();
    if (!refusals.isEmpty()) {
        const QString title = accept ? tr("Accept matches") : tr("Reject matches");
        const QString intro = tr("%n proposal(s) could not be decided:", nullptr, int(refusals.size()));
        Dialogs::warn(this, title, intro + QStringLiteral("\n\n") + refusals.join(QLatin1Char('\n')));
    }
    return refusals.isEmpty();
}

void ProposalsPane::updateButtons()
{
    const bool chosen = !ReconcileDecision::selectedRows(m_table).isEmpty();
    m_accept->setEnabled(!m_busy && chosen);
    m_reject->setEnabled(!m_busy && chosen);
    m_acceptAbove->setEnabled(!m_busy && !proposals().isEmpty());
}

} // namespace casedesk
