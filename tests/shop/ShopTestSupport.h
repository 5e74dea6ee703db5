#pragma once

// What the shop tests share: a store in a temporary folder and product documents imported into it.
#include "storage/Importer.h"
#include "storage/Store.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QUrl>

namespace tidings::test {

inline ImportResult importProducts(Store &store, const QByteArray &document, const QString &site, const QString &url,
                                   const QString &currency = {})
{
    QByteArray data = document;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.siteName = site;
    options.url = QUrl(url);
    options.kind = DocumentKind::Products;
    options.currency = currency;
    return Importer(store).importDevice(&buffer, options);
}

// A Shopify list of one product with one variant, at a price and availability.
inline QByteArray shopifyOne(const char *price, bool available = true, const char *compareAt = nullptr)
{
    return QByteArray(R"({"products": [{"id": 7001, "title": "Invisible Bluetooth Earpiece", "handle": "earpiece",
        "vendor": "Hush", "product_type": "Audio", "body_html": "<p>Go hands-free.</p>",
        "variants": [{"id": 9001, "title": "Default Title", "sku": "IBE", "price": ")")
            + price + R"(", "compare_at_price": )"
            + (compareAt ? QByteArray("\"" + QByteArray(compareAt) + "\"") : QByteArray("null")) + R"(, "available": )"
            + (available ? "true" : "false") + "}]}]}";
}

inline qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

inline qint64 variantId(Store &store, const QString &remoteId)
{
    QSqlQuery q(store.database().connection());
    q.prepare(u"SELECT id FROM product_variants WHERE remote_id = ?"_qs);
    q.addBindValue(remoteId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace tidings::test
