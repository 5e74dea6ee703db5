#pragma once

#include "sync/accounts/AccountStore.h"
#include "sync/accounts/AccountSync.h"

#include <QCoreApplication>

class QNetworkAccessManager;

namespace tidings::accounts {

class Keychain;

// What a user gives to add an account, in the window or on the command line.
struct NewAccount
{
    ServiceKind kind = ServiceKind::TinyTinyRss;
    QUrl url; // as typed: the service finds its API below it where it can
    QString user;
    // Where the password lives from now on. For the keychain, typedPassword is what goes there once
    // the service accepted it; for a file or a command it is read from there (typedPassword unused).
    PasswordSource password;
    QString typedPassword;
    QString name; // empty: user@host
    // Where no keychain runs, the window keeps the account and asks for the password once per
    // session (the command line refuses, and says how to set up a password file or command).
    SessionPasswords *sessionWithoutKeychain = nullptr;
};

struct AddedAccount
{
    AccountRow account; // as stored, with its id
    QString error; // in words: what the service said, or why nothing was stored
    bool keptForSessionOnly = false; // no keychain runs: the password is in SessionPasswords only
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Adds an account the way the window and the command line both do: the credentials are checked
// with the service at once (nothing is stored for a wrong password, API access switched off, no such
// service, an unreachable address), then the password goes where its source says, then the account
// is stored. Blocks on the service: a worker thread or the command line, never the GUI thread.
class AccountSetup
{
    Q_DECLARE_TR_FUNCTIONS(AccountSetup)

public:
    [[nodiscard]] static QString defaultName(const QString &user, const QUrl &url);

    [[nodiscard]] static AddedAccount add(const NewAccount &request, QNetworkAccessManager *network,
                                          const AccountSync::StoreRunner &onStore, const Keychain &keychain);

    // A keychain account's new password (changed on the service): checked with the service, then it
    // replaces the keychain's (or, where no keychain runs and session is given, the session's).
    // AddedAccount::account is the account as given; error says why nothing changed.
    [[nodiscard]] static AddedAccount changePassword(const AccountRow &account, const QString &password,
                                                     QNetworkAccessManager *network, const Keychain &keychain,
                                                     SessionPasswords *sessionWithoutKeychain);

private:
    // Stores a password the service accepted where a keychain account keeps it.
    static void keep(AddedAccount &result, const QString &password, const Keychain &keychain,
                     SessionPasswords *sessionWithoutKeychain);
};

} // namespace tidings::accounts
