// tidings account | articles | mark | sync against the loopback Google Reader API service, through
// the real command line.
#include "GReaderTestServer.h"
#include "TestHttpServer.h"
#include "TidingsProcess.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using tidings::test::GReaderTestServer;
using tidings::test::runTidings;
using tidings::test::TidingsRun;

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("api-password");
constexpr qint64 kStart = 1750000000;

bool writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    return f.setPermissions(permissions);
}

const QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// The local id of the article titled title in `tidings articles` output.
QString idOf(const QString &listing, const QString &title)
{
    for (const QString &line : listing.split(u'\n')) {
        if (line.contains(u"  "_qs + title + u"  "_qs))
            return line.section(u' ', 0, 0);
    }
    return {};
}

} // namespace

class TestAccountCommands : public QObject
{
    Q_OBJECT

private slots:
    void addSyncMarkListRemove()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const QString feed = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs);
        const quint64 first = server.addItem(feed, u"First"_qs, kStart);
        const quint64 second = server.addItem(feed, u"Second"_qs, kStart + 1);
        const quint64 third = server.addItem(feed, u"Third"_qs, kStart + 2);
        server.setStarred(third, true);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(u"data"_qs);
        const QString passwordFile = dir.filePath(u"password"_qs);
        const QString url = server.baseUrl().toString();

        // Refused, in words, before anything is stored.
        QVERIFY(writeFile(passwordFile, kPassword.toUtf8() + '\n', kOwnerOnly | QFile::ReadOther));
        TidingsRun r = runTidings(data,
                                  {u"account"_qs, u"add"_qs, u"greader"_qs, url, u"--user"_qs, kUser,
                                   u"--password-file"_qs, passwordFile});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"chmod 600"_qs), qPrintable(r.err));
        QVERIFY(writeFile(passwordFile, "wrong\n", kOwnerOnly));
        r = runTidings(data,
                       {u"account"_qs, u"add"_qs, u"greader"_qs, url, u"--user"_qs, kUser, u"--password-file"_qs,
                        passwordFile});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"password"_qs), qPrintable(r.err));
        // Without a file or a command the password is read from standard input and, once the service
        // took it, goes to the keychain. Here no keychain runs (no session bus: never the user's own),
        // so the account is not added, with the keychain's words.
        r = runTidings(data, {u"account"_qs, u"add"_qs, u"greader"_qs, url, u"--user"_qs, kUser});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no password on standard input"_qs), qPrintable(r.err));
        QProcessEnvironment noKeychain = QProcessEnvironment::systemEnvironment();
        noKeychain.remove(u"DBUS_SESSION_BUS_ADDRESS"_qs);
        noKeychain.remove(u"DISPLAY"_qs);
        noKeychain.insert(u"XDG_RUNTIME_DIR"_qs, dir.filePath(u"no-runtime"_qs));
        r = runTidings(data, {u"account"_qs, u"add"_qs, u"greader"_qs, url, u"--user"_qs, kUser}, noKeychain,
                       "wrong\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"password"_qs) && !r.err.contains(u"keychain"_qs), qPrintable(r.err));
        r = runTidings(data, {u"account"_qs, u"add"_qs, u"greader"_qs, url, u"--user"_qs, kUser}, noKeychain,
                       kPassword.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"No keychain service is running"_qs), qPrintable(r.err));
        r = runTidings(data, {u"account"_qs, u"list"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"no accounts"_qs), qPrintable(r.out));

        QVERIFY(writeFile(passwordFile, kPassword.toUtf8() + '\n', kOwnerOnly));
        r = runTidings(data,
                       {u"account"_qs, u"add"_qs, u"greader"_qs, url, u"--user"_qs, kUser, u"--password-file"_qs,
                        passwordFile, u"--name"_qs, u"Fresh"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"added account Fresh"_qs));
        r = runTidings(data, {u"account"_qs, u"list"_qs});
        QVERIFY(r.out.contains(u"Fresh  greader"_qs));
        QVERIFY2(r.out.contains(u"state: new, not synced yet; last sync: never"_qs), qPrintable(r.out));

        r = runTidings(data, {u"sync"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"account Fresh: 3 new"_qs), qPrintable(r.out));
        r = runTidings(data, {u"account"_qs, u"list"_qs});
        QVERIFY2(r.out.contains(u"state: ok"_qs) && r.out.contains(u"1 feed, 3 articles, 0 changes to send"_qs),
                 qPrintable(r.out));

        r = runTidings(data, {u"articles"_qs, u"Fresh"_qs, u"--unread"_qs});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(u'\n'), 3);
        static const QRegularExpression line(u"^\\d+  U\\*  \\d{4}-\\d\\d-\\d\\d  Third  https://site.example/\\d+$"_qs,
                                             QRegularExpression::MultilineOption);
        QVERIFY2(line.match(r.out).hasMatch(), qPrintable(r.out));
        const QString firstId = idOf(r.out, u"First"_qs);
        QVERIFY(!firstId.isEmpty());
        r = runTidings(data, {u"articles"_qs, u"--starred"_qs});
        QCOMPARE(r.out.count(u'\n'), 1);

        // Marks by local id and by URL, journalled, then sent at the next sync.
        r = runTidings(data, {u"mark"_qs, u"read"_qs, firstId, server.item(second)->link});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runTidings(data, {u"mark"_qs, u"unstar"_qs, idOf(runTidings(data, {u"articles"_qs}).out, u"Third"_qs)});
        QCOMPARE(r.exitCode, 0);
        r = runTidings(data, {u"mark"_qs, u"read"_qs, firstId, u"99999"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"99999"_qs));
        r = runTidings(data, {u"account"_qs, u"list"_qs});
        QVERIFY2(r.out.contains(u"3 changes to send"_qs), qPrintable(r.out));
        QVERIFY(!server.item(first)->read);
        r = runTidings(data, {u"sync"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(server.item(first)->read && server.item(second)->read && !server.item(third)->starred);
        QCOMPARE(server.calls("reader/api/0/edit-tag"), 2);
        r = runTidings(data, {u"articles"_qs, u"--unread"_qs});
        QCOMPARE(r.out.count(u'\n'), 1);

        // Subscribing on the service: the feed is there, and here after the sync that follows.
        server.addFolder(u"Tech"_qs);
        r = runTidings(
                data,
                {u"add"_qs, u"https://new.example/feed"_qs, u"--account"_qs, u"Fresh"_qs, u"--folder"_qs, u"Tech"_qs});
        QCOMPARE(r.exitCode, 1); // the account has not seen the folder yet
        QVERIFY2(r.err.contains(u"no folder Tech"_qs), qPrintable(r.err));
        QCOMPARE(runTidings(data, {u"sync"_qs}).exitCode, 0);
        r = runTidings(
                data,
                {u"add"_qs, u"https://new.example/feed"_qs, u"--account"_qs, u"Fresh"_qs, u"--folder"_qs, u"Tech"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(server.feeds().size(), 2);
        QCOMPARE(server.feeds().last().url, u"https://new.example/feed"_qs);
        QCOMPARE(server.feeds().last().folder, u"Tech"_qs);
        r = runTidings(data, {u"account"_qs, u"list"_qs});
        QVERIFY2(r.out.contains(u"2 feeds, 3 articles"_qs), qPrintable(r.out));

        // A password that stopped working: sync says so and exits 2; nothing local changes.
        QVERIFY(writeFile(passwordFile, "changed\n", kOwnerOnly));
        r = runTidings(data, {u"sync"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(u"account Fresh: "_qs) && r.out.contains(u"password"_qs), qPrintable(r.out));
        r = runTidings(data, {u"articles"_qs});
        QCOMPARE(r.out.count(u'\n'), 3);

        r = runTidings(data, {u"account"_qs, u"remove"_qs, u"Fresh"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runTidings(data, {u"articles"_qs});
        QCOMPARE(r.out, QString());
        r = runTidings(data, {u"account"_qs, u"remove"_qs, u"Fresh"_qs});
        QCOMPARE(r.exitCode, 1);
    }

    // remove, rename and move of an account's feed: done here at once, journalled, sent at the next sync.
    void renameMoveRemoveAccountFeeds()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addFolder(u"Tech"_qs);
        server.addFolder(u"News"_qs);
        const QString blog = server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs, u"Tech"_qs);
        const QString shop = server.addFeed(u"Shop"_qs, u"https://shop.example/feed"_qs);
        const QString gone = server.addFeed(u"Gone"_qs, u"https://gone.example/feed"_qs);
        server.addFeed(u"Daily"_qs, u"https://daily-one.example/feed"_qs);
        server.addFeed(u"Daily"_qs, u"https://daily-two.example/feed"_qs);
        server.addItem(blog, u"Kept"_qs, kStart);
        server.addItem(gone, u"Goes"_qs, kStart + 1);
        auto onServer = [&server](const QString &id) {
            for (const GReaderTestServer::Feed &f : server.feeds()) {
                if (f.id == id)
                    return f;
            }
            return GReaderTestServer::Feed{};
        };

        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_qs);
        const QString passwordFile = dir.filePath(u"password"_qs);
        QVERIFY(writeFile(passwordFile, kPassword.toUtf8() + '\n', kOwnerOnly));
        TidingsRun r = runTidings(data,
                                  {u"account"_qs, u"add"_qs, u"greader"_qs, server.baseUrl().toString(), u"--user"_qs,
                                   kUser, u"--password-file"_qs, passwordFile, u"--name"_qs, u"Fresh"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(runTidings(data, {u"sync"_qs}).exitCode, 0);

        r = runTidings(data, {u"rename"_qs, u"--help"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"--account"_qs), qPrintable(r.out));
        // By title and by URL.
        r = runTidings(data, {u"rename"_qs, u"Blog"_qs, u"The Blog"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"renamed Blog to The Blog"_qs) && r.out.contains(u"tidings sync"_qs),
                 qPrintable(r.out));
        r = runTidings(data,
                       {u"rename"_qs, u"https://shop.example/feed"_qs, u"The Shop"_qs, u"--account"_qs, u"Fresh"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runTidings(data, {u"move"_qs, u"The Shop"_qs, u"Tech"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"moved The Shop to Tech"_qs), qPrintable(r.out));
        r = runTidings(data, {u"move"_qs, u"The Blog"_qs, u"--no-folder"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runTidings(data, {u"remove"_qs, u"https://gone.example/feed"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"unsubscribed from Gone"_qs), qPrintable(r.out));

        // Refused, in words, with exit status 1, changing nothing.
        r = runTidings(data, {u"rename"_qs, u"Daily"_qs, u"One"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"daily-one.example"_qs) && r.err.contains(u"daily-two.example"_qs), qPrintable(r.err));
        r = runTidings(data, {u"rename"_qs, u"The Blog"_qs, u"  "_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"empty"_qs), qPrintable(r.err));
        r = runTidings(data, {u"move"_qs, u"The Blog"_qs, u"Nowhere"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no folder Nowhere"_qs), qPrintable(r.err));
        r = runTidings(data, {u"move"_qs, u"The Blog"_qs, u"News"_qs, u"--no-folder"_qs});
        QCOMPARE(r.exitCode, 1);
        r = runTidings(data, {u"remove"_qs, u"Nothing"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no site or account's feed is named Nothing"_qs), qPrintable(r.err));
        r = runTidings(data, {u"remove"_qs, u"Nothing"_qs, u"--account"_qs, u"Fresh"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"the account Fresh has no feed Nothing"_qs), qPrintable(r.err));
        r = runTidings(data, {u"rename"_qs, u"The Blog"_qs, u"X"_qs, u"--account"_qs, u"Nobody"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no account Nobody"_qs), qPrintable(r.err));
        r = runTidings(data, {u"remove"_qs, u"https://gone.example/feed"_qs});
        QCOMPARE(r.exitCode, 1);

        // Here at once; on the service only after a sync.
        r = runTidings(data, {u"account"_qs, u"list"_qs});
        QVERIFY2(r.out.contains(u"4 feeds, 1 article, 5 changes to send"_qs), qPrintable(r.out));
        r = runTidings(data, {u"articles"_qs});
        QVERIFY2(r.out.contains(u"Kept"_qs) && !r.out.contains(u"Goes"_qs), qPrintable(r.out));
        QCOMPARE(onServer(blog).title, u"Blog"_qs);
        QCOMPARE(server.feeds().size(), 5);

        r = runTidings(data, {u"sync"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(onServer(blog).title, u"The Blog"_qs);
        QCOMPARE(onServer(blog).folder, QString());
        QCOMPARE(onServer(shop).title, u"The Shop"_qs);
        QCOMPARE(onServer(shop).folder, u"Tech"_qs);
        QVERIFY(onServer(gone).id.isEmpty());
        r = runTidings(data, {u"account"_qs, u"list"_qs});
        QVERIFY2(r.out.contains(u"4 feeds, 1 article, 0 changes to send"_qs), qPrintable(r.out));

        // Subscribing again to a feed whose unsubscribe has not gone up keeps it, asking the service nothing.
        r = runTidings(data, {u"remove"_qs, u"https://daily-one.example/feed"_qs, u"--account"_qs, u"Fresh"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int editsBefore = server.calls("reader/api/0/subscription/edit");
        r = runTidings(data, {u"add"_qs, u"https://daily-one.example/feed"_qs, u"--account"_qs, u"Fresh"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"kept https://daily-one.example/feed"_qs), qPrintable(r.out));
        QCOMPARE(server.calls("reader/api/0/subscription/edit"), editsBefore);
        QCOMPARE(server.feeds().size(), 4);
        r = runTidings(data, {u"sites"_qs});
        QVERIFY2(r.out.contains(u"https://daily-one.example/feed"_qs), qPrintable(r.out));
        r = runTidings(data, {u"account"_qs, u"list"_qs});
        QVERIFY2(r.out.contains(u"4 feeds, 1 article, 0 changes to send"_qs), qPrintable(r.out));
    }

    void addSaysWhatIsWrong()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_qs);
        const QString passwordFile = dir.filePath(u"password"_qs);
        QVERIFY(writeFile(passwordFile, kPassword.toUtf8(), kOwnerOnly));
        auto add = [&](const QString &url) {
            return runTidings(data,
                              {u"account"_qs, u"add"_qs, u"greader"_qs, url, u"--user"_qs, kUser, u"--password-file"_qs,
                               passwordFile});
        };
        // Nothing listens there.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString nowhere = u"http://127.0.0.1:%1/api/greader.php"_qs.arg(closed.serverPort());
        closed.close();
        TidingsRun r = add(nowhere);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Cannot reach"_qs), qPrintable(r.err));
        // A web server, but no such service.
        tidings::test::TestHttpServer web;
        QVERIFY(web.listen());
        r = add(web.url(u"/"_qs).toString());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"does not answer as a Google Reader API service"_qs), qPrintable(r.err));
        // API access switched off.
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.setApiEnabled(false);
        r = add(server.baseUrl().toString());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"API access"_qs), qPrintable(r.err));
        // Not a URL; no such kind.
        QCOMPARE(add(u"ftp://example.org/"_qs).exitCode, 1);
        r = runTidings(data,
                       {u"account"_qs, u"add"_qs, u"miniflux"_qs, server.baseUrl().toString(), u"--user"_qs, kUser,
                        u"--password-file"_qs, passwordFile});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"ttrss or greader"_qs));
        r = runTidings(data, {u"account"_qs, u"list"_qs});
        QVERIFY2(r.out.contains(u"no accounts"_qs), qPrintable(r.out));
    }

    void passwordCommand()
    {
        GReaderTestServer server(kUser, kPassword);
        QVERIFY(server.listen());
        server.addItem(server.addFeed(u"Blog"_qs, u"https://blog.example/feed"_qs), u"One"_qs, kStart);
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_qs);
        TidingsRun r = runTidings(data,
                                  {u"account"_qs, u"add"_qs, u"greader"_qs, server.baseUrl().toString(), u"--user"_qs,
                                   kUser, u"--password-command"_qs, u"echo "_qs + kPassword});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runTidings(data, {u"sync"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u": 1 new"_qs));
        r = runTidings(data,
                       {u"account"_qs, u"add"_qs, u"ttrss"_qs, server.baseUrl().toString(), u"--user"_qs, kUser,
                        u"--password-command"_qs, u"false"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"password command"_qs), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAccountCommands)
#include "tst_accountcommands.moc"
