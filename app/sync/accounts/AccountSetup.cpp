#include "AccountSetup.h"

#include "storage/Store.h"
#include "sync/accounts/AccountServices.h"
#include "sync/accounts/Keychain.h"

namespace tidings::accounts {

QString AccountSetup::defaultName(const QString &user, const QUrl &url)
{
    return user + u'@' + url.host() + (url.port() > 0 ? u':' + QString::number(url.port()) : QString());
}

AddedAccount AccountSetup::add(const NewAccount &request, QNetworkAccessManager *network,
                               const AccountSync::StoreRunner &onStore, const Keychain &keychain)
{
    AddedAccount added;
    AccountRow &account = added.account;
    account.kind = request.kind;
    account.baseUrl = request.url;
    account.user = request.user;
    account.password = request.password;
    account.name = request.name.trimmed().isEmpty() ? defaultName(request.user, request.url) : request.name.trimmed();
    if (!request.url.isValid() || (request.url.scheme() != u"http" && request.url.scheme() != u"https")) {
        added.error = tr("%1 is not an http or https address").arg(request.url.toString());
        return added;
    }
    if (request.user.isEmpty()) {
        added.error = tr("The account needs a user name.");
        return added;
    }

    QString password = request.typedPassword;
    if (request.password.kind != PasswordSource::Kind::Keychain) {
        const PasswordResult read = Passwords(nullptr, nullptr).passwordFor(request.password, {});
        if (!read.ok()) {
            added.error = read.message;
            return added;
        }
        password = read.password;
    } else if (password.isEmpty()) {
        added.error = tr("The account needs its password.");
        return added;
    }

    // Nothing is stored before the service has accepted the credentials.
    QString error;
    const std::unique_ptr<FeedService> service
            = AccountServices::make(account.kind, network, account.baseUrl, account.user, password, &error);
    if (!service) {
        added.error = error;
        return added;
    }
    const ServiceError login = service->login();
    if (!login.ok()) {
        added.error = login.message;
        return added;
    }
    account.baseUrl = AccountServices::apiAddress(*service, request.url);

    if (request.password.kind == PasswordSource::Kind::Keychain) {
        keep(added, password, keychain, request.sessionWithoutKeychain);
        if (!added.ok())
            return added;
    }

    onStore([&added](Store &store) {
        AccountStore accounts(store);
        if (!accounts.addAccount(added.account))
            added.error = accounts.error();
    });
    return added;
}

void AccountSetup::keep(AddedAccount &result, const QString &password, const Keychain &keychain,
                        SessionPasswords *sessionWithoutKeychain)
{
    const QString key = Passwords::keychainKey(result.account.baseUrl, result.account.user);
    const PasswordResult stored = keychain.storeNow(key, password);
    if (stored.error == PasswordResult::Error::NoKeychain && sessionWithoutKeychain) {
        sessionWithoutKeychain->remember(key, password);
        result.keptForSessionOnly = true;
    } else if (!stored.ok()) {
        result.error = stored.message;
    } else if (sessionWithoutKeychain) {
        // A password typed this session for this login would shadow the keychain's new one.
        sessionWithoutKeychain->forget(key);
    }
}

AddedAccount AccountSetup::changePassword(const AccountRow &account, const QString &password,
                                          QNetworkAccessManager *network, const Keychain &keychain,
                                          SessionPasswords *sessionWithoutKeychain)
{
    AddedAccount changed;
    changed.account = account;
    if (account.password.kind != PasswordSource::Kind::Keychain) {
        changed.error = tr("The password of %1 comes from a file or a command: change it there.").arg(account.name);
        return changed;
    }
    if (password.isEmpty()) {
        changed.error = tr("The account needs its password.");
        return changed;
    }
    QString error;
    const std::unique_ptr<FeedService> service
            = AccountServices::make(account.kind, network, account.baseUrl, account.user, password, &error);
    if (!service) {
        changed.error = error;
        return changed;
    }
    const ServiceError login = service->login();
    if (!login.ok()) {
        changed.error = login.message;
        return changed;
    }
    keep(changed, password, keychain, sessionWithoutKeychain);
    return changed;
}

} // namespace tidings::accounts
