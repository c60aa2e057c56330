#include "common/DateEdit.h"

#include "common/Clock.h"
#include "common/DateRules.h"
#include "common/FieldProblems.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

namespace casedesk {

namespace {

// A date is only taken while typing once it is complete (a four-digit year): "31/12/2" would
// otherwise be saved as 2002 on the way to 2026. Two-digit years are read when typing ends.
bool complete(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^\\s*(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2})\\s*$"));
    return shape.match(text).hasMatch();
}

} // namespace

DateEdit::DateEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
    , m_popup(new QMenu(this))
    , m_calendar(new QCalendarWidget(m_popup))
    , m_problemLabel(makeProblemLabel(parent ? parent : this))
{
    m_edit->setMaxLength(20);
    m_button->setIcon(QIcon::fromTheme(QStringLiteral("x-office-calendar")));
    if (m_button->icon().isNull())
        m_button->setText(QStringLiteral("▾"));
    m_button->setToolTip(tr("Pick the date in a calendar"));
    m_button->setAccessibleName(tr("Calendar"));
    m_button->setFocusPolicy(Qt::NoFocus);
    m_calendar->setGridVisible(false);
    auto* action = new QWidgetAction(m_popup);
    action->setDefaultWidget(m_calendar);
    m_popup->addAction(action);
    setFocusProxy(m_edit);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    // Wide enough for a date and its pattern, never more: the rest of the row is the form's.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 16);

    connect(m_edit, &QLineEdit::textEdited, this, &DateEdit::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateEdit::onEditingFinished);
    connect(m_button, &QToolButton::clicked, this, &DateEdit::showCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate& picked) {
        m_popup->close();
        m_edit->setText(DateRules::format(picked, locale()));
        accept(picked);
    });
    updatePlaceholder();
}

void DateEdit::setDate(const QDate& date)
{
    m_date = date.isValid() ? date : QDate();
    m_edit->setText(DateRules::format(m_date, locale()));
    setProblem({});
}

void DateEdit::setOptional(bool optional, const QString& emptyMeaning)
{
    m_optional = optional;
    m_emptyMeaning = emptyMeaning;
    updatePlaceholder();
}

void DateEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setReadOnly(readOnly);
    m_button->setEnabled(!readOnly);
}

void DateEdit::updatePlaceholder()
{
    const QString pattern = DateRules::pattern(locale());
    m_edit->setPlaceholderText(
        m_optional && !m_emptyMeaning.isEmpty() ? tr("%1 (%2)").arg(m_emptyMeaning, pattern) : pattern);
}

void DateEdit::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LocaleChange) {
        updatePlaceholder();
        if (m_problem.isEmpty())
            m_edit->setText(DateRules::format(m_date, locale()));
    }
}

void DateEdit::showCalendar()
{
    if (m_readOnly)
        return;
    const QDate shown = m_date.isValid() ? m_date : Clock::today();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_popup->popup(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
}

void DateEdit::onTextEdited(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        if (m_optional)
            accept(QDate());
        else
            setProblem(tr("Give a date, as %1.").arg(DateRules::pattern(locale())));
        return;
    }
    if (!complete(text)) {
        // Still typing: nothing is taken, nothing scolded yet.
        setProblem({});
        m_pending = true;
        return;
    }
    const DateRules::Reading reading = DateRules::read(text, locale());
    if (reading.problem.isEmpty())
        accept(reading.date);
    else
        setProblem(reading.problem);
}

void DateEdit::commitText()
{
    onEditingFinished();
}

void DateEdit::onEditingFinished()
{
    if (m_readOnly)
        return;
    const DateRules::Reading reading = DateRules::read(m_edit->text(), locale());
    if (reading.empty) {
        if (m_optional)
            accept(QDate());
        else
            setProblem(tr("Give a date, as %1.").arg(DateRules::pattern(locale())));
        return;
    }
    if (!reading.problem.isEmpty()) {
        setProblem(reading.problem);
        return;
    }
    accept(reading.date);
    // The locale's own writing, whatever was typed: 4/6/27 becomes 04/06/2027.
    m_edit->setText(DateRules::format(reading.date, locale()));
}

void DateEdit::accept(const QDate& date)
{
    setProblem({});
    if (date == m_date)
        return;
    m_date = date;
    emit dateEdited(m_date);
}

void DateEdit::setProblem(const QString& problem)
{
    m_pending = false;
    showProblem(m_problemLabel, problem);
    if (problem == m_problem)
        return;
    m_problem = problem;
    m_edit->setStyleSheet(problem.isEmpty() ? QString()
                                            : QStringLiteral("QLineEdit { background: #fde2e1; }"));
    emit problemChanged(m_problem);
}

} // namespace casedesk
