#include "FeedGenerator.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>

#include <array>

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

QByteArray words(QRandomGenerator &rng, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        if (i)
            out += ' ';
        out += kWords[rng.bounded(int(kWords.size()))];
    }
    return out;
}

} // namespace

bool writeWordPressFeed(const QString &path, int items, int seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator rng{quint32(seed)};
    file.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
               "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
               "xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
               "xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\">\n<channel>\n<title>Bench Gadgets</title>\n"
               "<link>https://bench.example/</link>\n<description>Generated</description>\n");
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < items; ++i) {
        const QByteArray id = QByteArray::number(i);
        const QByteArray link = "https://bench.example/2026/" + id + "/post-" + id + "/";
        QByteArray item;
        item.reserve(2300);
        item += "<item>\n<title>" + words(rng, 7) + "</title>\n<link>" + link + "</link>\n<comments>" + link
                + "#comments</comments>\n<dc:creator><![CDATA[Author " + QByteArray::number(i % 37)
                + "]]></dc:creator>\n<pubDate>" + start.addSecs(qint64(i) * 600).toString(Qt::RFC2822Date).toLatin1()
                + "</pubDate>\n<category><![CDATA[" + kWords[size_t(i % 16)] + "]]></category>\n"
                + "<guid isPermaLink=\"false\">https://bench.example/?p=" + id + "</guid>\n<description><![CDATA["
                + words(rng, 28) + " [&#8230;]]]></description>\n<content:encoded><![CDATA[";
        // About 2 KB of HTML: paragraphs with a link and some emphasis, like a real post.
        for (int p = 0; p < 6; ++p) {
            item += "<p>" + words(rng, 14) + " <a href=\"https://bench.example/tag/" + kWords[size_t(p)] + "/\">"
                    + words(rng, 2) + "</a> <em>" + words(rng, 3) + "</em> " + words(rng, 8) + ".</p>\n";
        }
        item += "]]></content:encoded>\n<wfw:commentRss>" + link + "feed/</wfw:commentRss>\n<slash:comments>"
                + QByteArray::number(i % 23) + "</slash:comments>\n</item>\n";
        if (file.write(item) != item.size())
            return false;
    }
    file.write("</channel>\n</rss>\n");
    return file.flush();
}

} // namespace tidings::bench
