#pragma once

#include "campaigns/Association.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace casedesk {

class AssociationRepository;

// The association's profile: identity (RNA, SIREN), address, purpose and who signs. Saved as
// the user types, as soon as what is typed is valid; problems are shown beside their field.
class AssociationPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssociationPage(AssociationRepository& associations, QWidget* parent = nullptr);

    void reload();
    bool flush();
    QLineEdit* rnaEdit() const { return m_rna; }
    QLineEdit* sirenEdit() const { return m_siren; }
    QLabel* problemLabel(const QString& field) const { return m_problems.value(field); }

signals:
    void saveStateChanged(const QString& text);

private:
    void markDirty();
    bool save();
    Association collect() const;
    void showProblems(const QList<FieldProblem>& problems);

    AssociationRepository& m_associations;
    Association m_association;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_saving = false;
    QLineEdit* m_name;
    QLineEdit* m_legalForm;
    QLineEdit* m_rna;
    QLineEdit* m_siren;
    QPlainTextEdit* m_address;
    QPlainTextEdit* m_purpose;
    QCheckBox* m_generalInterest;
    QLineEdit* m_signatoryName;
    QLineEdit* m_signatoryRole;
    QMap<QString, QLabel*> m_problems;
    QTimer* m_autosave;
};

} // namespace casedesk
