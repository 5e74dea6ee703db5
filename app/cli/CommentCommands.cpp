// The comment commands: write a comment (queued in the outbox), list the outbox, send it, and print
// an article's thread.

#include "CliSupport.h"

#include "storage/ArticleQueries.h"
#include "storage/Outbox.h"
#include "storage/Store.h"
#include "sync/OutboxSync.h"
#include "util/Html.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace tidings::cli {
namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString excerpt(const QString &text, int length = 60)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + u'\u2026';
}

QString clock(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toString(u"yyyy-MM-dd HH:mm"_qs);
}

// What a user reads about a comment in the outbox: its state in words, and why or until when.
QString describe(const OutboxItem &item)
{
    switch (item.state) {
    case OutboxItem::State::Queued:
        if (item.isOnReservedHost())
            return CommandLine::tr("kept here: the demo site is not on the network");
        if (item.waitsForParent())
            return CommandLine::tr("waiting for the comment it answers to be posted");
        if (item.nextAttemptAt > nowSeconds())
            return CommandLine::tr("waiting to try again at %1 (%2)").arg(clock(item.nextAttemptAt), item.lastError);
        return CommandLine::tr("waiting for the network");
    case OutboxItem::State::Sending:
        return CommandLine::tr("posting");
    case OutboxItem::State::Held:
        return CommandLine::tr("posted, awaiting moderation");
    case OutboxItem::State::Published:
        return CommandLine::tr("published");
    case OutboxItem::State::Failed:
        return CommandLine::tr("failed: %1").arg(item.lastError);
    }
    return {};
}

QString lockPathFor(Store &store)
{
    return QFileInfo(store.database().path()).absoluteDir().filePath(u"outbox.lock"_qs);
}

} // namespace

int runComment(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Write a comment under an article; it is posted by tidings sync (or the app)."));
    const QCommandLineOption nameOption(u"name"_qs, CommandLine::tr("Your name, as the site shows it."), u"NAME"_qs);
    const QCommandLineOption emailOption(u"email"_qs, CommandLine::tr("Your email address (never shown publicly)."),
                                         u"EMAIL"_qs);
    const QCommandLineOption urlOption(u"url"_qs, CommandLine::tr("Your website (optional)."), u"URL"_qs);
    const QCommandLineOption replyOption(
            u"reply-to"_qs,
            CommandLine::tr("The comment you answer: its local id, its URL (...#comment-123), or outbox:ID."),
            u"COMMENT"_qs);
    cp.parser.addOptions({nameOption, emailOption, urlOption, replyOption});
    cp.parser.addPositionalArgument(u"article"_qs, CommandLine::tr("The article: its local id or its URL."));
    cp.parser.addPositionalArgument(u"text"_qs, CommandLine::tr("What you say."), u"TEXT..."_qs);
    if (const auto code = cp.parse(arguments, u"comment"_qs))
        return *code;
    QStringList positional = cp.parser.positionalArguments();
    if (positional.size() < 2)
        return fail(CommandLine::tr("comment needs an ARTICLE and the TEXT (see tidings comment --help)"));
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    Outbox outbox(store.database());
    NewComment c;
    c.articleId = outbox.articleByReference(positional.takeFirst());
    if (c.articleId < 0)
        return fail(CommandLine::tr("no stored article is %1").arg(cp.parser.positionalArguments().first()));
    if (cp.parser.isSet(replyOption)) {
        const QString reference = cp.parser.value(replyOption);
        if (reference.startsWith(u"outbox:")) {
            bool ok = false;
            c.parentOutboxId = reference.mid(7).toLongLong(&ok);
            if (!ok)
                return fail(CommandLine::tr("--reply-to outbox:ID takes a number"));
        } else {
            c.parentCommentId = outbox.commentByReference(reference);
            if (c.parentCommentId < 0)
                return fail(CommandLine::tr("no stored comment is %1").arg(reference));
        }
    }
    c.authorName = cp.parser.value(nameOption);
    c.authorEmail = cp.parser.value(emailOption);
    c.authorUrl = cp.parser.value(urlOption);
    c.body = positional.join(u' ');
    const auto item = outbox.queue(c, nowSeconds());
    if (!item)
        return fail(outbox.error());
    out() << CommandLine::tr("queued as outbox:%1; tidings sync posts it").arg(item->id) << Qt::endl;
    return CommandLine::Success;
}

int runOutbox(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("The comments you wrote that are not published yet."));
    if (const auto code = cp.parse(arguments, u"outbox"_qs))
        return *code;
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    Outbox outbox(store.database());
    const QList<OutboxItem> items = outbox.unpublished();
    for (const OutboxItem &item : items) {
        out() << "outbox:" << item.id << " " << Outbox::stateName(item.state) << " " << excerpt(item.articleTitle, 40)
              << ": " << excerpt(item.body) << "\n    " << describe(item) << "\n";
    }
    if (items.isEmpty())
        out() << CommandLine::tr("The outbox is empty.") << "\n";
    out().flush();
    return CommandLine::Success;
}

