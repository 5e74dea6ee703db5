#include "CommentSender.h"

#include "net/Fetcher.h"
#include "util/Html.h"
#include "util/WordPress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

#include <memory>

Q_LOGGING_CATEGORY(lcSender, "tidings.outbox.sender", QtWarningMsg)

namespace tidings {
namespace {

constexpr int kMaxReasonLength = 300;

PostOutcome retryLater(QString reason, int retryAfterSeconds = -1)
{
    PostOutcome o;
    o.kind = PostOutcome::Kind::RetryLater;
    o.reason = std::move(reason);
    o.retryAfterSeconds = retryAfterSeconds;
    return o;
}

PostOutcome failed(QString reason, bool closed = false)
{
    PostOutcome o;
    o.kind = PostOutcome::Kind::Failed;
    o.reason = std::move(reason);
    o.closed = closed;
    return o;
}

PostOutcome ofKind(PostOutcome::Kind kind)
{
    PostOutcome o;
    o.kind = kind;
    return o;
}

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxReasonLength)
        text = text.left(kMaxReasonLength - 1) + u'\u2026';
    return text;
}

// The message of a WordPress error page (wp_die): its wp-die-message block, else the page's text.
QString pageMessage(const QByteArray &body)
{
    const QString html = QString::fromUtf8(body);
    static const QRegularExpression message(QStringLiteral(R"(<div class="wp-die-message">(.*?)</div>)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression bodyTag(QStringLiteral(R"(<body[^>]*>(.*)</body>)"),
                                            QRegularExpression::DotMatchesEverythingOption
                                                    | QRegularExpression::CaseInsensitiveOption);
    auto m = message.match(html);
    if (!m.hasMatch())
        m = bodyTag.match(html);
    QString text = html::toPlainText(m.hasMatch() ? m.capturedView(1) : QStringView(html));
    static const QRegularExpression errorPrefix(QStringLiteral(R"(^\s*(ERROR|Error)\s*:\s*)"));
    text.remove(errorPrefix);
    return shortened(text);
}

QString statusText(int status)
{
    return CommentSender::tr("the server answered %1").arg(status);
}

QString tooQuickly()
{
    return CommentSender::tr("the site says comments are coming too quickly; trying again later");
}

QByteArray formEncoded(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

// Where the classic form posts: wp-comments-post.php at the site's root.
QUrl formActionFor(const OutboxItem &item)
{
    QUrl home(item.siteHomeUrl);
    if (home.isEmpty() && !item.restApiUrl.isEmpty()) {
        home = QUrl(item.restApiUrl);
        home.setQuery(QString());
        const qsizetype at = home.path().indexOf(u"/wp-json");
        home.setPath(at >= 0 ? home.path().left(at + 1) : u"/"_qs);
    }
    if (home.isEmpty()) {
        home = QUrl(item.articleLink);
        home.setPath(u"/"_qs);
        home.setQuery(QString());
    }
    home.setFragment(QString());
    if (!home.path().endsWith(u'/'))
        home.setPath(home.path() + u'/');
    return home.resolved(QUrl(u"wp-comments-post.php"_qs));
}

} // namespace

PostOutcome interpretRestAnswer(int status, const QByteArray &body, int retryAfterSeconds)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString code = json.value(u"code").toString();
    const QString message = shortened(html::toPlainText(json.value(u"message").toString()));
    if (status == 200 || status == 201) {
        PostOutcome o = ofKind(PostOutcome::Kind::Posted);
        const QJsonValue id = json.value(u"id");
        if (id.isDouble())
            o.remoteId = QString::number(id.toInteger());
        o.remoteLink = json.value(u"link").toString();
        o.held = json.value(u"status").toString() != u"approved";
        return o;
    }
    if (status == 409 || code == u"comment_duplicate")
        return ofKind(PostOutcome::Kind::AlreadyThere);
    if (status == 429 || code == u"comment_flood")
        return retryLater(tooQuickly(), retryAfterSeconds);
    // Anonymous REST comments are off (the default), or the site has no comments route: the form
    // is the way in.
    if (code == u"rest_comment_login_required" || code == u"rest_no_route" || code == u"rest_cannot_create"
        || (status == 401 && code.isEmpty()) || (status == 404 && code.isEmpty()))
        return ofKind(PostOutcome::Kind::WrongRoute);
    if (code == u"rest_comment_closed" || code == u"rest_comment_draft_post")
        return failed(message.isEmpty() ? CommentSender::tr("comments are closed for this article") : message, true);
    if (status >= 500 || status == 408)
        return retryLater(message.isEmpty() ? statusText(status) : message, retryAfterSeconds);
    return failed(message.isEmpty() ? statusText(status) : message);
}

PostOutcome interpretFormAnswer(int status, const QUrl &location, const QByteArray &body, int retryAfterSeconds)
{
    if (status >= 300 && status < 400) {
        // Only a redirect means success; it leads to the comment: "...#comment-N", and
        // "?unapproved=N&moderation-hash=..." while it awaits moderation.
        if (location.path().endsWith(u"wp-login.php"))
            return failed(CommentSender::tr("the site takes comments only from registered users"));
        static const QRegularExpression fragment(QStringLiteral(R"(^comment-(\d+)$)"));
        PostOutcome o = ofKind(PostOutcome::Kind::Posted);
        const auto m = fragment.match(location.fragment());
        if (m.hasMatch())
            o.remoteId = m.captured(1);
        const QUrlQuery query(location);
        o.held = query.hasQueryItem(u"unapproved"_qs) || o.remoteId.isEmpty();
        QUrl link = location;
        QUrlQuery clean(query);
        clean.removeAllQueryItems(u"unapproved"_qs);
        clean.removeAllQueryItems(u"moderation-hash"_qs);
        link.setQuery(clean);
        o.remoteLink = link.toString();
        return o;
    }
    if (status == 409)
        return ofKind(PostOutcome::Kind::AlreadyThere);
    const QString message = pageMessage(body);
    if (status == 429)
        return retryLater(tooQuickly(), retryAfterSeconds);
    if (status >= 500 || status == 408)
        return retryLater(statusText(status), retryAfterSeconds);
    // 403 closed, 400 too long, and the 200 error page ("please fill the required fields"): the
    // form shows its errors as pages, never as a success.
    const bool closed = status == 403 && message.contains(u"closed", Qt::CaseInsensitive);
    return failed(message.isEmpty() ? statusText(status) : message, closed);
}

