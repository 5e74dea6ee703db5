#include "util/HtmlSanitizer.h"

#include <QtTest>

using namespace tidings;

class TestSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void dropsWhatIsUnsafe_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("safe");
        QTest::newRow("script and content") << u"<p>a<script>alert(1)</script>b</p>"_qs << u"<p>ab</p>"_qs;
        QTest::newRow("uppercase script") << u"<SCRIPT src=x></SCRIPT>ok"_qs << u"ok"_qs;
        QTest::newRow("style element") << u"<style>p{display:none}</style><p>x</p>"_qs << u"<p>x</p>"_qs;
        QTest::newRow("style attribute") << u"<p style=\"position:fixed;top:0\">x</p>"_qs << u"<p>x</p>"_qs;
        QTest::newRow("event handler") << u"<img src=\"https://i.example/a.png\" onerror=\"alert(1)\">"_qs
                                       << u"<img src=\"https://i.example/a.png\" alt=\"\">"_qs;
        QTest::newRow("javascript link") << u"<a href=\"javascript:alert(1)\">x</a>"_qs << u"<a>x</a>"_qs;
        QTest::newRow("entity-hidden javascript") << u"<a href=\"&#106;avascript:alert(1)\">x</a>"_qs << u"<a>x</a>"_qs;
        QTest::newRow("file link") << u"<a href=\"file:///etc/passwd\">x</a>"_qs << u"<a>x</a>"_qs;
        QTest::newRow("data image") << u"<img src=\"data:image/png;base64,AAAA\" alt=\"pic\">"_qs << u"pic"_qs;
        QTest::newRow("iframe") << u"<iframe src=\"https://evil.example\"><p>fallback</p></iframe>after"_qs
                                << u"after"_qs;
        QTest::newRow("form") << u"<form action=\"https://x\"><input name=a><button>Go</button></form>t"_qs << u"t"_qs;
        QTest::newRow("object") << u"<object data=x><embed src=y></object>z"_qs << u"z"_qs;
        QTest::newRow("comment") << u"a<!-- <script>x</script> -->b"_qs << u"ab"_qs;
        QTest::newRow("unknown wrapper keeps text") << u"<font color=red><center>hi</center></font>"_qs << u"hi"_qs;
        QTest::newRow("stray lt") << u"1 < 2 & 3"_qs << u"1 &lt; 2 &amp; 3"_qs;
        QTest::newRow("unclosed tags are closed") << u"<p><b>bold"_qs << u"<p><b>bold</b></p>"_qs;
        QTest::newRow("stray closing tag") << u"x</div></p>y"_qs << u"xy"_qs;
        QTest::newRow("unterminated script") << u"a<script>never ends"_qs << u"a"_qs;
    }

    void dropsWhatIsUnsafe()
    {
        QFETCH(QString, html);
        QFETCH(QString, safe);
        QCOMPARE(html::sanitize(html), safe);
    }

    void keepsStructureLinksAndImages()
    {
        const QString html = u"<h2>Title</h2><p>Read <a href=\"/more\" title=\"More &amp; more\">more</a>.</p>"
                             u"<ul><li>one</li></ul><img src=\"pics/a.png\" alt=\"A\" width=\"300\" height=\"99999\">"
                             u"<table><tr><td colspan=\"2\">x</td></tr></table><a href=\"mailto:a@b.example\">m</a>"_qs;
        html::SanitizeOptions options;
        options.base = QUrl(u"https://site.example/post/"_qs);
        QCOMPARE(html::sanitize(html, options),
                 u"<h2>Title</h2><p>Read <a href=\"https://site.example/more\" title=\"More &amp; more\">more</a>.</p>"
                 u"<ul><li>one</li></ul><img src=\"https://site.example/post/pics/a.png\" alt=\"A\" width=\"300\">"
                 u"<table><tr><td colspan=\"2\">x</td></tr></table><a href=\"mailto:a@b.example\">m</a>"_qs);
    }

    void imagesCanBeTurnedIntoTheirAltText()
    {
        html::SanitizeOptions options;
        options.keepImages = false;
        html::SanitizeReport report;
        QCOMPARE(html::sanitize(u"<p><img src=\"https://i.example/x.png\" alt=\"a chart\"><img src=\"javascript:x\" "
                                u"alt=\"\"><img src=\"http://i.example/y.gif\"></p>"_qs,
                                options, &report),
                 u"<p>a chart</p>"_qs);
        QCOMPARE(report.images, 2); // what a reader can offer to load: the javascript: one never is
    }

    void relativeUrlsWithoutAWebBaseAreDropped()
    {
        // Never resolve against nothing (or a file:), which could point at the user's disk.
        html::SanitizeOptions options;
        options.base = QUrl(u"file:///home/user/"_qs);
        QCOMPARE(html::sanitize(u"<a href=\"secret.txt\">x</a><a href=\"#top\">t</a>"_qs, options),
                 u"<a>x</a><a href=\"#top\">t</a>"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSanitizer)
#include "tst_sanitizer.moc"
