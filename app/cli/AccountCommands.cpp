// tidings account add | list | remove, articles, mark, rename, move, the accounts' part of sync and of
// add and remove
#include "CliSupport.h"

#include "net/Fetcher.h"
#include "storage/Outbox.h"
#include "storage/Sources.h"
#include "storage/Store.h"
#include "sync/accounts/AccountServices.h"
#include "sync/accounts/AccountSetup.h"
#include "sync/accounts/AccountStore.h"
#include "sync/accounts/AccountSync.h"
#include "sync/accounts/Keychain.h"
#include "sync/accounts/Passwords.h"
#include "util/Dates.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

#include <termios.h>
#include <unistd.h>

namespace tidings::cli {
namespace {

using accounts::AccountRow;
using accounts::AccountServices;
using accounts::AccountStore;
using accounts::AccountSync;
using accounts::AccountSyncResult;
using accounts::FeedService;
using accounts::PasswordAnswer;
using accounts::PasswordSource;

QString when(qint64 seconds)
{
    return seconds > 0 ? dates::toIsoUtc(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)) : CommandLine::tr("never");
}

// An account's password as the command line finds it: the keychain, the password file or the password
// command. It asks nobody: a keychain account whose keychain is missing or empty says how to set one up.
PasswordAnswer commandLinePassword(const AccountRow &account)
{
    const accounts::Keychain keychain;
    const accounts::Passwords passwords(&keychain, nullptr);
    const accounts::PasswordResult found
            = passwords.passwordFor(account.password, accounts::Passwords::keychainKey(account.baseUrl, account.user));
    if (found.ok())
        return {found.password, {}};
    return {{}, found.message};
}

// A password typed (or piped) on standard input, for an account whose password goes to the keychain.
// Not echoed when standard input is a terminal.
QString passwordFromStandardInput()
{
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        err() << CommandLine::tr("Password: ") << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QFile in;
    QString password;
    if (in.open(stdin, QIODevice::ReadOnly))
        password = QString::fromUtf8(in.readLine(accounts::Passwords::maxInputBytes)).trimmed();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << Qt::endl;
    }
    return password;
}

std::unique_ptr<FeedService> serviceFor(const AccountRow &account, QNetworkAccessManager *network, QString &error)
{
    const PasswordAnswer password = commandLinePassword(account);
    if (!password.ok()) {
        error = password.error;
        return nullptr;
    }
    return AccountServices::make(account.kind, network, account.baseUrl, account.user, password.password, &error);
}

int runAccountAdd(const CommandParser &cp, const QCommandLineOption &userOption,
                  const QCommandLineOption &passwordFileOption, const QCommandLineOption &passwordCommandOption,
                  const QCommandLineOption &nameOption, const QStringList &args)
{
    if (args.size() != 3)
        return fail(CommandLine::tr("account add takes ttrss|greader and the service's URL (see tidings --help)"));
    const std::optional<accounts::ServiceKind> kind = accounts::serviceKindFromName(args[1]);
    if (!kind)
        return fail(CommandLine::tr("unknown service %1: use ttrss or greader").arg(args[1]));
    const QUrl url = QUrl::fromUserInput(args[2]);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return fail(CommandLine::tr("%1 is not an http or https address").arg(args[2]));
    if (!cp.parser.isSet(userOption) || cp.parser.value(userOption).isEmpty())
        return fail(CommandLine::tr("account add needs --user U"));
    if (cp.parser.isSet(passwordFileOption) && cp.parser.isSet(passwordCommandOption))
        return fail(CommandLine::tr("give --password-file or --password-command, not both"));

    accounts::NewAccount request;
    request.kind = *kind;
    request.url = url;
    request.user = cp.parser.value(userOption);
    if (cp.parser.isSet(passwordFileOption)) {
        request.password = PasswordSource::file(QFileInfo(cp.parser.value(passwordFileOption)).absoluteFilePath());
    } else if (cp.parser.isSet(passwordCommandOption)) {
        request.password = PasswordSource::command(cp.parser.value(passwordCommandOption));
    } else {
        // The password goes to the keychain once the service has accepted it.
        request.password = PasswordSource::keychain();
        request.typedPassword = passwordFromStandardInput();
        if (request.typedPassword.isEmpty()) {
            return fail(CommandLine::tr("no password on standard input: type it, pipe it in, or give "
                                        "--password-file F or --password-command CMD"));
        }
    }
    if (cp.parser.isSet(nameOption))
        request.name = cp.parser.value(nameOption);

    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    std::unique_ptr<QNetworkAccessManager> network(Fetcher::makeNetworkAccessManager(nullptr));
    const accounts::AddedAccount added = accounts::AccountSetup::add(
            request, network.get(), [&store](const AccountSync::StoreJob &job) { job(store); }, accounts::Keychain());
    if (!added.ok())
        return fail(added.error);
    const AccountRow &account = added.account;
    out() << CommandLine::tr("added account %1 (%2 at %3 as %4); tidings sync fetches its feeds")
                     .arg(account.name, accounts::serviceKindName(account.kind), account.baseUrl.toString(),
                          account.user)
          << Qt::endl;
    return CommandLine::Success;
}

