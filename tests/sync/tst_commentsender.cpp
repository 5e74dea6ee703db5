#include "sync/CommentSender.h"
#include "util/WordPress.h"

#include <QtTest>

using namespace tidings;
using Kind = PostOutcome::Kind;

// Every answer WordPress gives to a posted comment, as observed on a real server
// (../shared/docs/protocols.md), and what the outbox makes of it.
class TestCommentSender : public QObject
{
    Q_OBJECT

private slots:
    void restAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("closed");

        auto error = [](const char *code, const char *message) -> QByteArray {
            return QByteArray("{\"code\":\"") + code + "\",\"message\":\"" + message + "\"}";
        };
        QTest::newRow("201 held") << 201 << QByteArray("{\"id\":77,\"status\":\"hold\"}") << int(Kind::Posted) << ""
                                  << false;
        QTest::newRow("409 duplicate")
                << 409
                << error("comment_duplicate",
                         "Duplicate comment detected; it looks as though you&#8217;ve already said that!")
                << int(Kind::AlreadyThere) << "" << false;
        QTest::newRow("flood") << 400 << error("comment_flood", "You are posting comments too quickly. Slow down.")
                               << int(Kind::RetryLater)
                               << "the site says comments are coming too quickly; trying again later" << false;
        QTest::newRow("429") << 429 << QByteArray() << int(Kind::RetryLater)
                             << "the site says comments are coming too quickly; trying again later" << false;
        QTest::newRow("anonymous REST off")
                << 401 << error("rest_comment_login_required", "Sorry, you must be logged in to comment.")
                << int(Kind::WrongRoute) << "" << false;
        QTest::newRow("no route") << 404 << error("rest_no_route", "No route was found") << int(Kind::WrongRoute) << ""
                                  << false;
        QTest::newRow("closed") << 403 << error("rest_comment_closed", "Sorry, comments are closed for this item.")
                                << int(Kind::Failed) << "Sorry, comments are closed for this item." << true;
        QTest::newRow("missing author") << 400
                                        << error("rest_comment_author_data_required",
                                                 "Creating a comment requires valid author name and email values.")
                                        << int(Kind::Failed)
                                        << "Creating a comment requires valid author name and email values." << false;
        QTest::newRow("entities in a message") << 400 << error("rest_invalid", "It&#8217;s &lt;wrong&gt;")
                                               << int(Kind::Failed) << "It\u2019s <wrong>" << false;
        QTest::newRow("500") << 500 << QByteArray("<html>oops</html>") << int(Kind::RetryLater)
                             << "the server answered 500" << false;
        QTest::newRow("503") << 503 << QByteArray() << int(Kind::RetryLater) << "the server answered 503" << false;
    }

    void restAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, reason);
        QFETCH(bool, closed);
        const PostOutcome o = interpretRestAnswer(status, body, -1);
        QCOMPARE(int(o.kind), kind);
        QCOMPARE(o.reason, reason);
        QCOMPARE(o.closed, closed);
    }

    void restCreatedNamesTheComment()
    {
        PostOutcome o = interpretRestAnswer(
                201, "{\"id\":77,\"status\":\"approved\",\"link\":\"https://b/?p=1#comment-77\"}", -1);
        QCOMPARE(o.remoteId, u"77"_qs);
        QCOMPARE(o.remoteLink, u"https://b/?p=1#comment-77"_qs);
        QVERIFY(!o.held);
        o = interpretRestAnswer(201, "{\"id\":78,\"status\":\"hold\"}", -1);
        QVERIFY(o.held);
        QCOMPARE(interpretRestAnswer(429, {}, 90).retryAfterSeconds, 90);
    }

    void formAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QUrl>("location");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("remoteId");
        QTest::addColumn<bool>("held");
        QTest::addColumn<QString>("reason");

        auto page = [](const char *message) -> QByteArray {
            return QByteArray("<html><body id=\"error-page\"><div class=\"wp-die-message\"><p><strong>Error:</strong> ")
                    + message + "</p></div></body></html>";
        };
        QTest::newRow("302 approved") << 302 << QUrl(u"https://b/2026/post/#comment-12"_qs) << QByteArray()
                                      << int(Kind::Posted) << "12" << false << "";
        QTest::newRow("302 held") << 302
                                  << QUrl(u"https://b/2026/post/?unapproved=13&moderation-hash=ab12#comment-13"_qs)
                                  << QByteArray() << int(Kind::Posted) << "13" << true << "";
        QTest::newRow("302 to the login page")
                << 302 << QUrl(u"https://b/wp-login.php"_qs) << QByteArray() << int(Kind::Failed) << "" << true
                << "the site takes comments only from registered users";
        QTest::newRow("200 error page") << 200 << QUrl() << page("Please fill the required fields.")
                                        << int(Kind::Failed) << "" << true << "Please fill the required fields.";
        QTest::newRow("409 duplicate") << 409 << QUrl() << page("Duplicate comment detected") << int(Kind::AlreadyThere)
                                       << "" << true << "";
        QTest::newRow("429 flood") << 429 << QUrl() << page("You are posting comments too quickly. Slow down.")
                                   << int(Kind::RetryLater) << "" << true
                                   << "the site says comments are coming too quickly; trying again later";
        QTest::newRow("403 closed") << 403 << QUrl() << page("Sorry, comments are closed for this item.")
                                    << int(Kind::Failed) << "" << true << "Sorry, comments are closed for this item.";
        QTest::newRow("502") << 502 << QUrl() << QByteArray("Bad Gateway") << int(Kind::RetryLater) << "" << true
                             << "the server answered 502";
    }

    void formAnswers()
    {
        QFETCH(int, status);
        QFETCH(QUrl, location);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, remoteId);
        QFETCH(bool, held);
        QFETCH(QString, reason);
        const PostOutcome o = interpretFormAnswer(status, location, body, -1);
        QCOMPARE(int(o.kind), kind);
        QCOMPARE(o.remoteId, remoteId);
        QCOMPARE(o.held, held);
        QCOMPARE(o.reason, reason);
    }

    void heldLinkLosesTheModerationHash()
    {
        const PostOutcome o = interpretFormAnswer(
                302, QUrl(u"https://b/post/?unapproved=13&moderation-hash=ab12#comment-13"_qs), {}, -1);
        QCOMPARE(o.remoteLink, u"https://b/post/#comment-13"_qs);
    }

    void restUrls()
    {
        QCOMPARE(wordpress::restUrl(u"https://b/wp-json/"_qs, u"wp/v2/comments"_qs).toString(),
                 u"https://b/wp-json/wp/v2/comments"_qs);
        QCOMPARE(wordpress::restUrl(u"https://b/blog/wp-json"_qs, u"wp/v2/comments"_qs, u"post=3"_qs).toString(),
                 u"https://b/blog/wp-json/wp/v2/comments?post=3"_qs);
        // Plain permalinks: the route goes into rest_route.
        QCOMPARE(wordpress::restUrl(u"https://b/index.php?rest_route=/"_qs, u"wp/v2/comments"_qs, u"post=3"_qs)
                         .toString(),
                 u"https://b/index.php?rest_route=/wp/v2/comments&post=3"_qs);
    }

    void postIds()
    {
        QCOMPARE(wordpress::postIdFrom(u"https://b/?p=123"_qs), u"123"_qs);
        QCOMPARE(wordpress::postIdFrom(u"https://b/?page_id=9&p=12#x"_qs), u"12"_qs);
        QVERIFY(wordpress::postIdFrom(u"https://b/2026/post/"_qs).isEmpty());
        QVERIFY(wordpress::postIdFrom(u"https://b/?p=12abc"_qs).isEmpty());
    }

    void commentFormOnAPage()
    {
        const QString page = QStringLiteral(
                "<html><body><article>...</article>\n"
                "<div id=\"respond\" class=\"comment-respond\"><form action=\"https://b/wp-comments-post.php\" "
                "method=\"post\" id=\"commentform\" class=\"comment-form\" novalidate>\n"
                "<p class=\"form-submit\"><input name=\"submit\" type=\"submit\" id=\"submit\" value=\"Post\" />\n"
                "<input type='hidden' name='comment_post_ID' value='42' id='comment_post_ID' />\n"
                "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>"
                "</body></html>");
        const auto form = wordpress::scanCommentForm(page, QUrl(u"https://b/2026/post/"_qs));
        QVERIFY(form.found);
        QCOMPARE(form.postId, u"42"_qs);
        QCOMPARE(form.action, QUrl(u"https://b/wp-comments-post.php"_qs));
        const auto closed = wordpress::scanCommentForm(u"<p class=\"no-comments\">Comments are closed.</p>"_qs, {});
        QVERIFY(!closed.found);
    }
};

QTEST_GUILESS_MAIN(TestCommentSender)
#include "tst_commentsender.moc"
