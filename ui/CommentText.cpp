#include "CommentText.h"

#include "DateText.h"

namespace tidings::ui {

CommentText::State CommentText::stateOf(const OutboxItem &item)
{
    return {item.state, item.lastError, item.nextAttemptAt, item.isOnReservedHost(), item.waitsForParent()};
}

QString CommentText::state(const State &s, bool online, qint64 now)
{
    switch (s.state) {
    case OutboxItem::State::Queued:
        if (s.onReservedHost)
            return tr("kept here: the demo site is not on the network");
        if (s.nextAttemptAt > now) {
            const QString when = DateText::clock(s.nextAttemptAt, now);
            return s.error.isEmpty() ? tr("waiting to try again at %1").arg(when)
                                     : tr("waiting to try again at %1 (%2)").arg(when, s.error);
        }
        if (s.waitsForParent)
            return tr("waiting for the comment it answers to be posted");
        return online ? tr("waiting to be posted") : tr("waiting for the network");
    case OutboxItem::State::Sending:
        return tr("posting…");
    case OutboxItem::State::Held:
        return tr("posted, awaiting moderation");
    case OutboxItem::State::Published:
        return tr("published");
    case OutboxItem::State::Failed:
        return s.error.isEmpty() ? tr("failed") : tr("failed: %1").arg(s.error);
    }
    return {};
}

} // namespace tidings::ui