int runAccountList(Store &store)
{
    AccountStore accounts(store);
    const QList<AccountRow> all = accounts.accounts();
    if (!accounts.error().isEmpty())
        return fail(accounts.error());
    for (const AccountRow &a : all) {
        const accounts::AccountHoldings held = accounts.holdings(a.id);
        const qint64 feeds = held.feeds;
        const qint64 articles = held.articles;
        const qint64 waiting = held.waiting;
        out() << a.id << "  " << a.name << "  " << accounts::serviceKindName(a.kind) << "  " << a.baseUrl.toString()
              << "  " << CommandLine::tr("user %1").arg(a.user) << "\n";
        out() << "    "
              << CommandLine::tr("state: %1; last sync: %2").arg(accounts::stateText(a.state), when(a.lastSyncAt))
              << "; " << CommandLine::tr("%n feed(s)", nullptr, int(feeds)) << ", "
              << CommandLine::tr("%n article(s)", nullptr, int(articles)) << ", "
              << CommandLine::tr("%n change(s) to send", nullptr, int(waiting)) << "\n";
        if (!a.lastError.isEmpty())
            out() << "    " << CommandLine::tr("last error: %1").arg(a.lastError) << "\n";
        if (a.retryAt > 0)
            out() << "    " << CommandLine::tr("next try: %1").arg(when(a.retryAt)) << "\n";
    }
    if (all.isEmpty())
        out() << CommandLine::tr("no accounts (tidings account add ttrss|greader URL --user U)") << "\n";
    out().flush();
    return CommandLine::Success;
}

// An account's feed as the command line names it: its URL (as tidings sites shows it) or its title,
// among one account's feeds (accountName) or every account's. Prints why and answers nullopt when
// none or several match.
std::optional<accounts::AccountFeed> findAccountFeed(AccountStore &accounts, const QString &feed,
                                                     const QString &accountName, const QString &notFound = {})
{
    qint64 accountId = -1;
    if (!accountName.isEmpty()) {
        const std::optional<AccountRow> account = accounts.find(accountName);
        if (!account) {
            fail(CommandLine::tr("no account %1 (see tidings account list)").arg(accountName));
            return std::nullopt;
        }
        accountId = account->id;
    }
    const QList<accounts::AccountFeed> all = accounts.accountFeeds(accountId);
    if (!accounts.error().isEmpty()) {
        fail(accounts.error());
        return std::nullopt;
    }
    const QString asUrl = QUrl::fromUserInput(feed).toString();
    QList<accounts::AccountFeed> byUrl;
    QList<accounts::AccountFeed> byTitle;
    for (const accounts::AccountFeed &f : all) {
        if (f.url == feed || f.url == asUrl)
            byUrl.append(f);
        else if (f.title == feed)
            byTitle.append(f);
    }
    const QList<accounts::AccountFeed> &found = byUrl.isEmpty() ? byTitle : byUrl;
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
        fail(!notFound.isEmpty() ? notFound
                     : accountName.isEmpty()
                     ? CommandLine::tr("no account's feed is %1 (give its URL or title; see tidings sites)").arg(feed)
                     : CommandLine::tr("the account %1 has no feed %2 (give its URL or title; see tidings sites)")
                               .arg(accountName, feed));
        return std::nullopt;
    }
    QStringList names;
    for (const accounts::AccountFeed &f : found)
        names.append(CommandLine::tr("%1 (%2, account %3)").arg(f.title, f.url, f.accountName));
    fail(CommandLine::tr("%1 names %n feed(s): %2; give its URL, or --account ACCOUNT", nullptr, int(found.size()))
                 .arg(feed, names.join(u"; "_qs)));
    return std::nullopt;
}

