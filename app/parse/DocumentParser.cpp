#include "DocumentParser.h"

#include "JsonFormats.h"
#include "XmlFeedParser.h"
#include "XmlInput.h"
#include "util/Html.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tidings {
namespace {

// The first meaningful byte, past a UTF-8 BOM and white space: '{' or '[' means JSON.
char firstSignificantByte(QIODevice *device)
{
    const QByteArray head = device->peek(4096);
    const qsizetype i = xmlinput::significantStart(head);
    return i < head.size() ? head[i] : '\0';
}

QString normaliseAvailability(QString value)
{
    value = value.trimmed().toLower().replace(u' ', u'_');
    if (value == u"available_for_order")
        return u"in_stock"_qs;
    if (value == u"out_of_stock" || value == u"in_stock" || value == u"preorder" || value == u"backorder")
        return value;
    return value.isEmpty() ? u"in_stock"_qs : value;
}

// A Google Merchant item: an RSS/Atom item with g: fields.
std::optional<ParsedProduct> merchantProduct(const ParsedArticle &a, const MerchantFields &g, const QString &currency)
{
    const auto price = Money::parse(g.value(u"price"_qs), currency);
    if (!price)
        return std::nullopt;
    ParsedProduct p;
    p.id = g.value(u"id"_qs, a.id);
    p.groupId = g.value(u"item_group_id"_qs);
    p.title = a.title.plain();
    if (p.title.isEmpty())
        p.title = g.value(u"title"_qs);
    p.descriptionHtml = a.body().value;
    if (p.descriptionHtml.isEmpty())
        p.descriptionHtml = html::escape(g.value(u"description"_qs));
    p.link = a.link.isEmpty() ? g.value(u"link"_qs) : a.link;
    p.imageUrl = g.value(u"image_link"_qs);
    const QString extra = g.value(u"additional_image_link"_qs);
    if (!extra.isEmpty())
        p.additionalImages = extra.split(u'\n');
    p.brand = g.value(u"brand"_qs);
    p.gtin = g.value(u"gtin"_qs);
    p.mpn = g.value(u"mpn"_qs);
    p.condition = g.value(u"condition"_qs);
    p.productType = g.value(u"product_type"_qs);
    ParsedVariant v;
    v.id = p.id;
    v.title = p.title;
    v.sku = p.mpn;
    v.price = *price;
    // A sale in another currency cannot be compared with the price: not a sale Tidings can show.
    if (const auto sale = Money::parse(g.value(u"sale_price"_qs), price->currency);
        sale && sale->currency == price->currency && sale->minor < price->minor)
        v.salePrice = *sale;
    v.availability = normaliseAvailability(g.value(u"availability"_qs));
    p.variants.append(v);
    return p;
}

QString fragmentFree(const QString &link)
{
    const qsizetype hash = link.indexOf(u'#');
    return hash < 0 ? link : link.left(hash);
}

bool looksLikeCommentFeed(const ParsedArticle &first, const FeedInfo &feed)
{
    return !first.inReplyTo.isEmpty() || first.link.contains(u"#comment-") || first.id.contains(u"#comment-")
            || feed.title.value.startsWith(u"Comments on:");
}

// Comment feeds (Atom with RFC 4685, WordPress RSS comment feeds) turned into a reply tree.
QList<ParsedComment> commentsFromEntries(const QList<ParsedArticle> &entries)
{
    QSet<QString> ids;
    QHash<QString, QString> idByLink;
    for (const ParsedArticle &e : entries) {
        const QString id = e.id.isEmpty() ? e.link : e.id;
        ids.insert(id);
        if (!e.link.isEmpty())
            idByLink.insert(e.link, id);
    }
    // WordPress RSS comment feeds carry the parent only as text: "In reply to <a href="...#comment-5">".
    static const QRegularExpression inReplyToText(
            QStringLiteral(R"(^\s*(?:<p>)?\s*In reply to\s*<a\s+href=["']([^"']*#comment-\d+)["'])"),
            QRegularExpression::CaseInsensitiveOption);

    QList<ParsedComment> comments;
    for (const ParsedArticle &e : entries) {
        ParsedComment c;
        c.id = e.id.isEmpty() ? e.link : e.id;
        c.link = e.link;
        c.author = e.authors.isEmpty() ? Person{} : e.authors.first();
        c.published = e.published.isValid() ? e.published : e.updated;
        c.contentHtml = e.body().html ? e.body().value : html::escape(e.body().value);
        for (const InReplyTo &r : e.inReplyTo) {
            if (ids.contains(r.ref) || r.href.contains(u"#comment-") || r.ref.contains(u"#comment-")) {
                c.parentId = ids.contains(r.ref) ? r.ref : idByLink.value(r.href, r.ref);
            } else {
                c.articleRef = r.href.isEmpty() ? r.ref : r.href;
            }
        }
        if (c.parentId.isEmpty()) {
            const auto m = inReplyToText.match(c.contentHtml);
            if (m.hasMatch()) {
                const QString href = html::decodeEntities(m.captured(1));
                c.parentId = idByLink.value(href, href);
            }
        }
        if (c.articleRef.isEmpty())
            c.articleRef = fragmentFree(e.link.isEmpty() ? e.id : e.link);
        comments.append(std::move(c));
    }
    return comments;
}

ParseResult parseJson(QIODevice *device, const ParseOptions &options)
{
    ParseResult result;
    if (device->size() > options.maxBytes) {
        result.error
                = DocumentParser::tr("document too large: over %1 MB").arg(options.maxBytes / (qint64{1024} * 1024));
        return result;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(device->readAll(), &error);
    if (doc.isNull()) {
        result.error = DocumentParser::tr("not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
        return result;
    }
    if (json::parseJsonFeed(doc, options.url, result) || json::parseWordPressComments(doc, result)
        || json::parseShopifyProducts(doc, options.url, options.defaultCurrency, result)
        || json::parseWooCommerceProducts(doc, result)) {
        return result;
    }
    result.error
            = DocumentParser::tr("not a feed: JSON that is neither a JSON Feed, WordPress comments nor a product list");
    return result;
}

} // namespace

ParseResult DocumentParser::parse(QIODevice *device, const ParseOptions &options, const ArticleSink &sink)
{
    ParseResult result;
    if (!device || !device->isReadable()) {
        result.error = tr("cannot read the document");
        return result;
    }
    const char first = firstSignificantByte(device);
    if (first == '{' || first == '[') {
        result = parseJson(device, options);
        if (result.ok() && options.kind == DocumentKind::Comments && result.kind == DocumentKind::Articles) {
            result.comments = commentsFromEntries(result.articles);
            result.articles.clear();
            result.kind = DocumentKind::Comments;
        }
        if (sink && result.kind == DocumentKind::Articles) {
            for (ParsedArticle &a : result.articles) {
                if (!sink(std::move(a), result.feed))
                    break;
            }
            result.articles.clear();
        }
        return result;
    }

    // The kind of an XML document shows in its first item: Merchant fields, or reply threading.
    std::optional<DocumentKind> kind = options.kind;
    QList<ParsedArticle> commentEntries;
    XmlFeedParser parser({options.url, options.httpCharset});
    const bool ok = parser.parse(device, [&](ParsedArticle &&a, MerchantFields &&merchant) {
        if (!kind) {
            kind = !merchant.isEmpty()                       ? DocumentKind::Products
                    : looksLikeCommentFeed(a, parser.feed()) ? DocumentKind::Comments
                                                             : DocumentKind::Articles;
        }
        switch (*kind) {
        case DocumentKind::Products:
            if (auto p = merchantProduct(a, merchant, options.defaultCurrency))
                result.products.append(std::move(*p));
            return true;
        case DocumentKind::Comments:
            commentEntries.append(std::move(a));
            return true;
        case DocumentKind::Articles:
            break;
        }
        if (sink)
            return sink(std::move(a), parser.feed());
        result.articles.append(std::move(a));
        return true;
    });
    result.kind = kind.value_or(DocumentKind::Articles);
    result.feed = parser.feed();
    result.malformed = parser.malformed();
    if (!ok)
        result.error = parser.error();
    if (!commentEntries.isEmpty())
        result.comments = commentsFromEntries(commentEntries);
    return result;
}

ParseResult DocumentParser::parseFile(const QString &path, const ParseOptions &options, const ArticleSink &sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParseResult result;
        result.error = tr("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    // Without a URL, relative links stay relative: resolving them against the file's own path would
    // turn them into file: links, which article content must never carry.
    return parse(&file, options, sink);
}

} // namespace tidings
