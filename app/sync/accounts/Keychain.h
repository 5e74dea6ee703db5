#pragma once

#include "Passwords.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <chrono>

namespace tidings::accounts {

// The desktop's keychain through QtKeychain: the Secret Service (GNOME Keyring, KeePassXC, ...) through
// libsecret, or KWallet, both over the D-Bus session bus.
//
// QtKeychain runs its jobs one at a time from a queue that lives, unlocked, in whichever thread starts
// the first job, and libsecret answers on the GLib context of the thread that asked. So every job is
// made, started and finished on one thread of Tidings' own, whichever thread calls: the futures can be
// awaited from a worker thread or the command line's main thread (the *Now forms), or watched from the
// GUI thread (whenReady from util/Futures.h). Never wait on them from a job's own callback.
//
// QtKeychain's "insecure fallback" (a plain-text settings file when no keychain runs) stays off: a
// password is written to the keychain or nowhere.
class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)

public:
    static inline const QString defaultService = QStringLiteral("Tidings");
    // Long enough for a user to type the password of a locked keychain when it asks, short enough
    // that a keychain that never answers fails a sync with a message instead of hanging it.
    static constexpr std::chrono::milliseconds defaultTimeout{60'000};

    explicit Keychain(QString service = defaultService, std::chrono::milliseconds timeout = defaultTimeout);

    // Error::NotStored when the keychain holds nothing under key.
    [[nodiscard]] QFuture<PasswordResult> read(const QString &key) const;
    // Replaces what is stored under key. The result carries no password.
    [[nodiscard]] QFuture<PasswordResult> store(const QString &key, const QString &password) const;
    // Removing what is not there succeeds.
    [[nodiscard]] QFuture<PasswordResult> remove(const QString &key) const;

    [[nodiscard]] PasswordResult readNow(const QString &key) const { return wait(read(key)); }
    [[nodiscard]] PasswordResult storeNow(const QString &key, const QString &password) const
    {
        return wait(store(key, password));
    }
    [[nodiscard]] PasswordResult removeNow(const QString &key) const { return wait(remove(key)); }

    [[nodiscard]] const QString &service() const { return m_service; }

private:
    [[nodiscard]] static PasswordResult wait(QFuture<PasswordResult> future);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace tidings::accounts
