#include "FakeWordPress.h"
#include "OutboxFixture.h"
#include "storage/ArticleQueries.h"
#include "storage/Outbox.h"
#include "storage/StorageThread.h"
#include "sync/OutboxService.h"

#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;
using test::FakeWordPress;

// The app's outbox service: sends when a comment is queued, when the network returns, and by
// itself at the time a comment waits for; the store only through the writer thread.
class TestOutboxService : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_wp = std::make_unique<FakeWordPress>();
        QVERIFY(m_wp->listen());
        m_path = m_dir.filePath(u"service-%1.sqlite"_qs.arg(++m_counter));
        m_storage = std::make_unique<StorageThread>(m_path);
        QCOMPARE(m_storage->open().result(), QString());
        const QString home = m_wp->url(u"/"_qs).toString();
        const QString rest = m_wp->restRoot();
        m_article = m_storage->run([home, rest](Store &s) { return test::addWordPressArticle(s, home, rest, 12); })
                            .result();
        QVERIFY(m_article > 0);
    }

    void cleanup()
    {
        m_service.reset();
        m_storage.reset();
    }

    void queuedOfflineIsSentWhenTheNetworkReturns()
    {
        makeService();
        m_service->setOnline(false);
        QSignalSpy passes(m_service.get(), &OutboxService::passFinished);
        QSignalSpy counts(m_service.get(), &OutboxService::countChanged);
        m_service->start();
        auto queued = m_service->queue(comment(u"Written on the train"_qs));
        QTRY_VERIFY(queued.isFinished());
        QVERIFY2(queued.result().item, qPrintable(queued.result().error));
        const qint64 id = queued.result().item->id;
        // Stored, counted, and not sent: no pass was even started.
        QTRY_VERIFY(!counts.isEmpty() && counts.last().first().toLongLong() == 1);
        QVERIFY(!m_service->isSending());
        QCOMPARE(passes.size(), 0);
        QCOMPARE(m_wp->restPosts() + m_wp->formPosts(), 0);
        QCOMPARE(item(id).state, OutboxItem::State::Queued);

        m_service->setOnline(true);
        QVERIFY(passes.wait(20000));
        const auto summary = passes.first().first().value<OutboxSummary>();
        QCOMPARE(summary.posted, 1);
        QCOMPARE(m_wp->count(u"Written on the train"_qs), 1);
        QCOMPARE(item(id).state, OutboxItem::State::Held);

        // Another pass sends nothing again.
        m_service->sendNow();
        QVERIFY(passes.wait(20000));
        QCOMPARE(passes.last().first().value<OutboxSummary>().posted, 0);
        QCOMPARE(m_wp->comments().size(), 1);
    }

    void queuedOnlineIsSentAtOnce()
    {
        m_wp->holdForModeration = false;
        makeService();
        QSignalSpy changed(m_service.get(), &OutboxService::itemChanged);
        QSignalSpy counts(m_service.get(), &OutboxService::countChanged);
        m_service->start();
        QTRY_COMPARE(counts.size(), 1); // nothing waits yet
        QCOMPARE(counts.first().first().toLongLong(), 0);
        auto queued = m_service->queue(comment(u"Straight away"_qs));
        QTRY_VERIFY(queued.isFinished());
        const qint64 id = queued.result().item->id;
        QTRY_COMPARE(item(id).state, OutboxItem::State::Published);
        QCOMPARE(m_wp->count(u"Straight away"_qs), 1);
        QTRY_COMPARE(m_service->count(), 0);
        // Queued, then sending, then published: each said.
        QVERIFY(changed.size() >= 3);
        for (const auto &args : changed)
            QCOMPARE(args.first().toLongLong(), id);
    }

    void temporaryFailureIsRetriedByItself()
    {
        m_wp->retryAfterSeconds = 2;
        m_wp->faults = {FakeWordPress::Fault::TooManyRequests};
        makeService();
        QSignalSpy passes(m_service.get(), &OutboxService::passFinished);
        // What the outbox said when the 429 came back.
        OutboxItem waiting;
        connect(m_service.get(), &OutboxService::passFinished, this, [&](const OutboxSummary &s) {
            if (s.retrying != 1)
                return;
            waiting = m_storage->run([](Store &st) { return Outbox(st.database()).unpublished().value(0); }).result();
        });
        m_service->start();
        auto queued = m_service->queue(comment(u"Please try again"_qs));
        QTRY_VERIFY(queued.isFinished());
        const qint64 id = queued.result().item->id;
        // The first pass meets the 429 and says when it will try again.
        auto retried = [&passes] {
            return std::any_of(passes.cbegin(), passes.cend(), [](const QList<QVariant> &args) {
                return args.first().value<OutboxSummary>().retrying == 1;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(retried(), 20000);
        QCOMPARE(waiting.id, id);
        QCOMPARE(waiting.state, OutboxItem::State::Queued);
        QVERIFY(!waiting.lastError.isEmpty());
        QVERIFY(waiting.nextAttemptAt > 0);
        // The timer is set for that time (by this pass, or by one that followed at once).
        QTRY_COMPARE(m_service->nextPassAt(), waiting.nextAttemptAt);
        QVERIFY(!m_service->isSending());
        // Nobody asks again: the timer does.
        QTRY_COMPARE_WITH_TIMEOUT(item(id).state, OutboxItem::State::Held, 10000);
        QCOMPARE(m_wp->count(u"Please try again"_qs), 1);
        QCOMPARE(m_service->nextPassAt(), 0);
    }

    void invalidCommentIsRefusedInWords()
    {
        makeService();
        m_service->start();
        NewComment c = comment(u"No name"_qs);
        c.authorName.clear();
        auto queued = m_service->queue(c);
        QTRY_VERIFY(queued.isFinished());
        QVERIFY(!queued.result().item);
        QCOMPARE(queued.result().error, u"Please give your name."_qs);
        QCOMPARE(m_storage->run([](Store &s) { return Outbox(s.database()).unpublishedCount(); }).result(), 0);
    }

    void anotherProcessSendingIsLeftAlone()
    {
        const QString lockPath = OutboxService::lockPathFor(m_path);
        QCOMPARE(QFileInfo(lockPath).dir(), QFileInfo(m_path).dir());
        QLockFile other(lockPath);
        QVERIFY(other.tryLock(0));
        OutboxService::Options options;
        options.sync.lockPath = lockPath;
        makeService(options);
        QSignalSpy passes(m_service.get(), &OutboxService::passFinished);
        m_service->start();
        auto queued = m_service->queue(comment(u"Not twice"_qs));
        QTRY_VERIFY(queued.isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(!passes.isEmpty(), 20000);
        QVERIFY(passes.last().first().value<OutboxSummary>().busy);
        QCOMPARE(m_wp->comments().size(), 0);
        // Looks again later (after the last busy pass: the one start() asked for may be followed by
        // the one the queued comment asked for).
        QTRY_VERIFY_WITH_TIMEOUT(m_service->nextPassAt() > 0, 20000);
        other.unlock();
        m_service->sendNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_wp->count(u"Not twice"_qs), 1, 20000);
    }

    void editAndCancelBeforeSending()
    {
        makeService();
        m_service->setOnline(false);
        m_service->start();
        auto queued = m_service->queue(comment(u"Frist"_qs));
        QTRY_VERIFY(queued.isFinished());
        const qint64 id = queued.result().item->id;
        auto edited = m_service->edit(id, comment(u"First"_qs));
        QTRY_VERIFY(edited.isFinished());
        QCOMPARE(edited.result(), QString());
        QCOMPARE(item(id).body, u"First"_qs);
        QSignalSpy counts(m_service.get(), &OutboxService::countChanged);
        auto cancelled = m_service->cancel(id);
        QTRY_VERIFY(cancelled.isFinished());
        QCOMPARE(cancelled.result(), QString());
        QTRY_VERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().first().toLongLong(), 0);
        QSignalSpy passes(m_service.get(), &OutboxService::passFinished);
        m_service->setOnline(true);
        QVERIFY(passes.wait(20000));
        QCOMPARE(m_wp->restPosts() + m_wp->formPosts(), 0);
    }

    void closedArticleIsStoredAsClosed()
    {
        m_wp->http().route("/post-12/",
                           test::TestResponse{200,
                                              "OK",
                                              {{"Content-Type", "text/html"}},
                                              "<html><body><p>Comments are closed.</p></body></html>"});
        makeService();
        QSignalSpy checked(m_service.get(), &OutboxService::commentsChecked);
        m_service->checkComments(m_article, m_wp->url(u"/post-12/"_qs));
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.first().at(0).toLongLong(), m_article);
        QCOMPARE(checked.first().at(1).toBool(), false);
        QCOMPARE(checked.first().at(3).toString(), QString());
        const qint64 article = m_article;
        const ArticleDetail d
                = m_storage->run([article](Store &s) { return articleDetail(s.database(), article); }).result();
        QCOMPARE(d.commentsOpen, std::optional<bool>(false));
        QCOMPARE(d.commentsNote, checked.first().at(2).toString());
        QVERIFY(!d.commentsNote.isEmpty());
    }

private:
    void makeService(OutboxService::Options options = {})
    {
        StorageThread *storage = m_storage.get();
        m_service = std::make_unique<OutboxService>(
                [storage](OutboxSync::StoreJob job) { storage->run(std::move(job)); }, options);
        // Whatever the machine's network says, the tests decide.
        m_service->setOnline(true);
    }

    NewComment comment(const QString &text) const
    {
        NewComment c;
        c.articleId = m_article;
        c.authorName = u"Ada"_qs;
        c.authorEmail = u"ada@example.org"_qs;
        c.body = text;
        return c;
    }

    OutboxItem item(qint64 id)
    {
        return m_storage->run([id](Store &s) { return Outbox(s.database()).item(id).value_or(OutboxItem{}); }).result();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<FakeWordPress> m_wp;
    std::unique_ptr<StorageThread> m_storage;
    std::unique_ptr<OutboxService> m_service;
    qint64 m_article = -1;
};

QTEST_GUILESS_MAIN(TestOutboxService)
#include "tst_outboxservice.moc"
