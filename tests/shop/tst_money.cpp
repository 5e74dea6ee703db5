#include "shop/Money.h"

#include <QtTest>

#include <limits>

using namespace tidings;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fallback");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::newRow("merchant") << u"17.99 USD"_qs << QString() << qint64(1799) << u"USD"_qs;
        QTest::newRow("code first") << u"USD 17.99"_qs << QString() << qint64(1799) << u"USD"_qs;
        QTest::newRow("no space") << u"17.99USD"_qs << QString() << qint64(1799) << u"USD"_qs;
        QTest::newRow("comma decimal") << u"17,99 EUR"_qs << QString() << qint64(1799) << u"EUR"_qs;
        QTest::newRow("thousands") << u"1,299.00 USD"_qs << QString() << qint64(129900) << u"USD"_qs;
        QTest::newRow("european thousands") << u"1.299,50 EUR"_qs << QString() << qint64(129950) << u"EUR"_qs;
        QTest::newRow("comma thousands only") << u"1,299 USD"_qs << QString() << qint64(129900) << u"USD"_qs;
        QTest::newRow("whole") << u"18 USD"_qs << QString() << qint64(1800) << u"USD"_qs;
        QTest::newRow("one decimal") << u"18.5 USD"_qs << QString() << qint64(1850) << u"USD"_qs;
        QTest::newRow("trailing zeros beyond minor") << u"18.500 USD"_qs << QString() << qint64(1850) << u"USD"_qs;
        QTest::newRow("yen") << u"1500 JPY"_qs << QString() << qint64(1500) << u"JPY"_qs;
        QTest::newRow("dinar") << u"1.250 KWD"_qs << QString() << qint64(1250) << u"KWD"_qs;
        QTest::newRow("fallback currency") << u"4.20"_qs << u"gbp"_qs << qint64(420) << u"GBP"_qs;
        QTest::newRow("negative") << u"-3.10 USD"_qs << QString() << qint64(-310) << u"USD"_qs;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, fallback);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        const auto m = Money::parse(text, fallback);
        QVERIFY(m);
        QCOMPARE(m->minor, minor);
        QCOMPARE(m->currency, currency);
        // What toString writes, parse reads back unchanged.
        QCOMPARE(Money::parse(m->toString()), m);
    }

    void refusesWhatItCannotRepresentExactly()
    {
        QVERIFY(!Money::parse(u"17.999 USD"_qs)); // a third of a cent
        QVERIFY(!Money::parse(u"1.5 JPY"_qs));
        QVERIFY(!Money::parse(u"17.99"_qs)); // no currency anywhere
        QVERIFY(!Money::parse(u"abc USD"_qs));
        QVERIFY(!Money::parse(u" USD"_qs));
        QVERIFY(!Money::parse(u"99999999999999999999 USD"_qs));
    }

    void minorUnits()
    {
        QCOMPARE(Money::fromMinorUnits(u"1799", 2, u"USD"), (Money{1799, u"USD"_qs}));
        QCOMPARE(Money::fromMinorUnits(u"18", 0, u"EUR"), (Money{1800, u"EUR"_qs})); // shop set to whole euros
        QCOMPARE(Money::fromMinorUnits(u"150000", 2, u"JPY"), (Money{1500, u"JPY"_qs}));
        QVERIFY(!Money::fromMinorUnits(u"150050", 2, u"JPY")); // half a yen: refuse, do not round
        QVERIFY(!Money::fromMinorUnits(u"12x", 2, u"USD"));
    }

    // Found by fuzz_money: fromMinorUnits took amounts that parse() refuses as beyond any real price
    // (more than 17 digits), so what toString() wrote of them did not read back.
    void minorUnitsWithinWhatParseReads()
    {
        QVERIFY(!Money::fromMinorUnits(u"-9223372036854775808", 2, u"USD"));
        QVERIFY(!Money::fromMinorUnits(u"100000000000000000", 2, u"EUR"));
        QVERIFY(!Money::fromMinorUnits(u"10000000000000000", 0, u"EUR")); // times 100: 18 digits
        const auto largest = Money::fromMinorUnits(u"99999999999999999", 2, u"EUR");
        QCOMPARE(largest, (Money{99'999'999'999'999'999, u"EUR"_qs}));
        QCOMPARE(Money::parse(largest->toString()), largest);
        const auto lowest = Money::fromMinorUnits(u"-99999999999999999", 2, u"EUR");
        QVERIFY(lowest);
        QCOMPARE(Money::parse(lowest->toString()), lowest);
    }

    void toString()
    {
        QCOMPARE((Money{5, u"USD"_qs}).toString(), u"0.05 USD"_qs);
        QCOMPARE((Money{-1799, u"USD"_qs}).toString(), u"-17.99 USD"_qs);
        QCOMPARE((Money{1500, u"JPY"_qs}).toString(), u"1500 JPY"_qs);
        QCOMPARE((Money{1250, u"KWD"_qs}).toString(), u"1.250 KWD"_qs);
    }

    // Found by fuzz_money: the most negative amount has no positive counterpart in qint64, and
    // negating it was undefined behaviour (a WooCommerce price "-9223372036854775808" reached it
    // through `tidings parse`).
    void toStringOfTheMostNegativeAmount()
    {
        const Money lowest{std::numeric_limits<qint64>::min(), u"USD"_qs};
        QCOMPARE(lowest.toString(), u"-92233720368547758.08 USD"_qs);
        QCOMPARE((Money{std::numeric_limits<qint64>::max(), u"JPY"_qs}).toString(), u"9223372036854775807 JPY"_qs);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
