#include "CommentText.h"

#include <QDateTime>
#include <QLocale>

namespace tidings::ui {

QString CommentText::relativeTime(qint64 then, qint64 now)
{
    if (then <= 0)
        return {};
    constexpr qint64 hour = 3600;
    constexpr qint64 day = 24 * hour;
    const qint64 ago = now - then;
    if (ago < 60)
        return tr("just now"); // also a clock a little ahead of the server's
    if (ago < hour)
        return tr("%n minute(s) ago", nullptr, int(ago / 60));
    if (ago < day)
        return tr("%n hour(s) ago", nullptr, int(ago / hour));
    if (ago < 7 * day)
        return tr("%n day(s) ago", nullptr, int(ago / day));
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(then).toLocalTime().date(), QLocale::ShortFormat);
}

QString CommentText::exactTime(qint64 then)
{
    if (then <= 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(then).toLocalTime(), QLocale::LongFormat);
}

QString CommentText::clockTime(qint64 when, qint64 now)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(when).toLocalTime();
    const QLocale locale;
    if (at.date() == QDateTime::fromSecsSinceEpoch(now).toLocalTime().date())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

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
            const QString when = clockTime(s.nextAttemptAt, now);
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
