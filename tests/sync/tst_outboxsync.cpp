#include "FakeWordPress.h"
#include "OutboxFixture.h"
#include "storage/ArticleQueries.h"
#include "storage/Outbox.h"
#include "storage/Store.h"
#include "sync/OutboxSync.h"
#include "sync/RefreshEngine.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;
using test::FakeWordPress;

class TestOutboxSync : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_wp = std::make_unique<FakeWordPress>();
        QVERIFY(m_wp->listen());
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.filePath(u"sync-%1.sqlite"_qs.arg(++m_counter))));
        m_article = test::addWordPressArticle(*m_store, m_wp->url(u"/"_qs).toString(), m_wp->restRoot(), 12);
        QVERIFY(m_article > 0);
    }

    void restPostIsPublishedWithTheServersId()
    {
        m_wp->holdForModeration = false;
        const qint64 id = queue(u"Great write-up, thanks!"_qs);
        const OutboxSummary s = runSync();
        QVERIFY(s.settled());
        QCOMPARE(s.posted, 1);
        QCOMPARE(m_wp->restPosts(), 1);
        QCOMPARE(m_wp->formPosts(), 0);
        QCOMPARE(m_wp->comments().size(), 1);
        const auto &stored = m_wp->comments().first();
        QCOMPARE(stored.content, u"Great write-up, thanks!"_qs);
        QCOMPARE(stored.post, 12);
        QCOMPARE(stored.author, u"Ada"_qs);
        QCOMPARE(stored.email, u"ada@example.org"_qs);
        const auto item = outbox().item(id);
        QCOMPARE(item->state, OutboxItem::State::Published);
        QCOMPARE(item->remoteId, QString::number(stored.id));
        QVERIFY(!item->uncertain);
        QCOMPARE(item->commentRoute, u"rest"_qs);
    }

    void heldForModerationIsShownAsSuch()
    {
        const qint64 id = queue(u"First time here"_qs);
        QVERIFY(runSync().settled());
        QCOMPARE(outbox().item(id)->state, OutboxItem::State::Held);
    }

    void siteWithoutAnonymousRestFallsBackToTheForm()
    {
        m_wp->restEnabled = false;
        const qint64 first = queue(u"Through the form"_qs);
        const qint64 second = queue(u"Straight to the form"_qs);
        const OutboxSummary s = runSync();
        QVERIFY(s.settled());
        QCOMPARE(m_wp->restPosts(), 1); // learnt once
        QCOMPARE(m_wp->formPosts(), 2);
        QCOMPARE(m_wp->count(u"Through the form"_qs), 1);
        QCOMPARE(m_wp->count(u"Straight to the form"_qs), 1);
        const auto item = outbox().item(first);
        QCOMPARE(item->state, OutboxItem::State::Held); // ?unapproved=N in the redirect
        QCOMPARE(item->remoteId, QString::number(m_wp->comments().first().id));
        QCOMPARE(item->commentRoute, u"form"_qs);
        QCOMPARE(outbox().item(second)->state, OutboxItem::State::Held);
        // The form's fields, as WordPress reads them.
        const QByteArray body = m_wp->http().requestsFor("/wp-comments-post.php").first().body;
        QVERIFY2(body.contains("comment_post_ID=12") && body.contains("comment_parent=0")
                         && body.contains("email=ada%40example.org"),
                 body.constData());
    }

    void formRouteWithoutRestApi()
    {
        QSqlQuery q(m_store->database().connection());
        QVERIFY(q.exec(u"UPDATE sites SET rest_api_url = NULL"_qs));
        queue(u"A + B = C & more"_qs);
        QVERIFY(runSync().settled());
        QCOMPARE(m_wp->restPosts(), 0);
        QCOMPARE(m_wp->count(u"A + B = C & more"_qs), 1); // encoded so nothing is lost
    }

    void replyToOwnPendingCommentWaitsForItsId()
    {
        m_wp->holdForModeration = false;
        const qint64 parent = queue(u"Question?"_qs);
        NewComment r = newComment(u"Answering myself"_qs);
        r.parentOutboxId = parent;
        const auto reply = outbox().queue(r, 1);
        QVERIFY(reply);
        QVERIFY(runSync().settled());
        QCOMPARE(m_wp->comments().size(), 2);
        QCOMPARE(m_wp->comments()[1].parent, m_wp->comments()[0].id);
        QCOMPARE(outbox().item(reply->id)->state, OutboxItem::State::Published);
    }

    void replyToStoredComment()
    {
        const int theirs = m_wp->addComment(12, 0, u"Bo"_qs, u"Which cable?"_qs);
        refreshThread();
        NewComment r = newComment(u"The braided one."_qs);
        r.parentCommentId = outbox().commentByReference(m_wp->url(u"/?p=12#comment-%1"_qs.arg(theirs)).toString());
        QVERIFY(r.parentCommentId > 0);
        QVERIFY(outbox().queue(r, 1));
        QVERIFY(runSync().settled());
        QCOMPARE(m_wp->comments().last().parent, theirs);
    }

    void droppedAnswerThenDuplicateMeansPosted()
    {
        // The server stores the comment, then the connection drops before its answer; Qt sends the
        // POST once more by itself and that connection drops too: the outcome is unknown. The next
        // try is refused as a duplicate, which settles it: posted, once.
        m_wp->faults = {FakeWordPress::Fault::DropAfterStoring, FakeWordPress::Fault::DropBeforeStoring};
        const qint64 id = queue(u"Only once, please"_qs);
        OutboxSummary s = runSync();
        QCOMPARE(s.retrying, 1);
        QCOMPARE(m_wp->count(u"Only once, please"_qs), 1);
        auto item = outbox().item(id);
        QCOMPARE(item->state, OutboxItem::State::Queued);
        QVERIFY(item->uncertain);
        QVERIFY(item->nextAttemptAt > QDateTime::currentSecsSinceEpoch());
        QVERIFY(!item->lastError.isEmpty());

        QVERIFY(outbox().retryNow(id, 1));
        s = runSync();
        QVERIFY(s.settled());
        QCOMPARE(m_wp->count(u"Only once, please"_qs), 1);
        QCOMPARE(m_wp->restPosts(), 3);
        item = outbox().item(id);
        QCOMPARE(item->state, OutboxItem::State::Held);
        QVERIFY(!item->uncertain);
        QVERIFY(item->remoteId.isEmpty()); // a duplicate answer names no id: matched by the thread later
    }

    void droppedAnswerWithinOneTry()
    {
        // Qt's own second request meets the duplicate check: still once on the server.
        m_wp->faults = {FakeWordPress::Fault::DropAfterStoring};
        const qint64 id = queue(u"Resent by Qt"_qs);
        QVERIFY(runSync().settled());
        QCOMPARE(m_wp->count(u"Resent by Qt"_qs), 1);
        QCOMPARE(m_wp->restPosts(), 2);
        QCOMPARE(outbox().item(id)->state, OutboxItem::State::Held);
    }

    void droppedBeforeStoringIsSentAgain()
    {
        m_wp->faults = {FakeWordPress::Fault::DropBeforeStoring, FakeWordPress::Fault::DropBeforeStoring};
        const qint64 id = queue(u"Second time lucky"_qs);
        QCOMPARE(runSync().retrying, 1);
        QCOMPARE(m_wp->count(u"Second time lucky"_qs), 0);
        QVERIFY(outbox().retryNow(id, 1));
        QVERIFY(runSync().settled());
        QCOMPARE(m_wp->count(u"Second time lucky"_qs), 1);
        QCOMPARE(outbox().item(id)->attempts, 2);
    }

    void serverErrorRetriesWithGrowingWaits()
    {
        m_wp->faults = {FakeWordPress::Fault::ServerError, FakeWordPress::Fault::ServerError};
        const qint64 id = queue(u"Try, try again"_qs);
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(runSync().retrying, 1);
        const qint64 firstWait = outbox().item(id)->nextAttemptAt - before;
        QVERIFY2(firstWait >= 24 && firstWait <= 37, qPrintable(QString::number(firstWait))); // 30 s +-20%
        QVERIFY(outbox().retryNow(id, 1));
        const OutboxSummary s = runSync();
        QCOMPARE(s.retrying, 1);
        QCOMPARE(s.waiting, 1);
        QVERIFY(s.nextAttemptAt > 0);
        const qint64 secondWait = outbox().item(id)->nextAttemptAt - before;
        QVERIFY2(secondWait >= 48 && secondWait <= 73, qPrintable(QString::number(secondWait))); // 60 s +-20%
        QVERIFY(outbox().retryNow(id, 1));
        QVERIFY(runSync().settled());
        QCOMPARE(m_wp->count(u"Try, try again"_qs), 1);
    }

    void tooManyRequestsWaitsAsTheServerSays()
    {
        m_wp->faults = {FakeWordPress::Fault::TooManyRequests};
        const qint64 first = queue(u"One"_qs);
        const qint64 second = queue(u"Two"_qs);
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const OutboxSummary s = runSync();
        QCOMPARE(s.retrying, 1);
        QCOMPARE(s.posted, 0); // the site asked to wait: the second one waits too
        QCOMPARE(m_wp->restPosts(), 1);
        const qint64 wait = outbox().item(first)->nextAttemptAt - before;
        QVERIFY2(wait >= 119 && wait <= 121, qPrintable(QString::number(wait)));
        QCOMPARE(outbox().item(second)->state, OutboxItem::State::Queued);
        QCOMPARE(outbox().item(second)->attempts, 0);
    }

    void floodErrorRetries()
    {
        m_wp->floodSeconds = 60;
        queue(u"Quick one"_qs);
        const qint64 second = queue(u"Too quick"_qs);
        const OutboxSummary s = runSync();
        QCOMPARE(s.posted, 1);
        QCOMPARE(s.retrying, 1);
        const auto item = outbox().item(second);
        QCOMPARE(item->state, OutboxItem::State::Queued);
        QVERIFY(item->lastError.contains(u"too quickly"_qs));
        m_wp->floodSeconds = 0;
        QVERIFY(outbox().retryNow(second, 1));
        QVERIFY(runSync().settled());
        QCOMPARE(m_wp->count(u"Too quick"_qs), 1);
    }

    void closedArticleFailsForGoodAndSaysSo()
    {
        m_wp->closedPosts = {12};
        const qint64 id = queue(u"Too late?"_qs);
        const OutboxSummary s = runSync();
        QCOMPARE(s.failed, 1);
        QVERIFY(!s.settled());
        const auto item = outbox().item(id);
        QCOMPARE(item->state, OutboxItem::State::Failed);
        QCOMPARE(item->lastError, u"Sorry, comments are closed for this item."_qs);
        QCOMPARE(item->body, u"Too late?"_qs); // the text is kept for the user
        QCOMPARE(articleDetail(m_store->database(), m_article).commentsOpen, std::optional<bool>(false));
    }

    void formErrorPageIsAFailureNeverASuccess()
    {
        m_wp->restEnabled = false;
        QSqlQuery q(m_store->database().connection());
        // An author with no name slipped past (an older Tidings, an edited database): the form
        // answers 200 with an error page.
        const qint64 id = queue(u"Nameless"_qs);
        QVERIFY(q.exec(u"UPDATE comment_outbox SET author_name = ' '"_qs));
        QCOMPARE(runSync().failed, 1);
        const auto item = outbox().item(id);
        QCOMPARE(item->state, OutboxItem::State::Failed);
        QCOMPARE(item->lastError, u"Please fill the required fields."_qs);
        QCOMPARE(m_wp->comments().size(), 0);
    }

    void duplicateMeansTheServerHasIt()
    {
        // The same words from the same author are on the site already (written in a browser): the
        // comment is there, so it is not sent again and not shown as failed.
        m_wp->addComment(12, 0, u"Ada"_qs, u"Same words"_qs);
        const_cast<QList<FakeWordPress::Comment> &>(m_wp->comments())[0].email = u"ada@example.org"_qs;
        const qint64 id = queue(u"Same words"_qs);
        QVERIFY(runSync().settled());
        QCOMPARE(outbox().item(id)->state, OutboxItem::State::Held);
        QCOMPARE(m_wp->count(u"Same words"_qs), 1);
        refreshThread();
        QCOMPARE(outbox().item(id)->state, OutboxItem::State::Published); // matched by author and words
        QCOMPARE(articleDetail(m_store->database(), m_article).comments.size(), 1);
    }

    void hangingServerTimesOutAndRetries()
    {
        m_wp->faults = {FakeWordPress::Fault::Hang};
        m_wp->hangMs = 5000;
        const qint64 id = queue(u"Patience"_qs);
        OutboxSync::Options options;
        options.send.timeoutMs = 300;
        QCOMPARE(runSync(options).retrying, 1);
        const auto item = outbox().item(id);
        QVERIFY(item->uncertain);
        QVERIFY2(item->lastError.contains(u"timed out"_qs), qPrintable(item->lastError));
    }

    void interruptedSendIsSentAgainOnce()
    {
        // A process died between sending and storing the answer: the row says "sending" and the
        // server has the comment.
        m_wp->holdForModeration = false;
        const qint64 id = queue(u"Crash test"_qs);
        QVERIFY(runSync().settled());
        QSqlQuery q(m_store->database().connection());
        QVERIFY(q.exec(u"UPDATE comment_outbox SET state = 'sending', uncertain = 1, remote_id = NULL"_qs));
        QVERIFY(runSync().settled());
        QCOMPARE(m_wp->count(u"Crash test"_qs), 1);
        QCOMPARE(outbox().item(id)->state, OutboxItem::State::Held);
    }

    void onlyOneSenderAtATime()
    {
        queue(u"x"_qs);
        const QString lock = m_dir.filePath(u"outbox.lock"_qs);
        QLockFile other(lock);
        QVERIFY(other.tryLock(0));
        OutboxSync::Options options;
        options.lockPath = lock;
        const OutboxSummary s = runSync(options);
        QVERIFY(s.busy);
        QCOMPARE(m_wp->restPosts(), 0);
        other.unlock();
        QVERIFY(runSync(options).settled());
        QCOMPARE(m_wp->restPosts(), 1);
    }

    void publishedCommentComesBackOnceInTheThread()
    {
        const qint64 id = queue(u"Round trip"_qs);
        QVERIFY(runSync().settled());
        QCOMPARE(articleDetail(m_store->database(), m_article).comments.size(), 1); // pending, held
        m_wp->approveAll();
        refreshThread();
        const ArticleDetail d = articleDetail(m_store->database(), m_article);
        QCOMPARE(d.comments.size(), 1);
        QVERIFY(!d.comments.first().isPending());
        QVERIFY(d.comments.first().mine);
        QCOMPARE(outbox().item(id)->state, OutboxItem::State::Published);
        QCOMPARE(outbox().unpublishedCount(), 0);
    }

