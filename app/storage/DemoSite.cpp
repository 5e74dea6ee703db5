#include "DemoSite.h"

#include "Sources.h"

#include <QDir>
#include <QFileInfo>

namespace tidings {
namespace {

const QString kBase = u"https://patchbay.example/"_qs;

} // namespace

ImportResult importDemoSite(Store &store)
{
    Importer importer(store);
    ImportResult total;
    auto add = [&total](const ImportResult &r) {
        if (!r.ok() && total.ok())
            total.error = r.error;
        total.counts += r.counts;
        total.orphanComments += r.orphanComments;
    };

    ImportOptions articles;
    articles.url = QUrl(kBase + u"feed/"_qs);
    ImportResult feed = importer.importFile(u":/demo/feed.xml"_qs, articles);
    total.siteName = feed.siteName;
    total.feedId = feed.feedId;
    add(feed);
    if (!feed.ok())
        return total;

    // Each article's comment feed, under the URL its wfw:commentRss names.
    const QStringList threads = QDir(u":/demo/comments"_qs).entryList({u"*.xml"_qs}, QDir::Files, QDir::Name);
    for (const QString &file : threads) {
        ImportOptions comments;
        comments.siteName = feed.siteName;
        comments.kind = DocumentKind::Comments;
        comments.url = QUrl(kBase + QFileInfo(file).completeBaseName() + u"/feed/atom/"_qs);
        add(importer.importFile(u":/demo/comments/"_qs + file, comments));
    }

    ImportOptions products;
    products.siteName = feed.siteName;
    products.kind = DocumentKind::Products;
    products.url = QUrl(kBase + u"shop/feed/"_qs);
    add(importer.importFile(u":/demo/products.xml"_qs, products));

    // The demo's addresses are reserved names (RFC 2606) with nothing behind them: it is never fetched.
    Sources sources(store.database());
    if (const auto site = sources.site(total.siteName)) {
        for (const FeedRow &f : site->feeds)
            (void)sources.stop(f.id, Sources::tr("bundled with Tidings; never fetched"),
                               QDateTime::currentSecsSinceEpoch());
    }
    return total;
}

bool isEmptyStore(Store &store)
{
    return store.stats().sites == 0;
}

} // namespace tidings
