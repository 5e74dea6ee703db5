#include "XmlFeedParser.h"

#include "XmlInput.h"
#include "XmlNames.h"
#include "util/Dates.h"
#include "util/Html.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace tidings {
namespace {

using xmlinput::declaredEncoding;
using xmlinput::decodeLeniently;
using xmlinput::HtmlEntityResolver;
using xmlinput::isLatin1Name;
using xmlinput::repairXml;

bool isAtomNs(QStringView ns)
{
    return ns == xmlns::kAtom10 || ns == xmlns::kAtom03;
}

// RSS elements carry no namespace in 0.9x/2.0, the RSS 1.0 one in RDF feeds, Netscape's in 0.90.
bool isRssNs(QStringView ns)
{
    return ns.isEmpty() || ns == xmlns::kRss10 || ns == xmlns::kRss090;
}

bool isItunesNs(QStringView ns)
{
    return ns.compare(xmlns::kItunes, Qt::CaseInsensitive) == 0;
}

// Only web URLs may serve as a base: a javascript: or data: base would turn every relative link in
// the document into one.
bool isSafeBase(const QUrl &url)
{
    return url.scheme() == u"http" || url.scheme() == u"https";
}

bool isMediaNs(QStringView ns)
{
    return ns.startsWith(u"http://search.yahoo.com/mrss");
}

// Feeds name the Dublin Core namespaces with and without a trailing slash.
bool isDcNs(QStringView ns)
{
    return ns == xmlns::kDc || ns == xmlns::kDcTerms || ns == u"http://purl.org/dc/elements/1.1";
}

// "Name <email>", "email (Name)", "email", "Name".
Person parseRssPerson(const QString &text)
{
    Person p;
    const QString t = text.simplified();
    static const QRegularExpression emailRe(QStringLiteral(R"(([\w.+%-]+@[\w.-]+\.\w+))"));
    const auto m = emailRe.match(t);
    if (!m.hasMatch()) {
        p.name = t;
        return p;
    }
    p.email = m.captured(1);
    QString rest = t;
    rest.remove(m.capturedStart(1), m.capturedLength(1));
    rest.remove(u"mailto:"_qs);
    static const QRegularExpression junk(QStringLiteral(R"([()<>\[\]]|^\s+|\s+$)"));
    p.name = rest.remove(junk).simplified();
    return p;
}

} // namespace

// One run of QXmlStreamReader over the document. A repair pass skips the items an earlier pass
// already delivered, so the sink sees each item once.
class XmlFeedParser::Pass
{
public:
    Pass(XmlFeedParser &owner, QXmlStreamReader &xml, const ArticleSink &sink, qsizetype skip)
        : m_owner(owner)
        , m_xml(xml)
        , m_sink(sink)
        , m_skip(skip)
    { }

    void run()
    {
        while (!m_xml.atEnd() && !m_xml.isStartElement())
            m_xml.readNext();
        if (!m_xml.isStartElement())
            return;
        const QUrl base = elementBase(m_owner.m_options.documentUrl);
        const QStringView root = m_xml.name();
        const QStringView ns = m_xml.namespaceUri();
        FeedInfo &feed = m_owner.m_feed;
        m_rootNs = ns.toString();
        if (root == u"rss") {
            const QStringView version = m_xml.attributes().value(QLatin1StringView("version"));
            feed.format = version.startsWith(u"0.91") ? FeedFormat::Rss091
                    : version.startsWith(u"0.92")     ? FeedFormat::Rss092
                    : version.startsWith(u"0.9")      ? FeedFormat::Rss092
                                                      : FeedFormat::Rss20;
            sawRoot = true;
            readRssRoot(base);
        } else if (root == u"RDF") {
            feed.format = FeedFormat::Rss10;
            sawRoot = true;
            readRssRoot(base);
        } else if (root == u"feed") {
            feed.format = ns == xmlns::kAtom03 || m_xml.attributes().value(QLatin1StringView("version")) == u"0.3"
                    ? FeedFormat::Atom03
                    : FeedFormat::Atom10;
            sawRoot = true;
            readAtomFeed(base);
        } else if (root == u"entry" && isAtomNs(ns)) {
            // An Atom Entry Document (RFC 4287 4.1.2): a feed of one article.
            feed.format = ns == xmlns::kAtom03 ? FeedFormat::Atom03 : FeedFormat::Atom10;
            sawRoot = true;
            readAtomEntry(base);
        } else if (root == u"channel") {
            // CDF and bare-channel documents.
            feed.format = FeedFormat::Rss20;
            sawRoot = true;
            readChannel(base);
        } else {
            m_owner.m_error = root.compare(u"html", Qt::CaseInsensitive) == 0
                    ? tr("not a feed: got an HTML page")
                    : tr("not a feed: the document is <%1>").arg(root.toString());
        }
    }

