#include "association/BoardPane.h"

#include "association/BoardMemberDialog.h"
#include "board/BoardRepository.h"
#include "common/Attempt.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/DateRules.h"
#include "common/FieldProblems.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {

QLabel* sentenceLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));
    return label;
}

QString roleText(const BoardMember& member)
{
    return member.role == BoardRole::Other && !member.roleLabel.isEmpty() ? member.roleLabel
                                                                          : BoardCodes::roleName(member.role);
}

} // namespace

BoardPane::BoardPane(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_board(std::make_unique<BoardRepository>(database))
{
    auto* intro = new QLabel(tr("The board (conseil d'administration) reviews each dossier and votes on it "
                                "before money is raised. Its rules are those of the statutes."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(makeMembersPart(), 1);
    layout->addWidget(makeRulesPart());
    reload();
}

BoardPane::~BoardPane() = default;

QWidget* BoardPane::makeMembersPart()
{
    auto* box = new QGroupBox(tr("Members"), this);
    m_members = new QTableWidget(0, 6, box);
    m_members->setHorizontalHeaderLabels(
        { tr("Name"), tr("Role"), tr("E-mail"), tr("From"), tr("Until"), tr("Signing key") });
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setStretchLastSection(true);
    auto* add = new QPushButton(tr("&Add member…"), box);
    m_edit = new QPushButton(tr("&Edit…"), box);
    m_retire = new QPushButton(tr("&Retire…"), box);
    m_owner = new QComboBox(box);
    m_owner->setToolTip(tr("What this desk does in a review is done in this member's name."));
    m_membersMessage = makeProblemLabel(box);
    connect(add, &QPushButton::clicked, this, &BoardPane::addMember);
    connect(m_edit, &QPushButton::clicked, this, &BoardPane::editMember);
    connect(m_retire, &QPushButton::clicked, this, &BoardPane::retireMember);
    connect(m_members, &QTableWidget::itemDoubleClicked, this, &BoardPane::editMember);
    connect(m_members, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = selectedMember().has_value();
        m_edit->setEnabled(selected);
        m_retire->setEnabled(selected);
    });
    connect(m_owner, &QComboBox::activated, this, &BoardPane::chooseOwner);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_retire);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("This desk &belongs to:"), box));
    static_cast<QLabel*>(buttons->itemAt(buttons->count() - 1)->widget())->setBuddy(m_owner);
    buttons->addWidget(m_owner);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_members, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_membersMessage);
    return box;
}

QWidget* BoardPane::makeRulesPart()
{
    auto* box = new QGroupBox(tr("The statutes' rules"), this);
    m_byFraction = new QRadioButton(tr("A &fraction of the members in office:"), box);
    m_byNumber = new QRadioButton(tr("A &number of members:"), box);
    m_numerator = new QSpinBox(box);
    m_numerator->setRange(1, 100);
    m_denominator = new QSpinBox(box);
    m_denominator->setRange(1, 100);
    m_number = new QSpinBox(box);
    m_number->setRange(1, 200);
    m_majority = new QComboBox(box);
    m_majority->addItem(tr("Simple majority of the votes cast"),
                        BoardRuleCodes::majority(MajorityKind::Simple));
    m_majority->addItem(tr("Absolute majority of the members"),
                        BoardRuleCodes::majority(MajorityKind::Absolute));
    m_majority->addItem(tr("Two thirds of the votes cast"),
                        BoardRuleCodes::majority(MajorityKind::TwoThirds));
    m_majority->addItem(tr("Unanimity"), BoardRuleCodes::majority(MajorityKind::Unanimity));
    m_abstentions = new QCheckBox(tr("Abstentions count as votes cast"), box);
    m_castingVote = new QCheckBox(tr("The president's vote decides a tie"), box);
    m_quorumSentence = sentenceLabel(box);
    m_majoritySentence = sentenceLabel(box);
    m_abstentionsSentence = sentenceLabel(box);
    m_castingSentence = sentenceLabel(box);
    m_applyRules = new QPushButton(tr("Appl&y the rules"), box);
    m_rulesMessage = makeProblemLabel(box);

    auto* fraction = new QHBoxLayout;
    fraction->addWidget(m_byFraction);
    fraction->addWidget(m_numerator);
    fraction->addWidget(new QLabel(QStringLiteral("/"), box));
    fraction->addWidget(m_denominator);
    fraction->addSpacing(24);
    fraction->addWidget(m_byNumber);
    fraction->addWidget(m_number);
    fraction->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("Quorum:"), fraction);
    form->addRow(QString(), m_quorumSentence);
    form->addRow(tr("&Majority:"), m_majority);
    form->addRow(QString(), m_majoritySentence);
    form->addRow(QString(), m_abstentions);
    form->addRow(QString(), m_abstentionsSentence);
    form->addRow(QString(), m_castingVote);
    form->addRow(QString(), m_castingSentence);
    auto* apply = new QHBoxLayout;
    apply->addWidget(m_rulesMessage, 1);
    apply->addWidget(m_applyRules);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addLayout(apply);

    for (QSpinBox* spin : { m_numerator, m_denominator, m_number })
        connect(spin, &QSpinBox::valueChanged, this, &BoardPane::explainRules);
    for (QRadioButton* radio : { m_byFraction, m_byNumber })
        connect(radio, &QRadioButton::toggled, this, &BoardPane::explainRules);
    for (QCheckBox* check : { m_abstentions, m_castingVote })
        connect(check, &QCheckBox::toggled, this, &BoardPane::explainRules);
    connect(m_majority, &QComboBox::currentIndexChanged, this, &BoardPane::explainRules);
    connect(m_applyRules, &QPushButton::clicked, this, &BoardPane::applyRules);
    return box;
}

