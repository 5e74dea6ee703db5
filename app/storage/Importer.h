#pragma once

#include "Store.h"
#include "parse/DocumentParser.h"

#include <QCoreApplication>

namespace tidings {

struct ImportOptions
{
    QString siteName; // the site to file the document under; the feed's own title when empty
    QUrl url; // where the document lives: its identity in the store and its base URL
    std::optional<DocumentKind> kind;
    QString currency; // for product lists that do not name theirs
    QString charset; // from the HTTP Content-Type; wins over the document's own declaration
    qint64 feedId = -1; // the feed row to store under, when the caller knows it (a refresh)
    qint64 articleId = -1; // for a comment thread fetched for a known article
    // Articles per transaction. Large transactions write each index and full-text page once per
    // commit instead of once per small batch; what is in flight in memory is bounded separately.
    int transactionSize = 20000;
};

struct ImportResult
{
    QString error; // empty on success
    QString malformed; // the document was recovered from this problem
    DocumentKind kind = DocumentKind::Articles;
    FeedFormat format = FeedFormat::Unknown;
    QString siteName;
    qint64 feedId = -1;
    ImportCounts counts;
    int orphanComments = 0; // comments whose article is not in the store
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Parses a document and stores what it holds. Articles are pipelined: a parser thread reads and
// prepares batches while the calling thread (the store's) writes the previous one, with a short
// queue between them so memory stays flat however large the feed is.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Store &store)
        : m_store(store)
    { }

    [[nodiscard]] ImportResult importFile(const QString &path, const ImportOptions &options);
    // device must stay valid until the call returns; it is read on another thread.
    [[nodiscard]] ImportResult importDevice(QIODevice *device, const ImportOptions &options);

private:
    bool storeComments(const ParseResult &parsed, const ImportOptions &options, const QString &feedUrl,
                       ImportResult &result);
    Store &m_store;
};

} // namespace tidings
