#include "ParseJson.h"

#include "util/Dates.h"

#include <QJsonArray>

namespace tidings {
namespace {

// Empty values are left out so the output shows what the document had.
void put(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void put(QJsonObject &o, const QString &key, const QDateTime &value)
{
    if (value.isValid())
        o.insert(key, dates::toIsoUtc(value));
}

void put(QJsonObject &o, const QString &key, const Text &text)
{
    if (text.isEmpty())
        return;
    o.insert(key, text.value);
    o.insert(key + u"Type", text.html ? u"html"_qs : u"text"_qs);
}

QJsonObject toJson(const Person &p)
{
    QJsonObject o;
    put(o, u"name"_qs, p.name);
    put(o, u"email"_qs, p.email);
    put(o, u"uri"_qs, p.uri);
    return o;
}

QJsonArray toJson(const QList<Person> &people)
{
    QJsonArray a;
    for (const Person &p : people)
        a.append(toJson(p));
    return a;
}

QJsonObject toJson(const Money &m)
{
    return {{u"amount"_qs, m.toString().section(u' ', 0, 0)}, {u"minor"_qs, m.minor}, {u"currency"_qs, m.currency}};
}

QJsonObject toJson(const FeedInfo &f)
{
    QJsonObject o;
    o.insert(u"format"_qs, formatName(f.format));
    put(o, u"title"_qs, f.title);
    put(o, u"subtitle"_qs, f.subtitle);
    put(o, u"id"_qs, f.id);
    put(o, u"link"_qs, f.link);
    put(o, u"selfLink"_qs, f.selfLink);
    put(o, u"nextUrl"_qs, f.nextUrl);
    put(o, u"language"_qs, f.language);
    put(o, u"rights"_qs, f.rights);
    put(o, u"icon"_qs, f.iconUrl);
    put(o, u"published"_qs, f.published);
    put(o, u"updated"_qs, f.updated);
    if (!f.authors.isEmpty())
        o.insert(u"authors"_qs, toJson(f.authors));
    return o;
}

QJsonObject toJson(const ParsedArticle &a)
{
    QJsonObject o;
    put(o, u"id"_qs, a.id);
    put(o, u"link"_qs, a.link);
    put(o, u"title"_qs, a.title);
    if (!a.authors.isEmpty())
        o.insert(u"authors"_qs, toJson(a.authors));
    put(o, u"published"_qs, a.published);
    put(o, u"updated"_qs, a.updated);
    put(o, u"summary"_qs, a.summary);
    if (!a.content.isEmpty()) {
        QJsonArray content;
        for (const Text &t : a.content)
            content.append(QJsonObject{{u"value"_qs, t.value}, {u"type"_qs, t.html ? u"html"_qs : u"text"_qs}});
        o.insert(u"content"_qs, content);
    }
    if (!a.enclosures.isEmpty()) {
        QJsonArray enclosures;
        for (const Enclosure &e : a.enclosures) {
            QJsonObject eo{{u"url"_qs, e.url}};
            put(eo, u"type"_qs, e.type);
            if (e.length >= 0)
                eo.insert(u"length"_qs, e.length);
            enclosures.append(eo);
        }
        o.insert(u"enclosures"_qs, enclosures);
    }
    if (!a.categories.isEmpty())
        o.insert(u"categories"_qs, QJsonArray::fromStringList(a.categories));
    put(o, u"image"_qs, a.imageUrl);
    put(o, u"commentsUrl"_qs, a.commentsUrl);
    put(o, u"commentFeedUrl"_qs, a.commentFeedUrl);
    if (a.commentCount >= 0)
        o.insert(u"commentCount"_qs, a.commentCount);
    if (!a.inReplyTo.isEmpty()) {
        QJsonArray replies;
        for (const InReplyTo &r : a.inReplyTo) {
            QJsonObject ro{{u"ref"_qs, r.ref}};
            put(ro, u"href"_qs, r.href);
            replies.append(ro);
        }
        o.insert(u"inReplyTo"_qs, replies);
    }
    put(o, u"language"_qs, a.language);
    return o;
}

QJsonObject toJson(const ParsedComment &c)
{
    QJsonObject o;
    put(o, u"id"_qs, c.id);
    o.insert(u"parentId"_qs, c.parentId.isEmpty() ? QJsonValue() : QJsonValue(c.parentId));
    put(o, u"articleRef"_qs, c.articleRef);
    put(o, u"link"_qs, c.link);
    if (!c.author.isEmpty())
        o.insert(u"author"_qs, toJson(c.author));
    put(o, u"published"_qs, c.published);
    put(o, u"contentHtml"_qs, c.contentHtml);
    return o;
}

QJsonObject toJson(const ParsedProduct &p)
{
    QJsonObject o;
    put(o, u"id"_qs, p.id);
    put(o, u"groupId"_qs, p.groupId);
    put(o, u"title"_qs, p.title);
    put(o, u"descriptionHtml"_qs, p.descriptionHtml);
    put(o, u"link"_qs, p.link);
    put(o, u"image"_qs, p.imageUrl);
    if (!p.additionalImages.isEmpty())
        o.insert(u"additionalImages"_qs, QJsonArray::fromStringList(p.additionalImages));
    put(o, u"brand"_qs, p.brand);
    put(o, u"gtin"_qs, p.gtin);
    put(o, u"mpn"_qs, p.mpn);
    put(o, u"condition"_qs, p.condition);
    put(o, u"productType"_qs, p.productType);
    put(o, u"availability"_qs, p.availability());
    QJsonArray variants;
    for (const ParsedVariant &v : p.variants) {
        QJsonObject vo;
        put(vo, u"id"_qs, v.id);
        put(vo, u"title"_qs, v.title);
        put(vo, u"sku"_qs, v.sku);
        vo.insert(u"price"_qs, toJson(v.price));
        if (v.salePrice)
            vo.insert(u"salePrice"_qs, toJson(*v.salePrice));
        put(vo, u"availability"_qs, v.availability);
        variants.append(vo);
    }
    o.insert(u"variants"_qs, variants);
    return o;
}

} // namespace

QJsonObject toJson(const ParseResult &result)
{
    QJsonObject o;
    o.insert(u"kind"_qs, kindName(result.kind));
    o.insert(u"feed"_qs, toJson(result.feed));
    if (!result.malformed.isEmpty())
        o.insert(u"malformed"_qs, result.malformed);
    QJsonArray items;
    switch (result.kind) {
    case DocumentKind::Articles:
        for (const ParsedArticle &a : result.articles)
            items.append(toJson(a));
        o.insert(u"articles"_qs, items);
        break;
    case DocumentKind::Comments:
        for (const ParsedComment &c : result.comments)
            items.append(toJson(c));
        o.insert(u"comments"_qs, items);
        break;
    case DocumentKind::Products:
        for (const ParsedProduct &p : result.products)
            items.append(toJson(p));
        o.insert(u"products"_qs, items);
        break;
    }
    return o;
}

} // namespace tidings
