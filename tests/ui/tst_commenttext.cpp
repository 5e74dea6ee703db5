#include "CommentText.h"

#include <QDateTime>
#include <QLocale>
#include <QtTest>

using namespace tidings;
using namespace tidings::ui;

// The words a user reads about comments: where a comment of theirs stands (dates: tst_datetext).
class TestCommentText : public QObject
{
    Q_OBJECT

private slots:
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
