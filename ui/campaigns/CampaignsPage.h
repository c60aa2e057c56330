#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace casedesk {

class AssociationRepository;
class CampaignEditor;
class CampaignListModel;
class CampaignRepository;
class SettingsRepository;

// The Campaigns area: a searchable, filterable list on the left, the selected campaign's
// editor on the right.
class CampaignsPage : public QWidget
{
    Q_OBJECT

public:
    CampaignsPage(CampaignRepository& campaigns, AssociationRepository& associations,
                  SettingsRepository& settings, QWidget* parent = nullptr);

    CampaignEditor* editor() const { return m_editor; }
    QTableView* table() const { return m_table; }
    CampaignListModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    void selectCampaign(const QUuid& uuid);
    void selectFirstCampaign();

public slots:
    void createCampaign();
    void focusSearch();

signals:
    void saveStateChanged(const QString& text);
    void campaignCountChanged(int shown, int total);

private:
    QWidget* buildFilterBar();
    void applyFilters();
    void showColumnMenu(const QPoint& position);
    void onCurrentRowChanged();
    void updateCount();

    CampaignRepository& m_campaigns;
    CampaignListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_causeFilter;
    QTableView* m_table;
    QLabel* m_count;
    CampaignEditor* m_editor;
};

} // namespace casedesk
