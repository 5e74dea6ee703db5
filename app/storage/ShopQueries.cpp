#include "ShopQueries.h"

#include "Store.h"

#include <algorithm>

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QVariant>

Q_LOGGING_CATEGORY(lcShopQueries, "tidings.shop.queries", QtWarningMsg)

namespace tidings {
namespace {

// A price in hundredths of its currency's main unit, so one price range means the same in yen, dollars
// and dinars (ISO 4217 exponents 0 and 3; the rest have 2).
#define TIDINGS_CENTS \
    "(p.price_minor * CASE WHEN p.price_currency IN ('BIF','CLP','DJF','GNF','ISK','JPY','KMF','KRW','PYG','RWF'," \
    "'UGX','UYI','VND','VUV','XAF','XOF') THEN 100 WHEN p.price_currency IN ('BHD','IQD','JOD','KWD','LYD','OMR'," \
    "'TND') THEN 0.1 ELSE 1 END)"

// One statement serves every filter: each condition is switched off by its own parameter, so the SQL
// is always one of four constant strings (one per order) and is prepared once.
constexpr const char *kProductColumns
        = "SELECT p.id, p.remote_id, s.id, s.name, p.title, p.image_url, p.brand, p.product_type, p.link, "
          "p.price_minor, p.regular_price_minor, p.price_currency, p.in_stock, p.on_sale, "
          "(SELECT count(*) FROM product_variants v WHERE v.product_id = p.id), w.product_id IS NOT NULL, "
          "w.alert_old_price_minor, w.alert_back_in_stock ";
constexpr const char *kProductWhere
        = "FROM products p JOIN feeds f ON f.id = p.feed_id JOIN sites s ON s.id = f.site_id "
          "LEFT JOIN watched_products w ON w.product_id = p.id "
          "WHERE p.price_minor IS NOT NULL "
          "AND (? < 0 OR f.site_id = ?) "
          "AND (? IS NULL OR p.id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?)) "
          "AND (? IS NULL OR p.product_type = ?) "
          "AND (? IS NULL OR p.brand = ?) "
          "AND (? < 0 OR " TIDINGS_CENTS " >= ?) "
          "AND (? < 0 OR " TIDINGS_CENTS " <= ?) "
          "AND (? = 0 OR p.in_stock = 1) "
          "AND (? = 0 OR p.on_sale = 1) "
          "AND (? = 0 OR w.product_id IS NOT NULL) ";

QString pageSql(const char *order)
{
    return QString::fromLatin1(kProductColumns) + QString::fromLatin1(kProductWhere) + QString::fromLatin1(order)
            + u" LIMIT ? OFFSET ?"_qs;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

ProductRow productRow(const QSqlQuery &q)
{
    ProductRow r;
    r.id = q.value(0).toLongLong();
    r.remoteId = q.value(1).toString();
    r.siteId = q.value(2).toLongLong();
    r.siteName = q.value(3).toString();
    r.title = q.value(4).toString();
    r.imageUrl = q.value(5).toString();
    r.brand = q.value(6).toString();
    r.category = q.value(7).toString();
    r.link = q.value(8).toString();
    const QString currency = q.value(11).toString();
    r.price = {q.value(9).toLongLong(), currency};
    r.regularPrice = {q.value(10).isNull() ? r.price.minor : q.value(10).toLongLong(), currency};
    r.inStock = q.value(12).toBool();
    r.onSale = q.value(13).toBool() && r.regularPrice.minor > r.price.minor;
    r.variantCount = q.value(14).toInt();
    r.watched = q.value(15).toBool();
    if (r.watched && q.value(17).toBool())
        r.watchNote = ShopQueries::tr("back in stock");
    else if (r.watched && !q.value(16).isNull())
        r.watchNote = ShopQueries::tr("price drop");
    return r;
}

} // namespace

ShopQueries::ShopQueries(Database &db)
    : m_db(db)
    , m_pageNewest(db.connection())
    , m_pageCheap(db.connection())
    , m_pageDear(db.connection())
    , m_pageName(db.connection())
    , m_count(db.connection())
    , m_product(db.connection())
    , m_variants(db.connection())
{ }

bool ShopQueries::run(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    qCWarning(lcShopQueries) << "query failed:" << m_error;
    return false;
}

bool ShopQueries::bindFilter(QSqlQuery &q, const ProductFilter &filter)
{
    const QString fts = filter.search.trimmed().isEmpty() ? QString() : Store::ftsQuery(filter.search);
    const auto twice = [&q](const QVariant &v) {
        q.addBindValue(v);
        q.addBindValue(v);
    };
    twice(filter.siteId);
    twice(textOrNull(fts));
    twice(textOrNull(filter.category));
    twice(textOrNull(filter.brand));
    twice(filter.minPriceMinor);
    twice(filter.maxPriceMinor);
    q.addBindValue(filter.inStockOnly ? 1 : 0);
    q.addBindValue(filter.onSaleOnly ? 1 : 0);
    q.addBindValue(filter.watchedOnly ? 1 : 0);
    return true;
}

QList<ProductRow> ShopQueries::products(const ProductFilter &filter, int offset, int limit)
{
    QSqlQuery *q = nullptr;
    const char *order = nullptr;
    switch (filter.sort) {
    case ProductFilter::Sort::Newest:
        q = &m_pageNewest;
        order = "ORDER BY p.id DESC";
        break;
    case ProductFilter::Sort::PriceLowest:
        q = &m_pageCheap;
        order = "ORDER BY p.price_minor, p.id";
        break;
    case ProductFilter::Sort::PriceHighest:
        q = &m_pageDear;
        order = "ORDER BY p.price_minor DESC, p.id";
        break;
    case ProductFilter::Sort::Name:
        q = &m_pageName;
        order = "ORDER BY p.title COLLATE NOCASE, p.id";
        break;
    }
    QList<ProductRow> rows;
    if (q->lastQuery().isEmpty()) {
        q->setForwardOnly(true);
        if (!q->prepare(pageSql(order))) {
            m_error = q->lastError().text();
            return rows;
        }
    }
    bindFilter(*q, filter);
    q->addBindValue(limit);
    q->addBindValue(offset);
    if (!run(*q))
        return rows;
    while (q->next())
        rows.append(productRow(*q));
    q->finish();
    return rows;
}

int ShopQueries::count(const ProductFilter &filter)
{
    if (m_count.lastQuery().isEmpty()) {
        m_count.setForwardOnly(true);
        if (!m_count.prepare(u"SELECT count(*) "_qs + QString::fromLatin1(kProductWhere))) {
            m_error = m_count.lastError().text();
            return 0;
        }
    }
    bindFilter(m_count, filter);
    if (!run(m_count) || !m_count.next())
        return 0;
    const int n = m_count.value(0).toInt();
    m_count.finish();
    return n;
}

QList<VariantRow> ShopQueries::variants(qint64 productId)
{
    QList<VariantRow> rows;
    if (m_variants.lastQuery().isEmpty()) {
        m_variants.setForwardOnly(true);
        m_variants.prepare(u"SELECT id, remote_id, title, sku, currency, price_minor, sale_price_minor, availability "
                           "FROM product_variants WHERE product_id = ? ORDER BY id"_qs);
    }
    m_variants.addBindValue(productId);
    if (!run(m_variants))
        return rows;
    while (m_variants.next()) {
        VariantRow v;
        v.id = m_variants.value(0).toLongLong();
        v.remoteId = m_variants.value(1).toString();
        v.title = m_variants.value(2).toString();
        v.sku = m_variants.value(3).toString();
        const QString currency = m_variants.value(4).toString();
        v.price = {m_variants.value(5).toLongLong(), currency};
        if (!m_variants.value(6).isNull())
            v.salePrice = Money{m_variants.value(6).toLongLong(), currency};
        v.availability = m_variants.value(7).toString();
        rows.append(v);
    }
    m_variants.finish();
    return rows;
}

std::optional<ProductDetail> ShopQueries::product(qint64 productId)
{
    if (m_product.lastQuery().isEmpty()) {
        m_product.setForwardOnly(true);
        m_product.prepare(QString::fromLatin1(kProductColumns)
                          + u", p.description_html, p.additional_images "
                            "FROM products p JOIN feeds f ON f.id = p.feed_id JOIN sites s ON s.id = f.site_id "
                            "LEFT JOIN watched_products w ON w.product_id = p.id WHERE p.id = ?"_qs);
    }
    m_product.addBindValue(productId);
    if (!run(m_product) || !m_product.next())
        return std::nullopt;
    ProductDetail d;
    d.row = productRow(m_product);
    d.descriptionHtml = m_product.value(18).toString();
    if (!d.row.imageUrl.isEmpty())
        d.images.append(d.row.imageUrl);
    d.images += m_product.value(19).toString().split(u'\n', Qt::SkipEmptyParts);
    m_product.finish();
    d.variants = variants(productId);
    return d;
}

qint64 ShopQueries::resolveProduct(const QString &idOrRemoteId, qint64 siteId)
{
    QSqlQuery q(m_db.connection());
    bool isNumber = false;
    const qint64 number = idOrRemoteId.toLongLong(&isNumber);
    if (isNumber) {
        q.prepare(u"SELECT p.id FROM products p JOIN feeds f ON f.id = p.feed_id WHERE p.id = ? AND (? < 0 OR "
                  "f.site_id = ?)"_qs);
        q.addBindValue(number);
        q.addBindValue(siteId);
        q.addBindValue(siteId);
        if (run(q) && q.next())
            return q.value(0).toLongLong();
    }
    q.prepare(u"SELECT p.id FROM products p JOIN feeds f ON f.id = p.feed_id WHERE p.remote_id = ? AND (? < 0 OR "
              "f.site_id = ?) LIMIT 2"_qs);
    q.addBindValue(idOrRemoteId);
    q.addBindValue(siteId);
    q.addBindValue(siteId);
    if (!run(q))
        return -1;
    QList<qint64> found;
    while (q.next())
        found.append(q.value(0).toLongLong());
    return found.size() == 1 ? found.first() : found.isEmpty() ? -1 : -2;
}

qint64 ShopQueries::resolveVariant(qint64 productId, const QString &idOrRemoteId)
{
    for (const VariantRow &v : variants(productId)) {
        if (v.remoteId == idOrRemoteId || QString::number(v.id) == idOrRemoteId)
            return v.id;
    }
    return -1;
}

QList<ProductRow> ShopQueries::productsInArticle(qint64 articleId, int limit)
{
    QList<ProductRow> rows;
    QSqlQuery article(m_db.connection());
    article.prepare(u"SELECT title || ' ' || body_text, coalesce(content_html, '') || ' ' || "
                    "coalesce(summary_html, '') FROM articles WHERE id = ?"_qs);
    article.addBindValue(articleId);
    if (!run(article) || !article.next())
        return rows;
    const QString words = wordsOf(article.value(0).toString());
    const QStringList wordList = words.split(u' ', Qt::SkipEmptyParts);
    const QSet<QString> present(wordList.cbegin(), wordList.cend());
    const QSet<QString> links = linksIn(article.value(1).toString());

    // Every product is looked at, but cheaply: a title is compared with the text only when each of
    // its words is in the article (a set lookup per word). Scanning the article's text once per
    // product instead took 280 ms for 20,000 products and a 6 KB article.
    QSqlQuery products(m_db.connection());
    products.setForwardOnly(true);
    if (!products.exec(u"SELECT id, title, link FROM products WHERE price_minor IS NOT NULL ORDER BY id"_qs)) {
        m_error = products.lastError().text();
        return rows;
    }
    QList<qint64> found;
    while (products.next() && found.size() < limit) {
        const QString link = products.value(2).toString();
        bool named = !link.isEmpty() && links.contains(link);
        const QString title = products.value(1).toString();
        if (!named && title.size() >= kMinNamedTitle) {
            const QString titleWords = wordsOf(title);
            const QStringList titleList = titleWords.split(u' ', Qt::SkipEmptyParts);
            named = !titleList.isEmpty()
                    && std::all_of(titleList.cbegin(), titleList.cend(),
                                   [&present](const QString &w) { return present.contains(w); })
                    && words.contains(titleWords);
        }
        if (named)
            found.append(products.value(0).toLongLong());
    }
    products.finish();
    for (const qint64 id : std::as_const(found)) {
        if (const auto detail = product(id))
            rows.append(detail->row);
    }
    return rows;
}

QList<ArticleMention> ShopQueries::articlesMentioning(qint64 productId, int limit)
{
    QList<ArticleMention> mentions;
    QSqlQuery product(m_db.connection());
    product.prepare(u"SELECT title, link FROM products WHERE id = ?"_qs);
    product.addBindValue(productId);
    if (!run(product) || !product.next())
        return mentions;
    const QString title = product.value(0).toString();
    const QString link = product.value(1).toString();
    if (title.size() < kMinNamedTitle)
        return mentions;
    const QString titleWords = wordsOf(title);
    // The index finds articles with every word of the title; the text then has to hold the title
    // itself (the index keeps no positions), or the article has to link to the product.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.title, a.link, a.published_at, a.title || ' ' || a.body_text, "
              "coalesce(a.content_html, '') || ' ' || coalesce(a.summary_html, '') FROM articles a "
              "WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) "
              "ORDER BY a.published_at DESC, a.id DESC"_qs);
    q.addBindValue(Store::ftsQuery(title + u' '));
    if (!run(q))
        return mentions;
    while (q.next() && mentions.size() < limit) {
        if (wordsOf(q.value(4).toString()).contains(titleWords)
            || (!link.isEmpty() && linksIn(q.value(5).toString()).contains(link)))
            mentions.append(
                    {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    }
    return mentions;
}

QString ShopQueries::wordsOf(const QString &text)
{
    // Lower case, anything but letters and digits a space, single spaces, and one at each end, so
    // that " felt cable roll " is found in " the felt cable roll 14 " and "Accessory 1" is not named
    // by "Accessory 199".
    QString words(text.size() + 2, u' ');
    qsizetype n = 1;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            words[n++] = c.toLower();
        else if (words[n - 1] != u' ')
            words[n++] = u' ';
    }
    if (words[n - 1] != u' ')
        words[n++] = u' ';
    words.truncate(n);
    return words;
}

QSet<QString> ShopQueries::linksIn(const QString &html)
{
    static const QRegularExpression href(QStringLiteral(R"re(href\s*=\s*["']([^"']+)["'])re"),
                                         QRegularExpression::CaseInsensitiveOption);
    QSet<QString> links;
    for (auto it = href.globalMatch(html); it.hasNext();)
        links.insert(it.next().captured(1).replace(u"&amp;"_qs, u"&"_qs));
    return links;
}

QStringList ShopQueries::categories()
{
    QSqlQuery q(m_db.connection());
    QStringList names;
    if (q.exec(u"SELECT DISTINCT product_type FROM products WHERE product_type IS NOT NULL ORDER BY 1"_qs)) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

QStringList ShopQueries::brands()
{
    QSqlQuery q(m_db.connection());
    QStringList names;
    if (q.exec(u"SELECT DISTINCT brand FROM products WHERE brand IS NOT NULL ORDER BY 1"_qs)) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

} // namespace tidings
