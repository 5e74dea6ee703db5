#include "Fetcher.h"

#include "util/Dates.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <memory>

namespace tidings {
namespace {

QString describeNetworkError(QNetworkReply *reply, int timeoutMs)
{
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // Qt reports a transfer timeout as a cancelled operation.
        return Fetcher::tr("timed out after %1 s").arg(timeoutMs / 1000.0, 0, 'g', 3);
    case QNetworkReply::ConnectionRefusedError:
        return Fetcher::tr("the server refused the connection");
    case QNetworkReply::RemoteHostClosedError:
        return Fetcher::tr("the server closed the connection before sending everything");
    case QNetworkReply::HostNotFoundError:
        return Fetcher::tr("cannot find the server %1").arg(reply->url().host());
    case QNetworkReply::SslHandshakeFailedError:
        return Fetcher::tr("the secure connection failed: %1").arg(reply->errorString());
    case QNetworkReply::TooManyRedirectsError:
        return Fetcher::tr("too many redirects");
    case QNetworkReply::InsecureRedirectError:
        return Fetcher::tr("refused a redirect from HTTPS to HTTP");
    case QNetworkReply::UnknownContentError:
        // What Qt reports when an answer's gzip, deflate or brotli stream cannot be unpacked.
        if (reply->hasRawHeader("Content-Encoding"))
            return Fetcher::tr("the compressed response is damaged (%1)")
                    .arg(QString::fromLatin1(reply->rawHeader("Content-Encoding")));
        return reply->errorString();
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return Fetcher::tr("the network is not available");
    default:
        return reply->errorString();
    }
}

} // namespace

QString replyErrorText(QNetworkReply *reply, int timeoutMs)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return Fetcher::tr("server said %1 %2").arg(status).arg(reason).trimmed();
    }
    return describeNetworkError(reply, timeoutMs);
}

namespace {

QString headerValue(QNetworkReply *reply, const char *name)
{
    return QString::fromLatin1(reply->rawHeader(name)).trimmed();
}

} // namespace

QUrl linkHeaderTarget(const QByteArray &header, QStringView relation, const QUrl &base)
{
    // Each link is <target> followed by its parameters, up to the next <: commas inside a target
    // (allowed there) then cannot split it.
    static const QRegularExpression link(QStringLiteral(R"(<([^>]*)>([^<]*))"));
    static const QRegularExpression rel(QStringLiteral(R"re(;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+)))re"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(header);
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QRegularExpressionMatch r = rel.match(m.capturedView(2));
        if (!r.hasMatch())
            continue;
        const QString relations = r.captured(1).isNull() ? r.captured(2) : r.captured(1);
        for (const QStringView name : QStringView(relations).split(u' ', Qt::SkipEmptyParts)) {
            if (name.compare(relation, Qt::CaseInsensitive) == 0)
                return base.resolved(QUrl(m.captured(1).trimmed()));
        }
    }
    return {};
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    const QDateTime when = dates::parse(QString::fromLatin1(v));
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, now.secsTo(when)));
}

Fetcher::Fetcher(QNetworkAccessManager *network, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(options)
{
    qRegisterMetaType<FetchResult>();
}

QByteArray Fetcher::userAgent()
{
    return "Tidings/" + QCoreApplication::applicationVersion().toLatin1() + " (feed reader; +https://tidings.invalid)";
}

QNetworkAccessManager *Fetcher::makeNetworkAccessManager(QObject *parent)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    auto *network = new QNetworkAccessManager(parent);
    // Redirects are followed by Fetcher itself, hop by hop (see Fetcher::get); timeouts are set per request.
    network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return network;
}

// One fetch across its redirects: each hop is a request of its own, so every target is checked before
// it is asked (scheme, HTTPS to HTTP, loops, count) and the deadline covers them all.
struct Fetcher::Transfer
{
    FetchRequest request;
    FetchResult result;
    QString abortReason;
    QSet<QUrl> visited;
    bool redirected = false;
    bool allPermanent = true;
    QPointer<QNetworkReply> reply;
    QTimer deadline;
};

void Fetcher::fetch(const FetchRequest &request)
{
    auto transfer = std::make_shared<Transfer>();
    transfer->request = request;
    transfer->result.feedId = request.feedId;
    transfer->visited.insert(request.url);
    // The transfer timeout restarts with every byte, so a server that drips its answer would hold the
    // request for ever without a deadline for the whole of it.
    transfer->deadline.setSingleShot(true);
    connect(&transfer->deadline, &QTimer::timeout, this, [this, t = transfer.get()] {
        t->abortReason = tr("no complete response within %L1 s: the server sends too slowly")
                                 .arg(m_options.deadlineMs / 1000.0, 0, 'g', 3);
        if (t->reply)
            t->reply->abort();
    });
    transfer->deadline.start(m_options.deadlineMs);
    get(transfer, request.url);
}

