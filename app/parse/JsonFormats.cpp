#include "JsonFormats.h"

#include "DocumentParser.h"
#include "util/Dates.h"
#include "util/Html.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace tidings::json {
namespace {

QString resolve(const QUrl &base, const QString &value)
{
    const QUrl url(value.trimmed());
    return base.isValid() && url.isRelative() && !value.isEmpty() ? base.resolved(url).toString() : value.trimmed();
}

// JSON Feed ids may be numbers in the wild although the spec says string.
QString idString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

QList<Person> jsonAuthors(const QJsonObject &o)
{
    QList<Person> people;
    QJsonArray authors = o.value(u"authors").toArray();
    if (authors.isEmpty() && o.value(u"author").isObject())
        authors.append(o.value(u"author"));
    for (const auto &v : std::as_const(authors)) {
        const QJsonObject a = v.toObject();
        Person p{a.value(u"name").toString(), {}, a.value(u"url").toString()};
        if (!p.isEmpty())
            people.append(p);
    }
    return people;
}

// Shopify and WooCommerce both list images as [{"src": ...}]; the first is the main one.
void readImages(const QJsonArray &images, ParsedProduct &p)
{
    for (const auto &img : images) {
        const QString src = img.toObject().value(u"src").toString();
        if (src.isEmpty())
            continue;
        if (p.imageUrl.isEmpty())
            p.imageUrl = src;
        else
            p.additionalImages.append(src);
    }
}

QString stripFragment(const QString &link)
{
    QUrl url(link);
    url.setFragment({});
    return url.toString();
}

// The shape of a JSON Feed: items that carry an id and something to read.
bool hasJsonFeedShape(const QJsonObject &root)
{
    if (!root.value(u"items").isArray())
        return false;
    const QJsonArray items = root.value(u"items").toArray();
    if (items.isEmpty())
        return root.contains(u"home_page_url") || root.contains(u"feed_url");
    const QJsonObject first = items.first().toObject();
    return first.contains(u"id")
            && (first.contains(u"content_html") || first.contains(u"content_text") || first.contains(u"url")
                || first.contains(u"title"));
}

// Publishers write the version URL with http, with a trailing slash, or not at all; the shape decides
// then. Only a missing or unknown version is reported as malformed.
std::optional<FeedFormat> jsonFeedVersion(const QJsonObject &root, QString &malformed)
{
    QString version = root.value(u"version").toString().trimmed();
    while (version.endsWith(u'/'))
        version.chop(1);
    for (const QStringView prefix : {u"https://jsonfeed.org/version/", u"http://jsonfeed.org/version/"}) {
        if (version.startsWith(prefix, Qt::CaseInsensitive)) {
            const QStringView number = QStringView(version).sliced(prefix.size());
            if (number == u"1")
                return FeedFormat::JsonFeed10;
            if (number == u"1.1")
                return FeedFormat::JsonFeed11;
        }
    }
    if (!hasJsonFeedShape(root))
        return std::nullopt;
    malformed = version.isEmpty() ? DocumentParser::tr("no JSON Feed version")
                                  : DocumentParser::tr("unknown JSON Feed version %1").arg(version);
    return FeedFormat::JsonFeed11;
}

} // namespace

