#pragma once

#include "campaigns/Campaign.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class MoneyEdit;

// The campaign editor's "Case" tab: what the action is (title, summary, cause, harm fought),
// where it is fought (legal basis, court, opposing party), and "Before the board": the lawyer in
// charge, their assessment, the risks and adverse costs, why the association acts (desk-only,
// never published). Shows a campaign, gives back what is typed; saving is the editor's.
class CampaignCaseForm : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignCaseForm(QWidget* parent = nullptr);

    void load(const Campaign& campaign);
    void collectInto(Campaign& campaign) const;
    void setReadOnly(bool readOnly);
    // The fields a person types into (for undo and the read-only look).
    QList<QWidget*> typedFields() const;

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QLineEdit* courtEdit() const { return m_court; }
    QLineEdit* lawyerEdit() const { return m_lawyer; }
    QPlainTextEdit* assessmentEdit() const { return m_assessment; }
    QPlainTextEdit* risksEdit() const { return m_risks; }
    MoneyEdit* adverseCostsEdit() const { return m_adverseCosts; }
    QPlainTextEdit* whyAssociationEdit() const { return m_whyAssociation; }
    // What the fields refuse now (an adverse costs amount that is not one), a sentence each.
    QStringList problems() const;

signals:
    // Any field changed, by typing or by the field's own undo.
    void edited();
    // The title as it is being typed (the editor's heading follows it).
    void titleEdited(const QString& title);
    void problemsChanged();

private:
    void buildBoardGroup();

    QLineEdit* m_title;
    QPlainTextEdit* m_summary;
    QComboBox* m_cause;
    QPlainTextEdit* m_harm;
    QPlainTextEdit* m_legalBasis;
    QLineEdit* m_court;
    QLineEdit* m_opposingParty;
    QGroupBox* m_board;
    QLineEdit* m_lawyer;
    QPlainTextEdit* m_assessment;
    QPlainTextEdit* m_risks;
    MoneyEdit* m_adverseCosts;
    QPlainTextEdit* m_whyAssociation;
};

// A multi-line field a few lines high, that Tab leaves (as the other fields of a form).
QPlainTextEdit* shortTextEdit(QWidget* parent, int lines);

} // namespace casedesk
