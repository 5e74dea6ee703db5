// tidings add | sites | remove | refresh | import-opml | export-opml
#include "CliSupport.h"

#include "net/Discovery.h"
#include "storage/Store.h"
#include "sync/Opml.h"
#include "sync/RefreshEngine.h"
#include "util/Dates.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace tidings::cli {
namespace {

QString when(qint64 seconds)
{
    return seconds > 0 ? dates::toIsoUtc(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)) : CommandLine::tr("never");
}

QString describe(const FeedOutcome &o)
{
    const QString counts = CommandLine::tr("%1 new, %2 updated, %3 unchanged")
                                   .arg(o.counts.added)
                                   .arg(o.counts.updated)
                                   .arg(o.counts.unchanged);
    switch (o.result) {
    case FeedOutcome::Result::Updated:
        return o.message.isEmpty() ? counts : counts + u"; "_qs + o.message;
    case FeedOutcome::Result::Unchanged:
        return CommandLine::tr("unchanged");
    case FeedOutcome::Result::NotModified:
        return CommandLine::tr("not modified");
    case FeedOutcome::Result::Failed:
        return CommandLine::tr("failed: %1").arg(o.message);
    case FeedOutcome::Result::Stopped:
        return CommandLine::tr("stopped: %1").arg(o.message);
    case FeedOutcome::Result::Postponed:
        return o.message;
    }
    return {};
}

// Refreshes and prints one line per feed; progress goes to stderr when it is a terminal.
int refreshAndReport(Store &store, const QString &siteName)
{
    RefreshEngine engine([&store](const RefreshEngine::StoreJob &job) { job(store); }, {});
    const bool terminal = isatty(fileno(stderr)) != 0;
    QObject::connect(&engine, &RefreshEngine::feedDone, [&](const FeedOutcome &o) {
        if (terminal)
            err() << "\r\033[K" << Qt::flush;
        const QString kind = o.feed.articleId >= 0 ? CommandLine::tr("comments") : kindName(o.feed.kind);
        out() << o.feed.siteName << " (" << kind << ") " << o.feed.url << ": " << describe(o) << Qt::endl;
    });
    if (terminal) {
        QObject::connect(&engine, &RefreshEngine::progress, [](int done, int total, const QString &current) {
            err() << "\r\033[K" << CommandLine::tr("Refreshing %1 of %2").arg(done + 1).arg(total)
                  << (current.isEmpty() ? QString() : u": "_qs + current) << Qt::flush;
        });
    }
    RefreshSummary summary;
    QEventLoop loop;
    QObject::connect(&engine, &RefreshEngine::finished, &loop, [&](const RefreshSummary &s) {
        summary = s;
        loop.quit();
    });
    engine.start(siteName, true);
    if (engine.isRunning())
        loop.exec();
    if (terminal)
        err() << "\r\033[K" << Qt::flush;
    if (!summary.error.isEmpty())
        return fail(summary.error);
    out() << CommandLine::tr("%1 feeds: %2 new, %3 updated, %4 failed")
                     .arg(summary.feeds)
                     .arg(summary.counts.added)
                     .arg(summary.counts.updated)
                     .arg(summary.failed)
          << Qt::endl;
    return summary.failed > 0 ? CommandLine::PartialFailure : CommandLine::Success;
}

} // namespace

int runAdd(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Add a site from its home page or a feed URL."));
    const QCommandLineOption nameOption(u"name"_qs, CommandLine::tr("Call the site NAME."), u"NAME"_qs);
    const QCommandLineOption productsOption(u"products"_qs, CommandLine::tr("The site's Google Merchant product feed."),
                                            u"URL"_qs);
    const QCommandLineOption folderOption(u"folder"_qs, CommandLine::tr("File the site in a folder."), u"PATH"_qs);
    const QCommandLineOption noRefreshOption(u"no-refresh"_qs, CommandLine::tr("Do not fetch the feeds now."));
    const QCommandLineOption accountOption(
            u"account"_qs, CommandLine::tr("Subscribe on this account's service instead."), u"ACCOUNT"_qs);
    cp.parser.addOptions({nameOption, productsOption, folderOption, noRefreshOption, accountOption});
    cp.parser.addPositionalArgument(u"url"_qs, CommandLine::tr("A home page or a feed."));
    if (const auto code = cp.parse(arguments, u"add"_qs))
        return *code;
    if (cp.parser.positionalArguments().size() != 1)
        return fail(CommandLine::tr("add takes one URL (see tidings add --help)"));
    const QUrl url = QUrl::fromUserInput(cp.parser.positionalArguments().first());
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    if (cp.parser.isSet(accountOption))
        return subscribeOnAccount(store, cp.parser.value(accountOption), url, cp.parser.value(folderOption));

    QNetworkAccessManager *network = Fetcher::makeNetworkAccessManager(nullptr);
    SiteDiscovery discovery(network, {});
    SiteRow site;
    QString error;
    QEventLoop loop;
    QObject::connect(&discovery, &SiteDiscovery::finished, &loop, [&](const SiteRow &found, const QString &e) {
        site = found;
        error = e;
        loop.quit();
    });
    discovery.discover(url, QUrl(cp.parser.value(productsOption)));
    loop.exec();
    delete network;
    if (!error.isEmpty())
        return fail(CommandLine::tr("%1: %2").arg(url.toString(), error));
    if (cp.parser.isSet(nameOption))
        site.name = cp.parser.value(nameOption);
    site.folder = cp.parser.value(folderOption);
    Sources sources(store.database());
    if (sources.addSite(site) < 0)
        return fail(sources.error());
    out() << CommandLine::tr("added %1").arg(site.name) << Qt::endl;
    for (const FeedRow &f : std::as_const(site.feeds))
        out() << "  " << kindName(f.kind) << ": " << f.url << Qt::endl;
    if (!site.restApiUrl.isEmpty())
        out() << "  " << CommandLine::tr("WordPress REST API: %1").arg(site.restApiUrl) << Qt::endl;
    if (cp.parser.isSet(noRefreshOption))
        return CommandLine::Success;
    return refreshAndReport(store, site.name);
}

