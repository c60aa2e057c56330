#pragma once

#include "donations/ledger/LedgerSummary.h"

#include <QMap>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;

namespace casedesk {

class CampaignRepository;
class Database;
class SettingsRepository;

// The fee transparency report of one campaign: what was given, what the platform and the payment
// processors kept, the flat campaign fee, and what is left for the legal action, as numbers, as
// a "where each euro goes" bar, and as donations per month. The numbers are LedgerSummary's.
class CampaignReportView : public QWidget
{
    Q_OBJECT

public:
    // The figures of the report, in the order shown and exported.
    enum class Figure
    {
        Raised,
        Refunded,
        Commission,
        PaymentFees,
        FlatFee,
        NetReceived,
        StillExpected,
        Available
    };

    CampaignReportView(Database& database, CampaignRepository& campaigns, SettingsRepository& settings,
                       QWidget* parent = nullptr);

    void setCampaign(const QUuid& campaignUuid);
    QUuid campaign() const;
    const CampaignLedgerSummary& summary() const { return m_summary; }
    // The figure as shown ("1 234,56 €").
    QString figureText(Figure figure) const;
    QChart* shareChart() const;
    QChart* monthsChart() const;
    // The share chart's legend, each line whole: the part, its amount and its share.
    QStringList shareLegend() const { return m_legendTexts; }

    // Writes the figures and the months; false (and the reason shown) when the file fails.
    bool exportCsv(const QString& path);

public slots:
    // Re-reads the campaigns and the current campaign's figures (after an import or a match).
    void reload();
    void chooseAndExportCsv();

private:
    QWidget* buildFigures();
    void reloadCampaigns();
    void refresh();
    void showFigures();
    void showShareChart();
    void showMonthsChart();
    static QString figureLabel(Figure figure);
    qint64 figureCents(Figure figure) const;

    Database& m_database;
    CampaignRepository& m_campaigns;
    SettingsRepository& m_settings;
    CampaignLedgerSummary m_summary;

    QComboBox* m_campaign;
    QPushButton* m_export;
    QLabel* m_message;
    QMap<Figure, QLabel*> m_figures;
    QLabel* m_notes = nullptr;
    QChartView* m_shareView;
    QChartView* m_monthsView;
    QWidget* m_shareLegend = nullptr;
    QStringList m_legendTexts;
};

} // namespace casedesk