// What a feed edit made here says: done here, and when the service hears of it.
QString goesUpAtSync(const accounts::AccountFeed &feed)
{
    return CommandLine::tr("account %1 sends it to the service at the next sync (tidings sync)").arg(feed.accountName);
}

} // namespace

int unsubscribeAccountFeed(Store &store, const QString &feed, const QString &accountName, bool orSite)
{
    AccountStore accounts(store);
    const std::optional<accounts::AccountFeed> found = findAccountFeed(
            accounts, feed, accountName,
            orSite ? CommandLine::tr("no site or account's feed is named %1 (see tidings sites)").arg(feed)
                   : QString());
    if (!found)
        return CommandLine::Failure;
    if (!accounts.unsubscribeFeed(found->feedId))
        return fail(CommandLine::tr("%1: %2").arg(feed, accounts.error()));
    out() << CommandLine::tr("unsubscribed from %1 (%2) with its articles; %3")
                     .arg(found->title, found->url, goesUpAtSync(*found))
          << Qt::endl;
    return CommandLine::Success;
}

// Opens the store and finds the account's feed a command names; what went wrong is said.
std::optional<accounts::AccountFeed> openAccountFeed(const CommandParser &cp, Store &store, const QString &feed,
                                                     const QString &account)
{
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return std::nullopt;
    AccountStore accounts(store);
    return findAccountFeed(accounts, feed, account);
}

int runRename(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Rename an account's feed, here and on its service (at the next sync)."));
    const QCommandLineOption accountOption(u"account"_qs, CommandLine::tr("The feed is this account's."),
                                           u"ACCOUNT"_qs);
    cp.parser.addOption(accountOption);
    cp.parser.addPositionalArgument(u"feed"_qs, CommandLine::tr("The feed's URL or its title."), u"FEED"_qs);
    cp.parser.addPositionalArgument(u"title"_qs, CommandLine::tr("Its new title."), u"TITLE"_qs);
    if (const auto code = cp.parse(arguments, u"rename"_qs))
        return *code;
    const QStringList args = cp.parser.positionalArguments();
    if (args.size() != 2)
        return fail(CommandLine::tr("rename takes FEED and TITLE (see tidings rename --help)"));
    if (args[1].trimmed().isEmpty())
        return fail(CommandLine::tr("a feed's title cannot be empty"));
    Store store;
    const std::optional<accounts::AccountFeed> found
            = openAccountFeed(cp, store, args[0], cp.parser.value(accountOption));
    if (!found)
        return CommandLine::Failure;
    AccountStore accounts(store);
    if (!accounts.renameFeed(found->feedId, args[1]))
        return fail(CommandLine::tr("%1: %2").arg(args[0], accounts.error()));
    out() << CommandLine::tr("renamed %1 to %2; %3").arg(found->title, args[1].trimmed(), goesUpAtSync(*found))
          << Qt::endl;
    return CommandLine::Success;
}

