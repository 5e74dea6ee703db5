#pragma once

#include "net/Fetcher.h"
#include "sync/accounts/FeedService.h"

#include <QCoreApplication>
#include <QPair>

class QNetworkAccessManager;

namespace tidings::accounts {

// How much one request asks for.
struct GReaderLimits
{
    int idsPerPage = 1000; // stream/items/ids per articlesAfter call
    int idsPerList = 10000; // stream/items/ids per request when listing unread or starred ids
    int idsPerPost = 250; // i= per stream/items/contents or edit-tag call
};

// The Google Reader API as FreshRSS (BASE = .../api/greader.php), Miniflux and Inoreader-style
// services speak it. Logs in with ClientLogin and keeps the Auth it gets; fetches the action token T
// before the first POST and again when the service refuses it; logs in once more when the service says
// the login expired, and repeats the call once. Item ids are always handed out in the long form.
//
// Blocking: each call runs a local event loop until its replies are in, so the client belongs on the
// worker thread that syncs its account, with a QNetworkAccessManager of that thread.
class GReaderClient final : public FeedService
{
    Q_DECLARE_TR_FUNCTIONS(GReaderClient)

public:
    using Limits = GReaderLimits;

    GReaderClient(QNetworkAccessManager *network, QUrl baseUrl, QString user, QString password,
                  Fetcher::Options options = {}, Limits limits = {});

    [[nodiscard]] ServiceKind kind() const override { return ServiceKind::GoogleReader; }
    // Where the API answered: the address given, or FreshRSS's /api/greader.php under it when the
    // address given was FreshRSS's own (see login()). What an account should store.
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    ServiceError login() override;
    [[nodiscard]] ServiceResult<QList<RemoteFolder>> folders() override;
    [[nodiscard]] ServiceResult<QList<RemoteFeed>> feeds() override;
    [[nodiscard]] ServiceResult<ArticleBatch> articlesAfter(const QString &cursor) override;
    [[nodiscard]] ServiceResult<QList<RemoteArticle>> articles(const QStringList &ids) override;
    [[nodiscard]] ServiceResult<QStringList> unreadIds() override;
    [[nodiscard]] ServiceResult<QStringList> starredIds() override;
    // flagCounts() and flaggedIds() keep FeedService's defaults (not counted; the whole lists): one
    // stream/items/ids call gives thousands of ids, so reading the whole lists at every sync is cheap
    // and finds every change, swaps included.
    ServiceError setFlag(Flag flag, bool on, const QStringList &articleIds) override;
    [[nodiscard]] ServiceResult<QString> subscribe(const QUrl &feedUrl, const QString &folderId) override;
    ServiceError unsubscribe(const QString &feedId) override;
    ServiceError renameFeed(const QString &feedId, const QString &title) override;
    ServiceError moveFeed(const QString &feedId, const QString &folderId) override;

    // An item id in the long form ("tag:google.com,2005:reader/item/" and 16 lower-case hex digits)
    // from the long form or the short decimal form, signed or not (some services give the decimal form
    // of a signed 64-bit number, negative when the top bit is set). Empty when the text is neither.
    [[nodiscard]] static QString longItemId(QStringView id);
    // A label id with the "-" that stands for the user ("user/1/label/Tech" -> "user/-/label/Tech").
    [[nodiscard]] static QString normalisedLabel(const QString &id);

private:
    using Fields = QList<QPair<QString, QString>>;
    struct Answer;

    ServiceError logInOnce();
    // One request, no retries. A POST carries fields as a form; a GET as its query.
    Answer send(bool post, const QString &endpoint, const Fields &fields, bool withAuth);
    // A GET that logs in when there is no login and once more when the service says it expired.
    ServiceResult<QByteArray> get(const QString &endpoint, const Fields &query);
    // A POST with the action token, fetched when missing and again when refused.
    ServiceResult<QByteArray> post(const QString &endpoint, const Fields &form);
    ServiceResult<QByteArray> authorised(bool post, const QString &endpoint, const Fields &fields, bool &loggedInAgain);
    ServiceError fetchToken(bool &loggedInAgain);
    ServiceError editSubscription(const Fields &form);
    ServiceResult<QStringList> allIds(const Fields &query);
    ServiceResult<QList<RemoteArticle>> contents(const QStringList &longIds, QHash<QString, qint64> *crawlTimes);

    [[nodiscard]] ServiceError errorFor(const Answer &answer, const QString &endpoint) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_user;
    QString m_password;
    Fetcher::Options m_options;
    Limits m_limits;
    QByteArray m_auth; // from ClientLogin, sent as "GoogleLogin auth=..."
    QString m_token; // T, for POSTs
};

} // namespace tidings::accounts
