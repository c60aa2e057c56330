#include "donations/CampaignReportView.h"

#include "campaigns/CampaignRepository.h"
#include "common/Attempt.h"
#include "common/Dialogs.h"
#include "common/Money.h"
#include "reports/CsvWriter.h"
#include "settings/SettingsRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <QValueAxis>

namespace casedesk {

namespace {

using Figure = CampaignReportView::Figure;

const QList<Figure> kFigures
    = { Figure::Raised,  Figure::Refunded,    Figure::Commission,    Figure::PaymentFees,
        Figure::FlatFee, Figure::NetReceived, Figure::StillExpected, Figure::Available };

// What was kept by someone else, shown with a minus sign.
bool isDeduction(Figure figure)
{
    return figure == Figure::Commission || figure == Figure::PaymentFees || figure == Figure::FlatFee;
}

// Charts draw in doubles; the figures themselves stay in cents.
double euros(qint64 cents)
{
    return double(cents) / 100.0;
}

QChartView* makeChartView(QWidget* parent)
{
    auto* view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

} // namespace

CampaignReportView::CampaignReportView(Database& database, CampaignRepository& campaigns,
                                       SettingsRepository& settings, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_campaigns(campaigns)
    , m_settings(settings)
    , m_campaign(new QComboBox(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_message(new QLabel(this))
    , m_shareView(makeChartView(this))
    , m_monthsView(makeChartView(this))
{
    m_campaign->setMinimumContentsLength(40);
    m_message->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Campaign"), this));
    top->addWidget(m_campaign);
    top->addStretch(1);
    top->addWidget(m_export);

    // The share chart's legend is ours, under the bar: words wrap there, where the chart's own
    // legend cut them ("Commission de la plateforme : 140,…").
    m_shareLegend = new QWidget(this);
    auto* legendLayout = new QVBoxLayout(m_shareLegend);
    legendLayout->setContentsMargins(8, 0, 8, 4);
    legendLayout->setSpacing(2);
    auto* shareSide = new QWidget(this);
    auto* shareLayout = new QVBoxLayout(shareSide);
    shareLayout->setContentsMargins(0, 0, 0, 0);
    shareLayout->addWidget(m_shareView, 1);
    shareLayout->addWidget(m_shareLegend);
    auto* upper = new QHBoxLayout;
    upper->addWidget(buildFigures());
    upper->addWidget(shareSide, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(upper, 1);
    layout->addWidget(m_monthsView, 1);
    layout->addWidget(m_message);

    connect(m_campaign, &QComboBox::currentIndexChanged, this, &CampaignReportView::refresh);
    connect(m_export, &QPushButton::clicked, this, &CampaignReportView::chooseAndExportCsv);
    connect(&m_campaigns, &CampaignRepository::campaignCreated, this, &CampaignReportView::reload);
    connect(&m_campaigns, &CampaignRepository::campaignSaved, this, &CampaignReportView::reload);
    connect(&m_campaigns, &CampaignRepository::campaignRemoved, this, &CampaignReportView::reload);
    connect(&m_campaigns, &CampaignRepository::campaignsReset, this, &CampaignReportView::reload);
    connect(&m_settings, &SettingsRepository::feeSettingsChanged, this, &CampaignReportView::refresh);
    reload();
}

QWidget* CampaignReportView::buildFigures()
{
    auto* box = new QGroupBox(tr("Where the money went"), this);
    auto* form = new QFormLayout(box);
    for (Figure figure : kFigures) {
        auto* value = new QLabel(box);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (figure == Figure::Available) {
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
        }
        m_figures.insert(figure, value);
        form->addRow(figureLabel(figure), value);
    }
    m_notes = new QLabel(box);
    m_notes->setWordWrap(true);
    form->addRow(m_notes);
    box->setMinimumWidth(360);
    return box;
}

QString CampaignReportView::figureLabel(Figure figure)
{
    switch (figure) {
    case Figure::Raised:
        return tr("Gross raised");
    case Figure::Refunded:
        return tr("Refunded (not in gross)");
    case Figure::Commission:
        return tr("Platform commission");
    case Figure::PaymentFees:
        return tr("Payment fees");
    case Figure::FlatFee:
        return tr("Flat campaign fee");
    case Figure::NetReceived:
        return tr("Net received in the bank");
    case Figure::StillExpected:
        return tr("Still expected from platforms");
    case Figure::Available:
        return tr("Available for the legal action");
    }
    return {};
}

qint64 CampaignReportView::figureCents(Figure figure) const
{
    switch (figure) {
    case Figure::Raised:
        return m_summary.raisedCents;
    case Figure::Refunded:
        return m_summary.refundedCents;
    case Figure::Commission:
        return m_summary.commissionCents;
    case Figure::PaymentFees:
        return m_summary.paymentFeesCents;
    case Figure::FlatFee:
        return m_summary.flatFeeCents;
    case Figure::NetReceived:
        return m_summary.netReceivedCents;
    case Figure::StillExpected:
        return m_summary.stillExpectedCents;
    case Figure::Available:
        return m_summary.availableCents;
    }
    return 0;
}

void CampaignReportView::setCampaign(const QUuid& campaignUuid)
{
    const int index = m_campaign->findData(campaignUuid);
    if (index >= 0)
        m_campaign->setCurrentIndex(index);
}

QUuid CampaignReportView::campaign() const
{
    return m_campaign->currentData().toUuid();
}

QString CampaignReportView::figureText(Figure figure) const
{
    return m_figures.value(figure)->text();
}

QChart* CampaignReportView::shareChart() const
{
    return m_shareView->chart();
}

QChart* CampaignReportView::monthsChart() const
{
    return m_monthsView->chart();
}

void CampaignReportView::reload()
{
    reloadCampaigns();
    refresh();
}

void CampaignReportView::reloadCampaigns()
{
    const QUuid current = campaign();
    const QSignalBlocker blocker(m_campaign);
    m_campaign->clear();
    CampaignQuery query;
    query.sortColumn = CampaignColumn::Title;
    query.sortOrder = Qt::AscendingOrder;
    runOrReport(
        [&] {
            for (const CampaignRow& row : m_campaigns.rows(query, 0, m_campaigns.count(query)))
                m_campaign->addItem(row.title, row.uuid);
        },
        [this](const QString& message) { m_message->setText(message); });
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(current)));
}

void CampaignReportView::refresh()
{
    m_summary = {};
    m_message->clear();
    if (!campaign().isNull()) {
        runOrReport(
            [&] {
                m_summary = LedgerSummary::forCampaign(m_database, campaign(),
                                                       m_settings.feeSettings().flatCampaignFeeCents);
            },
            [this](const QString& message) { m_message->setText(message); });
    } else {
        m_message->setText(tr("No campaign yet: create one to see its donations."));
    }
    m_export->setEnabled(!campaign().isNull());
    showFigures();
    showShareChart();
    showMonthsChart();
    // The axes were replaced: repaint the whole views, or the labels of the axes removed stay
    // drawn under the new ones ("1000" over "800" after another campaign).
    for (QChartView* view : { m_shareView, m_monthsView }) {
        view->scene()->invalidate();
        view->viewport()->update();
    }
}

void CampaignReportView::showFigures()
{
    const QLocale locale = this->locale();
    for (Figure figure : kFigures) {
        const QString amount = Money::format(figureCents(figure), locale);
        m_figures.value(figure)->setText(isDeduction(figure) ? tr("− %1").arg(amount) : amount);
    }
    m_figures.value(Figure::Raised)->setToolTip(tr("%n paid donation(s)", nullptr, m_summary.paidCount));
    m_figures.value(Figure::Refunded)
        ->setToolTip(tr("%n refunded donation(s)", nullptr, m_summary.refundedCount));
    QStringList notes;
    if (m_summary.raisedCents > 0) {
        const double share = 100.0 * double(m_summary.availableCents) / double(m_summary.raisedCents);
        notes.append(tr("Of the %1 given, %2 (%3 %) is available for the legal action.")
                         .arg(Money::format(m_summary.raisedCents, locale),
                              Money::format(m_summary.availableCents, locale),
                              locale.toString(share, 'f', 1)));
    }
    if (m_summary.pendingCents > 0)
        notes.append(tr("%1 of pending donations is not counted yet.")
                         .arg(Money::format(m_summary.pendingCents, locale)));
    m_notes->setText(notes.join(QStringLiteral("\n\n")));
}

// One bar split into what each party kept: the gross raised, read from left to right.
void CampaignReportView::showShareChart()
{
    QChart* chart = shareChart();
    chart->removeAllSeries();
    // removeAxis() hands the axis back to us (QChart's documentation): delete it, or every
    // refresh would leak the previous axes.
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QLocale locale = this->locale();
    const qint64 total = m_summary.raisedCents;
    auto* series = new QHorizontalStackedBarSeries;
    const QList<Figure> parts
        = { Figure::Commission, Figure::PaymentFees, Figure::FlatFee, Figure::Available };
    for (Figure figure : parts) {
        // A flat fee larger than what came in leaves nothing, not a negative bar.
        const qint64 cents = std::max<qint64>(0, figureCents(figure));
        const QString share
            = total > 0 ? locale.toString(100.0 * double(cents) / double(total), 'f', 1) : QString();
        auto* set = new QBarSet(
            total > 0 ? tr("%1: %2 (%3 %)").arg(figureLabel(figure), Money::format(cents, locale), share)
                      : figureLabel(figure));
        set->append(euros(cents));
        series->append(set);
    }
    // Colours come from the chart's theme once the series is in the chart.
    QLayout* legend = m_shareLegend->layout();
    while (QLayoutItem* item = legend->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_legendTexts.clear();
    chart->addSeries(series);
    auto* category = new QBarCategoryAxis;
    category->append(tr("Raised"));
    category->setVisible(false);
    chart->addAxis(category, Qt::AlignLeft);
    series->attachAxis(category);
    auto* value = new QValueAxis;
    // Exactly the gross, so the bar fills the width; the legend carries the amounts.
    value->setRange(0, std::max(euros(total), 1.0));
    value->setVisible(false);
    chart->addAxis(value, Qt::AlignBottom);
    series->attachAxis(value);
    chart->setTitle(total > 0 ? tr("Where each euro of the %1 raised goes").arg(Money::format(total, locale))
                              : tr("No paid donation yet"));
    chart->legend()->setVisible(false);
    for (QBarSet* set : series->barSets()) {
        auto* row = new QWidget(m_shareLegend);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* swatch = new QLabel(row);
        swatch->setFixedSize(12, 12);
        swatch->setStyleSheet(QStringLiteral("QLabel { background: %1; }").arg(set->color().name()));
        auto* text = new QLabel(set->label(), row);
        text->setWordWrap(true);
        rowLayout->addWidget(swatch, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1);
        legend->addWidget(row);
        m_legendTexts.append(set->label());
    }
}

void CampaignReportView::showMonthsChart()
{
    QChart* chart = monthsChart();
    chart->removeAllSeries();
    // removeAxis() hands the axis back to us (QChart's documentation): delete it, or every
    // refresh would leak the previous axes.
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QLocale locale = this->locale();
    auto* set = new QBarSet(tr("Paid donations (euros)"));
    auto* months = new QBarCategoryAxis;
    qint64 highest = 0;
    for (const MonthTotal& month : std::as_const(m_summary.months)) {
        set->append(euros(month.paidCents));
        months->append(locale.toString(month.month, QStringLiteral("MMM yyyy")));
        highest = std::max(highest, month.paidCents);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    auto* value = new QValueAxis;
    value->setRange(0, std::max(euros(highest), 1.0));
    value->setLabelFormat(QStringLiteral("%.0f"));
    value->applyNiceNumbers();
    // The unit on the axis. Its numbers stay plain (1000): Qt Charts 6.4 draws the French group
    // separator over the next label.
    value->setTitleText(tr("Euros (€)"));
    chart->addAxis(value, Qt::AlignLeft);
    series->attachAxis(value);
    chart->legend()->setVisible(false);
    chart->setTitle(tr("Donations per month, in euros"));
}

void CampaignReportView::chooseAndExportCsv()
{
    const QString suggested = tr("%1 - fee report.csv").arg(m_campaign->currentText());
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the fee report"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty() && exportCsv(path))
        m_message->setText(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)));
}

bool CampaignReportView::exportCsv(const QString& path)
{
    // Written aside and renamed: a failed export never leaves half a file under the chosen name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Dialogs::warn(this, tr("Export the fee report"),
                      tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    CsvWriter writer(&file);
    writer.writeTextRow({ tr("Campaign"), m_campaign->currentText() });
    writer.writeTextRow({ tr("Figure"), tr("Amount") });
    for (Figure figure : kFigures)
        writer.writeRow({ CsvCell::ofText(figureLabel(figure)), CsvCell::ofAmount(figureCents(figure)) });
    writer.writeTextRow({});
    writer.writeTextRow({ tr("Month"), tr("Paid donations"), tr("Amount") });
    for (const MonthTotal& month : std::as_const(m_summary.months)) {
        writer.writeRow({ CsvCell::ofText(month.month.toString(QStringLiteral("yyyy-MM"))),
                          CsvCell::ofText(QString::number(month.paidCount)),
                          CsvCell::ofAmount(month.paidCents) });
    }
    if (!writer.ok() || !file.commit()) {
        Dialogs::warn(this, tr("Export the fee report"),
                      tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace casedesk
