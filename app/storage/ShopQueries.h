#pragma once

#include "Database.h"
#include "shop/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace tidings {

// Which products the shop shows, and in which order.
struct ProductFilter
{
    enum class Sort { Newest, PriceLowest, PriceHighest, Name };
    qint64 siteId = -1; // -1: every site
    QString search; // words as typed; the last one matches as a prefix
    QString category; // product_type; empty: any
    QString brand; // empty: any
    // The price range in hundredths of the main unit of each product's own currency (cents, or 1/100
    // yen); -1: no bound.
    qint64 minPriceMinor = -1;
    qint64 maxPriceMinor = -1;
    bool inStockOnly = false;
    bool onSaleOnly = false;
    bool watchedOnly = false;
    Sort sort = Sort::Newest;
    friend bool operator==(const ProductFilter &, const ProductFilter &) = default;
};

// A product as the grid and the list show it: its lowest price now over its variants.
struct ProductRow
{
    qint64 id = -1;
    QString remoteId;
    qint64 siteId = -1;
    QString siteName;
    QString title;
    QString imageUrl;
    QString brand;
    QString category;
    QString link;
    Money price; // what it costs now
    Money regularPrice; // equals price unless on sale
    bool inStock = false; // some variant can be bought: in stock, or to pre-order or back-order
    bool onSale = false;
    int variantCount = 0;
    bool watched = false;
    QString watchNote; // "price drop" / "back in stock" until seen; empty otherwise
    friend bool operator==(const ProductRow &, const ProductRow &) = default;
};

struct VariantRow
{
    qint64 id = -1;
    QString remoteId;
    QString title;
    QString sku;
    Money price; // the regular price
    std::optional<Money> salePrice; // the price now, when on sale
    QString availability; // in_stock, out_of_stock, preorder, backorder
    [[nodiscard]] Money currentPrice() const { return salePrice ? *salePrice : price; }
    [[nodiscard]] bool available() const { return availability != u"out_of_stock"; }
    friend bool operator==(const VariantRow &, const VariantRow &) = default;
};

// An article that names or links to a product.
struct ArticleMention
{
    qint64 articleId = -1;
    QString title;
    QString link;
    qint64 publishedAt = 0;
    friend bool operator==(const ArticleMention &, const ArticleMention &) = default;
};

struct ProductDetail
{
    ProductRow row;
    QString descriptionHtml; // as the store sent it: sanitise before showing
    QStringList images; // the main image first
    QList<VariantRow> variants;
};

// Reads over the shop's tables. Safe on a read-only connection. Statements are prepared once per
// object; keep one per connection.
class ShopQueries
{
    Q_DECLARE_TR_FUNCTIONS(ShopQueries)

public:
    explicit ShopQueries(Database &db);

    // One page of products in the filter's order.
    [[nodiscard]] QList<ProductRow> products(const ProductFilter &filter, int offset, int limit);
    [[nodiscard]] int count(const ProductFilter &filter);
    [[nodiscard]] std::optional<ProductDetail> product(qint64 productId);
    [[nodiscard]] QList<VariantRow> variants(qint64 productId);

    // The product a user names: its local id, else the store's id (within a site when siteId >= 0).
    // Several products of different stores sharing a store id are ambiguous: -2.
    [[nodiscard]] qint64 resolveProduct(const QString &idOrRemoteId, qint64 siteId = -1);
    // A variant of a product by local id or store id; -1 when it has none such.
    [[nodiscard]] qint64 resolveVariant(qint64 productId, const QString &idOrRemoteId);

    // Products an article links to (the product's page in its HTML) or names (the product's title,
    // at least kMinNamedTitle characters, in its title or text): its "In this article" cards.
    [[nodiscard]] QList<ProductRow> productsInArticle(qint64 articleId, int limit = 6);
    // The articles that name or link to a product, newest first.
    [[nodiscard]] QList<ArticleMention> articlesMentioning(qint64 productId, int limit = 10);
    // Shorter titles ("Cable") would match ordinary words.
    static constexpr int kMinNamedTitle = 8;

    // The distinct categories and brands, for filter menus.
    [[nodiscard]] QStringList categories();
    [[nodiscard]] QStringList brands();

    [[nodiscard]] const QString &error() const { return m_error; }

    // Text as lower-case words between single spaces, with a space at each end: what "names" compares.
    [[nodiscard]] static QString wordsOf(const QString &text);
    // The href targets in HTML, entities for & decoded.
    [[nodiscard]] static QSet<QString> linksIn(const QString &html);

private:
    bool bindFilter(QSqlQuery &q, const ProductFilter &filter);
    bool run(QSqlQuery &q);

    Database &m_db;
    QString m_error;
    QSqlQuery m_pageNewest, m_pageCheap, m_pageDear, m_pageName, m_count, m_product, m_variants;
};

} // namespace tidings

Q_DECLARE_METATYPE(tidings::ProductFilter)
Q_DECLARE_METATYPE(tidings::ProductRow)
