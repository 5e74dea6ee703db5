#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace tidings::accounts {

class Keychain;

// Where an account's password comes from. Only this is stored with the account; the password itself
// stays in the keychain, in the user's own file, or in whatever the user's command asks.
struct PasswordSource
{
    enum class Kind {
        Keychain, // the desktop's keychain (Secret Service or KWallet), under Passwords::keychainKey
        File, // the first line of a file only its owner can read (Newsboat's passwordfile)
        Command, // the first line a shell command prints (Newsboat's passwordeval)
    };
    Kind kind = Kind::Keychain;
    QString location; // File: its path (a leading ~/ is the home folder); Command: the command line

    [[nodiscard]] static PasswordSource keychain() { return {}; }
    [[nodiscard]] static PasswordSource file(const QString &path) { return {Kind::File, path}; }
    [[nodiscard]] static PasswordSource command(const QString &commandLine) { return {Kind::Command, commandLine}; }
};

// A password, or why there is none. The message never holds the password.
struct PasswordResult
{
    enum class Error {
        None,
        NoKeychain, // no keychain service runs: ask the user, or set up a password file or command
        NotStored, // the keychain runs but holds nothing for this account: ask the user
        Refused, // a password file that others can read or change, or that is not a plain file
        Failed, // a missing or unreadable file, a failing command, a keychain that said no or timed out
    };
    QString password; // set only when ok()
    Error error = Error::None;
    QString message; // for the user, translated

    [[nodiscard]] bool ok() const { return error == Error::None; }
    // Whether the window may ask the user instead (once per session, see SessionPasswords).
    [[nodiscard]] bool userMayAnswer() const { return error == Error::NoKeychain || error == Error::NotStored; }

    [[nodiscard]] static PasswordResult found(const QString &password) { return {password, Error::None, {}}; }
    [[nodiscard]] static PasswordResult failed(Error error, const QString &message) { return {{}, error, message}; }
};

// Passwords the window asked the user for, kept in memory for the rest of the session and never
// written anywhere. Thread-safe: the window fills it, the sync on its worker thread reads it.
class SessionPasswords
{
public:
    [[nodiscard]] std::optional<QString> find(const QString &key) const;
    void remember(const QString &key, const QString &password);
    // After the service said the password is wrong, so the next use asks again.
    void forget(const QString &key);

    // The remembered password, or what ask() answers, which is then remembered: the user is asked
    // once per session. std::nullopt when the user declined (not remembered: asked again next time).
    // ask() runs without the lock held, on the calling thread (the window's).
    [[nodiscard]] std::optional<QString> findOrAsk(const QString &key,
                                                   const std::function<std::optional<QString>()> &ask);

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_passwords;
};

// Reads an account's password from where its source says, on the calling thread (a sync's worker, or
// the command line's main thread; never the GUI thread: a command or the keychain may take seconds).
class Passwords
{
    Q_DECLARE_TR_FUNCTIONS(Passwords)

public:
    static constexpr std::chrono::milliseconds defaultCommandTimeout{10'000};
    // Bounds what a password file or command may give; a password is a line, not a document.
    static constexpr qsizetype maxInputBytes = qsizetype{64} * 1024;

    // session may be null (the command line asks nobody); keychain may be null (sources other than
    // the keychain only), else it must outlive this object.
    Passwords(const Keychain *keychain, SessionPasswords *session);

    // For a keychain account: what the user gave this session, else the keychain. For a file or a
    // command: read again every time, so a changed file or a rotated secret is picked up.
    [[nodiscard]] PasswordResult passwordFor(const PasswordSource &source, const QString &keychainKey) const;

    // The keychain entry of an account: its user and its service's address, so that the same login in
    // two data folders shares one entry, and an entry can never be handed to another server (a local
    // account id would be reused by a new database, or by another --data-dir, for another account).
    [[nodiscard]] static QString keychainKey(const QUrl &serviceUrl, const QString &user);

    // The first line of the file, refused unless the file is a regular file of the user's own that
    // no one else may read or write (as ssh treats a private key).
    [[nodiscard]] static PasswordResult readFile(const QString &path);
    // The first line that `/bin/sh -c commandLine` prints; a non-zero exit, no output or a timeout is an
    // error that quotes what the command wrote to standard error. Standard input is empty. On timeout
    // the command's whole process group is killed.
    [[nodiscard]] static PasswordResult runCommand(const QString &commandLine,
                                                   std::chrono::milliseconds timeout = defaultCommandTimeout);

private:
    const Keychain *m_keychain;
    SessionPasswords *m_session;
};

} // namespace tidings::accounts
