#pragma once

#include "storage/Outbox.h"

#include <QCoreApplication>
#include <QString>

namespace tidings::ui {

// How comments are described in words, the same in the thread and in the Outbox view (their dates:
// DateText).
class CommentText
{
    Q_DECLARE_TR_FUNCTIONS(CommentText)

public:
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