CommentSender::CommentSender(QNetworkAccessManager *network, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(options)
{ }

QString CommentSender::firstRoute(const OutboxItem &item)
{
    if (!item.commentRoute.isEmpty())
        return item.commentRoute;
    return item.restApiUrl.isEmpty() ? u"form"_qs : u"rest"_qs;
}

QNetworkReply *CommentSender::send(const QNetworkRequest &request, const QByteArray &body)
{
    QNetworkReply *reply = m_network->post(request, body);
    const qint64 cap = m_options.maxAnswerBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, cap](qint64 received, qint64) {
        if (received > cap)
            reply->abort();
    });
    return reply;
}

QNetworkReply *CommentSender::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, Fetcher::userAgent());
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    const qint64 cap = qint64{8} << 20; // an article page
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, cap](qint64 received, qint64) {
        if (received > cap)
            reply->abort();
    });
    return reply;
}

void CommentSender::check(qint64 articleId, const QUrl &articlePage)
{
    QNetworkReply *reply = get(articlePage);
    connect(reply, &QNetworkReply::finished, this, [this, reply, articleId] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            emit checked(articleId, true, {}, replyErrorText(reply, m_options.timeoutMs));
            return;
        }
        const auto form = wordpress::scanCommentForm(QString::fromUtf8(reply->readAll()), reply->url());
        emit checked(articleId, form.found,
                     form.found ? QString() : tr("The site takes no comments on this article (closed, or too old)."),
                     {});
    });
}

void CommentSender::post(const OutboxItem &item, const QString &route)
{
    QString postId = wordpress::postIdFrom(item.articleGuid);
    if (postId.isEmpty())
        postId = wordpress::postIdFrom(item.articleLink);
    if (!postId.isEmpty()) {
        postWith(item, route, postId, formActionFor(item));
        return;
    }
    // The article does not name its post id: its page does, in the comment form.
    QNetworkReply *reply = get(QUrl(item.articleLink));
    connect(reply, &QNetworkReply::finished, this, [this, reply, item, route] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            finish(item.id, route,
                   status >= 400 && status < 500 && status != 408 && status != 429
                           ? failed(tr("the article's page cannot be read: %1")
                                            .arg(replyErrorText(reply, m_options.timeoutMs)))
                           : retryLater(replyErrorText(reply, m_options.timeoutMs)));
            return;
        }
        const auto form = wordpress::scanCommentForm(QString::fromUtf8(reply->readAll()), reply->url());
        if (!form.found) {
            finish(item.id, route, failed(tr("the site takes no comments on this article (closed, or too old)"), true));
            return;
        }
        if (form.postId.isEmpty()) {
            finish(item.id, route, failed(tr("the article's page does not say which post it is")));
            return;
        }
        postWith(item, route, form.postId, form.action);
    });
}

void CommentSender::postWith(const OutboxItem &item, const QString &route, const QString &postId,
                             const QUrl &formAction)
{
    const bool rest = route == u"rest";
    QNetworkRequest request(rest ? wordpress::restUrl(item.restApiUrl, u"wp/v2/comments"_qs) : formAction);
    request.setHeader(QNetworkRequest::UserAgentHeader, Fetcher::userAgent());
    request.setTransferTimeout(m_options.timeoutMs);
    // The form answers success with a redirect to the new comment: that answer is the one to read.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QString parent = item.parentRemoteId.isEmpty() ? u"0"_qs : item.parentRemoteId;
    QByteArray body;
    if (rest) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QJsonObject json{{u"post"_qs, postId.toLongLong()},
                         {u"parent"_qs, parent.toLongLong()},
                         {u"author_name"_qs, item.authorName},
                         {u"author_email"_qs, item.authorEmail},
                         {u"content"_qs, item.body}};
        if (!item.authorUrl.isEmpty())
            json.insert(u"author_url"_qs, item.authorUrl);
        body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        body = formEncoded({{u"comment"_qs, item.body},
                            {u"author"_qs, item.authorName},
                            {u"email"_qs, item.authorEmail},
                            {u"url"_qs, item.authorUrl},
                            {u"comment_post_ID"_qs, postId},
                            {u"comment_parent"_qs, parent}});
    }
    qCDebug(lcSender) << "posting outbox item" << item.id << "by" << route << "to" << request.url();
    QNetworkReply *reply = send(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, item, route, rest] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            // No answer (refused, dropped, timed out): the server may or may not have the comment.
            finish(item.id, route, retryLater(replyErrorText(reply, m_options.timeoutMs)));
            return;
        }
        const QByteArray answer = reply->readAll();
        const int retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        finish(item.id, route,
               rest ? interpretRestAnswer(status, answer, retryAfter)
                    : interpretFormAnswer(status,
                                          reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl()),
                                          answer, retryAfter));
    });
}

void CommentSender::finish(qint64 outboxId, const QString &route, const PostOutcome &outcome)
{
    emit finished(outboxId, outcome, route);
}

} // namespace tidings
