#pragma once

#include "review/Review.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace casedesk {

class BoardRepository;
class ReviewRepository;

// This desk owner's part in a round: the vote (approve, reject with its reason, abstain), signed
// with the member's key from the keychain; a conflict of interest to declare; and, on the
// secretary's desk, a vote given at a meeting or by e-mail to record.
class VotePanel : public QWidget
{
    Q_OBJECT

public:
    VotePanel(ReviewRepository& reviews, BoardRepository& board, QWidget* parent = nullptr);

    void setRound(const std::optional<ReviewRound>& round);

    QLabel* statusLabel() const { return m_status; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* castButton() const { return m_cast; }
    QPushButton* keyButton() const { return m_makeKey; }
    QPushButton* recuseButton() const { return m_recuse; }
    QPushButton* recordButton() const { return m_record; }

    // What the buttons do once asked (for tests): a refusal is emitted and false returned.
    bool cast(VoteChoice choice, const QString& reason);
    bool declareInterest(const QString& nature);
    bool makeSigningKey();

signals:
    void changed();
    void refused(const QString& message);

private:
    void showState();
    void askRecuse();
    void openRecordDialog();
    std::optional<VoteChoice> chosen() const;

    ReviewRepository& m_reviews;
    BoardRepository& m_board;
    std::optional<ReviewRound> m_round;
    QLabel* m_status;
    QButtonGroup* m_choices;
    QPlainTextEdit* m_reason;
    QPushButton* m_cast;
    QPushButton* m_makeKey;
    QPushButton* m_recuse;
    QPushButton* m_record;
    QLabel* m_secretaryNote;
};

} // namespace casedesk
