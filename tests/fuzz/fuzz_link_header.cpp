// HTTP headers from servers: Link (RFC 8288: the next page of comments and products, the WordPress
// REST root) and Retry-After (seconds or an HTTP-date).
#include "FuzzSupport.h"

#include "net/Fetcher.h"

#include <QDateTime>
#include <QUrl>

TIDINGS_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = tidings::fuzz::bytes(data, size);
    const QUrl base(QStringLiteral("https://shop.example/wp-json/wc/store/v1/products?page=2"));
    (void)tidings::linkHeaderTarget(header, u"next", base);
    (void)tidings::linkHeaderTarget(header, u"https://api.w.org/", base);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'795'000'000, Qt::UTC);
    (void)tidings::parseRetryAfter(header, now);
    return 0;
}
