#include "FeedTypes.h"

#include "util/Html.h"

namespace tidings {

QString formatName(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Unknown:
        return u"unknown"_qs;
    case FeedFormat::Rss090:
        return u"rss090"_qs;
    case FeedFormat::Rss091:
        return u"rss091"_qs;
    case FeedFormat::Rss092:
        return u"rss092"_qs;
    case FeedFormat::Rss20:
        return u"rss20"_qs;
    case FeedFormat::Rss10:
        return u"rss10"_qs;
    case FeedFormat::Atom03:
        return u"atom03"_qs;
    case FeedFormat::Atom10:
        return u"atom10"_qs;
    case FeedFormat::JsonFeed10:
        return u"json1"_qs;
    case FeedFormat::JsonFeed11:
        return u"json11"_qs;
    case FeedFormat::WordPressComments:
        return u"wordpress-comments"_qs;
    case FeedFormat::ShopifyProducts:
        return u"shopify-products"_qs;
    case FeedFormat::WooCommerceProducts:
        return u"woocommerce-products"_qs;
    }
    return {};
}

QString kindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Articles:
        return u"articles"_qs;
    case DocumentKind::Comments:
        return u"comments"_qs;
    case DocumentKind::Products:
        return u"products"_qs;
    }
    return {};
}

QString Text::plain() const
{
    return html ? html::toPlainText(value) : value.simplified();
}

const Text &ParsedArticle::body() const
{
    const Text *best = &summary;
    for (const Text &c : content) {
        if (c.value.size() > best->value.size())
            best = &c;
    }
    return *best;
}

QString ParsedProduct::availability() const
{
    QString result;
    for (const ParsedVariant &v : variants) {
        if (v.availability == u"in_stock")
            return v.availability;
        if (result.isEmpty())
            result = v.availability;
    }
    return result;
}

} // namespace tidings