void BoardPane::reload()
{
    runOrReport(
        [this] {
            m_all = m_board->all();
            showMembers();
            showRules(m_board->rules());
        },
        [this](const QString& message) { showMessage(m_membersMessage, message, true); });
}

void BoardPane::showMembers()
{
    const std::optional<BoardMember> selected = selectedMember();
    m_members->setRowCount(int(m_all.size()));
    const QDate today = Clock::today();
    for (int row = 0; row < m_all.size(); ++row) {
        const BoardMember& m = m_all.at(row);
        const QStringList cells { m.name,
                                  roleText(m),
                                  m.email,
                                  DateRules::format(m.from),
                                  m.until.isValid() ? DateRules::format(m.until) : QString(),
                                  m.publicKey.isEmpty() ? tr("No") : tr("Yes") };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, m.sync.uuid);
            if (!m.inOfficeOn(today))
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_members->setItem(row, column, item);
        }
        if (selected && selected->sync.uuid == m.sync.uuid)
            m_members->selectRow(row);
    }
    m_members->resizeColumnsToContents();
    m_edit->setEnabled(selectedMember().has_value());
    m_retire->setEnabled(selectedMember().has_value());

    const std::optional<QUuid> owner = m_board->deskOwner();
    m_owner->clear();
    m_owner->addItem(tr("Staff, no member"), QUuid());
    for (const BoardMember& m : std::as_const(m_all)) {
        if (m.inOfficeOn(today) || owner == m.sync.uuid)
            m_owner->addItem(m.nameWithRole(), m.sync.uuid);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner.value_or(QUuid()))));
}

void BoardPane::showRules(const BoardRules& rules)
{
    const QScopedValueRollback loading(m_loading, true);
    m_byFraction->setChecked(rules.quorumKind == QuorumKind::Fraction);
    m_byNumber->setChecked(rules.quorumKind == QuorumKind::Number);
    m_numerator->setValue(rules.quorumNumerator);
    m_denominator->setValue(rules.quorumDenominator);
    m_number->setValue(rules.quorumNumber);
    m_majority->setCurrentIndex(m_majority->findData(BoardRuleCodes::majority(rules.majority)));
    m_abstentions->setChecked(rules.abstentionsCountAsCast);
    m_castingVote->setChecked(rules.presidentBreaksTie);
    showMessage(m_rulesMessage, QString(), false);
    explainRules();
}

BoardRules BoardPane::rulesOnScreen() const
{
    BoardRules rules;
    rules.quorumKind = m_byNumber->isChecked() ? QuorumKind::Number : QuorumKind::Fraction;
    rules.quorumNumerator = m_numerator->value();
    rules.quorumDenominator = m_denominator->value();
    rules.quorumNumber = m_number->value();
    rules.majority
        = BoardRuleCodes::majorityFromCode(m_majority->currentData().toString()).value_or(rules.majority);
    rules.abstentionsCountAsCast = m_abstentions->isChecked();
    rules.presidentBreaksTie = m_castingVote->isChecked();
    return rules;
}

