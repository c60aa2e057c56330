#include "association/AssociationPage.h"

#include "campaigns/AssociationRepository.h"
#include "common/Attempt.h"
#include "common/EditHistory.h"
#include "receipts/Receipt.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTabWidget>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace casedesk {

AssociationPage::AssociationPage(AssociationRepository& associations, QWidget* parent)
    : QWidget(parent)
    , m_associations(associations)
    , m_autosave(new QTimer(this))
    , m_history(new QUndoStack(this))
{
    m_name = new QLineEdit(this);
    m_legalForm = new QLineEdit(this);
    m_legalForm->setPlaceholderText(tr("e.g. Association loi 1901"));
    m_rna = new QLineEdit(this);
    m_rna->setPlaceholderText(tr("W, prefecture code and 6 digits, e.g. W313012345"));
    m_rna->setMaxLength(10);
    m_siren = new QLineEdit(this);
    m_siren->setPlaceholderText(tr("9 digits (optional)"));
    m_siren->setMaxLength(9);
    m_address = new QPlainTextEdit(this);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_purpose = new QPlainTextEdit(this);
    m_purpose->setTabChangesFocus(true);
    m_generalInterest = new QCheckBox(tr("Of general interest: may issue tax receipts to donors"), this);
    m_signatoryName = new QLineEdit(this);
    m_signatoryRole = new QLineEdit(this);
    m_signatoryRole->setPlaceholderText(tr("e.g. President"));
    m_receiptCategory = new QComboBox(this);
    m_receiptCategory->addItem(tr("Not chosen"), QString());
    for (const ReceiptCategory category : ReceiptCodes::categories())
        m_receiptCategory->addItem(ReceiptCodes::categoryLabel(category), ReceiptCodes::category(category));
    m_receiptCategory->setToolTip(
        tr("The box of the Cerfa's \"Bénéficiaire\" section that the receipts tick."));
    m_receiptPlace = new QLineEdit(this);
    m_receiptPlace->setPlaceholderText(tr("Where the receipts are signed, e.g. Toulouse"));
    m_signature = new QLabel(this);
    m_signature->setFixedHeight(m_receiptPlace->sizeHint().height() * 2);
    auto* chooseSignature = new QPushButton(tr("C&hoose…"), this);
    m_removeSignature = new QPushButton(tr("Remo&ve"), this);
    auto* signatureRow = new QHBoxLayout;
    signatureRow->addWidget(m_signature, 1);
    signatureRow->addWidget(chooseSignature);
    signatureRow->addWidget(m_removeSignature);
    connect(chooseSignature, &QPushButton::clicked, this, &AssociationPage::chooseSignature);
    connect(m_removeSignature, &QPushButton::clicked, this, [this] {
        m_signaturePng.clear();
        showSignature();
        markDirty();
    });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addField = [this, form](const QString& key, const QString& label, QWidget* field) {
        form->addRow(label, field);
        auto* problem = new QLabel(this);
        problem->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
        problem->setWordWrap(true);
        problem->hide();
        form->addRow(QString(), problem);
        m_problems.insert(key, problem);
    };
    addField(QStringLiteral("name"), tr("&Name"), m_name);
    form->addRow(tr("&Legal form"), m_legalForm);
    addField(QStringLiteral("rna"), tr("&RNA number"), m_rna);
    addField(QStringLiteral("siren"), tr("&SIREN"), m_siren);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Purpose"), m_purpose);
    form->addRow(QString(), m_generalInterest);
    form->addRow(tr("Signatory's na&me"), m_signatoryName);
    form->addRow(tr("Signatory's r&ole"), m_signatoryRole);
    addField(QStringLiteral("receiptCategory"), tr("Receipt &category"), m_receiptCategory);
    form->addRow(tr("Receipts signed &at"), m_receiptPlace);
    form->addRow(tr("Signature image"), signatureRow);

    auto* intro
        = new QLabel(tr("The association that takes the legal action. Its RNA number is required before "
                        "a campaign is published; the signatory signs the tax receipts."),
                     this);
    intro->setWordWrap(true);
    // A profile reads best at a comfortable width, not stretched across a wide screen.
    auto* column = new QWidget(this);
    column->setMaximumWidth(900);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(intro);
    columnLayout->addLayout(form);
    columnLayout->addStretch();
    auto* profile = new QWidget(this);
    auto* profileLayout = new QHBoxLayout(profile);
    profileLayout->addWidget(column, 1);
    profileLayout->addStretch(0);
    // The profile first; other parts of the association (its board) are tabs beside it.
    m_parts = new QTabWidget(this);
    m_parts->setDocumentMode(true);
    m_parts->addTab(profile, tr("&Profile"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_parts);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(400);
    connect(m_autosave, &QTimer::timeout, this, &AssociationPage::save);
    // textChanged: a field's own undo (its menu) is saved like typing.
    for (QLineEdit* edit :
         { m_name, m_legalForm, m_rna, m_siren, m_signatoryName, m_signatoryRole, m_receiptPlace }) {
        connect(edit, &QLineEdit::textChanged, this, &AssociationPage::markDirty);
        routeUndoToWindow(edit);
    }
    for (QPlainTextEdit* edit : { m_address, m_purpose })
        routeUndoToWindow(edit);
    for (QPlainTextEdit* edit : { m_address, m_purpose })
        connect(edit, &QPlainTextEdit::textChanged, this, &AssociationPage::markDirty);
    connect(m_generalInterest, &QCheckBox::toggled, this, &AssociationPage::markDirty);
    connect(m_receiptCategory, &QComboBox::currentIndexChanged, this, &AssociationPage::markDirty);
    reload();
}

void AssociationPage::addPart(QWidget* part, const QString& title)
{
    m_parts->addTab(part, title);
}

void AssociationPage::reload()
{
    if (m_saving)
        return;
    m_association = m_associations.load();
    showAssociation(m_association);
    m_dirty = false;
    if (!m_applyingHistory)
        m_history->clear(); // changed elsewhere: the steps before no longer apply
}

void AssociationPage::showAssociation(const Association& a)
{
    m_loading = true;
    m_name->setText(a.name);
    m_legalForm->setText(a.legalForm);
    m_rna->setText(a.rna);
    m_siren->setText(a.siren);
    m_address->setPlainText(a.address);
    m_purpose->setPlainText(a.purpose);
    m_generalInterest->setChecked(a.generalInterest);
    m_signatoryName->setText(a.signatoryName);
    m_signatoryRole->setText(a.signatoryRole);
    m_receiptCategory->setCurrentIndex(std::max(0, m_receiptCategory->findData(a.receiptCategory)));
    m_receiptPlace->setText(a.receiptPlace);
    m_signaturePng = a.signaturePng;
    showSignature();
    showProblems({});
    m_loading = false;
}

void AssociationPage::restore(const Association& state)
{
    Association target = state;
    target.sync = m_association.sync; // the record as it is now, with the fields of then
    showAssociation(target);
    m_dirty = true;
    m_applyingHistory = true;
    save();
    m_applyingHistory = false;
}

void AssociationPage::undoEdit()
{
    m_autosave->stop();
    if (m_dirty && !save()) {
        // What the fields refuse is taken back first: the profile as saved.
        showAssociation(m_association);
        m_dirty = false;
        emit unsavedChanged({});
        emit saveStateChanged(tr("Edits not saved were undone"));
        return;
    }
    m_history->undo();
}

void AssociationPage::redoEdit()
{
    if (flush())
        m_history->redo();
}

Association AssociationPage::collect() const
{
    Association a = m_association;
    a.name = m_name->text().trimmed();
    a.legalForm = m_legalForm->text().trimmed();
    a.rna = m_rna->text().trimmed().toUpper();
    a.siren = m_siren->text().remove(QLatin1Char(' '));
    a.address = m_address->toPlainText().trimmed();
    a.purpose = m_purpose->toPlainText().trimmed();
    a.generalInterest = m_generalInterest->isChecked();
    a.signatoryName = m_signatoryName->text().trimmed();
    a.signatoryRole = m_signatoryRole->text().trimmed();
    a.receiptCategory = m_receiptCategory->currentData().toString();
    a.receiptPlace = m_receiptPlace->text().trimmed();
    a.signaturePng = m_signaturePng;
    return a;
}

void AssociationPage::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_autosave->start();
}