    bool sawRoot = false;
    bool stopped = false;
    qsizetype delivered = 0;

private:
    QUrl elementBase(const QUrl &parent) const
    {
        const QStringView xmlBase = m_xml.attributes().value(xmlns::kXml, QLatin1StringView("base"));
        if (xmlBase.isEmpty())
            return parent;
        const QUrl rel(xmlBase.trimmed().toString());
        const QUrl base = parent.isValid() ? parent.resolved(rel) : rel;
        return isSafeBase(base) ? base : parent;
    }

    static QString resolveUrl(const QUrl &base, const QString &value)
    {
        QString v = value.trimmed();
        if (v.isEmpty() || !isSafeBase(base))
            return v;
        const QUrl url(v);
        if (!url.isRelative())
            return v;
        return base.resolved(url).toString();
    }

    QString text()
    {
        QString t = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        html::fixC1Controls(t);
        return t;
    }

    QDateTime date() { return dates::parse(text()); }

    // Everything inside the current element, as markup when escapeText (XHTML), else as text with any
    // stray child elements kept as tags (HTML written unescaped into RSS).
    QString innerMarkup(bool escapeText, bool dropWrapperDiv)
    {
        QString out;
        int depth = 0;
        bool droppedWrapper = false;
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement: {
                if (dropWrapperDiv && depth == 0 && !droppedWrapper && m_xml.name() == u"div"
                    && m_xml.namespaceUri() == xmlns::kXhtml && out.trimmed().isEmpty()) {
                    droppedWrapper = true;
                    out.clear();
                    ++depth;
                    break;
                }
                const QString name = m_xml.namespaceUri() == xmlns::kXhtml ? m_xml.name().toString()
                                                                           : m_xml.qualifiedName().toString();
                out += u'<' + name;
                for (const QXmlStreamAttribute &a : m_xml.attributes()) {
                    if (a.namespaceUri() == xmlns::kXml)
                        continue;
                    out += u' ' + a.qualifiedName() + u"=\"" + html::escape(a.value()) + u'"';
                }
                out += u'>';
                ++depth;
                break;
            }
            case QXmlStreamReader::EndElement:
                if (depth == 0) {
                    html::fixC1Controls(out);
                    return out;
                }
                --depth;
                if (droppedWrapper && depth == 0)
                    break;
                out += u"</" + (m_xml.namespaceUri() == xmlns::kXhtml ? m_xml.name() : m_xml.qualifiedName()) + u'>';
                break;
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::EntityReference:
                out += escapeText ? html::escape(m_xml.text()) : m_xml.text().toString();
                break;
            default:
                break;
            }
        }
        return out;
    }

    // An Atom text construct (type text|html|xhtml or 0.3's MIME types and modes).
    Text atomText(const QUrl &parentBase)
    {
        const QUrl base = elementBase(parentBase);
        const auto attrs = m_xml.attributes();
        const QString type = attrs.value(QLatin1StringView("type")).toString().toLower();
        const QStringView mode = attrs.value(QLatin1StringView("mode"));
        Text t;
        // Atom 1.0's xhtml wraps the content in one div that is not part of it; Atom 0.3's inline
        // XHTML has no such wrapper.
        if (type == u"xhtml" || type == u"application/xhtml+xml" || mode == u"xml") {
            t.value = innerMarkup(true, type == u"xhtml").trimmed();
            t.html = true;
        } else {
            t.value = innerMarkup(false, false);
            // Atom 1.0 carries any type that is neither text nor XML as base64.
            const bool binaryType = type.contains(u'/') && !type.startsWith(u"text/") && !type.endsWith(u"xml");
            if (mode == u"base64" || binaryType) {
                t.value = QString::fromUtf8(QByteArray::fromBase64(t.value.trimmed().toLatin1()));
                t.html = html::looksLikeHtml(t.value);
            }
            t.html = t.html || type == u"html" || type == u"text/html" || mode == u"escaped";
            if (!t.html && !type.isEmpty() && type != u"text" && type != u"text/plain")
                t.html = type.contains(u"html");
            t.value = t.value.trimmed();
        }
        if (t.html)
            t.value = html::resolveRelativeUrls(t.value, base);
        return t;
    }

    // RSS text: descriptions are HTML by definition; titles are text that sometimes holds markup.
    Text rssText(const QUrl &parentBase, bool alwaysHtml)
    {
        const QUrl base = elementBase(parentBase);
        Text t;
        t.value = innerMarkup(false, false).trimmed();
        t.html = alwaysHtml || html::looksLikeHtml(t.value);
        if (t.html)
            t.value = html::resolveRelativeUrls(t.value, base);
        return t;
    }

    Person atomPerson(const QUrl &parentBase)
    {
        const QUrl base = elementBase(parentBase);
        Person p;
        while (m_xml.readNextStartElement()) {
            const QStringView n = m_xml.name();
            if (n == u"name")
                p.name = text();
            else if (n == u"email")
                p.email = text();
            else if (n == u"uri" || n == u"url" || n == u"homepage")
                p.uri = resolveUrl(elementBase(base), text());
            else
                m_xml.skipCurrentElement();
        }
        return p;
    }

    struct AtomLink
    {
        QString rel;
        QString href;
        QString type;
        qint64 length = -1;
        int threadCount = -1;
    };

    AtomLink atomLink(const QUrl &parentBase)
    {
        const QUrl base = elementBase(parentBase);
        const auto a = m_xml.attributes();
        AtomLink link;
        link.rel = a.value(QLatin1StringView("rel")).toString();
        if (link.rel.isEmpty())
            link.rel = u"alternate"_qs;
        QString href = a.value(QLatin1StringView("href")).toString();
        link.type = a.value(QLatin1StringView("type")).toString();
        bool ok = false;
        link.length = a.value(QLatin1StringView("length")).toLongLong(&ok);
        if (!ok)
            link.length = -1;
        const int count = a.value(xmlns::kThread, QLatin1StringView("count")).toInt(&ok);
        link.threadCount = ok ? count : -1;
        if (href.isEmpty())
            href = text(); // Atom 0.3 drafts wrote the URL as the element's content
        else
            m_xml.skipCurrentElement();
        link.href = resolveUrl(base, href);
        return link;
    }

    // The children of <rss> or <rdf:RDF>: a channel, and (RSS 1.0, some 0.9x) items beside it.
    void readRssRoot(const QUrl &base)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() == xmlns::kRss090)
                m_owner.m_feed.format = FeedFormat::Rss090;
            if (m_xml.name() == u"channel")
                readChannel(elementBase(base));
            else if (m_xml.name() == u"item")
                readItem(elementBase(base));
            else
                m_xml.skipCurrentElement();
            if (stopped)
                return;
        }
    }

    void readChannel(const QUrl &base)
    {
        FeedInfo &feed = m_owner.m_feed;
        while (m_xml.readNextStartElement()) {
            const QStringView ns = m_xml.namespaceUri();
            const QStringView n = m_xml.name();
            if (isRssNs(ns) || ns == m_rootNs) {
                if (n == u"item") {
                    readItem(elementBase(base));
                    if (stopped)
                        return;
                } else if (n == u"title") {
                    feed.title = rssText(base, false);
                } else if (n == u"link") {
                    const QString link = resolveUrl(elementBase(base), text());
                    if (feed.link.isEmpty())
                        feed.link = link;
                } else if (n == u"description") {
                    feed.subtitle = rssText(base, true);
                } else if (n == u"language") {
                    feed.language = text();
                } else if (n == u"copyright") {
                    feed.rights = text();
                } else if (n == u"pubDate") {
                    feed.published = date();
                } else if (n == u"lastBuildDate") {
                    feed.updated = date();
                } else if (n == u"managingEditor" || n == u"webMaster") {
                    const Person p = parseRssPerson(text());
                    if (!p.isEmpty() && feed.authors.isEmpty())
                        feed.authors.append(p);
                } else if (n == u"image") {
                    readRssImage(base);
                } else {
                    m_xml.skipCurrentElement();
                }
            } else if (isAtomNs(ns) && n == u"link") {
                const AtomLink link = atomLink(base);
                if (link.rel == u"self")
                    feed.selfLink = link.href;
                else if (link.rel == u"next")
                    feed.nextUrl = link.href;
                else if (link.rel == u"alternate" && feed.link.isEmpty())
                    feed.link = link.href;
            } else if (isDcNs(ns) && (n == u"title" && feed.title.isEmpty())) {
                feed.title = rssText(base, false);
            } else if (isDcNs(ns) && n == u"description" && feed.subtitle.isEmpty()) {
                feed.subtitle = rssText(base, true);
            } else if (isDcNs(ns) && n == u"language") {
                feed.language = text();
            } else if (isDcNs(ns) && n == u"rights") {
                feed.rights = text();
            } else if (isDcNs(ns) && (n == u"date" || n == u"modified")) {
                feed.updated = date();
            } else if (isDcNs(ns) && n == u"issued") {
                feed.published = date();
            } else if (isItunesNs(ns) && (n == u"subtitle" || n == u"summary") && feed.subtitle.isEmpty()) {
                feed.subtitle = rssText(base, false);
            } else if (isDcNs(ns) && (n == u"creator" || n == u"publisher") && feed.authors.isEmpty()) {
                feed.authors.append(parseRssPerson(text()));
            } else if (isItunesNs(ns) && n == u"image" && feed.iconUrl.isEmpty()) {
                feed.iconUrl = resolveUrl(base, m_xml.attributes().value(QLatin1StringView("href")).toString());
                m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readRssImage(const QUrl &base)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"url")
                m_owner.m_feed.iconUrl = resolveUrl(base, text());
            else
                m_xml.skipCurrentElement();
        }
    }

    void readMediaContent(const QUrl &base, ParsedArticle &a)
    {
        const auto attrs = m_xml.attributes();
        const QStringView medium = attrs.value(QLatin1StringView("medium"));
        const QStringView type = attrs.value(QLatin1StringView("type"));
        const QString url = resolveUrl(base, attrs.value(QLatin1StringView("url")).toString());
        if (a.imageUrl.isEmpty() && !url.isEmpty() && (medium == u"image" || type.startsWith(u"image/")))
            a.imageUrl = url;
        // media:content may hold its own thumbnail.
        while (m_xml.readNextStartElement()) {
            if (isMediaNs(m_xml.namespaceUri()) && m_xml.name() == u"thumbnail" && a.imageUrl.isEmpty())
                a.imageUrl = resolveUrl(base, m_xml.attributes().value(QLatin1StringView("url")).toString());
            m_xml.skipCurrentElement();
        }
    }

    // Media RSS, shared by RSS items and Atom entries.
    bool readMedia(QStringView n, const QUrl &base, ParsedArticle &a)
    {
        if (n == u"thumbnail") {
            if (a.imageUrl.isEmpty())
                a.imageUrl = resolveUrl(base, m_xml.attributes().value(QLatin1StringView("url")).toString());
            m_xml.skipCurrentElement();
        } else if (n == u"content") {
            readMediaContent(base, a);
        } else if (n == u"group") {
            while (m_xml.readNextStartElement()) {
                if (isMediaNs(m_xml.namespaceUri()))
                    readMedia(m_xml.name(), base, a);
                else
                    m_xml.skipCurrentElement();
            }
        } else {
            return false;
        }
        return true;
    }

    // Namespaced extensions that RSS items and Atom entries share. Returns false when not handled.
    bool readItemExtension(QStringView ns, QStringView n, const QUrl &base, ParsedArticle &a, MerchantFields &merchant)
    {
        if (ns == xmlns::kContent && n == u"encoded") {
            a.content.append(rssText(base, true));
        } else if (isDcNs(ns) && n == u"creator") {
            const QString name = text();
            if (!name.isEmpty())
                a.authors.append(parseRssPerson(name));
        } else if (isDcNs(ns) && n == u"date") {
            // dc:date is the last change; it is also the best publication date a feed without one has.
            a.updated = date();
            if (!a.published.isValid())
                a.published = a.updated;
        } else if (isDcNs(ns) && (n == u"issued" || n == u"created")) {
            a.published = date();
        } else if (isDcNs(ns) && n == u"modified") {
            a.updated = date();
        } else if ((isDcNs(ns) && n == u"author") || (isItunesNs(ns) && n == u"author")) {
            const QString name = text();
            if (!name.isEmpty() && a.authors.isEmpty())
                a.authors.append(parseRssPerson(name));
        } else if (isItunesNs(ns) && n == u"summary") {
            if (a.summary.isEmpty())
                a.summary = rssText(base, false);
            else
                m_xml.skipCurrentElement();
        } else if (isItunesNs(ns) && n == u"category") {
            readItunesCategories(a.categories);
        } else if (isItunesNs(ns) && n == u"image" && a.imageUrl.isEmpty()) {
            a.imageUrl = resolveUrl(base, m_xml.attributes().value(QLatin1StringView("href")).toString());
            m_xml.skipCurrentElement();
        } else if ((isMediaNs(ns) && n == u"category") || (isDcNs(ns) && n == u"subject")) {
            const QString term = text();
            if (!term.isEmpty())
                a.categories.append(term);
        } else if ((isMediaNs(ns) || isDcNs(ns)) && n == u"title" && a.title.isEmpty()) {
            a.title = rssText(base, false);
        } else if (isDcNs(ns) && n == u"description" && a.summary.isEmpty()) {
            a.summary = rssText(base, true);
        } else if (isDcNs(ns) && n == u"language") {
            a.language = text();
        } else if (ns == xmlns::kWfw && n.compare(u"commentRss", Qt::CaseInsensitive) == 0) {
            a.commentFeedUrl = resolveUrl(elementBase(base), text());
        } else if ((ns == xmlns::kSlash && n == u"comments") || (ns == xmlns::kThread && n == u"total")) {
            bool ok = false;
            const int count = text().toInt(&ok);
            if (ok)
                a.commentCount = count;
        } else if (ns == xmlns::kThread && n == u"in-reply-to") {
            const QUrl b = elementBase(base);
            const auto attrs = m_xml.attributes();
            a.inReplyTo.append({attrs.value(QLatin1StringView("ref")).toString().trimmed(),
                                resolveUrl(b, attrs.value(QLatin1StringView("href")).toString())});
            m_xml.skipCurrentElement();
        } else if (isMediaNs(ns) && readMedia(n, elementBase(base), a)) {
        } else if (ns == xmlns::kMerchant) {
            const QString key = n.toString();
            const QString value = text();
            if (!value.isEmpty()) {
                // Repeated fields (additional_image_link, shipping...) keep all values, newline-separated.
                QString &slot = merchant[key];
                slot = slot.isEmpty() ? value : slot + u'\n' + value;
            }
        } else {
            return false;
        }
        return true;
    }

    // iTunes categories nest: <itunes:category text="Technology"><itunes:category text="Gadgets"/>.
    void readItunesCategories(QStringList &categories)
    {
        const QString term = m_xml.attributes().value(QLatin1StringView("text")).toString();
        if (!term.isEmpty())
            categories.append(term);
        while (m_xml.readNextStartElement()) {
            if (isItunesNs(m_xml.namespaceUri()) && m_xml.name() == u"category")
                readItunesCategories(categories);
            else
                m_xml.skipCurrentElement();
        }
    }

    void deliver(ParsedArticle &&a, MerchantFields &&merchant)
    {
        if (m_skip > 0) {
            --m_skip;
            return;
        }
        ++delivered;
        if (!m_sink(std::move(a), std::move(merchant)))
            stopped = true;
    }

    bool prematureEnd() const { return m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError; }

    void finishItem(ParsedArticle &a, MerchantFields &merchant, bool complete)
    {
        if (!complete && (!prematureEnd() || (a.title.isEmpty() && a.link.isEmpty())))
            return;
        if (a.authors.isEmpty() && !m_owner.m_feed.authors.isEmpty())
            a.authors = m_owner.m_feed.authors;
        deliver(std::move(a), std::move(merchant));
    }

    void readItem(const QUrl &base)
    {
        ParsedArticle a;
        MerchantFields merchant;
        QString permaGuid;
        const QString about = m_xml.attributes().value(xmlns::kRdf, QLatin1StringView("about")).toString();
        while (m_xml.readNextStartElement()) {
            const QStringView ns = m_xml.namespaceUri();
            const QStringView n = m_xml.name();
            if (isRssNs(ns) || ns == m_rootNs) {
                if (n == u"title") {
                    a.title = rssText(base, false);
                } else if (n == u"link") {
                    const QString link = resolveUrl(elementBase(base), text());
                    if (a.link.isEmpty())
                        a.link = link;
                } else if (n == u"description") {
                    a.summary = rssText(base, true);
                } else if (n == u"summary" || n == u"fullitem" || n == u"body") {
                    // Not RSS, but written by enough generators to be worth keeping, as content.
                    a.content.append(rssText(base, true));
                } else if (n == u"guid") {
                    const bool permaLink = m_xml.attributes()
                                                   .value(QLatin1StringView("isPermaLink"))
                                                   .compare(u"false", Qt::CaseInsensitive)
                            != 0;
                    const QUrl b = elementBase(base);
                    a.id = text();
                    if (permaLink && !a.id.isEmpty())
                        permaGuid = resolveUrl(b, a.id);
                } else if (n == u"pubDate") {
                    a.published = date();
                } else if (n == u"author") {
                    const Person p = parseRssPerson(text());
                    if (!p.isEmpty())
                        a.authors.append(p);
                } else if (n == u"category") {
                    const QString term = text();
                    if (!term.isEmpty())
                        a.categories.append(term);
                } else if (n == u"comments") {
                    a.commentsUrl = resolveUrl(elementBase(base), text());
                } else if (n == u"enclosure") {
                    const auto attrs = m_xml.attributes();
                    Enclosure e;
                    e.url = resolveUrl(elementBase(base), attrs.value(QLatin1StringView("url")).toString());
                    e.type = attrs.value(QLatin1StringView("type")).toString();
                    bool ok = false;
                    e.length = attrs.value(QLatin1StringView("length")).toLongLong(&ok);
                    if (!ok)
                        e.length = -1;
                    if (!e.url.isEmpty())
                        a.enclosures.append(e);
                    m_xml.skipCurrentElement();
                } else {
                    m_xml.skipCurrentElement();
                }
            } else if (isAtomNs(ns) && n == u"link") {
                applyAtomLink(atomLink(base), a);
            } else if (ns == xmlns::kXhtml && n == u"body") {
                a.content.append(
                        {html::resolveRelativeUrls(innerMarkup(true, false).trimmed(), elementBase(base)), true});
            } else if (isAtomNs(ns) && n == u"updated") {
                a.updated = date();
            } else if (isAtomNs(ns) && n == u"summary" && a.summary.isEmpty()) {
                a.summary = atomText(base);
            } else if (!readItemExtension(ns, n, base, a, merchant)) {
                m_xml.skipCurrentElement();
            }
        }
        if (a.link.isEmpty() && (permaGuid.startsWith(u"http://") || permaGuid.startsWith(u"https://")))
            a.link = permaGuid;
        if (a.id.isEmpty())
            a.id = about;
        finishItem(a, merchant, !m_xml.hasError());
    }

    static void applyAtomLink(const AtomLink &link, ParsedArticle &a)
    {
        if (link.rel == u"alternate") {
            if (a.link.isEmpty())
                a.link = link.href;
        } else if (link.rel == u"enclosure") {
            a.enclosures.append({link.href, link.type, link.length});
        } else if (link.rel == u"replies") {
            // Prefer a feed of the replies over an HTML page of them.
            if (a.commentFeedUrl.isEmpty() || link.type.contains(u"xml"))
                a.commentFeedUrl = link.href;
            if (link.threadCount >= 0)
                a.commentCount = link.threadCount;
        }
    }

    void readAtomFeed(const QUrl &base)
    {
        FeedInfo &feed = m_owner.m_feed;
        while (m_xml.readNextStartElement()) {
            const QStringView ns = m_xml.namespaceUri();
            const QStringView n = m_xml.name();
            if (isAtomNs(ns) || ns.isEmpty() || ns == m_rootNs) {
                if (n == u"entry") {
                    readAtomEntry(elementBase(base));
                    if (stopped)
                        return;
                } else if (n == u"title") {
                    feed.title = atomText(base);
                } else if (n == u"subtitle" || n == u"tagline") {
                    feed.subtitle = atomText(base);
                } else if (n == u"id") {
                    feed.id = text();
                } else if (n == u"link") {
                    const AtomLink link = atomLink(base);
                    if (link.rel == u"alternate" && feed.link.isEmpty())
                        feed.link = link.href;
                    else if (link.rel == u"self")
                        feed.selfLink = link.href;
                    else if (link.rel == u"next")
                        feed.nextUrl = link.href;
                } else if (n == u"updated" || n == u"modified") {
                    feed.updated = date();
                } else if (n == u"published" || n == u"issued") {
                    feed.published = date();
                } else if (n == u"author") {
                    const Person p = atomPerson(base);
                    if (!p.isEmpty())
                        feed.authors.append(p);
                } else if (n == u"rights" || n == u"copyright") {
                    feed.rights = atomText(base).plain();
                } else if (n == u"icon" || (n == u"logo" && feed.iconUrl.isEmpty())) {
                    feed.iconUrl = resolveUrl(elementBase(base), text());
                } else {
                    m_xml.skipCurrentElement();
                }
            } else if (isDcNs(ns) && n == u"language") {
                feed.language = text();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readAtomEntry(const QUrl &base)
    {
        ParsedArticle a;
        MerchantFields merchant;
        QDateTime created;
        while (m_xml.readNextStartElement()) {
            const QStringView ns = m_xml.namespaceUri();
            const QStringView n = m_xml.name();
            if (isAtomNs(ns) || ns.isEmpty() || ns == m_rootNs) {
                if (n == u"title") {
                    a.title = atomText(base);
                } else if (n == u"id") {
                    const QUrl b = elementBase(base);
                    a.id = text();
                    if (a.id.startsWith(u'/'))
                        a.id = resolveUrl(b, a.id);
                } else if (n == u"link") {
                    applyAtomLink(atomLink(base), a);
                } else if (n == u"summary") {
                    a.summary = atomText(base);
                } else if (n == u"content") {
                    a.content.append(atomText(base));
                } else if (n == u"published" || n == u"issued") {
                    a.published = date();
                } else if (n == u"created") {
                    created = date();
                } else if (n == u"updated" || n == u"modified") {
                    a.updated = date();
                } else if (n == u"author") {
                    const Person p = atomPerson(base);
                    if (!p.isEmpty())
                        a.authors.append(p);
                } else if (n == u"category") {
                    const auto attrs = m_xml.attributes();
                    QString term = attrs.value(QLatin1StringView("term")).toString();
                    if (term.isEmpty())
                        term = attrs.value(QLatin1StringView("label")).toString();
                    if (!term.isEmpty())
                        a.categories.append(term);
                    m_xml.skipCurrentElement();
                } else {
                    m_xml.skipCurrentElement();
                }
            } else if (!readItemExtension(ns, n, base, a, merchant)) {
                m_xml.skipCurrentElement();
            }
        }
        if (!a.published.isValid())
            a.published = created.isValid() ? created : a.updated;
        finishItem(a, merchant, !m_xml.hasError());
    }

    XmlFeedParser &m_owner;
    QXmlStreamReader &m_xml;
    const ArticleSink &m_sink;
    qsizetype m_skip;
    QString m_rootNs; // feeds that put RSS or Atom in a namespace of their own
};

XmlFeedParser::XmlFeedParser(Options options)
    : m_options(std::move(options))
{ }

void XmlFeedParser::addMalformed(const QString &what)
{
    m_malformed = m_malformed.isEmpty() ? what : m_malformed + u"; "_qs + what;
}

bool XmlFeedParser::parse(QIODevice *device, const ArticleSink &sink)
{
    m_feed = {};
    m_malformed.clear();
    m_error.clear();
    if (!device->isOpen() || !device->seek(0)) {
        m_error = tr("cannot read the document");
        return false;
    }

    HtmlEntityResolver resolver;
    QXmlStreamReader xml;
    xml.setEntityResolver(&resolver);
    QString charset = m_options.httpCharset;
    if (isLatin1Name(charset.isEmpty() ? declaredEncoding(device->peek(512)) : charset))
        charset = u"windows-1252"_qs;
    // A WordPress plugin or theme that prints a newline puts it before the XML declaration, which XML
    // forbids there; every other reader skips it, and so does Tidings, saying so.
    const qsizetype declarationAt = xmlinput::declarationAfterWhitespace(device->peek(4096));
    if (declarationAt > 0)
        m_malformed = tr("white space before the XML declaration");
    const bool overrideCharset = !charset.isEmpty() && QStringDecoder(charset.toLatin1().constData()).isValid();
    if (overrideCharset) {
        QString text = decodeLeniently(device->readAll(), charset);
        if (declarationAt > 0)
            text.remove(0, text.indexOf(u"<?xml"));
        xml.addData(text);
    } else {
        if (declarationAt > 0)
            device->seek(declarationAt);
        xml.setDevice(device);
    }

    Pass first(*this, xml, sink, 0);
    first.run();
    if (!resolver.firstUndeclared.isEmpty())
        addMalformed(tr("uses the HTML entity &%1; without declaring it").arg(resolver.firstUndeclared));
    if (!m_error.isEmpty())
        return false;
    if (!xml.hasError() || first.stopped)
        return first.sawRoot || (m_error = tr("empty document"), false);

    const QString where = tr("line %1, column %2").arg(xml.lineNumber()).arg(xml.columnNumber());
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        if (!first.sawRoot) {
            m_error = tr("empty document");
            return false;
        }
        addMalformed(tr("the document ends before it is complete (%1)").arg(where));
        return true;
    }

    // A second pass over repaired text; the items before the error have been delivered already.
    const QString reason = xml.errorString();
    const QString leadingNote = declarationAt > 0 ? m_malformed : QString();
    if (!device->seek(0)) {
        addMalformed(tr("not well-formed XML: %1 (%2)").arg(reason, where));
        return first.sawRoot;
    }
    const FeedInfo firstFeed = m_feed;
    m_feed = {};
    QXmlStreamReader repaired(repairXml(decodeLeniently(device->readAll(), charset)));
    HtmlEntityResolver repairedResolver;
    repaired.setEntityResolver(&repairedResolver);
    Pass second(*this, repaired, sink, first.delivered);
    second.run();
    if (!second.sawRoot) {
        m_feed = firstFeed;
        m_error.clear();
    }
    m_malformed = leadingNote;
    addMalformed(tr("not well-formed XML: %1 (%2)").arg(reason, where));
    if (repaired.hasError()) {
        m_malformed += u"; "_qs + tr("kept what came before line %1").arg(repaired.lineNumber());
    }
    if (!first.sawRoot && !second.sawRoot) {
        if (m_error.isEmpty())
            m_error = tr("not a feed: %1 (%2)").arg(reason, where);
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace tidings
