#pragma once

#include "storage/Outbox.h"

#include <QCoreApplication>
#include <QString>

namespace tidings::ui {

// How comments are described in words, the same in the thread and in the Outbox view.
class CommentText
{
    Q_DECLARE_TR_FUNCTIONS(CommentText)

public:
    // "just now", "3 hours ago", "2 days ago"; older than a week, the date.
    [[nodiscard]] static QString relativeTime(qint64 then, qint64 now);
    // The exact date and time, in the user's locale (tooltips).
    [[nodiscard]] static QString exactTime(qint64 then);
    // A time soon: the clock time today, else the date and time.
    [[nodiscard]] static QString clockTime(qint64 when, qint64 now);

    struct State
    {
        OutboxItem::State state = OutboxItem::State::Queued;
        QString error;
        qint64 nextAttemptAt = 0;
        bool onReservedHost = false;
        bool waitsForParent = false;
    };
    // A comment of the user's: waiting for the network, posting, posted (awaiting moderation),
    // published, failed with the server's reason; for a temporary failure, when it is tried again.
    [[nodiscard]] static QString state(const State &s, bool online, qint64 now);
    [[nodiscard]] static State stateOf(const OutboxItem &item);
};

} // namespace tidings::ui
