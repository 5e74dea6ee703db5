#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace tidings {

struct FetchRequest
{
    qint64 feedId = -1;
    QUrl url;
    QString etag; // sent as If-None-Match
    QString lastModified; // sent as If-Modified-Since
};

struct FetchResult
{
    enum class Outcome {
        Body, // 2xx with a body to parse
        NotModified, // 304
        Failed, // try again later, backing off
        RateLimited, // 429 or 503: the host asked to wait (retryAfterSeconds)
        Gone, // 410: stop fetching this feed
    };
    qint64 feedId = -1;
    Outcome outcome = Outcome::Failed;
    QUrl finalUrl; // where the body came from, after redirects
    QUrl movedTo; // set when every redirect was permanent (301/308): the feed's new address
    int status = 0; // HTTP status; 0 when there was no response
    QByteArray body;
    QString contentType; // without parameters, lower case
    QString charset; // from Content-Type
    QString etag;
    QString lastModified;
    QByteArray linkHeader; // HTTP Link, where sites announce APIs
    int totalPages = -1; // X-WP-TotalPages (WordPress and WooCommerce lists); -1 when absent
    int retryAfterSeconds = -1;
    QString error; // in words a user understands
};

// The network side of a refresh: one request at a time per call, any number in flight. Lives on the
// thread of the QNetworkAccessManager it is given (one configured manager per thread).
class Fetcher : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 30000; // no byte for this long: give up
        int deadlineMs = 120000; // the whole answer within this long, however slowly it trickles in
        qint64 maxBytes = qint64{50} * 1024 * 1024; // bodies over this are cut off with an error
        int maxRedirects = 10;
    };

    Fetcher(QNetworkAccessManager *network, Options options, QObject *parent = nullptr);

    void fetch(const FetchRequest &request);

    // "Tidings/0.1.0": what every request says it is.
    [[nodiscard]] static QByteArray userAgent();
    // A manager configured the way every request needs: system proxy, no cookies kept between runs.
    [[nodiscard]] static QNetworkAccessManager *makeNetworkAccessManager(QObject *parent);

signals:
    void finished(const tidings::FetchResult &result);

private:
    struct Transfer;
    void get(const std::shared_ptr<Transfer> &transfer, const QUrl &url);
    // The next hop, or nothing with the transfer's abort reason set.
    std::optional<QUrl> redirectTarget(Transfer &transfer, const QUrl &from, const QUrl &next, int status) const;
    void onFinished(QNetworkReply *reply, FetchResult &result, const QString &abortReason) const;

    QNetworkAccessManager *m_network;
    Options m_options;
};

// What went wrong with a finished reply, in words a user understands ("server said 404 Not Found",
// "timed out after 30 s").
[[nodiscard]] QString replyErrorText(QNetworkReply *reply, int timeoutMs);

// The target of the first link with this relation in an HTTP Link header (RFC 8288), resolved against
// base; an invalid URL when there is none. Relations compare case-insensitively, and a link may name
// several (rel="next last").
[[nodiscard]] QUrl linkHeaderTarget(const QByteArray &header, QStringView relation, const QUrl &base);

// Seconds from a Retry-After value: delta-seconds or an HTTP-date; -1 when absent or unreadable.
[[nodiscard]] int parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace tidings

Q_DECLARE_METATYPE(tidings::FetchResult)
