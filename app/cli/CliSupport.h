#pragma once

#include "Cli.h"
#include "parse/FeedTypes.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace tidings {
class Store;
} // namespace tidings

// What every command of the command line shares.
namespace tidings::cli {

QTextStream &out();
QTextStream &err();
// Prints "tidings: message" to stderr and returns code.
int fail(const QString &message, int code = CommandLine::Failure);

// "articles" | "comments" | "products" | "" (detect); *ok is false for anything else.
std::optional<DocumentKind> kindFromName(const QString &name, bool *ok);

// Opens the store in the data folder the arguments name, reporting failures.
bool openStore(Store &store, const QString &dataDir);
// What a user can do about a damaged database: the check and recover commands that apply.
QString damagedStoreAdvice(const QString &databasePath);

// A parser for one command; the program name and the command word are consumed first.
struct CommandParser
{
    QCommandLineParser parser;
    QCommandLineOption dataDir{u"data-dir"_qs, CommandLine::tr("Keep the database in DIR."), u"DIR"_qs};

    explicit CommandParser(const QString &description);
    // Returns an exit code when the command should stop here (a usage error, or --help shown).
    std::optional<int> parse(const QStringList &arguments, const QString &command);
};

// The database commands (StoreCommands.cpp).
int runCheck(const QStringList &arguments);
int runRecover(const QStringList &arguments);

// The site commands (SiteCommands.cpp).
int runAdd(const QStringList &arguments);
int runSites(const QStringList &arguments);
int runRemove(const QStringList &arguments);
int runRefresh(const QStringList &arguments);
int runImportOpml(const QStringList &arguments);
int runExportOpml(const QStringList &arguments);

// The comment commands (CommentCommands.cpp).
int runComment(const QStringList &arguments);
int runOutbox(const QStringList &arguments);
int runSync(const QStringList &arguments);
int runThread(const QStringList &arguments);

// The account commands (AccountCommands.cpp).
int runAccount(const QStringList &arguments);
int runArticles(const QStringList &arguments);
int runMark(const QStringList &arguments);
// Syncs every account (pull, then push), one line each; PartialFailure when one of them failed.
int syncAccounts(Store &store);
// Subscribes to a feed on an account's service (in one of its folders, by title), then syncs the account.
int subscribeOnAccount(Store &store, const QString &account, const QUrl &feedUrl, const QString &folder);
// Unsubscribes from an account's feed (by URL or title; in one account when account is not empty): gone
// here at once, journalled for the service at the next sync. orSite: FEED was not a site's name either,
// and the message for "none" says so.
int unsubscribeAccountFeed(Store &store, const QString &feed, const QString &account, bool orSite = false);
int runRename(const QStringList &arguments);
int runMove(const QStringList &arguments);

// The shop commands (ShopCommands.cpp).
int runProducts(const QStringList &arguments);
int runCart(const QStringList &arguments);
int runCheckout(const QStringList &arguments);

} // namespace tidings::cli