int runSites(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("The sites with their feeds and how fetching them went."));
    if (const auto code = cp.parse(arguments, u"sites"_qs))
        return *code;
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    Sources sources(store.database());
    const QList<SiteRow> sites = sources.sites();
    for (const SiteRow &s : sites) {
        out() << s.name << (s.folder.isEmpty() ? QString() : u"  ["_qs + s.folder + u']')
              << (s.homeUrl.isEmpty() ? QString() : u"  "_qs + s.homeUrl) << "\n";
        for (const FeedRow &f : s.feeds) {
            QString state = CommandLine::tr("last fetched %1").arg(when(f.lastSuccessAt));
            if (!f.stoppedReason.isEmpty())
                state = CommandLine::tr("stopped: %1").arg(f.stoppedReason);
            else if (!f.lastError.isEmpty())
                state += u"; "_qs + CommandLine::tr("last error: %1").arg(f.lastError);
            out() << "  " << kindName(f.kind) << "  " << f.url << "  (" << state << ")\n";
        }
    }
    out() << CommandLine::tr("%n site(s)", nullptr, int(sites.size())) << Qt::endl;
    return CommandLine::Success;
}

int runRemove(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Remove a site and everything stored from it, or unsubscribe from an "
                                     "account's feed (here at once, on its service at the next sync)."));
    const QCommandLineOption accountOption(u"account"_qs, CommandLine::tr("Unsubscribe from this account's FEED."),
                                           u"ACCOUNT"_qs);
    cp.parser.addOption(accountOption);
    cp.parser.addPositionalArgument(
            u"site"_qs, CommandLine::tr("The site's name or home page, or the account feed's URL or title."),
            u"SITE|FEED"_qs);
    if (const auto code = cp.parse(arguments, u"remove"_qs))
        return *code;
    if (cp.parser.positionalArguments().size() != 1)
        return fail(CommandLine::tr("remove takes one SITE or FEED (see tidings sites)"));
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    Sources sources(store.database());
    const QString name = cp.parser.positionalArguments().first();
    if (cp.parser.isSet(accountOption))
        return unsubscribeAccountFeed(store, name, cp.parser.value(accountOption));
    const auto site = sources.site(name);
    // Not a site: an account's feed, unsubscribed (its own message when it is none either).
    if (!site)
        return unsubscribeAccountFeed(store, name, {}, true);
    if (!sources.removeSite(site->id))
        return fail(sources.error());
    out() << CommandLine::tr("removed %1").arg(site->name) << Qt::endl;
    return CommandLine::Success;
}

int runRefresh(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Fetch every feed (or one site's) now."));
    cp.parser.addPositionalArgument(u"site"_qs, CommandLine::tr("Only this site."), u"[SITE]"_qs);
    if (const auto code = cp.parse(arguments, u"refresh"_qs))
        return *code;
    if (cp.parser.positionalArguments().size() > 1)
        return fail(CommandLine::tr("refresh takes at most one SITE"));
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    return refreshAndReport(store, cp.parser.positionalArguments().value(0));
}

int runImportOpml(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Add the feeds of an OPML file."));
    cp.parser.addPositionalArgument(u"file"_qs, CommandLine::tr("The OPML file."));
    if (const auto code = cp.parse(arguments, u"import-opml"_qs))
        return *code;
    if (cp.parser.positionalArguments().size() != 1)
        return fail(CommandLine::tr("import-opml takes one FILE"));
    QFile file(cp.parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(CommandLine::tr("cannot open %1: %2").arg(file.fileName(), file.errorString()));
    QList<SiteRow> sites;
    QString error;
    if (!Opml::read(&file, sites, error))
        return fail(CommandLine::tr("%1: %2; nothing was imported").arg(file.fileName(), error));
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    Sources sources(store.database());
    if (!sources.addSites(sites))
        return fail(CommandLine::tr("%1; nothing was imported").arg(sources.error()));
    out() << CommandLine::tr("imported %n feed(s)", nullptr, int(sites.size())) << Qt::endl;
    return CommandLine::Success;
}

int runExportOpml(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Write the article feeds as OPML."));
    cp.parser.addPositionalArgument(u"file"_qs, CommandLine::tr("Where to write (standard output without)."),
                                    u"[FILE]"_qs);
    if (const auto code = cp.parse(arguments, u"export-opml"_qs))
        return *code;
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    const QByteArray opml = Opml::write(Sources(store.database()).sites());
    if (cp.parser.positionalArguments().isEmpty()) {
        out() << QString::fromUtf8(opml) << Qt::flush;
        return CommandLine::Success;
    }
    // Written aside and renamed: an interrupted export never leaves half a file.
    QSaveFile file(cp.parser.positionalArguments().first());
    if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size() || !file.commit())
        return fail(CommandLine::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return CommandLine::Success;
}

} // namespace tidings::cli
