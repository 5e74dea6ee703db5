#include "sync/accounts/Keychain.h"
#include "sync/accounts/Passwords.h"

#include <QtTest>

#include <chrono>

#include <sys/stat.h>
#include <unistd.h>

using namespace tidings::accounts;
using namespace std::chrono_literals;
using Error = PasswordResult::Error;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return file.setPermissions(permissions); // exactly these bits, whatever the umask
}

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;

// Processes still alive in a process group (zombies waiting for a parent that does not reap them,
// as PID 1 in a container may not, count as gone).
QStringList liveMembersOfGroup(qint64 group)
{
    QStringList members;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/") + entry + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(2).toLongLong() == group && fields.at(0) != "Z")
            members << entry;
    }
    return members;
}

} // namespace

class TestPasswords : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    // -- password files

    void fileReadableByOwnerOnly_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("password");
        QTest::newRow("first of two lines") << QByteArray("s3cret pass\nsecond line\n") << "s3cret pass";
        QTest::newRow("no line ending") << QByteArray("only-line") << "only-line";
        QTest::newRow("CRLF") << QByteArray("dos\r\nnext\r\n") << "dos";
        QTest::newRow("spaces kept") << QByteArray("  padded  \n") << "  padded  ";
        QTest::newRow("UTF-8") << QByteArray("p\xc3\xa4ss\xe2\x82\xac\n") << QStringLiteral("p\u00e4ss\u20ac");
    }

    void fileReadableByOwnerOnly()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, password);
        const QString path = m_dir.filePath(QStringLiteral("password"));
        QVERIFY(writeFile(path, contents, ownerOnly));

        const PasswordResult result = Passwords::readFile(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.password, password);
        QVERIFY(result.message.isEmpty());
    }

    void fileOpenToOthersIsRefused_data()
    {
        QTest::addColumn<int>("permissions");
        QTest::addColumn<QString>("shown");
        QTest::newRow("0644: everyone reads") << int(ownerOnly | QFile::ReadGroup | QFile::ReadOther) << "0644";
        QTest::newRow("0640: the group reads") << int(ownerOnly | QFile::ReadGroup) << "0640";
        QTest::newRow("0604: others read") << int(ownerOnly | QFile::ReadOther) << "0604";
        QTest::newRow("0620: the group writes") << int(ownerOnly | QFile::WriteGroup) << "0620";
        QTest::newRow("0601: others execute") << int(ownerOnly | QFile::ExeOther) << "0601";
    }

    void fileOpenToOthersIsRefused()
    {
        QFETCH(int, permissions);
        QFETCH(QString, shown);
        const QString path = m_dir.filePath(QStringLiteral("shared-password"));
        QVERIFY(writeFile(path, "hunter2\n", QFile::Permissions(permissions)));
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
        QCOMPARE(QString::number(status.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0')), shown);

        const PasswordResult result = Passwords::readFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, Error::Refused);
        QVERIFY(result.password.isEmpty());
        QCOMPARE(result.message,
                 QStringLiteral("The password file %1 is open to other users (permissions %2); only "
                                "its owner may have access to it. Make it private with: chmod 600 %1")
                         .arg(path, shown));
        QVERIFY(!result.message.contains(QLatin1String("hunter2")));
    }

    void fileOpenToOthersNamesACommandThatWorksPasted()
    {
        // The command is quoted for the shell when the path needs it.
        const QString path = m_dir.filePath(QStringLiteral("it's my password"));
        QVERIFY(writeFile(path, "hunter2\n", ownerOnly | QFile::ReadGroup | QFile::ReadOther));
        const PasswordResult result = Passwords::readFile(path);
        QCOMPARE(result.error, Error::Refused);
        QVERIFY2(result.message.endsWith(QStringLiteral("chmod 600 '%1/it'\\''s my password'").arg(m_dir.path())),
                 qPrintable(result.message));
    }

    void fileMissing()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-file"));
        const PasswordResult result = Passwords::readFile(path);
        QCOMPARE(result.error, Error::Failed);
        QCOMPARE(result.message, QStringLiteral("The password file %1 does not exist.").arg(path));
    }

    void fileUnreadable()
    {
        // A path through a plain file: open() fails with ENOTDIR, whoever runs the test (root reads
        // a file without read permission, so EACCES cannot be provoked here).
        const QString parent = m_dir.filePath(QStringLiteral("plain"));
        QVERIFY(writeFile(parent, "x", ownerOnly));
        const QString path = parent + QStringLiteral("/password");
        const PasswordResult result = Passwords::readFile(path);
        QCOMPARE(result.error, Error::Failed);
        QCOMPARE(result.message, QStringLiteral("The password file %1 cannot be read: Not a directory.").arg(path));
    }

    void fileNotRegular()
    {
        // A folder, and a FIFO that would block a plain open() until someone writes to it.
        const QString folder = m_dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder, ownerOnly | QFile::ExeOwner));
        PasswordResult result = Passwords::readFile(folder);
        QCOMPARE(result.error, Error::Refused);
        QCOMPARE(result.message, QStringLiteral("The password file %1 is not a regular file.").arg(folder));

        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer clock;
        clock.start();
        result = Passwords::readFile(fifo);
        QCOMPARE(result.error, Error::Refused);
        QCOMPARE(result.message, QStringLiteral("The password file %1 is not a regular file.").arg(fifo));
        QVERIFY(clock.elapsed() < 5000);
    }

    void fileEmpty_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("no bytes") << QByteArray();
        QTest::newRow("empty first line") << QByteArray("\npassword on line two\n");
    }

    void fileEmpty()
    {
        QFETCH(QByteArray, contents);
        const QString path = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(writeFile(path, contents, ownerOnly));
        const PasswordResult result = Passwords::readFile(path);
        QCOMPARE(result.error, Error::Failed);
        QCOMPARE(result.message, QStringLiteral("The first line of the password file %1 is empty.").arg(path));
    }

    void fileOfAnotherUser()
    {
        if (::geteuid() != 0)
            QSKIP("only root can give a file to another user");
        const QString path = m_dir.filePath(QStringLiteral("theirs"));
        QVERIFY(writeFile(path, "theirs\n", ownerOnly));
        QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        const PasswordResult result = Passwords::readFile(path);
        QCOMPARE(result.error, Error::Refused);
        QCOMPARE(result.message,
                 QStringLiteral("The password file %1 belongs to another user; only a file of your own is trusted.")
                         .arg(path));
    }

    void fileInHomeFolder()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkdir(home));
        QVERIFY(writeFile(home + QStringLiteral("/.tidings-password"), "from-home\n", ownerOnly));
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home));
        const PasswordResult result = Passwords::readFile(QStringLiteral("~/.tidings-password"));
        qputenv("HOME", oldHome);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.password, QStringLiteral("from-home"));
    }

    // -- password commands

    void commandFirstLine()
    {
        const PasswordResult result = Passwords::runCommand(QStringLiteral("printf 'first line\\nsecond\\n'"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.password, QStringLiteral("first line"));
    }

    void commandSeesNoInput()
    {
        // Standard input is empty: `cat` ends at once instead of waiting for the timeout.
        QElapsedTimer clock;
        clock.start();
        const PasswordResult result = Passwords::runCommand(QStringLiteral("cat"), 20s);
        QCOMPARE(result.error, Error::Failed);
        QCOMPARE(result.message, QStringLiteral("The password command `cat` printed no password."));
        QVERIFY(clock.elapsed() < 10'000);
    }

    void commandFailureQuotesStderr()
    {
        const QString command = QStringLiteral("echo 'pass: gpg: decryption failed: No secret key' >&2; exit 3");
        const PasswordResult result = Passwords::runCommand(command);
        QCOMPARE(result.error, Error::Failed);
        QCOMPARE(result.message,
                 QStringLiteral("The password command `%1` failed (exit status 3): pass: gpg: "
                                "decryption failed: No secret key")
                         .arg(command));
    }

    void commandFailureWithOutputIsStillAFailure()
    {
        // A password printed by a command that then fails is not trusted.
        const QString command = QStringLiteral("echo half-a-password; exit 1");
        const PasswordResult result = Passwords::runCommand(command);
        QCOMPARE(result.error, Error::Failed);
        QVERIFY(result.password.isEmpty());
        QCOMPARE(result.message,
                 QStringLiteral("The password command `%1` failed (exit status 1) and printed no error.").arg(command));
    }

    void commandKilledBySignal()
    {
        const QString command = QStringLiteral("echo 'out of memory' >&2; kill -KILL $$");
        const PasswordResult result = Passwords::runCommand(command);
        QCOMPARE(result.error, Error::Failed);
        QCOMPARE(result.message, QStringLiteral("The password command `%1` was killed: out of memory").arg(command));
    }

    void commandEmptyOutput()
    {
        PasswordResult result = Passwords::runCommand(QStringLiteral("true"));
        QCOMPARE(result.error, Error::Failed);
        QCOMPARE(result.message, QStringLiteral("The password command `true` printed no password."));

        const QString command = QStringLiteral("echo; echo 'no entry for alice' >&2");
        result = Passwords::runCommand(command);
        QCOMPARE(result.error, Error::Failed);
        QCOMPARE(result.message,
                 QStringLiteral("The password command `%1` printed no password: no entry for alice").arg(command));
    }

    void commandTimeoutKillsItsProcesses()
    {
        // The shell writes its pid, which is also its process group's id, then waits on a child.
        const QString pidFile = m_dir.filePath(QStringLiteral("pid"));
        const QString command = QStringLiteral("echo $$ > '%1'; echo still thinking >&2; sleep 30").arg(pidFile);
        QElapsedTimer clock;
        clock.start();
        const PasswordResult result = Passwords::runCommand(command, 1500ms);
        const qint64 took = clock.elapsed();
        QCOMPARE(result.error, Error::Failed);
        QCOMPARE(result.message,
                 QStringLiteral("The password command `%1` did not finish within 1 second(s). It said: still thinking")
                         .arg(command));
        QVERIFY2(took >= 1400 && took < 10'000, qPrintable(QString::number(took)));

        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 group = file.readAll().trimmed().toLongLong();
        QVERIFY(group > 1);
        // The shell and its sleep are gone, not left to run out their 30 seconds.
        QTRY_COMPARE_WITH_TIMEOUT(liveMembersOfGroup(group), QStringList(), 5000);
    }

    // -- the session's memory

    void sessionAsksOnce()
    {
        SessionPasswords session;
        int asked = 0;
        auto ask = [&asked]() -> std::optional<QString> {
            ++asked;
            return QStringLiteral("typed-%1").arg(asked);
        };
        const QString key
                = Passwords::keychainKey(QUrl(QStringLiteral("https://rss.example/tt-rss/")), QStringLiteral("alice"));
        QCOMPARE(session.find(key), std::nullopt);
        QCOMPARE(session.findOrAsk(key, ask), std::optional<QString>(QStringLiteral("typed-1")));
        QCOMPARE(asked, 1);
        QCOMPARE(session.findOrAsk(key, ask), std::optional<QString>(QStringLiteral("typed-1")));
        QCOMPARE(asked, 1);
        QCOMPARE(session.find(key), std::optional<QString>(QStringLiteral("typed-1")));

        // Another login is another question.
        const QString bobKey
                = Passwords::keychainKey(QUrl(QStringLiteral("https://rss.example/tt-rss/")), QStringLiteral("bob"));
        QCOMPARE(session.findOrAsk(bobKey, ask), std::optional<QString>(QStringLiteral("typed-2")));
        QCOMPARE(asked, 2);

        // The service said the password is wrong: the next use asks again.
        session.forget(key);
        QCOMPARE(session.findOrAsk(key, ask), std::optional<QString>(QStringLiteral("typed-3")));
        QCOMPARE(asked, 3);
        QCOMPARE(session.find(bobKey), std::optional<QString>(QStringLiteral("typed-2")));
    }

    void sessionDeclinedIsAskedAgain()
    {
        SessionPasswords session;
        int asked = 0;
        auto decline = [&asked]() -> std::optional<QString> {
            ++asked;
            return std::nullopt;
        };
        QCOMPARE(session.findOrAsk(QStringLiteral("k"), decline), std::nullopt);
        QCOMPARE(session.findOrAsk(QStringLiteral("k"), decline), std::nullopt);
        QCOMPARE(asked, 2);
        QCOMPARE(session.find(QStringLiteral("k")), std::nullopt);
    }

    void sessionServesOtherThreads()
    {
        // The window remembers, the sync's worker thread reads.
        SessionPasswords session;
        session.remember(QStringLiteral("k"), QStringLiteral("given"));
        std::optional<QString> seen;
        QThread *worker = QThread::create([&] { seen = session.find(QStringLiteral("k")); });
        worker->start();
        QVERIFY(worker->wait(10'000));
        delete worker;
        QCOMPARE(seen, std::optional<QString>(QStringLiteral("given")));
    }

    // -- where a password comes from

    void passwordForKeychainAccountPrefersTheSession()
    {
        SessionPasswords session;
        const Passwords passwords(nullptr, &session);
        const QString key = QStringLiteral("alice@https://rss.example/tt-rss");

        PasswordResult result = passwords.passwordFor(PasswordSource::keychain(), key);
        QCOMPARE(result.error, Error::NoKeychain);
        QVERIFY(result.userMayAnswer());
        QVERIFY(result.message.contains(QLatin1String("--password-file")));

        session.remember(key, QStringLiteral("asked-for"));
        result = passwords.passwordFor(PasswordSource::keychain(), key);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.password, QStringLiteral("asked-for"));
    }

    void passwordForFileAndCommand()
    {
        SessionPasswords session;
        session.remember(QStringLiteral("k"), QStringLiteral("from-session"));
        const Passwords passwords(nullptr, &session);

        const QString path = m_dir.filePath(QStringLiteral("pw"));
        QVERIFY(writeFile(path, "from-file\n", ownerOnly));
        PasswordResult result = passwords.passwordFor(PasswordSource::file(path), QStringLiteral("k"));
        QCOMPARE(result.password, QStringLiteral("from-file"));

        result = passwords.passwordFor(PasswordSource::command(QStringLiteral("echo from-command")),
                                       QStringLiteral("k"));
        QCOMPARE(result.password, QStringLiteral("from-command"));

        // A file is read again each time: a changed password is picked up without a restart.
        QVERIFY(writeFile(path, "changed\n", ownerOnly));
        result = passwords.passwordFor(PasswordSource::file(path), QStringLiteral("k"));
        QCOMPARE(result.password, QStringLiteral("changed"));

        QVERIFY(QFile::setPermissions(path, ownerOnly | QFile::ReadOther));
        result = passwords.passwordFor(PasswordSource::file(path), QStringLiteral("k"));
        QCOMPARE(result.error, Error::Refused);
        QVERIFY(!result.userMayAnswer());
    }

    void keychainKeys()
    {
        const QUrl url(QStringLiteral("https://Reader.Example.org/tt-rss/"));
        QCOMPARE(Passwords::keychainKey(url, QStringLiteral("alice")),
                 QStringLiteral("alice@https://reader.example.org/tt-rss"));
        // Credentials in the URL are not part of the key (and never stored); nor is a fragment.
        QCOMPARE(Passwords::keychainKey(QUrl(QStringLiteral("https://eve:pw@reader.example.org/tt-rss#x")),
                                        QStringLiteral("alice")),
                 QStringLiteral("alice@https://reader.example.org/tt-rss"));
        QCOMPARE(Passwords::keychainKey(QUrl(QStringLiteral("https://fresh.example/api/greader.php")),
                                        QStringLiteral("bob@mail.example")),
                 QStringLiteral("bob@mail.example@https://fresh.example/api/greader.php"));
        QVERIFY(Passwords::keychainKey(url, QStringLiteral("alice"))
                != Passwords::keychainKey(QUrl(QStringLiteral("http://reader.example.org/tt-rss/")),
                                          QStringLiteral("alice")));
    }

    // -- the keychain where no keychain service runs

    void keychainWithoutSessionBus_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("store") << QStringList{QStringLiteral("store"), QStringLiteral("alice@https://rss.example"),
                                              QStringLiteral("hunter2")};
        QTest::newRow("read") << QStringList{QStringLiteral("read"), QStringLiteral("alice@https://rss.example")};
        QTest::newRow("read on a worker")
                << QStringList{QStringLiteral("read-on-worker"), QStringLiteral("alice@https://rss.example")};
        QTest::newRow("remove") << QStringList{QStringLiteral("remove"), QStringLiteral("alice@https://rss.example")};
    }

    void keychainWithoutSessionBus()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // No session bus at the address given, none to autolaunch (no X11 display), none at
        // $XDG_RUNTIME_DIR/bus: as on CI and on a server without a desktop session.
        const QString home = dir.filePath(QStringLiteral("home"));
        const QString runtime = dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(home));
        QVERIFY(QDir().mkpath(runtime));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                                 "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID",
                                 "QTKEYCHAIN_BACKEND", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("HOME"), home);
        // GLib keeps a few bytes for the life of a process whose bus connection failed.
        env.insert(QStringLiteral("LSAN_OPTIONS"), QStringLiteral("suppressions=" TIDINGS_KEYCHAIN_LSAN));

        QProcess helper;
        helper.setProcessEnvironment(env);
        helper.start(QStringLiteral(TIDINGS_KEYCHAIN_HELPER), arguments);
        QVERIFY(helper.waitForFinished(60'000));
        const QString output = QString::fromUtf8(helper.readAllStandardOutput());
        QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
        QCOMPARE(output,
                 QStringLiteral("error NoKeychain: No keychain service is running (Secret Service or KWallet); use "
                                "--password-file or --password-command to give the password.\n"));
        QCOMPARE(helper.exitCode(), 1);
        // Nothing fell back to a file: QtKeychain's plain-text fallback is off.
        QDirIterator written(home, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                             QDirIterator::Subdirectories);
        QStringList files;
        while (written.hasNext())
            files << written.next();
        QCOMPARE(files, QStringList());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPasswords)
#include "tst_passwords.moc"