int runMove(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Move an account's feed to one of its folders, here and on its service (at "
                                     "the next sync)."));
    const QCommandLineOption accountOption(u"account"_qs, CommandLine::tr("The feed is this account's."),
                                           u"ACCOUNT"_qs);
    const QCommandLineOption noFolderOption(u"no-folder"_qs, CommandLine::tr("Take the feed out of its folder."));
    cp.parser.addOptions({accountOption, noFolderOption});
    cp.parser.addPositionalArgument(u"feed"_qs, CommandLine::tr("The feed's URL or its title."), u"FEED"_qs);
    cp.parser.addPositionalArgument(u"folder"_qs, CommandLine::tr("One of the account's folders, by its title."),
                                    u"[FOLDER]"_qs);
    if (const auto code = cp.parse(arguments, u"move"_qs))
        return *code;
    const QStringList args = cp.parser.positionalArguments();
    const bool noFolder = cp.parser.isSet(noFolderOption);
    if (noFolder && args.size() == 2)
        return fail(CommandLine::tr("give FOLDER or --no-folder, not both"));
    if (args.size() != (noFolder ? 1 : 2))
        return fail(CommandLine::tr("move takes FEED and FOLDER, or FEED --no-folder (see tidings move --help)"));
    Store store;
    const std::optional<accounts::AccountFeed> found
            = openAccountFeed(cp, store, args[0], cp.parser.value(accountOption));
    if (!found)
        return CommandLine::Failure;
    AccountStore accounts(store);
    QString folderId;
    QString folderTitle;
    if (!noFolder) {
        folderTitle = args[1];
        // A service that cannot move feeds is refused by moveFeed, before any folder matters.
        folderId = AccountStore::canRenameOrMove(found->kind) ? QString() : folderTitle;
        const QList<accounts::RemoteFolder> folders = accounts.folders(found->accountId);
        for (const accounts::RemoteFolder &f : folders) {
            if (f.title == folderTitle)
                folderId = f.id;
        }
        if (folderId.isEmpty()) {
            // The service's folders as the last sync saw them; the APIs cannot all create one.
            return fail(CommandLine::tr("the account %1 has no folder %2 (make it on the service, then sync)")
                                .arg(found->accountName, folderTitle));
        }
    }
    if (!accounts.moveFeed(found->feedId, folderId))
        return fail(CommandLine::tr("%1: %2").arg(args[0], accounts.error()));
    out() << (noFolder ? CommandLine::tr("moved %1 out of its folder; %2").arg(found->title, goesUpAtSync(*found))
                       : CommandLine::tr("moved %1 to %2; %3").arg(found->title, folderTitle, goesUpAtSync(*found)))
          << Qt::endl;
    return CommandLine::Success;
}

int syncAccounts(Store &store)
{
    AccountStore accounts(store);
    const QList<AccountRow> all = accounts.accounts();
    if (!accounts.error().isEmpty()) {
        fail(accounts.error());
        return CommandLine::PartialFailure;
    }
    if (all.isEmpty())
        return CommandLine::Success;
    std::unique_ptr<QNetworkAccessManager> network(Fetcher::makeNetworkAccessManager(nullptr));
    int failed = 0;
    for (const AccountRow &account : all) {
        QString error;
        const std::unique_ptr<FeedService> service = serviceFor(account, network.get(), error);
        if (!service) {
            ++failed;
            out() << CommandLine::tr("account %1: %2").arg(account.name, error) << Qt::endl;
            continue;
        }
        AccountSync sync([&store](const AccountSync::StoreJob &job) { job(store); }, *service, account.id);
        const AccountSyncResult r = sync.run();
        if (!r.ok())
            ++failed;
        out() << CommandLine::tr("account %1: %2").arg(account.name, r.message()) << Qt::endl;
    }
    return failed > 0 ? CommandLine::PartialFailure : CommandLine::Success;
}

