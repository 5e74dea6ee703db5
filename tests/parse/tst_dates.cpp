#include "util/Dates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tidings;

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    // Every row of the corpus's date table, each through the grammar it was written for.
    void corpusTable_data()
    {
        QTest::addColumn<QString>("grammar");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QFile file(QStringLiteral(TIDINGS_CORPUS_DIR "/feedparser_dates.jsonl"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName() + u": "_qs + file.errorString()));
        int row = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString grammar = o.value(u"parser").toString().mid(12); // "_parse_date_..."
            QTest::addRow("%d %s %s", ++row, qPrintable(grammar), qPrintable(o.value(u"input").toString()))
                    << grammar << o.value(u"input").toString() << o.value(u"expected_utc").toString();
        }
        QCOMPARE(row, 72);
    }

    void corpusTable()
    {
        QFETCH(QString, grammar);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        static const QHash<QString, dates::Grammar> kGrammars = {
                {u"w3dtf"_qs, dates::Grammar::W3cDtf},        {u"iso8601"_qs, dates::Grammar::Iso8601},
                {u"rfc822"_qs, dates::Grammar::Rfc822},       {u"asctime"_qs, dates::Grammar::Asctime},
                {u"perforce"_qs, dates::Grammar::Perforce},   {u"nate"_qs, dates::Grammar::Korean},
                {u"onblog"_qs, dates::Grammar::Korean},       {u"greek"_qs, dates::Grammar::Greek},
                {u"hungarian"_qs, dates::Grammar::Hungarian},
        };
        QVERIFY2(kGrammars.contains(grammar), qPrintable(grammar));
        QCOMPARE(dates::toIsoUtc(dates::parse(input, kGrammars.value(grammar))), expected);
        // Whatever one grammar reads, the general entry point reads the same way.
        if (!expected.isEmpty())
            QCOMPARE(dates::toIsoUtc(dates::parse(input)), expected);
    }

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
