#include "ArticleView.h"
#include "TestHttpServer.h"
#include "net/RemoteImages.h"

#include <QBuffer>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

using namespace tidings;
using namespace tidings::ui;
using tidings::test::TestHttpServer;
using tidings::test::TestResponse;

class TestArticleView : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    QTemporaryDir m_cache;
    QUrl m_imageUrl;

    ArticleDetail article(qint64 id) const
    {
        ArticleDetail a;
        a.id = id;
        a.title = u"Cable tidy, reviewed"_qs;
        a.site = u"The Patch Bay"_qs;
        a.link = m_server.url(u"/posts/%1"_qs.arg(id)).toString();
        a.bodyHtml = u"<p>Before the picture.</p><img src=\""_qs + m_imageUrl.toString()
                + u"?article=%1\" alt=\"a tidy desk\"><p>After the picture. "
                  u"<a href=\"tidings:show-images\">not ours</a></p>"_qs.arg(id);
        return a;
    }

    static void setUp(ArticleView &view, RemoteImages &images)
    {
        view.resize(600, 400);
        view.setRemoteImages(&images);
    }

    // The (last) image as laid out in the reader's document.
    static QTextImageFormat imageFormatIn(ArticleView &view)
    {
        QTextImageFormat found;
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isImageFormat())
                    found = it.fragment().charFormat().toImageFormat();
            }
        }
        return found;
    }
    static qreal imageWidthIn(ArticleView &view) { return imageFormatIn(view).width(); }

    static QImage imageIn(ArticleView &view, const QUrl &url)
    {
        return view.document()->resource(QTextDocument::ImageResource, url).value<QImage>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QImage image(40, 300, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        TestResponse r;
        r.headers = {{"Content-Type", "image/png"}, {"Cache-Control", "max-age=600"}};
        r.body = png;
        r.delayMs = 300; // a slow image server: the text must not wait for it
        m_server.route("/desk.png", r);
        m_imageUrl = m_server.url(u"/desk.png"_qs);
    }

    void init() { m_server.clearRequests(); }

    void neverLoadsNothingAndShowsAltText()
    {
        RemoteImages images(m_cache.path());
        ArticleView view;
        setUp(view, images);
        view.setImagePolicy(Preferences::Images::Never);
        view.show();
        view.showArticle(article(1));
        QVERIFY(view.toPlainText().contains(u"a tidy desk"_qs));
        QVERIFY(!view.imagesHeldBack()); // nothing to offer: the user said never
        QVERIFY(!view.toPlainText().contains(u"Show images"_qs));
        view.showImages(); // i does nothing either
        QTest::qWait(500);
        QVERIFY(m_server.requests().isEmpty());
    }

    void askOffersThenLoadsWithoutHoldingUpTheText()
    {
        RemoteImages images(m_cache.path());
        ArticleView view;
        setUp(view, images);
        view.show();
        QCOMPARE(view.imagePolicy(), Preferences::Images::Ask);
        view.showArticle(article(2));
        QVERIFY(view.imagesHeldBack());
        QVERIFY(view.toPlainText().contains(u"from the web not loaded"_qs));
        QVERIFY(view.toPlainText().contains(u"a tidy desk"_qs));
        QTest::qWait(100);
        QVERIFY(m_server.requests().isEmpty()); // asking is not loading

        // "Show images" (the bar's link, or i): the text is there at once, the image when it arrives.
        emit view.anchorClicked(QUrl(u"tidings:show-images"_qs));
        const qreal heightBefore = view.document()->size().height();
        QVERIFY(!view.imagesHeldBack());
        QVERIFY(view.toPlainText().contains(u"After the picture."_qs));
        QVERIFY(!view.toPlainText().contains(u"a tidy desk"_qs)); // an image now, not its alt text
        const QUrl url(m_imageUrl.toString() + u"?article=2"_qs);
        QVERIFY(imageIn(view, url).size() != QSize(40, 300)); // still on its way
        QTRY_COMPARE_WITH_TIMEOUT(imageIn(view, url).size(), QSize(40, 300), 10000);
        QTRY_VERIFY(view.document()->size().height() > heightBefore + 250); // laid out again at its size
        QCOMPARE(m_server.requests().size(), 1);

        // Another article asks again: the yes was for that one only.
        view.showArticle(article(3));
        QVERIFY(view.imagesHeldBack());
    }

    void alwaysLoadsAndTheLinkSetsThePreference()
    {
        RemoteImages images(m_cache.path());
        ArticleView view;
        setUp(view, images);
        view.show();
        QSignalSpy chosen(&view, &ArticleView::imagePolicyChosen);
        view.showArticle(article(4));
        emit view.anchorClicked(QUrl(u"tidings:always-show-images"_qs));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).value<Preferences::Images>(), Preferences::Images::Always);
        QCOMPARE(view.imagePolicy(), Preferences::Images::Always);
        const QUrl url(m_imageUrl.toString() + u"?article=4"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(imageIn(view, url).size(), QSize(40, 300), 10000);

        // The article's own "tidings:" link was dropped by the sanitiser: only the bar may use them.
        QVERIFY(!view.toHtml().contains(u"tidings:show-images"_qs));

        // Shown again (a refresh changed it): from memory, no request, the place kept.
        m_server.clearRequests();
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        const int scrolled = view.verticalScrollBar()->value();
        view.showArticle(article(4));
        QCOMPARE(imageIn(view, url).size(), QSize(40, 300));
        QCOMPARE(view.verticalScrollBar()->value(), scrolled);
        QTest::qWait(100);
        QVERIFY(m_server.requests().isEmpty());
    }

    void wideImagesFitTheReader()
    {
        TestResponse wide;
        QImage image(2000, 100, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QBuffer buffer(&wide.body);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        wide.headers = {{"Content-Type", "image/png"}};
        m_server.route("/wide.png", wide);
        RemoteImages images({});
        ArticleView view;
        view.resize(500, 400);
        view.setRemoteImages(&images);
        view.setImagePolicy(Preferences::Images::Always);
        view.show();
        ArticleDetail a = article(5);
        a.bodyHtml = u"<img src=\"%1\">"_qs.arg(m_server.url(u"/wide.png"_qs).toString());
        view.showArticle(a);
        QTRY_VERIFY_WITH_TIMEOUT(imageIn(view, m_server.url(u"/wide.png"_qs)).width() > 1,
                                 10000); // not the placeholder
        const QImage shown = imageIn(view, m_server.url(u"/wide.png"_qs));
        QVERIFY2(shown.width() <= view.viewport()->width(), qPrintable(QString::number(shown.width())));
        QCOMPARE(shown.width() / 20, shown.height()); // the shape kept

        // A size in the markup (WordPress writes width="1024") is scaled down the same way.
        a.bodyHtml = u"<p>x</p><img src=\"%1\" width=\"2000\" height=\"100\">"_qs.arg(
                m_server.url(u"/wide.png"_qs).toString());
        view.showArticle(a);
        const QTextImageFormat laidOut = imageFormatIn(view);
        QVERIFY(laidOut.isValid());
        QVERIFY2(laidOut.width() <= view.viewport()->width(), qPrintable(QString::number(laidOut.width())));
        QCOMPARE(qRound(laidOut.width() / 20), qRound(laidOut.height()));
        QVERIFY(view.horizontalScrollBar()->maximum() == 0); // nothing to scroll sideways

        // A narrower reader fits them again, once resizing has paused.
        const qreal before = laidOut.width();
        view.resize(300, 400);
        QTRY_VERIFY(imageWidthIn(view) < before - 100);
        QVERIFY(imageWidthIn(view) <= view.viewport()->width());
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