int subscribeOnAccount(Store &store, const QString &accountName, const QUrl &feedUrl, const QString &folder)
{
    AccountStore accounts(store);
    const std::optional<AccountRow> account = accounts.find(accountName);
    if (!account)
        return fail(CommandLine::tr("no account %1 (see tidings account list)").arg(accountName));
    QString folderId;
    if (!folder.isEmpty()) {
        // The service's folders as the last sync saw them; the APIs cannot all create one.
        QSqlQuery q(store.database().connection());
        q.prepare(u"SELECT remote_id FROM account_folders WHERE account_id = ? AND title = ?"_qs);
        q.addBindValue(account->id);
        q.addBindValue(folder);
        if (!q.exec() || !q.next())
            return fail(CommandLine::tr("the account %1 has no folder %2 (make it on the service, then sync)")
                                .arg(account->name, folder));
        folderId = q.value(0).toString();
    }
    std::unique_ptr<QNetworkAccessManager> network(Fetcher::makeNetworkAccessManager(nullptr));
    QString error;
    const std::unique_ptr<FeedService> service = serviceFor(*account, network.get(), error);
    if (!service)
        return fail(error);
    AccountSync sync([&store](const AccountSync::StoreJob &job) { job(store); }, *service, account->id);
    const AccountSyncResult r = sync.subscribe(feedUrl, folderId);
    if (!r.storeError.isEmpty())
        return fail(r.message());
    if (!r.subscribeError.isEmpty())
        return fail(CommandLine::tr("%1: %2").arg(feedUrl.toString(), r.subscribeError));
    if (r.keptSubscribed) {
        out() << CommandLine::tr("kept %1 on %2: its unsubscribe had not been sent")
                         .arg(feedUrl.toString(), account->name)
              << Qt::endl;
    } else {
        out() << CommandLine::tr("subscribed to %1 on %2").arg(feedUrl.toString(), account->name) << Qt::endl;
    }
    // The new feed and what the service has of it came with a sync of the account.
    out() << CommandLine::tr("account %1: %2").arg(account->name, r.message()) << Qt::endl;
    return r.ok() ? CommandLine::Success : CommandLine::PartialFailure;
}

int runAccount(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Add, list or remove accounts with a feed service."));
    const QCommandLineOption userOption(u"user"_qs, CommandLine::tr("The user name on the service."), u"U"_qs);
    const QCommandLineOption passwordFileOption(
            u"password-file"_qs, CommandLine::tr("A file holding the password, readable only by you."), u"F"_qs);
    const QCommandLineOption passwordCommandOption(u"password-command"_qs,
                                                   CommandLine::tr("A command that prints the password."), u"CMD"_qs);
    const QCommandLineOption nameOption(u"name"_qs, CommandLine::tr("Call the account NAME (default USER@HOST)."),
                                        u"NAME"_qs);
    cp.parser.addOptions({userOption, passwordFileOption, passwordCommandOption, nameOption});
    cp.parser.addPositionalArgument(u"action"_qs, CommandLine::tr("add ttrss|greader URL | list | remove ACCOUNT"),
                                    u"ACTION ..."_qs);
    if (const auto code = cp.parse(arguments, u"account"_qs))
        return *code;
    const QStringList args = cp.parser.positionalArguments();
    const QString action = args.value(0);
    if (action == u"add")
        return runAccountAdd(cp, userOption, passwordFileOption, passwordCommandOption, nameOption, args);
    if (action != u"list" && action != u"remove")
        return fail(CommandLine::tr("account takes add, list or remove (see tidings --help)"));
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    if (action == u"list")
        return runAccountList(store);
    if (args.size() != 2)
        return fail(CommandLine::tr("account remove takes one ACCOUNT (its name or id, see tidings account list)"));
    AccountStore accounts(store);
    const std::optional<AccountRow> account = accounts.find(args[1]);
    if (!account)
        return fail(CommandLine::tr("no account %1 (see tidings account list)").arg(args[1]));
    if (!accounts.removeAccount(account->id))
        return fail(accounts.error());
    out() << CommandLine::tr("removed account %1 with its feeds and articles").arg(account->name) << Qt::endl;
    return CommandLine::Success;
}

