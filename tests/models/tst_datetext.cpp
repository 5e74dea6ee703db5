#include "DateText.h"

#include <QDateTime>
#include <QLocale>
#include <QtTest>

using namespace tidings;

// Dates as the article list, the thread and the Outbox view write them.
class TestDateText : public QObject
{
    Q_OBJECT

private:
    // Noon, local time, so "yesterday" is a calendar day whatever the machine's time zone.
    static qint64 noon(QDate day) { return QDateTime(day, QTime(12, 0)).toSecsSinceEpoch(); }
    static qint64 at(QDate day, QTime time) { return QDateTime(day, time).toSecsSinceEpoch(); }
    const QDate m_today{2026, 11, 29};

private slots:
    void relative_data()
    {
        QTest::addColumn<qint64>("then");
        QTest::addColumn<QString>("expected");
        const qint64 now = noon(m_today);
        // Without a translation loaded, plural forms read "(s)": the count is what is tested.
        QTest::newRow("seconds") << now - 20 << u"just now"_qs;
        QTest::newRow("a little ahead") << now + 30 << u"just now"_qs;
        QTest::newRow("minutes") << now - (5 * 60 + 10) << u"5 min ago"_qs;
        QTest::newRow("59 minutes") << now - 59 * 60 << u"59 min ago"_qs;
        QTest::newRow("hours") << now - (3 * 3600 + 59 * 60) << u"3 hour(s) ago"_qs;
        // Late last night, under a day ago: still hours, which says more than "yesterday".
        QTest::newRow("last night") << at(m_today.addDays(-1), QTime(23, 0)) << u"13 hour(s) ago"_qs;
        QTest::newRow("yesterday") << at(m_today.addDays(-1), QTime(8, 0)) << u"yesterday"_qs;
        QTest::newRow("days") << noon(m_today.addDays(-4)) << u"4 day(s) ago"_qs;
        QTest::newRow("six days") << at(m_today.addDays(-6), QTime(1, 0)) << u"6 day(s) ago"_qs;
        QTest::newRow("a week") << noon(m_today.addDays(-7)) << u"22/11/2026"_qs;
        QTest::newRow("last year") << noon(QDate(2025, 3, 4)) << u"04/03/2025"_qs;
        QTest::newRow("future") << noon(m_today.addDays(3)) << u"02/12/2026"_qs;
        QTest::newRow("missing") << qint64(0) << QString();
    }

    void relative()
    {
        QFETCH(qint64, then);
        QFETCH(QString, expected);
        QCOMPARE(DateText::relative(then, noon(m_today), QLocale(QLocale::English, QLocale::UnitedKingdom)), expected);
    }

    void olderDatesFollowTheLocale()
    {
        const qint64 then = noon(QDate(2026, 10, 5));
        const qint64 now = noon(m_today);
        QCOMPARE(DateText::relative(then, now, QLocale(QLocale::English, QLocale::UnitedStates)), u"10/5/26"_qs);
        QCOMPARE(DateText::relative(then, now, QLocale(QLocale::German, QLocale::Germany)), u"05.10.26"_qs);
        QCOMPARE(DateText::relative(then, now, QLocale(QLocale::Japanese, QLocale::Japan)), u"2026/10/05"_qs);
    }

    void neverSeconds()
    {
        const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
        const qint64 then = at(QDate(2026, 10, 5), QTime(9, 7, 42));
        QCOMPARE(DateText::exact(then, locale), u"Monday, 5 October 2026, 09:07"_qs);
        QVERIFY(!DateText::exact(then, QLocale(QLocale::English, QLocale::UnitedStates)).contains(u":42"));
        QCOMPARE(DateText::exact(0, locale), QString());
    }

    void clock()
    {
        const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
        const qint64 now = noon(m_today);
        QCOMPARE(DateText::clock(at(m_today, QTime(14, 5, 30)), now, locale), u"14:05"_qs);
        QCOMPARE(DateText::clock(at(m_today.addDays(1), QTime(0, 30)), now, locale), u"30/11/2026 00:30"_qs);
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
