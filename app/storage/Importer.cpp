#include "Importer.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <thread>

namespace tidings {
namespace {

struct Batch
{
    QList<ArticleRecord> records;
    FeedInfo feed; // as far as the parser has read it
};

// A bounded single-producer, single-consumer queue of batches. The bound is what keeps memory flat:
// a parser that runs ahead of the database waits.
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity)
        : m_capacity(capacity)
    { }

    // Returns false when the consumer has given up.
    bool push(Batch &&batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.size() >= m_capacity && !m_cancelled)
            m_notFull.wait(&m_mutex);
        if (m_cancelled)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.wakeOne();
        return true;
    }

    // Returns false when the producer is done and nothing is left.
    bool pop(Batch &batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.empty() && !m_finished)
            m_notEmpty.wait(&m_mutex);
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.wakeOne();
        return true;
    }

    void finish()
    {
        QMutexLocker lock(&m_mutex);
        m_finished = true;
        m_notEmpty.wakeAll();
    }

    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled = true;
        m_batches.clear();
        m_notFull.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<Batch> m_batches;
    size_t m_capacity;
    bool m_finished = false;
    bool m_cancelled = false;
};

QString documentUrl(const ImportOptions &options, QIODevice *device)
{
    if (options.url.isValid())
        return options.url.toString();
    if (auto *file = qobject_cast<QFile *>(device))
        return QUrl::fromLocalFile(QFileInfo(*file).absoluteFilePath()).toString();
    return {};
}

} // namespace

ImportResult Importer::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.error = tr("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    return importDevice(&file, options);
}

ImportResult Importer::importDevice(QIODevice *device, const ImportOptions &options)
{
    ImportResult result;
    const QString feedUrl = documentUrl(options, device);
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    // Hand-over batches are small and few, so what is in flight stays a few thousand items.
    constexpr int kHandOverBatch = 256;
    BatchQueue queue(8);
    ParseResult parsed;
    ParseOptions parseOptions;
    parseOptions.url = options.url;
    parseOptions.kind = options.kind;
    parseOptions.defaultCurrency = options.currency;
    parseOptions.httpCharset = options.charset;

    // The parser thread: parse, convert to records (plain text, hashes), hand over in batches.
    std::thread parser([&] {
        Batch batch;
        bool consumerGone = false;
        parsed = DocumentParser::parse(device, parseOptions, [&](ParsedArticle &&article, const FeedInfo &feed) {
            if (batch.records.isEmpty())
                batch.feed = feed;
            batch.records.append(toRecord(article));
            if (batch.records.size() >= kHandOverBatch) {
                if (!queue.push(std::move(batch))) {
                    consumerGone = true;
                    return false;
                }
                batch = Batch{};
            }
            return true;
        });
        if (!consumerGone && !batch.records.isEmpty())
            queue.push(std::move(batch));
        queue.finish();
    });

    // The store side: site and feed rows are made when the first batch (or the end) shows what the
    // document is called.
    qint64 feedId = options.feedId;
    auto ensureFeedRow = [&](const FeedInfo &feed, DocumentKind kind) -> bool {
        if (feedId >= 0) {
            if (result.siteName.isEmpty())
                result.siteName = options.siteName;
            return true;
        }
        result.siteName = options.siteName;
        if (result.siteName.isEmpty())
            result.siteName = feed.title.plain();
        if (result.siteName.isEmpty())
            result.siteName = QUrl(feedUrl).fileName();
        if (result.siteName.isEmpty())
            result.siteName = tr("Unnamed site");
        const qint64 siteId = m_store.ensureSite(result.siteName, feed.link);
        feedId = siteId < 0 ? -1 : m_store.ensureFeed(siteId, kind, feedUrl);
        if (feedId < 0)
            result.error = m_store.error();
        return feedId >= 0;
    };

    // Rows of the open transaction are counted apart: if it fails it is rolled back whole and must
    // not be reported as stored.
    ImportCounts pending;
    bool inTransaction = false;
    auto commitPending = [&]() {
        if (!inTransaction)
            return true;
        inTransaction = false;
        if (!m_store.commit())
            return false;
        result.counts += pending;
        pending = {};
        return true;
    };
    Batch batch;
    while (queue.pop(batch)) {
        bool ok = ensureFeedRow(batch.feed, DocumentKind::Articles);
        for (qsizetype i = 0; ok && i < batch.records.size(); ++i) {
            if (!inTransaction)
                ok = inTransaction = m_store.begin();
            ok = ok && m_store.upsertArticle(feedId, batch.records[i], now, pending);
            if (ok && pending.added + pending.updated + pending.unchanged >= options.transactionSize)
                ok = commitPending();
        }
        if (!ok) {
            if (result.error.isEmpty())
                result.error = m_store.error();
            m_store.rollback();
            // Earlier transactions are committed and stay: say so, rather than implying nothing was kept.
            if (result.counts.added + result.counts.updated > 0) {
                result.error += u"; "_qs
                        + tr("%n item(s) stored before that", nullptr, result.counts.added + result.counts.updated);
            }
            queue.cancel();
            break;
        }
    }
    if (result.ok() && !commitPending()) {
        result.error = m_store.error();
        m_store.rollback();
    }
    parser.join();
    if (!result.ok())
        return result;

    result.kind = parsed.kind;
    result.format = parsed.feed.format;
    result.malformed = parsed.malformed;
    if (!parsed.ok()) {
        result.error = parsed.error;
        return result;
    }
    if (!ensureFeedRow(parsed.feed, parsed.kind))
        return result;
    result.feedId = feedId;

    bool ok = m_store.begin() && m_store.updateFeedInfo(feedId, parsed.feed);
    if (ok && parsed.kind == DocumentKind::Products)
        ok = m_store.upsertProducts(feedId, parsed.products, now, result.counts);
    if (ok && parsed.kind == DocumentKind::Comments)
        ok = storeComments(parsed, options, feedUrl, result);
    ok = ok && m_store.commit();
    if (!ok) {
        m_store.rollback();
        result.error = m_store.error();
    }
    return result;
}

bool Importer::storeComments(const ParseResult &parsed, const ImportOptions &options, const QString &feedUrl,
                             ImportResult &result)
{
    // Group by article: one comment feed is usually one article's, a site-wide one is many's.
    QHash<qint64, QList<ParsedComment>> byArticle;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // One lookup per distinct reference: a thread's comments all name the same article.
    QHash<QString, qint64> articleByRef;
    for (const ParsedComment &c : parsed.comments) {
        qint64 articleId = options.articleId;
        if (articleId < 0) {
            auto known = articleByRef.constFind(c.articleRef);
            if (known == articleByRef.cend())
                known = articleByRef.insert(c.articleRef, m_store.findArticleForComments(feedUrl, c.articleRef));
            articleId = *known;
        }
        if (articleId < 0) {
            ++result.orphanComments;
            continue;
        }
        byArticle[articleId].append(c);
    }
    for (auto it = byArticle.cbegin(); it != byArticle.cend(); ++it) {
        if (!m_store.upsertComments(it.key(), it.value(), now, result.counts))
            return false;
    }
    return true;
}

} // namespace tidings
