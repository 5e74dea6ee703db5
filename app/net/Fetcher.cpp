#include "Fetcher.h"

#include "util/Dates.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

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
    // Redirects are verified per hop (see fetch); timeouts are set per request.
    network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    return network;
}

void Fetcher::fetch(const FetchRequest &request)
{
    QNetworkRequest r(request.url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    r.setMaximumRedirectsAllowed(m_options.maxRedirects);
    r.setTransferTimeout(m_options.timeoutMs);
    r.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    r.setRawHeader("Accept",
                   "application/atom+xml, application/rss+xml, application/feed+json, application/json;q=0.9, "
                   "application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
    if (!request.etag.isEmpty())
        r.setRawHeader("If-None-Match", request.etag.toLatin1());
    if (!request.lastModified.isEmpty())
        r.setRawHeader("If-Modified-Since", request.lastModified.toLatin1());

    QNetworkReply *reply = m_network->get(r);

    // Per-request state lives with the reply's handlers.
    auto result = std::make_shared<FetchResult>();
    result->feedId = request.feedId;
    auto abortReason = std::make_shared<QString>();
    auto current = std::make_shared<QUrl>(request.url);
    auto allPermanent = std::make_shared<bool>(true);
    auto redirected = std::make_shared<bool>(false);

    connect(reply, &QNetworkReply::redirected, this, [=](const QUrl &target) {
        const QUrl next = current->resolved(target);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (current->scheme() == u"https" && next.scheme() == u"http") {
            *abortReason = tr("refused a redirect from HTTPS to HTTP (%1)").arg(next.toString());
            reply->abort();
            return;
        }
        *redirected = true;
        if (status != 301 && status != 308)
            *allPermanent = false;
        *current = next;
        emit reply->redirectAllowed();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [=, this] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_options.maxBytes) {
            *abortReason = tr("the response is larger than %1 MB; it was not read")
                                   .arg(m_options.maxBytes / (qint64{1024} * 1024));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [=, this] {
        // Read as it arrives so the cap holds even without a Content-Length.
        result->body += reply->readAll();
        if (result->body.size() > m_options.maxBytes) {
            *abortReason = tr("the response is larger than %1 MB; it was cut off")
                                   .arg(m_options.maxBytes / (qint64{1024} * 1024));
            result->body.clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        if (reply->isOpen())
            result->body += reply->readAll(); // an aborted reply is closed: nothing more to read
        if (*redirected && *allPermanent)
            result->movedTo = *current;
        onFinished(reply, *result, *abortReason);
        reply->deleteLater();
        emit finished(*result);
    });
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
