#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;

namespace casedesk {

// The confirmation before a donor's data is erased: what goes, what the restricted archive keeps
// and until when (DonorErasure::describe), and the reason, which the erasure requires and the
// privacy log keeps. Accepting with an empty reason says so beside the field.
class EraseDonorDialog : public QDialog
{
    Q_OBJECT

public:
    EraseDonorDialog(const QString& donorName, const QStringList& plan, QWidget* parent = nullptr);

    QString reason() const;
    QPlainTextEdit* reasonField() const { return m_reason; }

public slots:
    void accept() override;

private:
    QPlainTextEdit* m_reason;
    QLabel* m_problem;
};

} // namespace casedesk
