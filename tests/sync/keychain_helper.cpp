// Runs one keychain operation through tidings::accounts::Keychain and prints its outcome, so that the
// tests can run it under a D-Bus session of their own making (none, one without a keychain, one with
// a throwaway GNOME Keyring) without touching the keychain of the user who runs them.
//
//   keychain_helper store KEY PASSWORD | read KEY | read-on-worker KEY | read-parallel KEY
//                   | read-async KEY | remove KEY
//
// Prints "ok", "ok PASSWORD" (read) or "error KIND: MESSAGE", and exits 0 on ok, 1 on an error, 2 on
// bad arguments.

#include "sync/accounts/Keychain.h"
#include "util/Futures.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

using tidings::accounts::Keychain;
using tidings::accounts::PasswordResult;

namespace {

QString kindName(PasswordResult::Error error)
{
    switch (error) {
    case PasswordResult::Error::None:
        return QStringLiteral("None");
    case PasswordResult::Error::NoKeychain:
        return QStringLiteral("NoKeychain");
    case PasswordResult::Error::NotStored:
        return QStringLiteral("NotStored");
    case PasswordResult::Error::Refused:
        return QStringLiteral("Refused");
    case PasswordResult::Error::Failed:
        return QStringLiteral("Failed");
    }
    return QStringLiteral("?");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    if (args.size() < 2 || (args.at(0) == QLatin1String("store") && args.size() < 3)) {
        out << "usage: keychain_helper store KEY PASSWORD | read KEY | read-on-worker KEY | read-parallel KEY | "
               "read-async KEY | remove KEY\n";
        return 2;
    }
    const QString &operation = args.at(0);
    const QString &key = args.at(1);
    // Short enough that a keychain that never answers fails the test well within its CTest timeout.
    const Keychain keychain(QStringLiteral("Tidings-test"), std::chrono::seconds(20));

    PasswordResult result;
    bool known = true;
    if (operation == QLatin1String("store")) {
        result = keychain.storeNow(key, args.at(2));
    } else if (operation == QLatin1String("read")) {
        result = keychain.readNow(key);
    } else if (operation == QLatin1String("read-on-worker")) {
        // As an account sync reads it: blocking, on a thread that is neither the main one nor the keychain's.
        QThread *worker = QThread::create([&] { result = keychain.readNow(key); });
        worker->start();
        worker->wait();
        delete worker;
    } else if (operation == QLatin1String("read-parallel")) {
        // Several syncs at once, each on its own thread: QtKeychain's queue is not thread-safe, so this
        // holds only because every job runs on the keychain's own thread.
        constexpr int threads = 8;
        std::vector<PasswordResult> results(threads);
        std::vector<std::unique_ptr<QThread>> workers;
        for (int i = 0; i < threads; ++i)
            workers.emplace_back(QThread::create([&, i] { results[i] = keychain.readNow(key); }));
        for (const auto &worker : workers)
            worker->start();
        for (const auto &worker : workers)
            worker->wait();
        result = results.front();
        for (const PasswordResult &other : results) {
            if (other.error != result.error || other.password != result.password || other.message != result.message)
                result = PasswordResult::failed(
                        PasswordResult::Error::Failed,
                        QStringLiteral("parallel reads disagree: %1 / %2").arg(result.message, other.message));
        }
    } else if (operation == QLatin1String("read-async")) {
        // As the window would: the GUI thread never waits, the answer comes through its event loop.
        bool answered = false;
        QObject context;
        tidings::whenReady(keychain.read(key), &context, [&](const PasswordResult &answer) {
            result = answer;
            answered = true;
            app.quit();
        });
        QTimer::singleShot(std::chrono::seconds(30), &app, &QCoreApplication::quit);
        app.exec();
        if (!answered)
            result = PasswordResult::failed(PasswordResult::Error::Failed, QStringLiteral("no answer in 30 s"));
    } else if (operation == QLatin1String("remove")) {
        result = keychain.removeNow(key);
    } else {
        known = false;
    }
    if (!known) {
        out << "unknown operation " << operation << '\n';
        return 2;
    }
    if (result.ok()) {
        out << "ok";
        if (operation.startsWith(QLatin1String("read")))
            out << ' ' << result.password;
        out << '\n';
        return 0;
    }
    out << "error " << kindName(result.error) << ": " << result.message << '\n';
    return 1;
}
