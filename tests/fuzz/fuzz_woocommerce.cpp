// WooCommerce Store API product pages (wc/store/v1/products): prices in minor units with their own exponent.
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
    tidings::ParseResult result;
    if (tidings::json::parseWooCommerceProducts(doc, result)) {
        tidings::fuzz::checkProducts(result);
        (void)tidings::toJson(result);
    }
    return 0;
}
