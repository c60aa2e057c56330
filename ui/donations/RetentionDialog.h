#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {

class Database;

// How long the desk keeps donors' data (DonorRetention), for the treasurer: the erased donors
// whose restricted archive is due for purge, with Purge; the donors whose consent to be contacted
// should be asked again; and the privacy log (every export, erasure and purge).
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetentionDialog(Database& database, QWidget* parent = nullptr);

    QTableWidget* dueTable() const { return m_due; }
    QTableWidget* renewTable() const { return m_renew; }
    QTableWidget* logTable() const { return m_log; }

public slots:
    void reload();
    // Purges what is due once the user confirmed (Dialogs::confirm); the number purged.
    int purgeDue();

private:
    Database& m_database;
    QTableWidget* m_due;
    QTableWidget* m_renew;
    QTableWidget* m_log;
    QPushButton* m_purge;
    QLabel* m_dueNote;
    QLabel* m_renewNote;
    QLabel* m_message;
};

} // namespace casedesk
