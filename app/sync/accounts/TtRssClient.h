#pragma once

#include "sync/accounts/FeedService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>

class QNetworkAccessManager;
class QThread;

namespace tidings::accounts {

// FeedService for Tiny Tiny RSS through its JSON API (BASE/api/, observed at API level 15): every call is
// a POST of {"op": ..., "sid": ...}. The session is bound to the User-Agent, which is always
// Fetcher::userAgent(); when the service says NOT_LOGGED_IN the client logs in once more and repeats the
// call once.
//
// Calls block: each runs a local event loop until its answer, a size cap or a timeout. A client belongs
// to the thread that first calls it (its network manager is made there) and must never be used on the
// GUI thread.
class TtRssClient final : public FeedService
{
    Q_DECLARE_TR_FUNCTIONS(TtRssClient)

public:
    struct Options
    {
        int timeoutMs = 30000; // no byte for this long: give up (Fetcher's value)
        int deadlineMs = 120000; // the whole answer within this long
        qint64 maxBytes = qint64{50} * 1024 * 1024; // a larger answer is refused, not read
    };

    // baseUrl: where tt-rss is installed (the page a browser opens), or its API's address (.../api/).
    TtRssClient(const QUrl &baseUrl, QString user, QString password, Options options);
    TtRssClient(const QUrl &baseUrl, const QString &user, const QString &password);
    ~TtRssClient() override;

    [[nodiscard]] ServiceKind kind() const override { return ServiceKind::TinyTinyRss; }
    ServiceError login() override;
    [[nodiscard]] ServiceResult<QList<RemoteFolder>> folders() override;
    [[nodiscard]] ServiceResult<QList<RemoteFeed>> feeds() override;
    [[nodiscard]] ServiceResult<ArticleBatch> articlesAfter(const QString &cursor) override;
    [[nodiscard]] ServiceResult<QList<RemoteArticle>> articles(const QStringList &ids) override;
    [[nodiscard]] ServiceResult<QStringList> unreadIds() override;
    [[nodiscard]] ServiceResult<QStringList> starredIds() override;
    [[nodiscard]] ServiceResult<FlagCounts> flagCounts() override;
    [[nodiscard]] ServiceResult<QStringList> flaggedIds(Flag flag, const QStringList &feedIds) override;
    ServiceError setFlag(Flag flag, bool on, const QStringList &articleIds) override;
    [[nodiscard]] ServiceResult<QString> subscribe(const QUrl &feedUrl, const QString &folderId) override;
    ServiceError unsubscribe(const QString &feedId) override;
    ServiceError renameFeed(const QString &feedId, const QString &title) override;
    ServiceError moveFeed(const QString &feedId, const QString &folderId) override;

    // The API level the last login reported (0 before a login).
    [[nodiscard]] int apiLevel() const { return m_apiLevel; }
    // The current session (empty before a login): tests end it behind the client's back.
    [[nodiscard]] QString sessionId() const { return m_sessionId; }
    // The API's endpoint, BASE/api/.
    [[nodiscard]] QUrl endpoint() const { return m_endpoint; }

    // How many ids one updateArticle carries (a WHERE ... IN list on the server).
    static constexpr int flagIdsPerCall = 1000;
    // How many articles one getArticle asks for, with their content.
    static constexpr int articleIdsPerCall = 200;
    // getHeadlines gives at most this many per call.
    static constexpr int headlinesPerCall = 200;

private:
    struct Reply
    {
        ServiceError error;
        QJsonValue content;
        QString apiError; // tt-rss's own error code ("NOT_LOGGED_IN", "LOGIN_ERROR", ...), when it sent one
    };

    // One POST, with no session handling. forLogin: an answer that is not tt-rss's means NotAService.
    [[nodiscard]] Reply post(const QJsonObject &body, bool forLogin);
    // An operation in the session: logs in first if there is none, and once more if it expired.
    [[nodiscard]] Reply call(const QString &op, QJsonObject params = {});
    [[nodiscard]] QNetworkAccessManager *network();
    // Every id on the pages of a getHeadlines query, ids only.
    [[nodiscard]] ServiceResult<QStringList> headlineIds(int feedId, const QString &viewMode);
    [[nodiscard]] ServiceError apiErrorToServiceError(const QString &apiError, const QJsonValue &content) const;

    QUrl m_endpoint;
    QString m_user;
    QString m_password;
    Options m_options;
    QString m_sessionId;
    int m_apiLevel = 0;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QThread *m_thread = nullptr;
};

} // namespace tidings::accounts
