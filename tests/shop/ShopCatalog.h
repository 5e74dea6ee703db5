#pragma once

// A generated Shopify catalogue for model, UI and benchmark tests: n products, every fifth on sale,
// every seventh out of stock, four categories and three brands; "Zebra" in every tenth title.
#include <QByteArray>
#include <QString>

namespace tidings::test {

inline QByteArray shopifyCatalog(int count, int firstId = 1)
{
    static const char *const categories[] = {"Audio", "Cables", "Chargers", "Plush toys"};
    static const char *const brands[] = {"Hush", "Patch", "Kumo"};
    QByteArray doc = "{\"products\": [";
    for (int i = firstId; i < firstId + count; ++i) {
        const QByteArray n = QByteArray::number(i);
        const int cents = 500 + (i * 37) % 9000;
        const bool sale = i % 5 == 0;
        const QByteArray price
                = QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0');
        const QByteArray regular
                = QByteArray::number(cents / 100 + 5) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0');
        if (i > firstId)
            doc += ',';
        doc += "{\"id\": " + n + ", \"title\": \"Accessory " + n + (i % 10 == 0 ? " Zebra" : "")
                + "\", \"handle\": \"a-" + n + "\", \"vendor\": \"" + brands[i % 3] + "\", \"product_type\": \""
                + categories[i % 4] + "\", \"body_html\": \"<p>Accessory number " + n
                + ".</p>\", \"images\": [{\"src\": \"https://img.example/" + n + ".png\"}], \"variants\": [{\"id\": "
                + QByteArray::number(100000 + i) + ", \"title\": \"Default Title\", \"price\": \"" + price
                + "\", \"compare_at_price\": " + (sale ? "\"" + regular + "\"" : QByteArray("null"))
                + ", \"available\": " + (i % 7 == 0 ? "false" : "true") + "}";
        if (i % 6 == 0)
            doc += ", {\"id\": " + QByteArray::number(200000 + i) + ", \"title\": \"Large\", \"price\": \"" + regular
                    + "\", \"available\": true}";
        doc += "]}";
    }
    return doc + "]}";
}

} // namespace tidings::test
