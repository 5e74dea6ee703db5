#pragma once

#include <QString>

namespace tidings::bench {

// What fillScaleStore writes: articles over sites and feeds, newest last, with a few comment threads.
struct ScaleShape
{
    int articles = 1000000;
    int feeds = 1000; // 10 per site; feed 0 (site 0) holds a tenth of the articles, the rest share the others
    int articlesPerComment = 100; // every 100th article has a thread
    int commentsPerThread = 4;
    int rareEvery = 5000; // every 5,000th article has the word "zeppelin" (a rare word)
};

// Fills an empty store at path with generated articles, written directly through the store's own
// prepared UPSERT in large transactions (not through XML), so a million articles take about a minute
// rather than the ten imports of 215 MB each. Every row is what an import of the same items writes:
// records are made by toRecord() from parsed articles, triggers keep the full-text index. Returns false
// with a reason in error.
bool fillScaleStore(const QString &path, const ScaleShape &shape, QString &error);

// The words generated text is made of (64, all in most articles) and the rare word.
inline constexpr const char *kCommonWord = "headphones";
inline constexpr const char *kRareWord = "zeppelin";

} // namespace tidings::bench
