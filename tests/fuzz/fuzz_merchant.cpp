// Google Merchant product feeds: RSS or Atom with g: fields, read as products (prices through Money).
#include "ProductChecks.h"

#include "parse/DocumentParser.h"
#include "parse/ParseJson.h"

#include <QBuffer>
#include <QUrl>

TIDINGS_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = tidings::fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    tidings::ParseOptions options;
    options.url = QUrl(QStringLiteral("https://shop.example/products.xml"));
    options.kind = tidings::DocumentKind::Products;
    options.defaultCurrency = QStringLiteral("USD");
    const tidings::ParseResult result = tidings::DocumentParser::parse(&buffer, options);
    tidings::fuzz::checkProducts(result);
    (void)tidings::toJson(result);
    return 0;
}
