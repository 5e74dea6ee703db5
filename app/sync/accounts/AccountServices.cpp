#include "AccountServices.h"

#include "sync/accounts/GReaderClient.h"
#include "sync/accounts/TtRssClient.h"

namespace tidings::accounts {

std::unique_ptr<FeedService> AccountServices::make(ServiceKind kind, QNetworkAccessManager *network,
                                                   const QUrl &baseUrl, const QString &user, const QString &password,
                                                   QString *error, Fetcher::Options options)
{
    switch (kind) {
    case ServiceKind::GoogleReader:
        return std::make_unique<GReaderClient>(network, baseUrl, user, password, options);
    case ServiceKind::TinyTinyRss:
        // tt-rss binds its session to a client made on the thread that uses it; it makes its own manager.
        Q_UNUSED(network)
        return std::make_unique<TtRssClient>(
                baseUrl, user, password, TtRssClient::Options{options.timeoutMs, options.deadlineMs, options.maxBytes});
    }
    if (error)
        *error = tr("Tidings cannot speak to %1 services yet.").arg(serviceKindName(kind));
    return nullptr;
}

QUrl AccountServices::apiAddress(const FeedService &service, const QUrl &given)
{
    if (const auto *greader = dynamic_cast<const GReaderClient *>(&service))
        return greader->baseUrl();
    return given;
}

} // namespace tidings::accounts
