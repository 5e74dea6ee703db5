#pragma once

// The stores the shop tests serve on loopback, as JSON. Kept out of the test sources: moc misreads
// multi-line raw strings there.
#include <QByteArray>
#include <QList>

namespace tidings::test {

// Shopify: three products on page 1, two on page 2, an empty page 3. Page 2's prices go down
// by a dollar each round.
inline QByteArray shopifyPage(int page, int round)
{
    QList<int> ids;
    if (page <= 1)
        ids = {1, 2, 3};
    else if (page == 2)
        ids = {4, 5};
    QByteArray doc = R"({"products": [)";
    for (int i : ids) {
        const int cents = 2000 + i * 100 - (page == 2 ? round * 100 : 0);
        doc += (i == ids.first() ? "" : ",") + QByteArray(R"({"id": )") + QByteArray::number(7000 + i)
                + R"(, "title": "Gadget )" + QByteArray::number(i) + R"(", "handle": "gadget-)" + QByteArray::number(i)
                + R"(", "variants": [{"id": )" + QByteArray::number(9000 + i)
                + R"(, "title": "Default Title", "price": ")" + QByteArray::number(cents / 100) + "."
                + QByteArray::number(cents % 100).rightJustified(2, '0') + R"(", "available": )"
                + (page == 2 && round > 0 && i == 5 ? "false" : "true") + "}]}";
    }
    return doc + "]}";
}

inline QByteArray wooPage(int page, int round)
{
    QList<int> ids = page <= 1 ? QList<int>{101, 102} : page == 2 ? QList<int>{103} : QList<int>{};
    QByteArray doc = "[";
    for (int id : ids) {
        const int cents = 1000 + id - (page == 2 ? round * 50 : 0);
        doc += (id == ids.first() ? "" : ",") + QByteArray(R"({"id": )") + QByteArray::number(id)
                + R"(, "name": "Woo item )" + QByteArray::number(id) + R"(", "permalink": "http://woo/p/)"
                + QByteArray::number(id) + R"(", "prices": {"price": ")" + QByteArray::number(cents)
                + R"(", "regular_price": ")" + QByteArray::number(cents)
                + R"(", "currency_code": "EUR", "currency_minor_unit": 2}, "is_in_stock": true})";
    }
    return doc + "]";
}

inline QByteArray loopShopProducts(const QByteArray &earpiecePrice, bool strapAvailable)
{
    return R"({"products": [
  {"id": 7001, "title": "Invisible Bluetooth Earpiece", "handle": "earpiece", "vendor": "Hush",
   "product_type": "Audio", "variants": [{"id": 9001, "title": "Default Title", "price": ")"
            + earpiecePrice + R"(", "compare_at_price": "17.99", "available": true}]},
  {"id": 7002, "title": "Watch strap", "handle": "strap", "vendor": "Band", "product_type": "Bands",
   "variants": [{"id": 9002, "title": "Red", "price": "9.50", "available": true},
            {"id": 9003, "title": "Blue", "price": "9.50", "available": )"
            + (strapAvailable ? "true" : "false") + R"(}]}
]})";
}

} // namespace tidings::test
