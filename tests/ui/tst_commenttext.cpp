#include "CommentText.h"

#include <QDateTime>
#include <QLocale>
#include <QtTest>

using namespace tidings;
using namespace tidings::ui;

// The words a user reads about comments: how long ago, and where a comment of theirs stands.
class TestCommentText : public QObject
{
    Q_OBJECT

private slots:
    void relativeTime_data()
    {
        QTest::addColumn<qint64>("ago");
        QTest::addColumn<QString>("expected");
        // Without a translation loaded, plural forms read "(s)": the count is what is tested.
        QTest::newRow("seconds") << qint64(20) << u"just now"_qs;
        QTest::newRow("ahead of the server") << qint64(-30) << u"just now"_qs;
        QTest::newRow("minutes") << qint64(5 * 60 + 10) << u"5 minute(s) ago"_qs;
        QTest::newRow("hours") << qint64(3 * 3600 + 59 * 60) << u"3 hour(s) ago"_qs;
        QTest::newRow("days") << qint64(2 * 86400 + 7200) << u"2 day(s) ago"_qs;
    }

    void relativeTime()
    {
        QFETCH(qint64, ago);
        QFETCH(QString, expected);
        const qint64 now = 1'800'000'000;
        QCOMPARE(CommentText::relativeTime(now - ago, now), expected);
    }

    void olderThanAWeekIsADate()
    {
        const qint64 now = 1'800'000'000;
        const qint64 then = now - 30 * 86400;
        QCOMPARE(CommentText::relativeTime(then, now),
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(then).toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(CommentText::relativeTime(0, now), QString());
        QVERIFY(!CommentText::exactTime(then).isEmpty());
    }

    void statesInWords()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        CommentText::State s;
        QCOMPARE(CommentText::state(s, false, now), u"waiting for the network"_qs);
        QCOMPARE(CommentText::state(s, true, now), u"waiting to be posted"_qs);
        s.waitsForParent = true;
        QCOMPARE(CommentText::state(s, true, now), u"waiting for the comment it answers to be posted"_qs);
        s.waitsForParent = false;
        s.nextAttemptAt = now + 600;
        s.error = u"You are posting comments too quickly."_qs;
        const QString clock = QLocale().toString(QDateTime::fromSecsSinceEpoch(now + 600).toLocalTime().time(),
                                                 QLocale::ShortFormat);
        const QString retry = CommentText::state(s, true, now);
        QVERIFY2(retry.startsWith(u"waiting to try again at "_qs) && retry.endsWith(u"(" + s.error + u")"),
                 qPrintable(retry));
        if (QDateTime::fromSecsSinceEpoch(now + 600).toLocalTime().date() == QDate::currentDate())
            QVERIFY2(retry.contains(clock), qPrintable(retry));
        s.onReservedHost = true;
        QCOMPARE(CommentText::state(s, true, now), u"kept here: the demo site is not on the network"_qs);
        s = {};
        s.state = OutboxItem::State::Sending;
        QCOMPARE(CommentText::state(s, true, now), u"posting…"_qs);
        s.state = OutboxItem::State::Held;
        QCOMPARE(CommentText::state(s, true, now), u"posted, awaiting moderation"_qs);
        s.state = OutboxItem::State::Published;
        QCOMPARE(CommentText::state(s, true, now), u"published"_qs);
        s.state = OutboxItem::State::Failed;
        s.error = u"Comments are closed."_qs;
        QCOMPARE(CommentText::state(s, true, now), u"failed: Comments are closed."_qs);
    }
};

QTEST_GUILESS_MAIN(TestCommentText)
#include "tst_commenttext.moc"
