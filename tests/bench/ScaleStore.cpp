#include "ScaleStore.h"

#include "storage/ArticleKey.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace tidings::bench {
namespace {

constexpr std::array<const char *, 64> kWords
        = {"cable",   "charger",  "battery", "headphones", "bluetooth", "adapter",  "wireless", "review",
           "fitness", "band",     "plush",   "toy",        "speaker",   "sound",    "bass",     "codec",
           "usb",     "port",     "power",   "watt",       "fast",      "slow",     "travel",   "desk",
           "office",  "home",     "price",   "deal",       "sale",      "stock",    "new",      "model",
           "screen",  "strap",    "sleep",   "heart",      "rate",      "step",     "tracker",  "app",
           "update",  "firmware", "version", "design",     "colour",    "black",    "white",    "compact",
           "light",   "heavy",    "quality", "build",      "test",      "measured", "hours",    "minutes",
           "the",     "and",      "with",    "for",        "that",      "this",     "from",     "every"};

QString words(QRandomGenerator &rng, int count)
{
    QString out;
    out.reserve(count * 8);
    for (int i = 0; i < count; ++i) {
        if (i)
            out += u' ';
        out += QLatin1StringView(kWords[rng.bounded(int(kWords.size()))]);
    }
    return out;
}

// The same shape as FeedGenerator's WordPress items: a 7-word title, a 28-word excerpt and about
// 1.4 KB of HTML in six paragraphs.
ParsedArticle makeArticle(QRandomGenerator &rng, int index, bool rare, const QDateTime &published)
{
    ParsedArticle a;
    const QString id = QString::number(index);
    a.id = u"https://scale.example/?p="_qs + id;
    a.link = u"https://scale.example/2026/"_qs + id + u"/post-"_qs + id + u'/';
    a.title = {words(rng, 7), false};
    a.authors.append(Person{u"Author "_qs + QString::number(index % 37), {}, {}});
    a.published = published;
    a.summary = {words(rng, 28) + u" […]"_qs, true};
    QString html;
    html.reserve(1600);
    for (int p = 0; p < 6; ++p) {
        html += u"<p>"_qs + words(rng, 14) + u" <a href=\"https://scale.example/tag/"_qs + QLatin1StringView(kWords[p])
                + u"/\">"_qs + words(rng, 2) + u"</a> <em>"_qs + words(rng, 3) + u"</em> "_qs + words(rng, 8)
                + u".</p>\n"_qs;
    }
    if (rare)
        html += u"<p>A "_qs + QLatin1StringView(kRareWord) + u" review.</p>"_qs;
    a.content.append({html, true});
    a.categories.append(QLatin1StringView(kWords[size_t(index % 16)]));
    a.commentsUrl = a.link + u"#comments"_qs;
    a.commentFeedUrl = a.link + u"feed/"_qs;
    a.commentCount = index % 23;
    return a;
}

} // namespace

bool fillScaleStore(const QString &path, const ScaleShape &shape, QString &error)
{
    Store store;
    if (!store.open(path)) {
        error = store.error();
        return false;
    }
    QList<qint64> feedIds;
    for (int f = 0; f < shape.feeds; ++f) {
        const qint64 site = store.ensureSite(u"Scale site %1"_qs.arg(f / 10, 3, 10, QLatin1Char('0')),
                                             u"https://scale%1.example/"_qs.arg(f / 10));
        const qint64 feed = site < 0 ? -1
                                     : store.ensureFeed(site, DocumentKind::Articles,
                                                        u"https://scale%1.example/feed/%2"_qs.arg(f / 10).arg(f));
        if (feed < 0) {
            error = store.error();
            return false;
        }
        feedIds.append(feed);
    }
    // Feeds are never fetched: their .example hosts lead nowhere, and a benchmark stays on this machine.
    (void)store.database().exec(u"UPDATE feeds SET stopped_reason = 'benchmark data', next_refresh_at = NULL"_qs);

    // Records are made on a second thread (words, HTML, plain text, hashes) while this one writes, as
    // an import does; a short queue of batches between them keeps memory flat.
    struct Item
    {
        ParsedArticle article;
        ArticleRecord record;
    };
    std::deque<QList<Item>> queue;
    std::mutex mutex;
    std::condition_variable changed;
    bool stop = false;
    std::thread maker([&] {
        QRandomGenerator rng(13);
        const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        constexpr int kBatch = 1000;
        for (int first = 0; first < shape.articles; first += kBatch) {
            QList<Item> batch;
            for (int i = first; i < qMin(first + kBatch, shape.articles); ++i) {
                const bool rare = shape.rareEvery > 0 && i % shape.rareEvery == shape.rareEvery / 2;
                Item item{makeArticle(rng, i, rare, start.addSecs(qint64(i) * 60)), {}};
                item.record = toRecord(item.article);
                batch.append(std::move(item));
            }
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return queue.size() < 8 || stop; });
            if (stop)
                return;
            queue.push_back(std::move(batch));
            changed.notify_all();
        }
    });

    QRandomGenerator rng(31);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    constexpr int kTransaction = 50000;
    ImportCounts counts;
    bool ok = store.begin();
    for (int i = 0; ok && i < shape.articles;) {
        QList<Item> batch;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !queue.empty(); });
            batch = std::move(queue.front());
            queue.pop_front();
            changed.notify_all();
        }
        for (qsizetype b = 0; ok && b < batch.size(); ++b, ++i) {
            const ParsedArticle &article = batch[b].article;
            // Feed 0 takes every tenth article (the 100,000-article feed of a million); the others share
            // the rest.
            const int feedIndex = shape.feeds == 1 || i % 10 == 0 ? 0 : 1 + i % (shape.feeds - 1);
            ok = store.upsertArticle(feedIds[feedIndex], batch[b].record, now, counts);
            if (ok && shape.articlesPerComment > 0 && i % shape.articlesPerComment == 0) {
                const qint64 articleId = store.findArticleForComments({}, article.link);
                QList<ParsedComment> thread;
                for (int c = 0; c < shape.commentsPerThread; ++c) {
                    ParsedComment comment;
                    comment.id = QString::number(c + 1);
                    comment.parentId = c % 2 ? QString::number(c) : QString();
                    comment.author.name = u"Reader %1"_qs.arg(c);
                    comment.published = article.published.addSecs(600 * (c + 1));
                    comment.contentHtml = u"<p>"_qs + words(rng, 20) + u"</p>"_qs;
                    thread.append(comment);
                }
                ok = articleId >= 0 && store.upsertComments(articleId, thread, now, counts);
            }
            if (ok && (i + 1) % kTransaction == 0)
                ok = store.commit() && store.begin();
        }
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
        changed.notify_all();
    }
    maker.join();
    ok = ok && store.commit();
    if (!ok) {
        error = store.error();
        store.rollback();
    }
    return ok;
}

} // namespace tidings::bench