bool AssociationPage::flush()
{
    m_autosave->stop();
    return !m_dirty || save();
}

bool AssociationPage::save()
{
    Association edited = collect();
    QList<FieldProblem> problems;
    const bool saved = runOrReport(
        [&] {
            // Our own save must not reload the form under the user's cursor.
            const QScopedValueRollback<bool> saving(m_saving, true);
            problems = m_associations.save(edited);
        },
        [this](const QString& message) { emit saveStateChanged(tr("Not saved: %1").arg(message)); },
        [this](const QString& message) {
            reload();
            emit saveStateChanged(message);
        });
    if (!saved)
        return false;
    showProblems(problems);
    if (!problems.isEmpty()) {
        // Nothing is written while a field is invalid; the text stays on screen to be fixed.
        emit unsavedChanged(problems.first().message);
        emit saveStateChanged(tr("Not saved: fix the highlighted field"));
        return false;
    }
    emit unsavedChanged({});
    const Association before = m_association;
    m_association = edited;
    m_dirty = false;
    if (!m_applyingHistory
        && !(before.name == edited.name && before.legalForm == edited.legalForm && before.rna == edited.rna
             && before.siren == edited.siren && before.address == edited.address
             && before.purpose == edited.purpose && before.generalInterest == edited.generalInterest
             && before.signatoryName == edited.signatoryName && before.signatoryRole == edited.signatoryRole
             && before.receiptCategory == edited.receiptCategory && before.receiptPlace == edited.receiptPlace
             && before.signaturePng == edited.signaturePng)) {
        m_history->push(new SnapshotCommand<Association>(
            tr("association profile"), before, edited, [this](const Association& state) { restore(state); }));
    }
    emit saveStateChanged(
        tr("Saved at %1").arg(locale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

// The image is stored as PNG, at most 600 px wide: enough for a printed signature, small in the desk.
void AssociationPage::chooseSignature()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Signature image"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QImage image(path);
    if (image.isNull()) {
        emit saveStateChanged(tr("Not saved: %1 is not an image this application can read.").arg(path));
        return;
    }
    if (image.width() > 600)
        image = image.scaledToWidth(600, Qt::SmoothTransformation);
    QBuffer buffer(&m_signaturePng);
    m_signaturePng.clear();
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    showSignature();
    markDirty();
}

void AssociationPage::showSignature()
{
    m_removeSignature->setEnabled(!m_signaturePng.isEmpty());
    if (m_signaturePng.isEmpty()) {
        m_signature->setPixmap({});
        m_signature->setText(tr("None: the receipts are signed by hand."));
        return;
    }
    const QImage image = QImage::fromData(m_signaturePng);
    m_signature->setPixmap(
        QPixmap::fromImage(image.scaledToHeight(m_signature->height(), Qt::SmoothTransformation)));
}

void AssociationPage::showProblems(const QList<FieldProblem>& problems)
{
    for (QLabel* label : std::as_const(m_problems))
        label->hide();
    for (const FieldProblem& problem : problems) {
        if (QLabel* label = m_problems.value(problem.field)) {
            label->setText(problem.message);
            label->show();
        }
    }
}

} // namespace casedesk
