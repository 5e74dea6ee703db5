// XML feeds (RSS 0.9x/1.0/2.0, RDF, Atom 0.3/1.0) through the entry point every fetch and import uses:
// DocumentParser detects the kind (articles, a comment feed, Merchant products), XmlFeedParser reads
// it, with the repair pass for malformed input, and toJson writes what `tidings parse` prints.
#include "FuzzSupport.h"

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
    options.url = QUrl(QStringLiteral("https://blog.example/feed/"));
    // Streamed, as imports and refreshes read articles.
    qsizetype streamed = 0;
    const tidings::ParseResult result = tidings::DocumentParser::parse(
            &buffer, options, [&](tidings::ParsedArticle &&article, const tidings::FeedInfo &) {
                streamed += article.title.value.size() + 1;
                return true;
            });
    (void)tidings::toJson(result);
    return 0;
}
