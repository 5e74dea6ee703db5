#pragma once

#include "FeedTypes.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>
#include <optional>

namespace tidings {

struct ParseOptions
{
    QUrl url; // where the document came from: the base for relative URLs
    QString httpCharset; // Content-Type charset, which wins over the document's own
    std::optional<DocumentKind> kind; // what the caller expects; detected when empty
    QString defaultCurrency; // for shops that do not say (Shopify); "XXX" when unknown
    qint64 maxBytes = qint64{50} * 1024 * 1024; // documents read whole (JSON) are refused above this
};

// Receives each article with the feed's metadata as far as it has been read. Return false to stop.
using ArticleSink = std::function<bool(ParsedArticle &&article, const FeedInfo &feedSoFar)>;

// Reads any document Tidings understands: the XML feed formats, JSON Feed, WordPress REST comments,
// Shopify products.json, WooCommerce Store API products, and Google Merchant product feeds.
class DocumentParser
{
    Q_DECLARE_TR_FUNCTIONS(DocumentParser)

public:
    // Parses everything into the result. With a sink, articles are streamed to it instead of being
    // collected, which keeps memory flat for large feeds; comments and products are always collected.
    [[nodiscard]] static ParseResult parse(QIODevice *device, const ParseOptions &options,
                                           const ArticleSink &sink = {});
    [[nodiscard]] static ParseResult parseFile(const QString &path, const ParseOptions &options,
                                               const ArticleSink &sink = {});
};

} // namespace tidings
