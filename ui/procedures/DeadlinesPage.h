#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace casedesk {

class DeadlineListModel;
class ProcedureRepository;
class SettingsRepository;

// The Deadlines area: every open deadline across campaigns that is overdue (in red) or falls
// due within the chosen number of days, soonest first, with the days remaining; export to
// iCalendar for the lawyer's and the board's calendars.
class DeadlinesPage : public QWidget
{
    Q_OBJECT

public:
    DeadlinesPage(ProcedureRepository& procedures, SettingsRepository& settings, QWidget* parent = nullptr);

    DeadlineListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QSpinBox* horizonBox() const { return m_horizon; }
    QLabel* summaryLabel() const { return m_summary; }

    // Writes every milestone to `path`; false with a message when the file cannot be written.
    bool exportCalendar(const QString& path, QString* errorMessage);

public slots:
    void reload();
    void markSelectedMet();
    void exportCalendarInteractively();

signals:
    void openProcedureRequested(const QUuid& campaignUuid, const QUuid& procedureUuid,
                                const QUuid& milestoneUuid);
    void statusMessage(const QString& text);

private:
    void openSelected();
    void updateSummary();

    ProcedureRepository& m_procedures;
    SettingsRepository& m_settings;
    DeadlineListModel* m_model;
    QTableView* m_table;
    QSpinBox* m_horizon;
    QLabel* m_summary;
    QPushButton* m_open;
    QPushButton* m_met;
};

} // namespace casedesk