int runSync(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Post the comments waiting in the outbox."));
    const QCommandLineOption waitOption(
            u"wait"_qs, CommandLine::tr("Wait for later tries (the site asked to wait) up to SECONDS, then exit."),
            u"SECONDS"_qs);
    cp.parser.addOption(waitOption);
    if (const auto code = cp.parse(arguments, u"sync"_qs))
        return *code;
    qint64 waitSeconds = 0;
    if (cp.parser.isSet(waitOption)) {
        bool ok = false;
        waitSeconds = cp.parser.value(waitOption).toLongLong(&ok);
        if (!ok || waitSeconds < 0)
            return fail(CommandLine::tr("--wait takes a number of seconds"));
    }
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    // The accounts first (each pulls, then pushes the marks made here), then the outbox.
    const int accounts = syncAccounts(store);
    OutboxSync::Options options;
    options.lockPath = lockPathFor(store);
    OutboxSync sync([&store](const OutboxSync::StoreJob &job) { job(store); }, options);
    QObject::connect(&sync, &OutboxSync::itemChanged, [&store](qint64 id) {
        Outbox outbox(store.database());
        if (const auto item = outbox.item(id); item && item->state != OutboxItem::State::Sending)
            out() << "outbox:" << id << " " << describe(*item) << Qt::endl;
    });
    const qint64 deadline = nowSeconds() + waitSeconds;
    OutboxSummary summary;
    QEventLoop loop;
    QObject::connect(&sync, &OutboxSync::finished, &loop, [&](const OutboxSummary &s) {
        summary.posted += s.posted;
        summary.failed += s.failed;
        summary.retrying += s.retrying;
        summary.waiting = s.waiting;
        summary.nextAttemptAt = s.nextAttemptAt;
        summary.busy = s.busy;
        summary.error = s.error;
        // With --wait, a later try that falls within the wait is waited for.
        if (s.error.isEmpty() && !s.busy && s.nextAttemptAt > nowSeconds() && s.nextAttemptAt <= deadline) {
            QTimer::singleShot(qMax<qint64>(0, s.nextAttemptAt - nowSeconds()) * 1000 + 100, &sync,
                               [&sync] { sync.start(); });
            return;
        }
        loop.quit();
    });
    sync.start();
    loop.exec();
    if (summary.busy)
        return fail(CommandLine::tr("another Tidings is posting the outbox now; try again when it is done"),
                    CommandLine::PartialFailure);
    if (!summary.error.isEmpty())
        return fail(summary.error);
    out() << CommandLine::tr("%1 posted, %2 failed, %3 waiting")
                     .arg(summary.posted)
                     .arg(summary.failed)
                     .arg(summary.waiting);
    if (summary.nextAttemptAt > 0)
        out() << CommandLine::tr(" (next try at %1)").arg(clock(summary.nextAttemptAt));
    out() << Qt::endl;
    return summary.settled() && accounts == CommandLine::Success ? CommandLine::Success : CommandLine::PartialFailure;
}

int runThread(const QStringList &arguments)
{
    CommandParser cp(CommandLine::tr("Print an article's comment thread as an indented tree."));
    cp.parser.addPositionalArgument(u"article"_qs, CommandLine::tr("The article: its local id or its URL."));
    if (const auto code = cp.parse(arguments, u"thread"_qs))
        return *code;
    if (cp.parser.positionalArguments().size() != 1)
        return fail(CommandLine::tr("thread takes one ARTICLE"));
    Store store;
    if (!openStore(store, cp.parser.value(cp.dataDir)))
        return CommandLine::Failure;
    const qint64 articleId = Outbox(store.database()).articleByReference(cp.parser.positionalArguments().first());
    if (articleId < 0)
        return fail(CommandLine::tr("no stored article is %1").arg(cp.parser.positionalArguments().first()));
    const ArticleDetail d = articleDetail(store.database(), articleId);
    out() << d.title << "\n";
    if (d.commentsOpen == false)
        out() << (d.commentsNote.isEmpty() ? CommandLine::tr("Comments are closed.") : d.commentsNote) << "\n";
    for (const ArticleDetail::Comment &c : d.comments) {
        out() << QString(qsizetype{2} * (c.depth + 1), u' ');
        if (c.isPending())
            out() << "outbox:" << c.outboxId << " " << c.author << " [" << Outbox::stateName(c.outboxState) << "]";
        else
            out() << "#" << c.id << " " << c.author;
        out() << ": " << excerpt(html::toPlainText(c.contentHtml)) << "\n";
    }
    out() << CommandLine::tr("%n comment(s)", nullptr, int(d.comments.size())) << Qt::endl;
    return CommandLine::Success;
}

} // namespace tidings::cli
