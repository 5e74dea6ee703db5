#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace tidings {

// Dates the way a person says them, the same in the article list, the thread and the Outbox view:
// how long ago for what is recent, the locale's short date otherwise, and never seconds.
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(DateText)

public:
    // then and now are seconds since the epoch; the calendar (yesterday, which day) is the local one.
    //   under a minute (or a clock a little ahead): "just now"
    //   under an hour: "5 min ago"; under a day: "3 hours ago"
    //   the day before today: "yesterday"; under a week: "4 days ago"
    //   otherwise (and for times more than a minute ahead): the locale's short date
    // Empty for a missing date (then <= 0).
    [[nodiscard]] static QString relative(qint64 then, qint64 now, const QLocale &locale = QLocale());
    // The date and time in full words, without seconds: "Sunday, 29 November 2026, 21:15" (tooltips,
    // the reader's header).
    [[nodiscard]] static QString exact(qint64 then, const QLocale &locale = QLocale());
    // A time soon or just past: the clock time when it is today, else the short date and time.
    [[nodiscard]] static QString clock(qint64 when, qint64 now, const QLocale &locale = QLocale());
};

} // namespace tidings