void Fetcher::get(const std::shared_ptr<Transfer> &transfer, const QUrl &url)
{
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setTransferTimeout(m_options.timeoutMs);
    // Qt's own check refuses a large unpacked answer with an empty message; the size cap below does the
    // same job and says what happened.
    r.setDecompressedSafetyCheckThreshold(-1);
    r.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    r.setRawHeader("Accept",
                   "application/atom+xml, application/rss+xml, application/feed+json, application/json;q=0.9, "
                   "application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
    const FetchRequest &request = transfer->request;
    if (!request.etag.isEmpty())
        r.setRawHeader("If-None-Match", request.etag.toLatin1());
    if (!request.lastModified.isEmpty())
        r.setRawHeader("If-Modified-Since", request.lastModified.toLatin1());

    QNetworkReply *reply = m_network->get(r);
    transfer->reply = reply;
    Transfer *t = transfer.get();
    const qint64 megabytes = m_options.maxBytes / (qint64{1024} * 1024);
    connect(reply, &QNetworkReply::metaDataChanged, this, [=, this] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_options.maxBytes) {
            t->abortReason = tr("the response is larger than %1 MB; it was not read").arg(megabytes);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [=, this] {
        // Read as it arrives so the cap holds even without a Content-Length, and on the unpacked bytes.
        t->result.body += reply->readAll();
        if (t->result.body.size() > m_options.maxBytes) {
            // A compressed answer is counted unpacked: what it expands to is what would be held.
            const QByteArray encoding = reply->rawHeader("Content-Encoding");
            t->abortReason = !encoding.isEmpty() && !encoding.contains("identity")
                    ? tr("the compressed response expands beyond the size limit of %1 MB; it was not read")
                              .arg(megabytes)
                    : tr("the response is larger than %1 MB; it was cut off").arg(megabytes);
            t->result.body.clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        if (reply->isOpen())
            t->result.body += reply->readAll(); // an aborted reply is closed: nothing more to read
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (t->abortReason.isEmpty() && status >= 300 && status < 400 && status != 304 && target.isValid()) {
            if (const auto next = redirectTarget(*t, reply->url(), reply->url().resolved(target), status)) {
                t->result.body.clear();
                get(transfer, *next);
                return;
            }
        }
        t->deadline.stop();
        if (t->redirected && t->allPermanent)
            t->result.movedTo = reply->url();
        onFinished(reply, t->result, t->abortReason);
        emit finished(t->result);
    });
}

std::optional<QUrl> Fetcher::redirectTarget(Transfer &transfer, const QUrl &from, const QUrl &next, int status) const
{
    if (next.scheme() != u"http" && next.scheme() != u"https") {
        transfer.abortReason = tr("redirected to %1, which is not a web address").arg(next.toDisplayString());
    } else if (from.scheme() == u"https" && next.scheme() == u"http") {
        transfer.abortReason = tr("refused a redirect from HTTPS to HTTP (%1)").arg(next.toString());
    } else if (transfer.visited.contains(next)) {
        transfer.abortReason = tr("the server redirects in a loop (%1 leads back to %2)")
                                       .arg(from.toDisplayString(), next.toDisplayString());
    } else if (transfer.visited.size() > m_options.maxRedirects) {
        transfer.abortReason = tr("too many redirects (more than %1); the last went to %2")
                                       .arg(m_options.maxRedirects)
                                       .arg(next.toDisplayString());
    } else {
        transfer.visited.insert(next);
        transfer.redirected = true;
        if (status != 301 && status != 308)
            transfer.allPermanent = false;
        return next;
    }
    return std::nullopt;
}

void Fetcher::onFinished(QNetworkReply *reply, FetchResult &result, const QString &abortReason) const
{
    result.finalUrl = reply->url();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.etag = headerValue(reply, "ETag");
    result.lastModified = headerValue(reply, "Last-Modified");
    result.linkHeader = reply->rawHeader("Link");
    result.totalPages
            = reply->hasRawHeader("X-WP-TotalPages") ? reply->rawHeader("X-WP-TotalPages").trimmed().toInt() : -1;
    const QString contentType = headerValue(reply, "Content-Type");
    result.contentType = contentType.section(u';', 0, 0).trimmed().toLower();
    const qsizetype charsetAt = contentType.indexOf(u"charset=", 0, Qt::CaseInsensitive);
    if (charsetAt >= 0)
        result.charset = contentType.mid(charsetAt + 8).section(u';', 0, 0).remove(u'"').trimmed();

    if (!abortReason.isEmpty()) {
        result.outcome = FetchResult::Outcome::Failed;
        result.error = abortReason;
        result.body.clear();
        return;
    }
    const int status = result.status;
    if (status == 304) {
        result.outcome = FetchResult::Outcome::NotModified;
        return;
    }
    if (status == 410) {
        result.outcome = FetchResult::Outcome::Gone;
        result.error = tr("the server says the feed is gone (410 Gone); it is no longer fetched");
        return;
    }
    if (status == 429 || status == 503) {
        result.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        result.outcome
                = result.retryAfterSeconds >= 0 ? FetchResult::Outcome::RateLimited : FetchResult::Outcome::Failed;
    }
    if (status >= 400) {
        if (result.outcome != FetchResult::Outcome::RateLimited)
            result.outcome = FetchResult::Outcome::Failed;
        result.error = replyErrorText(reply, m_options.timeoutMs);
        result.body.clear();
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status == 0) {
        result.outcome = FetchResult::Outcome::Failed;
        result.error = describeNetworkError(reply, m_options.timeoutMs);
        result.body.clear(); // a partial body is not parsed: it would look like a shorter feed
        return;
    }
    result.outcome = FetchResult::Outcome::Body;
}

} // namespace tidings
