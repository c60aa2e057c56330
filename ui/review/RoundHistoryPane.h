#pragma once

#include "review/Review.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QTreeWidget;

namespace casedesk {

class ReviewRepository;

// Every round of a campaign, newest first, each with how it ended (decided, superseded and why)
// and the history of its votes: every vote cast, changed votes included, in order.
class RoundHistoryPane : public QWidget
{
    Q_OBJECT

public:
    explicit RoundHistoryPane(ReviewRepository& reviews, QWidget* parent = nullptr);

    void setCampaign(const QUuid& campaignUuid, const std::optional<ReviewRound>& shown);
    QTreeWidget* tree() const { return m_tree; }

private:
    ReviewRepository& m_reviews;
    QTreeWidget* m_tree;
};

} // namespace casedesk
