// Shopify products.json pages; prices are decimal strings in the currency the shop was found to use.
#include "ProductChecks.h"

#include "parse/JsonFormats.h"
#include "parse/ParseJson.h"

#include <QJsonDocument>
#include <QUrl>

TIDINGS_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Qt's JSON reader is not what is under test; what the parser makes of any JSON it accepts is.
    const QJsonDocument doc = QJsonDocument::fromJson(tidings::fuzz::bytes(data, size));
    if (doc.isNull())
        return 0;
    // Shopify pages carry no currency: the one learnt for the shop is passed in. Vary it with the
    // input between two, zero and three minor digits.
    static const QString currencies[] = {QStringLiteral("USD"), QStringLiteral("JPY"), QStringLiteral("KWD")};
    const QString &currency = currencies[size % 3];
    tidings::ParseResult result;
    if (tidings::json::parseShopifyProducts(doc, QUrl(QStringLiteral("https://shop.example/products.json")), currency,
                                            result)) {
        tidings::fuzz::checkProducts(result);
        (void)tidings::toJson(result);
    }
    return 0;
}
