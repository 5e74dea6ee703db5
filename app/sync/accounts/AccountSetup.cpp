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
        const QString key = Passwords::keychainKey(account.baseUrl, account.user);
        const PasswordResult stored = keychain.storeNow(key, password);
        if (stored.error == PasswordResult::Error::NoKeychain && request.sessionWithoutKeychain) {
            request.sessionWithoutKeychain->remember(key, password);
            added.keptForSessionOnly = true;
        } else if (!stored.ok()) {
            added.error = stored.message;
            return added;
        }
    }

    onStore([&added](Store &store) {
        AccountStore accounts(store);
        if (!accounts.addAccount(added.account))
            added.error = accounts.error();
    });
    return added;
}

} // namespace tidings::accounts
