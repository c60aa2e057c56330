#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace casedesk {

// A date typed the locale's way (31/12/2026) or picked in a calendar that opens on the field's
// date, else on today. Unlike QDateEdit it can be empty (an optional date), typing into it never
// mixes with a placeholder, and a text that is no date, or an impossible one, is said in words
// in problemLabel(), which the form places under the field. date() stays the last accepted date.
class DateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);

    QDate date() const { return m_date; }
    // Shows `date` (invalid: empty) and clears any problem; emits nothing.
    void setDate(const QDate& date);
    // An optional date may be left empty; `emptyMeaning` says what empty means ("not set").
    void setOptional(bool optional, const QString& emptyMeaning = {});
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Why the text on screen is not an accepted date; empty when it is one, or while a date is
    // still being typed (see isPending()).
    QString problem() const { return m_problem; }
    // A date is being typed and is not complete yet ("31/12/2"): nothing is taken until it is.
    bool isPending() const { return m_pending; }
    // Reads what is typed now, as when the field loses focus (a dialog's Save).
    void commitText();
    QLabel* problemLabel() const { return m_problemLabel; }
    QLineEdit* lineEdit() const { return m_edit; }
    QCalendarWidget* calendar() const { return m_calendar; }
    void showCalendar();

signals:
    // The person typed or picked another date (invalid: emptied an optional date).
    void dateEdited(const QDate& date);
    void problemChanged(const QString& problem);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onTextEdited(const QString& text);
    void onEditingFinished();
    void accept(const QDate& date);
    void setProblem(const QString& problem);
    void updatePlaceholder();

    QLineEdit* m_edit;
    QToolButton* m_button;
    QMenu* m_popup;
    QCalendarWidget* m_calendar;
    QLabel* m_problemLabel;
    QDate m_date;
    QString m_problem;
    QString m_emptyMeaning;
    bool m_pending = false;
    bool m_optional = false;
    bool m_readOnly = false;
};

} // namespace casedesk
