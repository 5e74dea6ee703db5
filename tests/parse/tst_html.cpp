#include "util/Html.h"

#include <QtTest>

using namespace tidings;

class TestHtml : public QObject
{
    Q_OBJECT

private slots:
    void plainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("tags") << u"<p>Hello <b>bold</b> world</p>"_qs << u"Hello bold world"_qs;
        QTest::newRow("blocks separate words") << u"<p>one</p><p>two</p>two<br>three"_qs << u"one two two three"_qs;
        QTest::newRow("script and style skipped")
                << u"a<script>var x = '<p>';</script>b<style>p{}</style>c"_qs << u"a b c"_qs.remove(u' ');
        QTest::newRow("entities") << u"caf&eacute; &amp; &#8217; &#x41; &nbsp;x"_qs << u"caf\u00e9 & \u2019 A x"_qs;
        QTest::newRow("unknown entity kept") << u"&bogus; &"_qs << u"&bogus; &"_qs;
        QTest::newRow("quoted >") << u"<a title=\"a>b\">link</a>"_qs << u"link"_qs;
        QTest::newRow("comment") << u"x<!-- <p>hidden</p> -->y"_qs << u"xy"_qs;
        QTest::newRow("stray <") << u"1 < 2"_qs << u"1 < 2"_qs;
    }

    void plainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(html::toPlainText(html), text);
    }

    void resolvesOnlyRelativeUrlAttributes()
    {
        const QUrl base(u"https://site.example/blog/post/"_qs);
        QCOMPARE(
                html::resolveRelativeUrls(u"<a href=\"../x\" title=\"../x\">t</a><img src=img.png>"_qs, base),
                u"<a href=\"https://site.example/blog/x\" title=\"../x\">t</a><img src=https://site.example/blog/post/img.png>"_qs);
        // Absolute URLs, fragments and unsafe schemes are left exactly as written.
        const QString untouched
                = u"<a href=\"https://other.example/\">a</a><a href=\"#top\">b</a><a href=\"javascript:x()\">c</a>"_qs;
        QCOMPARE(html::resolveRelativeUrls(untouched, base), untouched);
        // A base that is not absolute resolves nothing.
        QCOMPARE(html::resolveRelativeUrls(u"<a href=\"x\">a</a>"_qs, QUrl(u"relative/"_qs)),
                 u"<a href=\"x\">a</a>"_qs);
    }

    void entities()
    {
        QCOMPARE(html::namedEntity(u"eacute"), std::optional<char16_t>(u'\u00e9'));
        QCOMPARE(html::namedEntity(u"Eacute"), std::optional<char16_t>(u'\u00c9'));
        QVERIFY(!html::namedEntity(u"notanentity"));
        QCOMPARE(html::decodeEntities(u"&lt;&#60;&#x3c;&lt"), u"<<<<"_qs);
        QCOMPARE(html::decodeEntities(u"&#0; &#xD800;"), u"\ufffd \ufffd"_qs); // never a NUL or a lone surrogate
    }

    void looksLikeHtml()
    {
        QVERIFY(html::looksLikeHtml(u"a <b>b</b>"));
        QVERIFY(html::looksLikeHtml(u"caf&eacute;"));
        QVERIFY(!html::looksLikeHtml(u"1 < 2 & 3 > 2"));
    }
};

QTEST_GUILESS_MAIN(TestHtml)
#include "tst_html.moc"
