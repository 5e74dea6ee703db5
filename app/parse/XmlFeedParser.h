#pragma once

#include "FeedTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <functional>

namespace tidings {

// Google Merchant fields of one item (g:price, g:availability...), keyed by local name.
using MerchantFields = QHash<QString, QString>;

// Streaming parser for the XML feed formats: RSS 0.90-2.0, RSS 1.0 (RDF), Atom 0.3 and 1.0, with the
// namespaces in real use. Items are handed to the sink as soon as they are complete, so memory does
// not grow with the size of the document.
//
// Not well-formed input is recovered the way readers have always done it: undeclared HTML entities
// are resolved, a stray '&' or a wrong encoding gets one repaired second pass, and a truncated
// document keeps the items before the cut. malformed() then says what was wrong. External entities
// are never loaded (QXmlStreamReader does not resolve them).
class XmlFeedParser
{
    Q_DECLARE_TR_FUNCTIONS(XmlFeedParser)

public:
    // Return false to stop parsing early.
    using ArticleSink = std::function<bool(ParsedArticle &&article, MerchantFields &&merchant)>;

    struct Options
    {
        QUrl documentUrl; // base for relative URLs when the document has no xml:base
        QString httpCharset; // charset from Content-Type, which overrides the document's own
    };

    explicit XmlFeedParser(Options options);

    // Parses the whole document from device, which must be readable and seekable (a file, a buffer)
    // so that a malformed document can be read again for repair. Returns false when not even the
    // start of a feed could be read; error() says why.
    bool parse(QIODevice *device, const ArticleSink &sink);

    [[nodiscard]] const FeedInfo &feed() const { return m_feed; }
    [[nodiscard]] const QString &malformed() const { return m_malformed; }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    void addMalformed(const QString &what);
    class Pass;
    Options m_options;
    FeedInfo m_feed;
    QString m_malformed;
    QString m_error;
};

} // namespace tidings
