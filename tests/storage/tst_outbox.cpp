#include "OutboxFixture.h"
#include "ThreadFixture.h"
#include "storage/ArticleQueries.h"
#include "storage/Outbox.h"
#include "storage/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;

namespace {

NewComment comment(qint64 articleId, const QString &body)
{
    NewComment c;
    c.articleId = articleId;
    c.authorName = u"Ada"_qs;
    c.authorEmail = u"ada@example.org"_qs;
    c.body = body;
    return c;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.filePath(u"outbox-%1.sqlite"_qs.arg(++m_counter))));
        m_article = test::addWordPressArticle(*m_store, u"https://blog.example/"_qs,
                                              u"https://blog.example/wp-json/"_qs, 12);
        QVERIFY(m_article > 0);
    }

    void queuedCommentIsStoredWithItsOwnId()
    {
        Outbox outbox(m_store->database());
        const auto a = outbox.queue(comment(m_article, u"  First!  "_qs), 1000);
        const auto b = outbox.queue(comment(m_article, u"Second"_qs), 1001);
        QVERIFY2(a && b, qPrintable(outbox.error()));
        QCOMPARE(a->state, OutboxItem::State::Queued);
        QCOMPARE(a->body, u"First!"_qs);
        QCOMPARE(a->clientId.size(), 36); // a UUID
        QVERIFY(a->clientId != b->clientId);
        QCOMPARE(a->siteName, u"Test site"_qs);
        QCOMPARE(a->restApiUrl, u"https://blog.example/wp-json/"_qs);
        QCOMPARE(outbox.unpublishedCount(), 2);

        // It is in the file, not in memory: another connection reads it.
        Store other;
        QVERIFY(other.open(m_store->database().path()));
        QCOMPARE(Outbox(other.database()).unpublished().size(), 2);
    }

    void invalidCommentsAreRefusedInWords_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("no name") << ""
                                 << "a@b.org"
                                 << ""
                                 << "text"
                                 << "Please give your name.";
        QTest::newRow("bad email") << "Ada"
                                   << "ada"
                                   << ""
                                   << "text"
                                   << "Please give an email address";
        QTest::newRow("javascript site") << "Ada"
                                         << "a@b.org"
                                         << "javascript:alert(1)"
                                         << "text"
                                         << "The website must be an http or https address.";
        QTest::newRow("empty") << "Ada"
                               << "a@b.org"
                               << ""
                               << "   "
                               << "The comment is empty.";
    }

    void invalidCommentsAreRefusedInWords()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, url);
        QFETCH(QString, body);
        QFETCH(QString, error);
        Outbox outbox(m_store->database());
        NewComment c = comment(m_article, body);
        c.authorName = name;
        c.authorEmail = email;
        c.authorUrl = url;
        QVERIFY(!outbox.queue(c, 1));
        QVERIFY2(outbox.error().startsWith(error), qPrintable(outbox.error()));
        QCOMPARE(outbox.unpublishedCount(), 0);
    }

    void sameWordsTwiceAreRefused()
    {
        Outbox outbox(m_store->database());
        QVERIFY(outbox.queue(comment(m_article, u"Me too"_qs), 1));
        QVERIFY(!outbox.queue(comment(m_article, u" Me too "_qs), 2));
        QCOMPARE(outbox.error(), u"You have written this comment here already."_qs);
        NewComment other = comment(m_article, u"Me too"_qs);
        other.authorEmail = u"bo@example.org"_qs;
        QVERIFY(outbox.queue(other, 3)); // someone else may say the same
        QCOMPARE(outbox.unpublishedCount(), 2);
    }

    void closedArticleRefusesBeforeWriting()
    {
        Outbox outbox(m_store->database());
        QVERIFY(outbox.setCommentsOpen(m_article, false, u"Comments are closed after 14 days."_qs));
        QVERIFY(!outbox.queue(comment(m_article, u"Late"_qs), 1));
        QCOMPARE(outbox.error(), u"Comments are closed after 14 days."_qs);
        const ArticleDetail d = articleDetail(m_store->database(), m_article);
        QCOMPARE(d.commentsOpen, std::optional<bool>(false));
    }

    void replyToAnotherArticlesCommentIsRefused()
    {
        const qint64 other = test::addWordPressArticle(*m_store, u"https://other.example/"_qs, {}, 3, u"Other"_qs);
        ImportCounts counts;
        QVERIFY(m_store->upsertComments(other, {test::threadComment(u"7"_qs, {}, u"Bo"_qs, u"<p>hi</p>"_qs, 1)}, 1,
                                        counts));
        Outbox outbox(m_store->database());
        NewComment c = comment(m_article, u"reply"_qs);
        c.parentCommentId = outbox.commentByReference(u"https://blog.example/?p=12#comment-7"_qs);
        QVERIFY(c.parentCommentId > 0);
        QVERIFY(!outbox.queue(c, 1));
        QCOMPARE(outbox.error(), u"The comment it answers is not under this article."_qs);
    }

    void editAndCancelOnlyUntilSent()
    {
        Outbox outbox(m_store->database());
        const auto a = outbox.queue(comment(m_article, u"typo"_qs), 1);
        QVERIFY(a);
        QVERIFY(outbox.edit(a->id, comment(m_article, u"fixed"_qs), 2));
        QCOMPARE(outbox.item(a->id)->body, u"fixed"_qs);
        QVERIFY(outbox.markSending(a->id, 3));
        QVERIFY(!outbox.edit(a->id, comment(m_article, u"again"_qs), 4));
        QVERIFY(!outbox.cancel(a->id));
        QCOMPARE(outbox.item(a->id)->body, u"fixed"_qs);

        const auto b = outbox.queue(comment(m_article, u"never mind"_qs), 5);
        QVERIFY(outbox.cancel(b->id));
        QVERIFY(!outbox.item(b->id));
    }

    void failedCommentIsQueuedAgainByAnEdit()
    {
        Outbox outbox(m_store->database());
        const auto a = outbox.queue(comment(m_article, u"x"_qs), 1);
        QVERIFY(outbox.markSending(a->id, 2));
        QVERIFY(outbox.recordFailed(a->id, u"Please fill the required fields."_qs, 3));
        QCOMPARE(outbox.item(a->id)->state, OutboxItem::State::Failed);
        QVERIFY(outbox.due(10).isEmpty());
        QVERIFY(outbox.edit(a->id, comment(m_article, u"better"_qs), 4));
        const auto again = outbox.item(a->id);
        QCOMPARE(again->state, OutboxItem::State::Queued);
        QVERIFY(again->lastError.isEmpty());
        QCOMPARE(outbox.due(10).size(), 1);
    }

    void dueIsOldestFirstAndRepliesWaitForTheirParent()
    {
        Outbox outbox(m_store->database());
        const auto parent = outbox.queue(comment(m_article, u"parent"_qs), 10);
        NewComment r = comment(m_article, u"reply to my own"_qs);
        r.parentOutboxId = parent->id;
        const auto reply = outbox.queue(r, 11);
        const auto later = outbox.queue(comment(m_article, u"later"_qs), 12);
        QVERIFY(reply && later);
        QVERIFY(outbox.item(reply->id)->waitsForParent());

        QList<qint64> ids;
        for (const OutboxItem &i : outbox.due(100))
            ids << i.id;
        QCOMPARE(ids, (QList<qint64>{parent->id, later->id}));

        QVERIFY(outbox.markSending(parent->id, 20));
        QVERIFY(outbox.recordPosted(parent->id, u"301"_qs, {}, true, 21));
        const auto ready = outbox.item(reply->id);
        QCOMPARE(ready->parentRemoteId, u"301"_qs);
        QCOMPARE(ready->parentAuthor, u"Ada"_qs);
        ids.clear();
        for (const OutboxItem &i : outbox.due(100))
            ids << i.id;
        QCOMPARE(ids, (QList<qint64>{reply->id, later->id}));
    }

    void retryWaitsUntilItsTime()
    {
        Outbox outbox(m_store->database());
        const auto a = outbox.queue(comment(m_article, u"x"_qs), 1);
        QVERIFY(outbox.markSending(a->id, 2));
        QVERIFY(outbox.recordRetry(a->id, u"server said 500"_qs, 500, 3));
        QVERIFY(outbox.due(499).isEmpty());
        QCOMPARE(outbox.due(500).size(), 1);
        QCOMPARE(outbox.nextAttemptAt(3), 500);
        QCOMPARE(outbox.nextAttemptAt(500), 0); // due now: nothing to wait for
        const auto item = outbox.item(a->id);
        QVERIFY(item->uncertain); // the 500 may have come after the comment was stored
        QCOMPARE(item->attempts, 1);
    }

    void interruptedSendIsQueuedAgainAsUncertain()
    {
        Outbox outbox(m_store->database());
        const auto a = outbox.queue(comment(m_article, u"x"_qs), 1);
        QVERIFY(!a->uncertain);
        QVERIFY(outbox.markSending(a->id, 2));
        // The process dies here. The next one to send finds it:
        QCOMPARE(outbox.recoverInterrupted(3), 1);
        const auto item = outbox.item(a->id);
        QCOMPARE(item->state, OutboxItem::State::Queued);
        QVERIFY(item->uncertain);
        QCOMPARE(outbox.due(3).size(), 1);
    }

    void threadRefreshMatchesPostedCommentsOnce()
    {
        Outbox outbox(m_store->database());
        const auto byId = outbox.queue(comment(m_article, u"Known by its id"_qs), 1);
        const auto byText = outbox.queue(comment(m_article, u"Don't know my id"_qs), 2);
        QVERIFY(outbox.markSending(byId->id, 3) && outbox.recordPosted(byId->id, u"501"_qs, {}, true, 4));
        // A duplicate answer after a lost one: on the server, id unknown.
        QVERIFY(outbox.markSending(byText->id, 5) && outbox.recordPosted(byText->id, {}, {}, true, 6));
        QCOMPARE(articleDetail(m_store->database(), m_article).comments.size(), 2); // both pending

        ImportCounts counts;
        QVERIFY(m_store->upsertComments(
                m_article,
                {test::threadComment(u"500"_qs, {}, u"Bo"_qs, u"<p>Someone else</p>"_qs, 1),
                 test::threadComment(u"501"_qs, {}, u"Ada"_qs, u"<p>Known by its id</p>"_qs, 1),
                 test::threadComment(u"502"_qs, {}, u"Ada"_qs, u"<p>Don&#8217;t know my id</p>\n"_qs, 1)},
                10, counts));
        const ArticleDetail d = articleDetail(m_store->database(), m_article);
        QCOMPARE(d.comments.size(), 3); // each once: the server's copies
        int mine = 0;
        for (const auto &c : d.comments) {
            QVERIFY(!c.isPending());
            mine += c.mine ? 1 : 0;
        }
        QCOMPARE(mine, 2);
        QCOMPARE(outbox.item(byId->id)->state, OutboxItem::State::Published);
        QCOMPARE(outbox.item(byText->id)->remoteId, u"502"_qs);
        QCOMPARE(outbox.unpublishedCount(), 0);
    }

    void pendingRepliesStandUnderTheirParents()
    {
        ImportCounts counts;
        QVERIFY(m_store->upsertComments(m_article,
                                        {test::threadComment(u"1"_qs, {}, u"Bo"_qs, u"<p>top</p>"_qs, 1),
                                         test::threadComment(u"2"_qs, {}, u"Cy"_qs, u"<p>second top</p>"_qs, 1)},
                                        1, counts));
        Outbox outbox(m_store->database());
        NewComment r = comment(m_article, u"answer to Bo\n\nsecond <b>paragraph</b>"_qs);
        r.parentCommentId = outbox.commentByReference(u"https://blog.example/?p=12#comment-1"_qs);
        const auto reply = outbox.queue(r, 2);
        QVERIFY2(reply, qPrintable(outbox.error()));
        QCOMPARE(reply->parentRemoteId, u"1"_qs);
        QCOMPARE(reply->parentAuthor, u"Bo"_qs);
        const ArticleDetail d = articleDetail(m_store->database(), m_article);
        QCOMPARE(d.comments.size(), 3);
        QCOMPARE(d.comments[0].author, u"Bo"_qs);
        QCOMPARE(d.comments[1].outboxId, reply->id);
        QCOMPARE(d.comments[1].depth, 1);
        QCOMPARE(d.comments[1].contentHtml,
                 u"<p>answer to Bo</p><p>second &lt;b&gt;paragraph&lt;/b&gt;</p>"_qs); // text, not markup
        QCOMPARE(d.comments[2].author, u"Cy"_qs);
    }

    void draftsSurviveReopening()
    {
        {
            Outbox outbox(m_store->database());
            QVERIFY(outbox.saveDraft(m_article, -1, u"half a tho"_qs, 1));
            QVERIFY(outbox.saveDraft(m_article, -1, u"half a thought"_qs, 2));
            QVERIFY(outbox.saveDraft(m_article, 5, u"a reply"_qs, 2));
        }
        const QString path = m_store->database().path();
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(path));
        Outbox outbox(m_store->database());
        QCOMPARE(outbox.draft(m_article, -1), u"half a thought"_qs);
        QCOMPARE(outbox.draft(m_article, 5), u"a reply"_qs);
        QVERIFY(outbox.saveDraft(m_article, -1, u"  "_qs, 3)); // emptied: gone
        QVERIFY(outbox.draft(m_article, -1).isEmpty());
    }

    void referencesByIdOrUrl()
    {
        Outbox outbox(m_store->database());
        QCOMPARE(outbox.articleByReference(QString::number(m_article)), m_article);
        QCOMPARE(outbox.articleByReference(u"https://blog.example/post-12/"_qs), m_article);
        QCOMPARE(outbox.articleByReference(u"https://blog.example/?p=12"_qs), m_article);
        QCOMPARE(outbox.articleByReference(u"https://blog.example/nope/"_qs), -1);
        QCOMPARE(outbox.articleByReference(u"99999"_qs), -1);
        QCOMPARE(Outbox::wordPressCommentNumber(u"42"_qs, {}), u"42"_qs);
        QCOMPARE(Outbox::wordPressCommentNumber(u"https://b/?p=1#comment-42"_qs, {}), u"42"_qs);
        QCOMPARE(Outbox::wordPressCommentNumber(u"tag:x"_qs, u"https://b/post/#comment-7"_qs), u"7"_qs);
        QVERIFY(Outbox::wordPressCommentNumber(u"tag:x"_qs, u"https://b/post/"_qs).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Store> m_store;
    qint64 m_article = -1;
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