int runArticles(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("List stored articles, newest first."));
    const QCommandLineOption unreadOption(u"unread"_qs, CommandLine::tr("Only unread articles."));
    const QCommandLineOption starredOption(u"starred"_qs, CommandLine::tr("Only starred articles."));
    const QCommandLineOption limitOption(u"limit"_qs, CommandLine::tr("At most N articles (default 50)."), u"N"_qs,
                                         u"50"_qs);
    cp.parser.addOptions({unreadOption, starredOption, limitOption});
    cp.parser.addPositionalArgument(u"source"_qs, CommandLine::tr("A site or an account (its name)."), u"[SOURCE]"_qs);
    if (const auto code = cp.parse(arguments, u"articles"_qs))
        return *code;
    const QStringList args = cp.parser.positionalArguments();
    if (args.size() > 1)
        return fail(CommandLine::tr("articles takes at most one SOURCE"));
    bool limitOk = false;
    const int limit = cp.parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        return fail(CommandLine::tr("--limit takes a positive number"));
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    QString where = u"1"_qs;
    QVariantList values;
    if (!args.isEmpty()) {
        Sources sources(store.database());
        const std::optional<SiteRow> site = sources.site(args[0]);
        if (!site)
            return fail(
                    CommandLine::tr("no site or account %1 (see tidings sites, tidings account list)").arg(args[0]));
        where += u" AND a.feed_id IN (SELECT id FROM feeds WHERE site_id = ?)"_qs;
        values.append(site->id);
    }
    const QString unread = u"EXISTS (SELECT 1 FROM unread_articles u WHERE u.feed_id = a.feed_id "
                           u"AND u.article_id = a.id)"_qs;
    if (cp.parser.isSet(unreadOption))
        where += u" AND "_qs + unread;
    if (cp.parser.isSet(starredOption))
        where += u" AND a.is_starred = 1"_qs;
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, %1, a.is_starred, a.published_at, a.title, coalesce(a.link, '') FROM articles a "
              u"WHERE %2 ORDER BY a.published_at DESC, a.id DESC LIMIT ?"_qs.arg(unread, where));
    values.append(limit);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return fail(Database::describe(q.lastError()));
    // id, U (unread) or - (read), * (starred) or -, the date, the title, the link.
    while (q.next()) {
        const qint64 published = q.value(3).toLongLong();
        out() << q.value(0).toLongLong() << "  " << (q.value(1).toBool() ? 'U' : '-')
              << (q.value(2).toInt() == 1 ? '*' : '-') << "  "
              << (published > 0 ? dates::toIsoUtc(QDateTime::fromSecsSinceEpoch(published, Qt::UTC)).left(10)
                                : u"----------"_qs)
              << "  " << q.value(4).toString() << "  " << q.value(5).toString() << "\n";
    }
    out().flush();
    return CommandLine::Success;
}

int runMark(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Mark articles read, unread, starred or not, as the window does."));
    cp.parser.addPositionalArgument(u"how"_qs, CommandLine::tr("read, unread, star or unstar."));
    cp.parser.addPositionalArgument(u"articles"_qs, CommandLine::tr("Local ids or the articles' URLs."),
                                    u"ARTICLE..."_qs);
    if (const auto code = cp.parse(arguments, u"mark"_qs))
        return *code;
    const QStringList args = cp.parser.positionalArguments();
    static const QStringList kHow = {u"read"_qs, u"unread"_qs, u"star"_qs, u"unstar"_qs};
    if (args.size() < 2 || !kHow.contains(args[0]))
        return fail(CommandLine::tr("mark takes read, unread, star or unstar and at least one ARTICLE"));
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    Outbox outbox(store.database());
    int failed = 0;
    for (const QString &reference : args.mid(1)) {
        const qint64 id = outbox.articleByReference(reference);
        if (id < 0) {
            ++failed;
            fail(CommandLine::tr("no stored article is %1").arg(reference));
            continue;
        }
        // The same functions as the window: an account's article is journalled for the next sync.
        const bool ok = args[0] == u"read" ? store.setRead(id, true)
                : args[0] == u"unread"     ? store.setRead(id, false)
                : args[0] == u"star"       ? store.setStarred(id, true)
                                           : store.setStarred(id, false);
        if (!ok) {
            ++failed;
            fail(CommandLine::tr("%1: %2").arg(reference, store.error()));
        }
    }
    const qsizetype total = args.size() - 1;
    out() << CommandLine::tr("%n article(s) marked", nullptr, int(total - failed)) << Qt::endl;
    if (failed == 0)
        return CommandLine::Success;
    return failed == total ? CommandLine::Failure : CommandLine::PartialFailure;
}

} // namespace tidings::cli