int BoardPane::membersInOfficeToday() const
{
    const QDate today = Clock::today();
    return int(
        std::count_if(m_all.begin(), m_all.end(), [&](const BoardMember& m) { return m.inOfficeOn(today); }));
}

void BoardPane::explainRules()
{
    const BoardRules rules = rulesOnScreen();
    m_numerator->setEnabled(m_byFraction->isChecked());
    m_denominator->setEnabled(m_byFraction->isChecked());
    m_number->setEnabled(m_byNumber->isChecked());
    // What is wrong with the quorum replaces its sentence until it is fixed.
    const QList<FieldProblem> problems = BoardRulesCheck::validate(rules);
    m_quorumSentence->setText(problems.isEmpty() ? rules.describeQuorum(membersInOfficeToday())
                                                 : fieldProblemsText(problems));
    m_quorumSentence->setStyleSheet(problems.isEmpty()
                                        ? QStringLiteral("QLabel { color: palette(placeholder-text); }")
                                        : QStringLiteral("QLabel { color: #b91c1c; }"));
    m_majoritySentence->setText(rules.describeMajority());
    m_abstentionsSentence->setText(rules.describeAbstentions());
    m_castingSentence->setText(rules.describeCastingVote());
    if (!m_loading)
        showMessage(m_rulesMessage, QString(), false);
    m_applyRules->setEnabled(problems.isEmpty());
}

void BoardPane::applyRules()
{
    const BoardRules rules = rulesOnScreen();
    QList<FieldProblem> problems;
    if (!runOrReport([&] { problems = m_board->setRules(rules); },
                     [this](const QString& message) { showMessage(m_rulesMessage, message, true); }))
        return;
    if (!problems.isEmpty()) {
        showMessage(m_rulesMessage, fieldProblemsText(problems), true);
        return;
    }
    showMessage(m_rulesMessage, tr("The rules are saved; a review round opened from now on follows them."),
                false);
}

std::optional<BoardMember> BoardPane::selectedMember() const
{
    const QList<QTableWidgetItem*> items = m_members->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QUuid uuid = items.first()->data(Qt::UserRole).toUuid();
    for (const BoardMember& m : m_all) {
        if (m.sync.uuid == uuid)
            return m;
    }
    return std::nullopt;
}

void BoardPane::addMember()
{
    BoardMember member;
    member.from = Clock::today();
    BoardMemberDialog dialog(*m_board, member, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void BoardPane::editMember()
{
    const std::optional<BoardMember> member = selectedMember();
    if (!member)
        return;
    BoardMemberDialog dialog(*m_board, *member, this);
    dialog.exec();
    reload(); // saved, or changed elsewhere meanwhile
}

void BoardPane::retireMember()
{
    const std::optional<BoardMember> member = selectedMember();
    if (!member)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Retire %1").arg(member->name));
    auto* explanation = new QLabel(tr("The mandate of %1 ends on this day. The member stays in the board's "
                                      "history and in the rounds they took part in.")
                                       .arg(member->nameWithRole()),
                                   &dialog);
    explanation->setWordWrap(true);
    auto* until = new DateEdit(&dialog);
    until->setDate(member->until.isValid() ? member->until : Clock::today());
    auto* problem = makeProblemLabel(&dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Retire"));
    auto* form = new QFormLayout;
    form->addRow(tr("Last day in &office:"), until);
    form->addRow(QString(), until->problemLabel());
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        until->commitText();
        if (!until->problem().isEmpty())
            return;
        QString why;
        if (!runOrReport([&] { why = m_board->retire(member->sync.uuid, until->date()); },
                         [&](const QString& message) { showProblem(problem, message); }))
            return;
        if (!why.isEmpty()) {
            showProblem(problem, why);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void BoardPane::chooseOwner()
{
    const QUuid uuid = m_owner->currentData().toUuid();
    QString why;
    runOrReport(
        [&] { why = m_board->setDeskOwner(uuid.isNull() ? std::nullopt : std::optional<QUuid>(uuid)); },
        [&](const QString& message) { why = message; });
    showMessage(m_membersMessage, why, !why.isEmpty());
    if (!why.isEmpty())
        reload();
}

} // namespace casedesk
