#pragma once

#include "campaigns/Association.h"

#include <QByteArray>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace casedesk {

class AssociationRepository;

// The association's profile: identity (RNA, SIREN), address, purpose and who signs. Saved as
// the user types, as soon as what is typed is valid; problems are shown beside their field and
// nothing is written until they are fixed. Each save is a step of history() (Edit > Undo).
class AssociationPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssociationPage(AssociationRepository& associations, QWidget* parent = nullptr);

    // Another part of the association (the board), as a tab after the profile.
    void addPart(QWidget* part, const QString& title);
    QTabWidget* parts() const { return m_parts; }

    void reload();
    bool flush();
    bool hasUnsavedChanges() const { return m_dirty; }
    QUndoStack* history() const { return m_history; }
    // Edit > Undo and Redo: undo first takes back text not saved yet, then saved edits.
    void undoEdit();
    void redoEdit();
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* rnaEdit() const { return m_rna; }
    QLineEdit* sirenEdit() const { return m_siren; }
    QLabel* problemLabel(const QString& field) const { return m_problems.value(field); }

signals:
    void saveStateChanged(const QString& text);
    // A field refuses what is typed (empty: none does any more).
    void unsavedChanged(const QString& reason);

private:
    void markDirty();
    bool save();
    Association collect() const;
    void showProblems(const QList<FieldProblem>& problems);
    void chooseSignature();
    void showSignature();
    void showAssociation(const Association& association);
    void restore(const Association& state);

    AssociationRepository& m_associations;
    Association m_association;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_saving = false;
    bool m_applyingHistory = false;
    QLineEdit* m_name;
    QLineEdit* m_legalForm;
    QLineEdit* m_rna;
    QLineEdit* m_siren;
    QPlainTextEdit* m_address;
    QPlainTextEdit* m_purpose;
    QCheckBox* m_generalInterest;
    QLineEdit* m_signatoryName;
    QLineEdit* m_signatoryRole;
    QComboBox* m_receiptCategory;
    QLineEdit* m_receiptPlace;
    QLabel* m_signature;
    QPushButton* m_removeSignature;
    QByteArray m_signaturePng;
    QMap<QString, QLabel*> m_problems;
    QTimer* m_autosave;
    QUndoStack* m_history;
    QTabWidget* m_parts;
};

} // namespace casedesk
