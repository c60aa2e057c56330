#pragma once

#include "campaigns/Campaign.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

// The campaign editor's "Case" tab: what the action is (title, summary, cause, harm fought) and
// where it is fought (legal basis, court, opposing party). Shows a campaign, gives back what is
// typed; saving is the editor's.
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

signals:
    // Any field changed, by typing or by the field's own undo.
    void edited();
    // The title as it is being typed (the editor's heading follows it).
    void titleEdited(const QString& title);

private:
    QLineEdit* m_title;
    QPlainTextEdit* m_summary;
    QComboBox* m_cause;
    QPlainTextEdit* m_harm;
    QPlainTextEdit* m_legalBasis;
    QLineEdit* m_court;
    QLineEdit* m_opposingParty;
};

// A multi-line field a few lines high, that Tab leaves (as the other fields of a form).
QPlainTextEdit* shortTextEdit(QWidget* parent, int lines);

} // namespace casedesk