bool parseJsonFeed(const QJsonDocument &doc, const QUrl &url, ParseResult &result)
{
    const QJsonObject root = doc.object();
    const std::optional<FeedFormat> format = jsonFeedVersion(root, result.malformed);
    if (!format)
        return false;
    FeedInfo &feed = result.feed;
    feed.format = *format;
    feed.title = {root.value(u"title").toString(), false};
    feed.subtitle = {root.value(u"description").toString(), false};
    feed.link = root.value(u"home_page_url").toString();
    feed.selfLink = root.value(u"feed_url").toString();
    feed.nextUrl = root.value(u"next_url").toString();
    feed.language = root.value(u"language").toString();
    feed.iconUrl = root.value(u"icon").toString();
    if (feed.iconUrl.isEmpty())
        feed.iconUrl = root.value(u"favicon").toString();
    feed.authors = jsonAuthors(root);
    const QUrl base = url.isValid() ? url : QUrl(feed.selfLink);

    const QJsonArray items = root.value(u"items").toArray();
    for (const auto &value : items) {
        const QJsonObject item = value.toObject();
        ParsedArticle a;
        a.id = idString(item.value(u"id"));
        a.link = resolve(base, item.value(u"url").toString());
        if (a.link.isEmpty())
            a.link = resolve(base, item.value(u"external_url").toString());
        a.title = {item.value(u"title").toString(), false};
        a.summary = {item.value(u"summary").toString(), false};
        const QString contentHtml = item.value(u"content_html").toString();
        const QString contentText = item.value(u"content_text").toString();
        if (!contentHtml.isEmpty())
            a.content.append(
                    {html::resolveRelativeUrls(contentHtml, QUrl(a.link).isValid() ? QUrl(a.link) : base), true});
        if (!contentText.isEmpty())
            a.content.append({contentText, false});
        a.published = dates::parse(item.value(u"date_published").toString());
        a.updated = dates::parse(item.value(u"date_modified").toString());
        a.authors = jsonAuthors(item);
        if (a.authors.isEmpty())
            a.authors = feed.authors;
        a.imageUrl = resolve(base, item.value(u"image").toString());
        if (a.imageUrl.isEmpty())
            a.imageUrl = resolve(base, item.value(u"banner_image").toString());
        for (const auto &tag : item.value(u"tags").toArray())
            a.categories.append(tag.toString());
        for (const auto &att : item.value(u"attachments").toArray()) {
            const QJsonObject o = att.toObject();
            a.enclosures.append({resolve(base, o.value(u"url").toString()), o.value(u"mime_type").toString(),
                                 o.value(u"size_in_bytes").toInteger(-1)});
        }
        a.language = item.value(u"language").toString();
        result.articles.append(std::move(a));
    }
    return true;
}

bool parseWordPressComments(const QJsonDocument &doc, ParseResult &result)
{
    if (!doc.isArray())
        return false;
    const QJsonArray array = doc.array();
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        if (!o.contains(u"post") || !o.value(u"content").isObject())
            return false;
    }
    result.kind = DocumentKind::Comments;
    result.feed.format = FeedFormat::WordPressComments;
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        ParsedComment c;
        c.id = idString(o.value(u"id"));
        const qint64 parent = o.value(u"parent").toInteger();
        c.parentId = parent > 0 ? QString::number(parent) : QString();
        c.link = o.value(u"link").toString();
        c.articleRef = c.link.isEmpty() ? u"wp-post:"_qs + idString(o.value(u"post")) : stripFragment(c.link);
        c.author = {o.value(u"author_name").toString(), {}, o.value(u"author_url").toString()};
        // date_gmt is UTC written without a zone designator.
        const QString gmt = o.value(u"date_gmt").toString();
        c.published = dates::parse(gmt.isEmpty() || gmt.endsWith(u'Z') ? gmt : gmt + u'Z');
        if (!c.published.isValid())
            c.published = dates::parse(o.value(u"date").toString());
        c.contentHtml = o.value(u"content").toObject().value(u"rendered").toString().trimmed();
        result.comments.append(std::move(c));
    }
    return true;
}