private:
    Outbox outbox() { return Outbox(m_store->database()); }

    NewComment newComment(const QString &body) const
    {
        NewComment c;
        c.articleId = m_article;
        c.authorName = u"Ada"_qs;
        c.authorEmail = u"ada@example.org"_qs;
        c.body = body;
        return c;
    }

    qint64 queue(const QString &body)
    {
        Outbox o = outbox();
        const auto item = o.queue(newComment(body), QDateTime::currentSecsSinceEpoch());
        return item ? item->id : -1;
    }

    OutboxSummary runSync(OutboxSync::Options options = {})
    {
        OutboxSync sync([this](const OutboxSync::StoreJob &job) { job(*m_store); }, options);
        QSignalSpy finished(&sync, &OutboxSync::finished);
        sync.start();
        if (finished.isEmpty() && !finished.wait(20000))
            return {};
        return finished.first().first().value<OutboxSummary>();
    }

    void refreshThread()
    {
        RefreshEngine engine([this](const RefreshEngine::StoreJob &job) { job(*m_store); }, {});
        QSignalSpy finished(&engine, &RefreshEngine::finished);
        engine.start({}, true);
        QVERIFY(finished.wait(20000));
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<FakeWordPress> m_wp;
    std::unique_ptr<Store> m_store;
    qint64 m_article = -1;
};

QTEST_GUILESS_MAIN(TestOutboxSync)
#include "tst_outboxsync.moc"
