#pragma once

#include "net/Fetcher.h"
#include "sync/accounts/AccountStore.h"
#include "sync/accounts/FeedService.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace tidings::accounts {

// An account's password, or why there is none, in words (no keychain, a file others can read, a
// command that failed). Never stored by Tidings.
struct PasswordAnswer
{
    QString password;
    QString error;
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// The seam between the sync and wherever passwords live (app/sync/accounts/Passwords: keychain,
// password file, password command). The sync and the command line ask through this only.
using PasswordLookup = std::function<PasswordAnswer(const AccountRow &account)>;

class AccountServices
{
    Q_DECLARE_TR_FUNCTIONS(AccountServices)

public:
    // The client for an account's kind of service, on the calling thread's network manager. The one
    // place that knows which class speaks which service. Null (error set) for a kind without a client.
    [[nodiscard]] static std::unique_ptr<FeedService> make(ServiceKind kind, QNetworkAccessManager *network,
                                                           const QUrl &baseUrl, const QString &user,
                                                           const QString &password, QString *error,
                                                           Fetcher::Options options = {});
    // Where the client found the API (a FreshRSS address given as the site's own becomes its
    // /api/greader.php), after a successful login(); what an account should store.
    [[nodiscard]] static QUrl apiAddress(const FeedService &service, const QUrl &given);
};

} // namespace tidings::accounts
