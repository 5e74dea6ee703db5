// The corpus's date table (../shared/corpus/feedparser/feedparser_dates.jsonl): every row through the
// grammar it was written for. The corpus lives outside the repository, so where it is absent this
// reports itself skipped (CTest shows it as such) instead of failing a fresh clone.

#include "util/Dates.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tidings;

class FeedparserDates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The wording is what tests/CMakeLists.txt matches to mark the test skipped; keep them in step.
        if (!QFileInfo::exists(m_tablePath))
            QSKIP(qPrintable(u"feed corpus absent: "_qs + QFileInfo(m_tablePath).absoluteFilePath()));
    }

    void corpusTable_data()
    {
        QTest::addColumn<QString>("grammar");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QFile file(m_tablePath);
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

private:
    const QString m_tablePath = QStringLiteral(TIDINGS_CORPUS_DIR "/feedparser_dates.jsonl");
};

QTEST_GUILESS_MAIN(FeedparserDates)
#include "feedparser_dates.moc"
