#pragma once

#include "review/Review.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class ReviewRepository;

// The secretary records a vote a member gave at a meeting, by e-mail, letter or telephone: who,
// what, the reason, and where it came from. The vote is marked "recorded by … from …".
class RecordVoteDialog : public QDialog
{
    Q_OBJECT

public:
    RecordVoteDialog(ReviewRepository& reviews, const ReviewRound& round, const QUuid& secretary,
                     QWidget* parent = nullptr);

    QComboBox* memberBox() const { return m_member; }
    QComboBox* choiceBox() const { return m_choice; }
    QComboBox* fromBox() const { return m_from; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLineEdit* noteEdit() const { return m_note; }
    QLabel* problemLabel() const { return m_problem; }

    void accept() override;

private:
    ReviewRepository& m_reviews;
    ReviewRound m_round;
    QUuid m_secretary;
    QComboBox* m_member;
    QComboBox* m_choice;
    QComboBox* m_from;
    QPlainTextEdit* m_reason;
    QLineEdit* m_note;
    QLabel* m_problem;
};

} // namespace casedesk
