// The pages `tidings add` reads: a home page's <head> (feeds, the WordPress REST root, <base>) and an
// article page's WordPress comment form.
#include "FuzzSupport.h"

#include "net/Discovery.h"
#include "util/WordPress.h"

#include <QUrl>

TIDINGS_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray page = tidings::fuzz::bytes(data, size);
    const QUrl base(QStringLiteral("https://blog.example/"));
    const tidings::PageLinks links = tidings::scanPage(page, base);
    for (const auto &feed : links.feeds) {
        if (feed.url.scheme() != u"http" && feed.url.scheme() != u"https")
            tidings::fuzz::violated("a discovered feed that is not http(s)", feed.url.toString());
    }
    (void)tidings::wordpress::scanCommentForm(QString::fromUtf8(page),
                                              QUrl(QStringLiteral("https://blog.example/2026/11/post/")));
    return 0;
}
