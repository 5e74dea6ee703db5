#include "parse/DocumentParser.h"
#include "util/Dates.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace tidings;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TIDINGS_FIXTURES_DIR "/") + QString::fromLatin1(name);
}

ParseResult parseFixture(const char *name, const ParseOptions &options = {})
{
    return DocumentParser::parseFile(fixture(name), options);
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void wordpressRss()
    {
        ParseOptions options;
        options.url = QUrl(u"https://gadgets.example/feed/"_qs);
        const ParseResult r = parseFixture("wordpress-rss.xml", options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.malformed.isEmpty());
        QCOMPARE(r.kind, DocumentKind::Articles);
        QCOMPARE(r.feed.format, FeedFormat::Rss20);
        QCOMPARE(r.feed.title.value, u"Gadget Notes"_qs);
        QCOMPARE(r.feed.selfLink, u"https://gadgets.example/feed/"_qs);
        QCOMPARE(r.feed.language, u"en-US"_qs);
        QCOMPARE(r.articles.size(), 2);

        const ParsedArticle &a = r.articles[0];
        QCOMPARE(a.title.plain(), u"Headphone pads \u2013 a buyer\u2019s guide"_qs);
        QCOMPARE(a.id, u"https://gadgets.example/?p=101"_qs);
        QCOMPARE(a.link, u"https://gadgets.example/2026/11/headphone-pads/"_qs);
        QCOMPARE(a.authors.value(0).name, u"Ana Silva"_qs);
        QCOMPARE(dates::toIsoUtc(a.published), u"2026-11-23T09:15:00Z"_qs);
        QCOMPARE(a.categories, (QStringList{u"Audio"_qs, u"Guides"_qs}));
        QCOMPARE(a.commentFeedUrl, u"https://gadgets.example/2026/11/headphone-pads/feed/"_qs);
        QCOMPARE(a.commentsUrl, u"https://gadgets.example/2026/11/headphone-pads/#comments"_qs);
        QCOMPARE(a.commentCount, 3);
        QCOMPARE(a.imageUrl, u"https://gadgets.example/wp-content/uploads/pads-150x150.jpg"_qs);
        QCOMPARE(a.content.size(), 1);
        QVERIFY(a.content[0].html);
        // Relative image URLs in content resolve against the article's document.
        QVERIFY(a.content[0].value.contains(u"src=\"https://gadgets.example/wp-content/uploads/pads.jpg\""));
        QVERIFY(a.body().value.contains(u"Velour breathes"));

        const ParsedArticle &b = r.articles[1];
        QCOMPARE(b.commentCount, 0);
        QCOMPARE(b.enclosures.size(), 1);
        QCOMPARE(b.enclosures[0].url, u"https://gadgets.example/podcast/30w.mp3"_qs);
        QCOMPARE(b.enclosures[0].length, 123456);
        QCOMPARE(b.enclosures[0].type, u"audio/mpeg"_qs);
    }

    void withoutUrlRelativeLinksStayRelative()
    {
        // A local file has no web address; resolving against its path would make file: links.
        const ParseResult r = parseFixture("wordpress-rss.xml");
        QVERIFY(r.articles.value(0).content.value(0).value.contains(u"src=\"/wp-content/uploads/pads.jpg\""));
        QVERIFY(!r.articles.value(0).content.value(0).value.contains(u"file:"));
    }

    void atomWithThreadingAndXmlBase()
    {
        const ParseResult r = parseFixture("atom-threaded.xml");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.feed.format, FeedFormat::Atom10);
        QCOMPARE(r.feed.title.value, u"Atom <em>Notes</em>"_qs);
        QVERIFY(r.feed.title.html);
        QCOMPARE(r.feed.title.plain(), u"Atom Notes"_qs);
        QCOMPARE(r.feed.link, u"https://atom.example/"_qs);
        QCOMPARE(r.feed.selfLink, u"https://atom.example/blog/feed.atom"_qs);
        QCOMPARE(dates::toIsoUtc(r.feed.updated), u"2026-11-20T07:00:00Z"_qs);
        QCOMPARE(r.articles.size(), 1);
        const ParsedArticle &a = r.articles[0];
        QCOMPARE(a.title.value, u"Cables, <b>sorted</b>"_qs);
        QCOMPARE(a.link, u"https://atom.example/blog/posts/cables"_qs);
        QCOMPARE(a.commentFeedUrl, u"https://atom.example/blog/posts/cables/comments.atom"_qs);
        QCOMPARE(a.commentCount, 7);
        QCOMPARE(a.authors.value(0).email, u"cleo@atom.example"_qs); // inherited from the feed
        QCOMPARE(a.content.size(), 1);
        QCOMPARE(a.content[0].value, u"<p>See <a href=\"https://atom.example/pics/cables.png\">the photo</a>.</p>"_qs);
        QCOMPARE(a.categories, QStringList{u"cables"_qs});
    }

    void jsonFeed()
    {
        const ParseResult r = parseFixture("jsonfeed.json");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.feed.format, FeedFormat::JsonFeed11);
        QCOMPARE(r.feed.nextUrl, u"https://json.example/feed.json?page=2"_qs);
        QCOMPARE(r.articles.size(), 2);
        const ParsedArticle &a = r.articles[0];
        QCOMPARE(a.title.value, u"Second post"_qs);
        QCOMPARE(dates::toIsoUtc(a.published), u"2026-11-21T15:00:00Z"_qs);
        QVERIFY(a.content[0].value.contains(u"href=\"https://json.example/about\""));
        QCOMPARE(a.categories.size(), 2);
        QCOMPARE(a.enclosures.value(0).length, 1000);
        QCOMPARE(a.authors.value(0).name, u"Dev Null"_qs);
        // A numeric id, which the spec forbids but feeds write, still identifies the item.
        QCOMPARE(r.articles[1].id, u"1"_qs);
        QCOMPARE(r.articles[1].body().value, u"Plain text only"_qs);
        QVERIFY(!r.articles[1].body().html);
    }

    void rss10()
    {
        const ParseResult r = parseFixture("rss10.rdf");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.feed.format, FeedFormat::Rss10);
        QCOMPARE(r.articles.size(), 1);
        QCOMPARE(r.articles[0].id, u"https://rdf.example/one"_qs);
        QCOMPARE(r.articles[0].authors.value(0).name, u"Rae"_qs);
        QCOMPARE(dates::toIsoUtc(r.articles[0].published), u"2026-11-01T10:00:00Z"_qs);
    }

    void undeclaredEntitiesAndStrayAmpersandAreRecovered()
    {
        const ParseResult r = parseFixture("malformed-entities.xml");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.malformed.isEmpty());
        QCOMPARE(r.articles.size(), 2); // nothing lost, nothing delivered twice
        QCOMPARE(r.articles[0].title.plain(), u"Caf\u00e9 guide"_qs);
        QCOMPARE(r.articles[0].summary.plain(), u"Tom & Jerry \u00a9 2026"_qs);
        QCOMPARE(r.articles[1].title.plain(), u"Second"_qs);
    }

    void truncatedFeedKeepsCompleteItems()
    {
        const ParseResult r = parseFixture("truncated.xml");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.malformed.contains(u"ends before"));
        QVERIFY(r.articles.size() >= 2);
        QCOMPARE(r.articles[0].title.plain(), u"Complete one"_qs);
        QCOMPARE(r.articles[1].title.plain(), u"Complete two"_qs);
    }

    void latin1LabelIsReadAsWindows1252()
    {
        const ParseResult r = parseFixture("windows-1252.xml");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.articles.value(0).title.plain(), u"Don\u2019t caf\u00e9"_qs);
    }

    void httpCharsetOverridesTheDocument()
    {
        QByteArray doc = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>"
                         "\xe9t\xe9</title></channel></rss>";
        QBuffer buffer(&doc);
        buffer.open(QIODevice::ReadOnly);
        ParseOptions options;
        options.httpCharset = u"iso-8859-15"_qs;
        const ParseResult r = DocumentParser::parse(&buffer, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.feed.title.value, u"\u00e9t\u00e9"_qs);
    }

    void externalEntitiesAreNotLoadedAndExpansionIsBounded()
    {
        const ParseResult r = parseFixture("xxe.xml");
        QFile hostname(u"/etc/hostname"_qs);
        if (hostname.open(QIODevice::ReadOnly)) {
            const QString secret = QString::fromUtf8(hostname.readAll()).trimmed();
            if (!secret.isEmpty())
                QVERIFY(!r.feed.title.value.contains(secret));
        }
        // A billion laughs must not be expanded into memory: either refused or kept small.
        for (const ParsedArticle &a : r.articles)
            QVERIFY(a.summary.value.size() < 100000);
    }

    void htmlPageIsNotAFeed()
    {
        const ParseResult r = parseFixture("not-a-feed.html");
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"HTML page"), qPrintable(r.error));
    }

    void emptyAndGarbageInputFailClearly()
    {
        for (const QByteArray &bytes : {QByteArray(), QByteArray("   \n"), QByteArray("\x00\x01\x02garbage", 10),
                                        QByteArray(R"({"not": "a feed"})")}) {
            QByteArray data = bytes;
            QBuffer buffer(&data);
            buffer.open(QIODevice::ReadOnly);
            const ParseResult r = DocumentParser::parse(&buffer, {});
            QVERIFY2(!r.ok(), bytes.constData());
            QVERIFY(!r.error.isEmpty());
        }
    }

    void sinkStreamsItemsBeforeTheDocumentEnds()
    {
        // A large feed read through a sink that stops at the first item: a streaming parser has read
        // only a small part of the document by then.
        QByteArray doc = "<rss version=\"2.0\"><channel><title>Big</title>";
        for (int i = 0; i < 20000; ++i)
            doc += "<item><title>Item " + QByteArray::number(i) + "</title><guid>g" + QByteArray::number(i)
                    + "</guid></item>";
        doc += "</channel></rss>";
        QBuffer buffer(&doc);
        buffer.open(QIODevice::ReadOnly);
        int seen = 0;
        const ParseResult r = DocumentParser::parse(&buffer, {}, [&](ParsedArticle &&a, const FeedInfo &feed) {
            ++seen;
            [&] {
                QCOMPARE(a.title.value, u"Item 0"_qs);
                QCOMPARE(feed.title.value, u"Big"_qs);
            }();
            return false;
        });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(seen, 1);
        QVERIFY(r.articles.isEmpty());
        QVERIFY2(buffer.pos() < doc.size() / 4, qPrintable(u"read %1 of %2"_qs.arg(buffer.pos()).arg(doc.size())));
    }

    // Real feeds that feedparser, gofeed and feed-rs read: Tidings must not refuse them.
    void whitespaceBeforeXmlDeclaration_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("articles");
        QTest::newRow("blank lines") << u"whitespace-before-declaration.xml"_qs << u"Newline Press"_qs << 2;
        QTest::newRow("BOM, CRLF") << u"bom-newline-before-declaration.xml"_qs << u"BOM Press \u2013 caf\u00e9"_qs << 1;
    }

    void whitespaceBeforeXmlDeclaration()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(int, articles);
        const ParseResult r = DocumentParser::parseFile(fixture("real-world/") + file, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.feed.title.value, title);
        QCOMPARE(r.articles.size(), articles);
        // Read, and said to be malformed, in words that point at the cause.
        QVERIFY2(r.malformed.contains(u"white space before the XML declaration"), qPrintable(r.malformed));
    }

    void whitespaceBeforeDeclarationWithCharsetAndSink()
    {
        // The charset-override path (an HTTP charset) and the streaming sink take the same way.
        QByteArray doc = "  \t\n<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
                         "<title>Caf\xe9</title><item><title>One</title><guid>1</guid></item>"
                         "<item><title>Two</title><guid>2</guid></item></channel></rss>";
        QBuffer buffer(&doc);
        buffer.open(QIODevice::ReadOnly);
        ParseOptions options;
        options.httpCharset = u"iso-8859-1"_qs;
        QStringList titles;
        const ParseResult r = DocumentParser::parse(&buffer, options, [&](ParsedArticle &&a, const FeedInfo &) {
            titles.append(a.title.value);
            return true;
        });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.feed.title.value, u"Caf\u00e9"_qs);
        QCOMPARE(titles, (QStringList{u"One"_qs, u"Two"_qs}));
        QVERIFY(!r.malformed.isEmpty());
    }

    void jsonFeedVersionVariants_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("articles");
        QTest::addColumn<bool>("malformed");
        QTest::newRow("http and a trailing slash") << u"jsonfeed-http-version.json"_qs << 2 << false;
        QTest::newRow("no version, JSON Feed shape") << u"jsonfeed-without-version.json"_qs << 1 << true;
    }

    void jsonFeedVersionVariants()
    {
        QFETCH(QString, file);
        QFETCH(int, articles);
        QFETCH(bool, malformed);
        const ParseResult r = DocumentParser::parseFile(fixture("real-world/") + file, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.kind, DocumentKind::Articles);
        QCOMPARE(r.articles.size(), articles);
        QVERIFY(!r.articles[0].body().value.isEmpty());
        QCOMPARE(!r.malformed.isEmpty(), malformed);
    }

    void jsonFeedVersionFormats()
    {
        const auto format = [](const QByteArray &version) {
            QByteArray doc = "{\"version\": \"" + version + "\", \"title\": \"T\", \"items\": []}";
            QBuffer buffer(&doc);
            buffer.open(QIODevice::ReadOnly);
            const ParseResult r = DocumentParser::parse(&buffer, {});
            return r.ok() ? r.feed.format : FeedFormat::Unknown;
        };
        QCOMPARE(format("https://jsonfeed.org/version/1"), FeedFormat::JsonFeed10);
        QCOMPARE(format("http://jsonfeed.org/version/1"), FeedFormat::JsonFeed10);
        QCOMPARE(format("https://jsonfeed.org/version/1/"), FeedFormat::JsonFeed10);
        QCOMPARE(format("https://jsonfeed.org/version/1.1"), FeedFormat::JsonFeed11);
        QCOMPARE(format("http://jsonfeed.org/version/1.1/"), FeedFormat::JsonFeed11);
        // Objects that only share a key with JSON Feed stay refused.
        QByteArray other = "{\"items\": [{\"name\": \"x\"}]}";
        QBuffer buffer(&other);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(!DocumentParser::parse(&buffer, {}).ok());
    }

    void atomEntryDocument()
    {
        const ParseResult r = parseFixture("real-world/atom-entry-document.xml");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.feed.format, FeedFormat::Atom10);
        QCOMPARE(r.kind, DocumentKind::Articles);
        QCOMPARE(r.articles.size(), 1);
        const ParsedArticle &a = r.articles[0];
        QCOMPARE(a.title.value, u"A single entry"_qs);
        QCOMPARE(a.link, u"https://entry.example/posts/one"_qs);
        QCOMPARE(a.authors.value(0).name, u"Eve Entry"_qs);
        QVERIFY(a.body().value.contains(u"RFC 4287"));
        QVERIFY(r.malformed.isEmpty());
    }

    void wordpressRestComments()
    {
        const ParseResult r = parseFixture("wp-comments.json");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.kind, DocumentKind::Comments);
        QCOMPARE(r.comments.size(), 3);
        const ParsedComment &zoe = r.comments[0];
        QCOMPARE(zoe.id, u"12"_qs);
        QCOMPARE(zoe.parentId, u"11"_qs);
        QCOMPARE(zoe.articleRef, u"https://gadgets.example/2026/11/headphone-pads/"_qs);
        QCOMPARE(dates::toIsoUtc(zoe.published), u"2026-11-23T10:05:00Z"_qs); // date_gmt is UTC
        QCOMPARE(r.comments[1].parentId, QString());
        QCOMPARE(r.comments[1].author.uri, u"https://yusuf.example"_qs);
    }

    void wordpressRssCommentFeedFindsParentsInText()
    {
        const ParseResult r = parseFixture("wp-comments-rss.xml");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.kind, DocumentKind::Comments); // recognised without being told
        QCOMPARE(r.comments.size(), 2);
        QCOMPARE(r.comments[0].parentId, QString());
        QCOMPARE(r.comments[1].parentId, u"https://gadgets.example/2026/11/headphone-pads/#comment-11"_qs);
        QCOMPARE(r.comments[1].articleRef, u"https://gadgets.example/2026/11/headphone-pads/"_qs);
    }

    void atomCommentFeedWithInReplyTo()
    {
        const ParseResult r = DocumentParser::parseFile(
                QStringLiteral(TIDINGS_FIXTURES_DIR "/../../resources/demo/comments/usb-c-cables-explained.xml"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.kind, DocumentKind::Comments);
        QCOMPARE(r.comments.size(), 6);
        QCOMPARE(r.comments[0].parentId, QString());
        QCOMPARE(r.comments[0].articleRef, u"https://patchbay.example/usb-c-cables-explained/"_qs);
        // Three levels: 1 <- 2 <- 3.
        QCOMPARE(r.comments[1].parentId, r.comments[0].id);
        QCOMPARE(r.comments[2].parentId, r.comments[1].id);
    }

    void googleMerchantProducts()
    {
        const ParseResult r = parseFixture("merchant.xml");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.kind, DocumentKind::Products);
        QCOMPARE(r.products.size(), 2);
        const ParsedProduct &hp = r.products[0];
        QCOMPARE(hp.id, u"HP-1"_qs);
        QCOMPARE(hp.groupId, u"HP"_qs);
        QCOMPARE(hp.additionalImages.size(), 2);
        QCOMPARE(hp.variants.size(), 1);
        QCOMPARE(hp.variants[0].price, (Money{1799, u"USD"_qs}));
        QCOMPARE(hp.variants[0].salePrice.value_or(Money{}), (Money{1500, u"USD"_qs}));
        QCOMPARE(hp.availability(), u"in_stock"_qs); // "in stock" normalised
        const ParsedProduct &kw = r.products[1];
        QCOMPARE(kw.variants[0].price, (Money{1250, u"KWD"_qs})); // three minor digits
        QCOMPARE(kw.availability(), u"out_of_stock"_qs);
    }

    void shopifyProducts()
    {
        ParseOptions options;
        options.url = QUrl(u"https://shop.example/products.json"_qs);
        options.defaultCurrency = u"CAD"_qs;
        const ParseResult r = parseFixture("shopify-products.json", options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.kind, DocumentKind::Products);
        QCOMPARE(r.products.size(), 1);
        const ParsedProduct &p = r.products[0];
        QCOMPARE(p.link, u"https://shop.example/products/travel-cable-kit"_qs);
        QCOMPARE(p.variants.size(), 2);
        QCOMPARE(p.variants[0].price, (Money{2400, u"CAD"_qs}));
        QCOMPARE(p.variants[0].salePrice.value_or(Money{}), (Money{1799, u"CAD"_qs}));
        QVERIFY(!p.variants[1].salePrice);
        QCOMPARE(p.variants[1].availability, u"out_of_stock"_qs);
    }

    void wooCommerceProducts()
    {
        const ParseResult r = parseFixture("woocommerce-products.json");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.kind, DocumentKind::Products);
        QCOMPARE(r.products.size(), 2);
        QCOMPARE(r.products[0].title, u"Plush fox & friends"_qs);
        QCOMPARE(r.products[0].variants[0].price, (Money{1599, u"EUR"_qs}));
        QCOMPARE(r.products[0].variants[0].salePrice.value_or(Money{}), (Money{1299, u"EUR"_qs}));
        QCOMPARE(r.products[1].variants[0].price, (Money{1500, u"JPY"_qs}));
        QCOMPARE(r.products[1].availability(), u"out_of_stock"_qs);
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
