#pragma once

#include <QUuid>
#include <QWidget>

class QPushButton;

namespace casedesk {

class Database;

// The donor's rights over their data, under the donor's details: "Export data…" (JSON or PDF),
// "Erase…" (a confirmation that says what goes and what is kept until when, with a required
// reason) and "Retention…" (RetentionDialog). The work is models/donations/privacy's.
class DonorPrivacyBar : public QWidget
{
    Q_OBJECT

public:
    explicit DonorPrivacyBar(Database& database, QWidget* parent = nullptr);

    // The donor the buttons act on; null when none is selected.
    void setDonor(const QUuid& uuid, const QString& name);

    // Writes the donor's data to `path`, a PDF when it ends in .pdf, else JSON; false (and the
    // message sent) when it failed.
    bool exportData(const QString& path);
    // Erases the donor for `reason`; false (and the message sent) when refused or failed.
    bool erase(const QString& reason);

public slots:
    void chooseAndExport();
    void confirmAndErase();
    void showRetention();

signals:
    void donorErased(const QUuid& uuid);
    // What was done, or why not: the page shows it in its message line.
    void message(const QString& text, bool problem);

private:
    Database& m_database;
    QUuid m_donor;
    QString m_name;
    QPushButton* m_export;
    QPushButton* m_erase;
};

} // namespace casedesk
