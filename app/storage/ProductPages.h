#pragma once

#include "Database.h"

#include <QByteArray>
#include <QString>

namespace tidings {

// What a refresh remembers about one page of a paged product list.
struct ProductPageState
{
    QString url;
    QString etag;
    QString lastModified;
    QByteArray bodyHash;
    QString nextUrl; // empty: the list ended with this page
    bool stored = false; // false: never fetched
};

// The pages of product lists (feed_pages) and the shop currency Shopify does not put in its lists.
// Used from the refresh's store jobs, on the store's thread.
class ProductPages
{
public:
    explicit ProductPages(Database &db)
        : m_db(db)
    { }

    [[nodiscard]] ProductPageState page(qint64 feedId, int page);
    [[nodiscard]] bool save(qint64 feedId, int page, const ProductPageState &state);
    // The list now ends at lastPage: what was stored about later pages no longer applies.
    [[nodiscard]] bool forgetAfter(qint64 feedId, int lastPage);

    // The shop's currency as last read (empty when never known), and a newly read one.
    [[nodiscard]] QString currency(qint64 feedId);
    [[nodiscard]] bool setCurrency(qint64 feedId, const QString &currency);

private:
    Database &m_db;
};

} // namespace tidings
