#include "Cli.h"

#include "CliSupport.h"

#include "parse/DocumentParser.h"
#include "parse/ParseJson.h"
#include "storage/DataLocation.h"
#include "storage/DemoSite.h"
#include "storage/Importer.h"
#include "storage/Store.h"
#include "util/Dates.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace tidings {
namespace {

using cli::CommandParser;
using cli::err;
using cli::fail;
using cli::kindFromName;
using cli::openStore;
using cli::out;

const QStringList kCommands
        = {u"parse"_qs,   u"import"_qs,  u"search"_qs,      u"stats"_qs,       u"add"_qs,      u"sites"_qs,
           u"remove"_qs,  u"refresh"_qs, u"import-opml"_qs, u"export-opml"_qs, u"comment"_qs,  u"outbox"_qs,
           u"sync"_qs,    u"thread"_qs,  u"products"_qs,    u"cart"_qs,        u"checkout"_qs, u"check"_qs,
           u"recover"_qs, u"account"_qs, u"articles"_qs,    u"mark"_qs,        u"rename"_qs,   u"move"_qs};

QString usage()
{
    //: %1 (after "Data folder:") is the path of the folder that holds the database.
    return CommandLine::tr("Usage: tidings [--data-dir DIR] [COMMAND [ARGS]]\n"
                           "\n"
                           "Without a command, Tidings opens its window.\n"
                           "\n"
                           "Commands:\n"
                           "  parse FILE [--url URL] [--kind articles|comments|products]\n"
                           "                     Print what a feed, comment or product document holds, as JSON.\n"
                           "  import FILE... [--source NAME] [--url URL] [--kind KIND] [--currency CODE]\n"
                           "  import --demo      Store documents (or the bundled demo site) in the database.\n"
                           "  search QUERY [--limit N]\n"
                           "                     Stored articles matching QUERY, best match first.\n"
                           "  stats              Counts of what the database holds.\n"
                           "  add URL [--name NAME] [--products URL] [--folder PATH] [--no-refresh]\n"
                           "                     Add a site from its home page or a feed URL, and fetch it.\n"
                           "  add FEED_URL --account ACCOUNT [--folder PATH]\n"
                           "                     Subscribe on an account's service (in one of its folders), sync.\n"
                           "  sites              The sites with their feeds and how fetching them went.\n"
                           "  remove SITE        Remove a site and everything stored from it.\n"
                           "  remove FEED [--account ACCOUNT]\n"
                           "                     Unsubscribe from an account's feed (its URL or title): gone here\n"
                           "                     at once, on the service at the next sync.\n"
                           "  rename FEED TITLE [--account ACCOUNT]\n"
                           "                     Rename an account's feed, here and on the service at the next sync.\n"
                           "  move FEED FOLDER [--account ACCOUNT] | move FEED --no-folder [--account ACCOUNT]\n"
                           "                     Move an account's feed to one of its folders (or out of them).\n"
                           "  refresh [SITE]     Fetch every feed (or one site's) now; one line per feed.\n"
                           "  import-opml FILE   Add the feeds of an OPML file (all of them, or none on error).\n"
                           "  export-opml [FILE] Write the article feeds as OPML (to standard output without FILE).\n"
                           "  comment ARTICLE --name N --email E [--url U] [--reply-to COMMENT] TEXT\n"
                           "                     Write a comment; it waits in the outbox until it is posted.\n"
                           "  outbox             The comments you wrote that are not published yet.\n"
                           "  sync [--wait S]    Post what waits in the outbox and sync every account (exit 2 when\n"
                           "                     something is left or an account failed).\n"
                           "  thread ARTICLE     Print an article's comment thread as an indented tree.\n"
                           "  account add ttrss|greader URL --user U [--password-file F | --password-command CMD]\n"
                           "                     Add an account with a feed service (the password is checked now).\n"
                           "  account list       The accounts with their state and last sync.\n"
                           "  account remove ACCOUNT\n"
                           "                     Remove an account with its feeds and articles.\n"
                           "  articles [SOURCE] [--unread] [--starred] [--limit N]\n"
                           "                     Stored articles, newest first: id, flags (U unread, * starred),\n"
                           "                     date, title, link.\n"
                           "  mark read|unread|star|unstar ARTICLE...\n"
                           "                     Change flags as the window does (an account's go up at sync).\n"
                           "  products [SITE] [--search Q] [--on-sale] [--in-stock]\n"
                           "                     The stored products, one line per variant where there are several.\n"
                           "  cart               The cart: lines, quantities, changes since added, totals per store.\n"
                           "  cart add PRODUCT [--variant V] [--quantity N] [--site SITE]\n"
                           "  cart set LINE N | cart remove LINE | cart undo | cart ack [LINE]\n"
                           "                     Change the cart (PRODUCT and V as tidings products shows them).\n"
                           "  checkout [SITE] [--print] [--add-to-cart-links]\n"
                           "                     Open each store's checkout with the cart (or print the URLs).\n"
                           "  check              Run SQLite's integrity check on the database and report.\n"
                           "  recover --restore-backup | --start-empty\n"
                           "                     Set a damaged database aside; go back to the copy made before the\n"
                           "                     last schema update, or start again with an empty database.\n"
                           "\n"
                           "Options:\n"
                           "  --data-dir DIR     Keep the database in DIR (also: TIDINGS_DATA_DIR).\n"
                           "  -h, --help         Show this help.\n"
                           "  -v, --version      Show the version.\n"
                           "\n"
                           "Data folder: %1\n"
                           "\n"
                           "Exit status: 0 on success, 1 on a usage error or unreadable input, 2 when some of several\n"
                           "inputs (or feeds, for refresh) failed, when sync leaves comments to send or an\n"
                           "account fails to sync, or when checkout is held back.\n");
}

int runParse(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Print what a document holds, as JSON."));
    const QCommandLineOption urlOption(
            u"url"_qs, CommandLine::tr("The URL the document came from (base for relative links)."), u"URL"_qs);
    const QCommandLineOption kindOption(u"kind"_qs, CommandLine::tr("articles, comments or products."), u"KIND"_qs);
    cp.parser.addOptions({urlOption, kindOption});
    cp.parser.addPositionalArgument(u"file"_qs, CommandLine::tr("The document to read."));
    if (const auto code = cp.parse(arguments, u"parse"_qs))
        return *code;
    const QStringList files = cp.parser.positionalArguments();
    if (files.size() != 1)
        return fail(CommandLine::tr("parse takes exactly one FILE (see tidings parse --help)"));
    bool kindOk = false;
    ParseOptions options;
    options.kind = kindFromName(cp.parser.value(kindOption), &kindOk);
    if (!kindOk)
        return fail(CommandLine::tr("unknown --kind %1: use articles, comments or products")
                            .arg(cp.parser.value(kindOption)));
    options.url = QUrl(cp.parser.value(urlOption));
    const ParseResult result = DocumentParser::parseFile(files.first(), options);
    if (!result.ok())
        return fail(CommandLine::tr("%1: %2").arg(files.first(), result.error));
    out() << QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
    out().flush();
    return CommandLine::Success;
}

QString summary(const ImportResult &r)
{
    QString line = CommandLine::tr("%1 new, %2 updated, %3 unchanged (site: %4)")
                           .arg(r.counts.added)
                           .arg(r.counts.updated)
                           .arg(r.counts.unchanged)
                           .arg(r.siteName);
    if (r.orphanComments > 0)
        line += u"; "_qs
                + CommandLine::tr("%n comment(s) skipped: their article is not stored", nullptr, r.orphanComments);
    return line;
}

int runImport(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Parse documents and store what they hold."));
    const QCommandLineOption sourceOption(u"source"_qs, CommandLine::tr("The site to file the documents under."),
                                          u"NAME"_qs);
    const QCommandLineOption urlOption(u"url"_qs, CommandLine::tr("The URL the document came from."), u"URL"_qs);
    const QCommandLineOption kindOption(u"kind"_qs, CommandLine::tr("articles, comments or products."), u"KIND"_qs);
    const QCommandLineOption currencyOption(u"currency"_qs,
                                            CommandLine::tr("Currency of product lists that name none."), u"CODE"_qs);
    const QCommandLineOption demoOption(u"demo"_qs, CommandLine::tr("Import the bundled demo site."));
    cp.parser.addOptions({sourceOption, urlOption, kindOption, currencyOption, demoOption});
    cp.parser.addPositionalArgument(u"files"_qs, CommandLine::tr("The documents to import."), u"FILE..."_qs);
    if (const auto code = cp.parse(arguments, u"import"_qs))
        return *code;
    const QStringList files = cp.parser.positionalArguments();
    if (files.isEmpty() && !cp.parser.isSet(demoOption))
        return fail(CommandLine::tr("import needs at least one FILE, or --demo (see tidings import --help)"));
    if (files.size() > 1 && cp.parser.isSet(urlOption))
        return fail(CommandLine::tr("--url names one document; import the files one at a time"));
    bool kindOk = false;
    ImportOptions options;
    options.kind = kindFromName(cp.parser.value(kindOption), &kindOk);
    if (!kindOk)
        return fail(CommandLine::tr("unknown --kind %1: use articles, comments or products")
                            .arg(cp.parser.value(kindOption)));
    options.siteName = cp.parser.value(sourceOption);
    options.url = QUrl(cp.parser.value(urlOption));
    options.currency = cp.parser.value(currencyOption).toUpper();

    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    int failures = 0;
    if (cp.parser.isSet(demoOption)) {
        const ImportResult r = importDemoSite(store);
        if (!r.ok()) {
            ++failures;
            fail(CommandLine::tr("demo site: %1").arg(r.error));
        } else {
            out() << CommandLine::tr("demo site: %1").arg(summary(r)) << Qt::endl;
        }
    }
    Importer importer(store);
    for (const QString &file : files) {
        const ImportResult r = importer.importFile(file, options);
        if (!r.ok()) {
            ++failures;
            fail(CommandLine::tr("%1: %2").arg(file, r.error));
            continue;
        }
        out() << file << ": " << summary(r) << Qt::endl;
        if (!r.malformed.isEmpty())
            err() << "tidings: "
                  << CommandLine::tr("%1: malformed, recovered what could be read: %2").arg(file, r.malformed)
                  << Qt::endl;
    }
    const qsizetype total = files.size() + (cp.parser.isSet(demoOption) ? 1 : 0);
    if (failures == 0)
        return CommandLine::Success;
    return failures == total ? CommandLine::Failure : CommandLine::PartialFailure;
}

int runSearch(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Stored articles matching the words, best match first."));
    const QCommandLineOption limitOption(u"limit"_qs, CommandLine::tr("At most N results (default 20)."), u"N"_qs,
                                         u"20"_qs);
    cp.parser.addOption(limitOption);
    cp.parser.addPositionalArgument(u"query"_qs, CommandLine::tr("The words to look for."), u"QUERY..."_qs);
    if (const auto code = cp.parse(arguments, u"search"_qs))
        return *code;
    const QString query = cp.parser.positionalArguments().join(u' ');
    if (query.trimmed().isEmpty())
        return fail(CommandLine::tr("search needs a QUERY"));
    bool limitOk = false;
    const int limit = cp.parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        return fail(CommandLine::tr("--limit takes a positive number"));
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    const QList<SearchHit> hits = store.search(query, limit);
    if (!store.error().isEmpty())
        return fail(store.error());
    for (const SearchHit &h : hits) {
        const QString date = h.publishedAt > 0
                ? dates::toIsoUtc(QDateTime::fromSecsSinceEpoch(h.publishedAt, Qt::UTC)).left(10)
                : u"----------"_qs;
        out() << date << "  " << h.title << "  (" << h.site << ")\n";
        if (!h.snippet.isEmpty())
            out() << "            " << h.snippet << "\n";
    }
    out() << CommandLine::tr("%n match(es)", nullptr, int(hits.size())) << Qt::endl;
    return CommandLine::Success;
}

int runStats(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Counts of what the database holds."));
    if (const auto code = cp.parse(arguments, u"stats"_qs))
        return *code;
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    const StoreStats s = store.stats();
    const std::pair<QString, qint64> rows[] = {
            {CommandLine::tr("sites"), s.sites},          {CommandLine::tr("feeds"), s.feeds},
            {CommandLine::tr("articles"), s.articles},    {CommandLine::tr("unread"), s.unread},
            {CommandLine::tr("starred"), s.starred},      {CommandLine::tr("comments"), s.comments},
            {CommandLine::tr("products"), s.products},    {CommandLine::tr("variants"), s.variants},
            {CommandLine::tr("cart lines"), s.cartLines}, {CommandLine::tr("outbox pending"), s.outboxPending},
    };
    for (const auto &[label, value] : rows)
        out() << label << ": " << value << "\n";
    out() << CommandLine::tr("database: %1").arg(store.database().path()) << Qt::endl;
    return CommandLine::Success;
}

} // namespace

