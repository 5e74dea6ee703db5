#include "util/Dates.h"

#include <QtTest>

using namespace tidings;

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    void realWorldVariants_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wordpress") << u"Mon, 23 Nov 2026 09:15:00 +0000"_qs << u"2026-11-23T09:15:00Z"_qs;
        QTest::newRow("wrong weekday") << u"Fri, 23 Nov 2026 09:15:00 GMT"_qs << u"2026-11-23T09:15:00Z"_qs;
        QTest::newRow("no weekday") << u"23 Nov 2026 09:15 EST"_qs << u"2026-11-23T14:15:00Z"_qs;
        QTest::newRow("two-digit year") << u"Mon, 23 Nov 26 09:15:00 PDT"_qs << u"2026-11-23T16:15:00Z"_qs;
        QTest::newRow("rfc3339 fraction") << u"2026-11-23T09:15:00.123456+02:00"_qs << u"2026-11-23T07:15:00Z"_qs;
        QTest::newRow("lower-case z") << u"2026-11-23t09:15:00z"_qs << u"2026-11-23T09:15:00Z"_qs;
        QTest::newRow("garbage") << u"next Tuesday"_qs << QString();
        QTest::newRow("feb 30") << u"2026-02-30T00:00:00Z"_qs << QString();
    }

    void realWorldVariants()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(dates::toIsoUtc(dates::parse(input)), expected);
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
