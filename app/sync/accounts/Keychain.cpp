#include "Keychain.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QLoggingCategory>
#include <QPromise>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <memory>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcPasswords)

namespace tidings::accounts {

namespace {

// The thread every QtKeychain job lives on (see Keychain.h), and an object on it to post work to.
// Made on first use, stopped when the application object goes.
struct KeychainThread
{
    QThread *thread = nullptr;
    QObject *anchor = nullptr;
};

KeychainThread *keychainThread()
{
    static KeychainThread *const instance = [] {
        auto *made = new KeychainThread;
        made->thread = new QThread;
        made->thread->setObjectName(QStringLiteral("tidings-keychain"));
        made->anchor = new QObject;
        made->anchor->moveToThread(made->thread);
        QObject::connect(made->thread, &QThread::finished, made->anchor, &QObject::deleteLater);
        made->thread->start();
        qAddPostRoutine([] {
            KeychainThread *self = keychainThread();
            self->thread->quit();
            self->thread->wait();
        });
        return made;
    }();
    return instance;
}

// Services that keep secrets for QtKeychain on Linux, as named on the session bus.
bool keychainServiceOnBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusConnectionInterface *daemon = bus.interface();
    if (!daemon)
        return false;
    static const QStringList names = {QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
                                      QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd")};
    const QDBusReply<QStringList> running = daemon->registeredServiceNames();
    const QDBusReply<QStringList> startable = daemon->activatableServiceNames();
    return std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
        return (running.isValid() && running.value().contains(name))
                || (startable.isValid() && startable.value().contains(name));
    });
}

enum class Operation { Read, Store, Remove };

// Runs on the keychain thread, once the job has finished.
PasswordResult resultOf(Operation operation, QKeychain::Job *job, const QString &key)
{
    using Error = PasswordResult::Error;
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        if (operation == Operation::Read)
            return PasswordResult::found(static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
        return {};
    }
    qCInfo(lcPasswords) << "keychain" << static_cast<int>(operation) << key << "failed:" << error << job->errorString();
    if (error == QKeychain::EntryNotFound) {
        if (operation == Operation::Remove)
            return {};
        return PasswordResult::failed(Error::NotStored,
                                      Keychain::tr("The keychain holds no password for %1.").arg(key));
    }
    // Without a session bus, or with one where no keychain answers, QtKeychain reports NoBackendAvailable,
    // or OtherError with whatever libsecret or D-Bus said (in the user's language, so not to be parsed):
    // asking the bus itself tells the two apart from a keychain that runs and said no.
    if (error == QKeychain::NoBackendAvailable
        || ((error == QKeychain::OtherError || error == QKeychain::NotImplemented) && !keychainServiceOnBus()))
        return PasswordResult::failed(Error::NoKeychain,
                                      Keychain::tr("No keychain service is running (Secret Service or KWallet); use "
                                                   "--password-file or --password-command to give the password."));
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser)
        return PasswordResult::failed(
                Error::Failed, Keychain::tr("The keychain refused access (is it locked?): %1").arg(job->errorString()));
    return PasswordResult::failed(Error::Failed, Keychain::tr("The keychain failed: %1").arg(job->errorString()));
}

QFuture<PasswordResult> runJob(Operation operation, const QString &service, const QString &key, const QString &password,
                               std::chrono::milliseconds timeout)
{
    auto promise = std::make_shared<QPromise<PasswordResult>>();
    QFuture<PasswordResult> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(keychainThread()->anchor, [=] {
        QKeychain::Job *job = nullptr;
        switch (operation) {
        case Operation::Read:
            job = new QKeychain::ReadPasswordJob(service);
            break;
        case Operation::Store: {
            auto *write = new QKeychain::WritePasswordJob(service);
            write->setTextData(password);
            job = write;
            break;
        }
        case Operation::Remove:
            job = new QKeychain::DeletePasswordJob(service);
            break;
        }
        job->setKey(key);
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        // Both the job's answer and the timeout run on this thread: whichever comes first settles
        // the promise. A job that answers after its timeout still deletes itself.
        auto settled = std::make_shared<bool>(false);
        QObject::connect(job, &QKeychain::Job::finished, job, [=](QKeychain::Job *done) {
            if (std::exchange(*settled, true))
                return;
            promise->addResult(resultOf(operation, done, key));
            promise->finish();
        });
        QTimer::singleShot(timeout, job, [=] {
            if (std::exchange(*settled, true))
                return;
            qCInfo(lcPasswords) << "keychain" << static_cast<int>(operation) << key << "timed out";
            const auto seconds = static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
            promise->addResult(PasswordResult::failed(
                    PasswordResult::Error::Failed,
                    Keychain::tr("The keychain did not answer within %n second(s); it may be waiting to be unlocked.",
                                 nullptr, std::max(seconds, 1))));
            promise->finish();
        });
        job->start();
    });
    return future;
}

} // namespace

Keychain::Keychain(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{ }

QFuture<PasswordResult> Keychain::read(const QString &key) const
{
    return runJob(Operation::Read, m_service, key, {}, m_timeout);
}

QFuture<PasswordResult> Keychain::store(const QString &key, const QString &password) const
{
    return runJob(Operation::Store, m_service, key, password, m_timeout);
}

QFuture<PasswordResult> Keychain::remove(const QString &key) const
{
    return runJob(Operation::Remove, m_service, key, {}, m_timeout);
}

PasswordResult Keychain::wait(QFuture<PasswordResult> future)
{
    Q_ASSERT_X(QThread::currentThread() != keychainThread()->thread, "Keychain::wait",
               "waiting on the keychain thread would never end");
    future.waitForFinished();
    if (future.isCanceled() || future.resultCount() == 0)
        return PasswordResult::failed(PasswordResult::Error::Failed, tr("The keychain was closed before it answered."));
    return future.result();
}

} // namespace tidings::accounts