bool CommandLine::isHeadless(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--data-dir") {
            ++i; // its value
            continue;
        }
        if (a.startsWith(u"--data-dir="))
            continue;
        return true; // a command, --help, --version, or something to complain about
    }
    return false;
}

QString CommandLine::dataDirArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--data-dir" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(u"--data-dir="))
            return arguments[i].mid(11);
    }
    return {};
}

int CommandLine::run(const QStringList &arguments)
{
    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--data-dir") {
            ++i;
        } else if (a == u"-h" || a == u"--help" || a == u"help") {
            out() << usage().arg(QDir::toNativeSeparators(dataDirectory(dataDirArgument(arguments))));
            return Success;
        } else if (a == u"-v" || a == u"--version") {
            out() << "tidings " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        } else if (!a.startsWith(u'-')) {
            command = a;
            break;
        } else if (!a.startsWith(u"--data-dir=")) {
            return fail(tr("unknown option %1 (see tidings --help)").arg(a));
        }
    }
    if (command == u"parse")
        return runParse(arguments);
    if (command == u"import")
        return runImport(arguments);
    if (command == u"search")
        return runSearch(arguments);
    if (command == u"stats")
        return runStats(arguments);
    const std::pair<const char16_t *, int (*)(const QStringList &)> siteCommands[] = {
            {u"add", cli::runAdd},
            {u"sites", cli::runSites},
            {u"remove", cli::runRemove},
            {u"refresh", cli::runRefresh},
            {u"import-opml", cli::runImportOpml},
            {u"export-opml", cli::runExportOpml},
            {u"comment", cli::runComment},
            {u"outbox", cli::runOutbox},
            {u"sync", cli::runSync},
            {u"thread", cli::runThread},
            {u"products", cli::runProducts},
            {u"cart", cli::runCart},
            {u"checkout", cli::runCheckout},
            {u"check", cli::runCheck},
            {u"recover", cli::runRecover},
            {u"account", cli::runAccount},
            {u"articles", cli::runArticles},
            {u"mark", cli::runMark},
            {u"rename", cli::runRename},
            {u"move", cli::runMove},
    };
    for (const auto &[name, run] : siteCommands) {
        if (command == QStringView(name))
            return run(arguments);
    }
    return fail(tr("unknown command %1; the commands are %2 (see tidings --help)").arg(command, kCommands.join(u", ")));
}

} // namespace tidings
