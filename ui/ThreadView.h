#pragma once

#include <QTreeView>

namespace tidings::ui {

class CommentDelegate;

// An article's comment thread (a ThreadModel): each comment painted by a delegate (author, when,
// the sanitised body, the state of the user's own), replies indented by depth up to a cap, then
// said ("↳ in reply to Rosa"). Painted, not made of widgets, so a thread of thousands of comments
// scrolls as smoothly as a short one.
//
// Keys: n / p (or the arrows) move between comments, left or - collapses (again: to the parent),
// right or + expands, r replies, e edits and Delete cancels a comment of the user's not yet sent.
class ThreadView : public QTreeView
{
    Q_OBJECT

public:
    // Replies stop being indented further past this depth.
    static constexpr int kIndentCap = 5;

    explicit ThreadView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Whether the machine is online, for the words of a comment waiting to be sent.
    void setOnline(bool online);
    [[nodiscard]] bool isOnline() const { return m_online; }
    // Whether "Reply" is offered (the article takes comments).
    void setRepliesAllowed(bool allowed);
    [[nodiscard]] bool repliesAllowed() const { return m_repliesAllowed; }

    // Moves to the next (or previous) comment shown, as n and p do.
    void moveBy(int delta);

signals:
    void replyRequested(const QModelIndex &index);
    void editRequested(qint64 outboxId);
    void cancelRequested(qint64 outboxId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

private:
    void addKeys();
    void collapseOrGoUp();

    CommentDelegate *m_delegate;
    bool m_online = true;
    bool m_repliesAllowed = true;
    int m_laidOutWidth = -1;
};

} // namespace tidings::ui