bool parseShopifyProducts(const QJsonDocument &doc, const QUrl &url, const QString &currency, ParseResult &result)
{
    const QJsonValue productsValue = doc.object().value(u"products");
    if (!productsValue.isArray())
        return false;
    result.kind = DocumentKind::Products;
    result.feed.format = FeedFormat::ShopifyProducts;
    // Shopify's public JSON carries no currency; the caller knows the shop's, else ISO's "no currency".
    const QString code = currency.isEmpty() ? u"XXX"_qs : currency;
    QStringList skipped; // entries that could not be read, each with its reason
    for (const auto &v : productsValue.toArray()) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || idString(o.value(u"id")).isEmpty()) {
            skipped.append(u"an entry without an id"_qs);
            continue;
        }
        ParsedProduct p;
        p.id = idString(o.value(u"id"));
        p.title = o.value(u"title").toString();
        p.descriptionHtml = o.value(u"body_html").toString();
        p.brand = o.value(u"vendor").toString();
        p.productType = o.value(u"product_type").toString();
        const QString handle = o.value(u"handle").toString();
        if (!handle.isEmpty() && url.isValid())
            p.link = url.resolved(QUrl(u"/products/"_qs + handle)).toString();
        readImages(o.value(u"images").toArray(), p);
        for (const auto &vv : o.value(u"variants").toArray()) {
            const QJsonObject vo = vv.toObject();
            const auto price = Money::parseAmount(vo.value(u"price").toString(), code);
            if (!price) {
                skipped.append(u"product %1, variant %2: price \"%3\" is not an amount in %4"_qs.arg(
                        p.id, idString(vo.value(u"id")), vo.value(u"price").toVariant().toString(), code));
                continue;
            }
            ParsedVariant variant;
            variant.id = idString(vo.value(u"id"));
            variant.title = vo.value(u"title").toString();
            variant.sku = vo.value(u"sku").toString();
            // compare_at_price is the regular price of an item on sale; price is what it costs now.
            const auto compareAt = Money::parseAmount(vo.value(u"compare_at_price").toString(), code);
            if (compareAt && compareAt->minor > price->minor) {
                variant.price = *compareAt;
                variant.salePrice = *price;
            } else {
                variant.price = *price;
            }
            variant.availability = vo.value(u"available").toBool(true) ? u"in_stock"_qs : u"out_of_stock"_qs;
            p.variants.append(variant);
        }
        if (!p.variants.isEmpty())
            result.products.append(std::move(p));
    }
    if (!skipped.isEmpty())
        result.malformed = u"%1 entries could not be read: %2"_qs.arg(skipped.size()).arg(skipped.join(u"; "_qs));
    return true;
}

bool parseWooCommerceProducts(const QJsonDocument &doc, ParseResult &result)
{
    if (!doc.isArray())
        return false;
    const QJsonArray array = doc.array();
    for (const auto &v : array) {
        if (!v.toObject().value(u"prices").isObject())
            return false;
    }
    result.kind = DocumentKind::Products;
    result.feed.format = FeedFormat::WooCommerceProducts;
    QStringList skipped; // entries that could not be read, each with its reason
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        const QJsonObject prices = o.value(u"prices").toObject();
        const QString code = prices.value(u"currency_code").toString();
        const int digits = prices.value(u"currency_minor_unit").toInt(2);
        const auto regular = Money::fromMinorUnits(prices.value(u"regular_price").toString(), digits, code);
        const auto current = Money::fromMinorUnits(prices.value(u"price").toString(), digits, code);
        if (!regular && !current) {
            skipped.append(u"product %1: price \"%2\" in \"%3\" is not an amount"_qs.arg(
                    idString(o.value(u"id")), prices.value(u"price").toVariant().toString(), code));
            continue;
        }
        ParsedProduct p;
        p.id = idString(o.value(u"id"));
        p.title = html::decodeEntities(o.value(u"name").toString());
        p.descriptionHtml = o.value(u"description").toString();
        if (p.descriptionHtml.isEmpty())
            p.descriptionHtml = o.value(u"short_description").toString();
        p.link = o.value(u"permalink").toString();
        readImages(o.value(u"images").toArray(), p);
        const QJsonArray categories = o.value(u"categories").toArray();
        if (!categories.isEmpty())
            p.productType = html::decodeEntities(categories.first().toObject().value(u"name").toString());
        ParsedVariant variant;
        variant.id = p.id;
        variant.sku = o.value(u"sku").toString();
        variant.price = regular ? *regular : *current;
        if (current && regular && current->minor < regular->minor)
            variant.salePrice = *current;
        variant.availability = o.value(u"is_in_stock").toBool(true) ? u"in_stock"_qs : u"out_of_stock"_qs;
        p.variants.append(variant);
        result.products.append(std::move(p));
    }
    if (!skipped.isEmpty())
        result.malformed = u"%1 entries could not be read: %2"_qs.arg(skipped.size()).arg(skipped.join(u"; "_qs));
    return true;
}

} // namespace tidings::json
