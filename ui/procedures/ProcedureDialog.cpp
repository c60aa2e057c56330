#include "procedures/ProcedureDialog.h"

#include "common/Dialogs.h"
#include "common/FieldProblems.h"
#include "procedures/ProcedureRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace casedesk {

namespace {

template<typename Enum>
void selectData(QComboBox* box, Enum value)
{
    const int index = box->findData(QVariant::fromValue(int(value)));
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

ProcedureDialog::ProcedureDialog(ProcedureRepository& repository, const Procedure& procedure, QWidget* parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_procedure(procedure)
    , m_court(new QComboBox(this))
    , m_courtName(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_caseNumber(new QLineEdit(this))
    , m_lawyer(new QLineEdit(this))
    , m_parties(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_appeals(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problems(makeProblemLabel(this))
{
    setWindowTitle(procedure.sync.uuid.isNull() ? tr("New procedure") : tr("Edit procedure"));
    setMinimumWidth(560);

    for (const Court court : ProcedureCodes::allCourts())
        m_court->addItem(ProcedureText::court(court), int(court));
    for (const ProcedureKind kind : ProcedureCodes::allKinds())
        m_kind->addItem(ProcedureText::kind(kind), int(kind));
    for (const ProcedureStatus status : ProcedureCodes::allStatuses())
        m_status->addItem(ProcedureText::status(status), int(status));
    for (const HolidayRegion region : FrenchCalendar::allRegions())
        m_region->addItem(FrenchCalendar::regionName(region), int(region));
    m_appeals->addItem(tr("None (first instance)"), QUuid());
    for (const Procedure& other : m_repository.forCampaign(procedure.campaignUuid)) {
        if (other.sync.uuid != procedure.sync.uuid)
            m_appeals->addItem(other.displayName(), other.sync.uuid);
    }

    selectData(m_court, procedure.court);
    selectData(m_kind, procedure.kind);
    selectData(m_status, procedure.status);
    selectData(m_region, procedure.region);
    const int appealed = m_appeals->findData(procedure.appealsUuid);
    m_appeals->setCurrentIndex(appealed >= 0 ? appealed : 0);
    m_courtName->setText(procedure.courtName);
    m_courtName->setPlaceholderText(tr("e.g. Tribunal administratif de Toulouse"));
    m_caseNumber->setText(procedure.caseNumber);
    m_caseNumber->setPlaceholderText(tr("Docket number given by the court registry"));
    m_lawyer->setText(procedure.lawyer);
    m_parties->setText(procedure.parties);
    m_parties->setPlaceholderText(tr("e.g. Association X c/ Préfet du Tarn"));
    m_notes->setPlainText(procedure.notes);
    m_notes->setMaximumHeight(90);
    m_region->setToolTip(tr("Courts in the Bas-Rhin, Haut-Rhin and Moselle also close on Good Friday and "
                            "26 December; deadlines are moved over those days."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Court:"), m_court);
    form->addRow(tr("Court &name:"), m_courtName);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Case n&umber:"), m_caseNumber);
    form->addRow(tr("&Lawyer:"), m_lawyer);
    form->addRow(tr("&Parties:"), m_parties);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Appeal of:"), m_appeals);
    form->addRow(tr("&Holidays:"), m_region);
    form->addRow(tr("N&otes:"), m_notes);

    auto* buttons = Dialogs::buttonBox(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
}

Procedure ProcedureDialog::procedure() const
{
    Procedure p = m_procedure;
    p.court = Court(m_court->currentData().toInt());
    p.courtName = m_courtName->text().trimmed();
    p.kind = ProcedureKind(m_kind->currentData().toInt());
    p.caseNumber = m_caseNumber->text().trimmed();
    p.lawyer = m_lawyer->text().trimmed();
    p.parties = m_parties->text().trimmed();
    p.status = ProcedureStatus(m_status->currentData().toInt());
    p.appealsUuid = m_appeals->currentData().toUuid();
    p.region = HolidayRegion(m_region->currentData().toInt());
    p.notes = m_notes->toPlainText();
    return p;
}

void ProcedureDialog::accept()
{
    if (showFieldProblems(m_problems, m_repository.check(procedure())))
        return;
    QDialog::accept();
}

} // namespace casedesk
