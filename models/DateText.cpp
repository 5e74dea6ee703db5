#include "DateText.h"

#include <QDateTime>

namespace tidings {

namespace {

QDateTime localTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds).toLocalTime();
}

} // namespace

QString DateText::relative(qint64 then, qint64 now, const QLocale &locale)
{
    if (then <= 0)
        return {};
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    const qint64 ago = now - then;
    if (ago < -minute)
        return locale.toString(localTime(then).date(), QLocale::ShortFormat);
    if (ago < minute)
        return tr("just now"); // also a clock a little ahead of the server's
    if (ago < hour)
        //: A short relative time in lists: "5 min ago"
        return tr("%n min ago", nullptr, int(ago / minute));
    if (ago < day)
        return tr("%n hour(s) ago", nullptr, int(ago / hour));
    const QDate thenDay = localTime(then).date();
    const QDate today = localTime(now).date();
    const qint64 days = thenDay.daysTo(today);
    if (days <= 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%n day(s) ago", nullptr, int(days));
    return locale.toString(thenDay, QLocale::ShortFormat);
}

QString DateText::exact(qint64 then, const QLocale &locale)
{
    if (then <= 0)
        return {};
    const QDateTime at = localTime(then);
    //: A date and a time of day: "Sunday, 29 November 2026, 21:15"
    return tr("%1, %2").arg(locale.toString(at.date(), QLocale::LongFormat),
                            locale.toString(at.time(), QLocale::ShortFormat));
}

QString DateText::clock(qint64 when, qint64 now, const QLocale &locale)
{
    const QDateTime at = localTime(when);
    if (at.date() == localTime(now).date())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at.date(), QLocale::ShortFormat) + u' ' + locale.toString(at.time(), QLocale::ShortFormat);
}

} // namespace tidings
