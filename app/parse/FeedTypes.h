#pragma once

#include "shop/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace tidings {

// What a document turned out to be, as the parsers recognised it.
enum class FeedFormat {
    Unknown,
    Rss090,
    Rss091,
    Rss092,
    Rss20,
    Rss10,
    Atom03,
    Atom10,
    JsonFeed10,
    JsonFeed11,
    WordPressComments,
    ShopifyProducts,
    WooCommerceProducts,
};
[[nodiscard]] QString formatName(FeedFormat format);

enum class DocumentKind { Articles, Comments, Products };
// "articles", "comments", "products": the names the store and the JSON output use.
[[nodiscard]] QString kindName(DocumentKind kind);

// A piece of text as the feed typed it: Atom's text constructs, RSS's (always HTML) description.
struct Text
{
    QString value;
    bool html = false; // value is markup (HTML or serialised XHTML), not plain text

    [[nodiscard]] bool isEmpty() const { return value.isEmpty(); }
    // The text without markup, for display in lists and for search.
    [[nodiscard]] QString plain() const;
};

struct Person
{
    QString name;
    QString email;
    QString uri;
    [[nodiscard]] bool isEmpty() const { return name.isEmpty() && email.isEmpty() && uri.isEmpty(); }
    // "name", or the email when there is no name.
    [[nodiscard]] QString displayName() const { return name.isEmpty() ? email : name; }
};

struct Enclosure
{
    QString url;
    QString type;
    qint64 length = -1;
};

// RFC 4685 thr:in-reply-to: ref is the parent's id; href where it can be read.
struct InReplyTo
{
    QString ref;
    QString href;
};

struct FeedInfo
{
    FeedFormat format = FeedFormat::Unknown;
    Text title;
    Text subtitle;
    QString id;
    QString link; // the site's home page
    QString selfLink; // the feed's own URL, where it says
    QString nextUrl; // JSON Feed pagination
    QString language;
    QString rights;
    QString iconUrl;
    QList<Person> authors;
    QDateTime published;
    QDateTime updated;
};

struct ParsedArticle
{
    QString id; // guid / atom:id / JSON id, as written
    QString link;
    Text title;
    QList<Person> authors;
    QDateTime published;
    QDateTime updated;
    Text summary;
    QList<Text> content;
    QList<Enclosure> enclosures;
    QStringList categories;
    QString imageUrl; // media:thumbnail, a media:content image, or JSON Feed's image
    QString commentsUrl; // RSS <comments>: the page where people comment
    QString commentFeedUrl; // wfw:commentRss or an Atom replies link
    int commentCount = -1; // slash:comments or thr:total; -1 when unknown
    QList<InReplyTo> inReplyTo;
    QString language;

    // The best body the item has: the longest content, else the summary.
    [[nodiscard]] const Text &body() const;
};

struct ParsedComment
{
    QString id; // the comment's own id (guid, atom:id, REST id)
    QString parentId; // the id of the comment it answers, empty for a top-level comment
    QString articleRef; // what identifies the article: its id, link, or WordPress post id
    QString link;
    Person author;
    QDateTime published;
    QString contentHtml;
};

struct ParsedVariant
{
    QString id;
    QString title;
    QString sku;
    Money price; // the regular price
    std::optional<Money> salePrice; // the price now, when the item is on sale
    QString availability; // in_stock, out_of_stock, preorder, backorder
};

struct ParsedProduct
{
    QString id;
    QString groupId; // Merchant item_group_id: items that are variants of one product
    QString title;
    QString descriptionHtml;
    QString link;
    QString imageUrl;
    QStringList additionalImages;
    QString brand;
    QString gtin;
    QString mpn;
    QString condition;
    QString productType;
    QList<ParsedVariant> variants; // at least one

    [[nodiscard]] QString availability() const; // in_stock when any variant is
};

// Everything a document yielded. malformed is empty for a well-formed document; otherwise it says
// what was wrong, and the lists hold what could still be recovered.
struct ParseResult
{
    DocumentKind kind = DocumentKind::Articles;
    FeedInfo feed;
    QList<ParsedArticle> articles;
    QList<ParsedComment> comments;
    QList<ParsedProduct> products;
    QString malformed;
    QString error; // set when nothing could be read at all
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

} // namespace tidings
