#include "TtRssClient.h"

#include "net/Fetcher.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QThread>
#include <QTimer>

namespace tidings::accounts {
namespace {

Q_LOGGING_CATEGORY(lcTtRss, "tidings.accounts.ttrss")

// tt-rss sends ids as JSON numbers, and some (getArticle's feed_id) as strings, depending on the database
// driver: both become the decimal text the calls take back.
QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isString())
        return value.toString();
    return {};
}

bool isArticleId(const QString &id)
{
    bool ok = false;
    return id.toLongLong(&ok) > 0 && ok;
}

QStringList validIds(const QStringList &ids)
{
    QStringList valid;
    valid.reserve(ids.size());
    for (const QString &id : ids) {
        if (isArticleId(id))
            valid.append(id);
        else
            qCWarning(lcTtRss) << "not a tt-rss article id, left out:" << id;
    }
    return valid;
}

RemoteArticle articleFrom(const QJsonObject &o)
{
    RemoteArticle a;
    a.id = idText(o.value(u"id"));
    a.feedId = idText(o.value(u"feed_id"));
    a.title = o.value(u"title").toString();
    a.link = QUrl(o.value(u"link").toString());
    a.author = o.value(u"author").toString();
    a.contentHtml = o.value(u"content").toString();
    // tt-rss keeps one date per article, "updated": the feed's date for it, or when it was first seen.
    a.publishedAt = o.value(u"updated").toInteger();
    a.unread = o.value(u"unread").toBool(true);
    a.starred = o.value(u"marked").toBool(false);
    return a;
}

// Where articlesAfter continues. Between passes it is the highest id seen ("S"). getHeadlines cannot
// sort by id, only newest first (date_entered, then the article's date) or by the article's own date,
// so one pass over since_id S pages with skip and remembers the highest id seen: "S:SKIP:MAX".
// Articles that arrive during a pass sort first (newest date_entered), so they push the pages down
// (seen twice at worst, never skipped) and their ids stay above MAX until the next pass.
struct HeadlineCursor
{
    qint64 sinceId = 0;
    int skip = 0;
    qint64 maxSeen = 0;

    static HeadlineCursor parse(const QString &text)
    {
        HeadlineCursor c;
        if (text.isEmpty())
            return c;
        const QStringList parts = text.split(u':');
        bool ok1 = false;
        bool ok2 = true;
        bool ok3 = true;
        c.sinceId = parts.value(0).toLongLong(&ok1);
        if (parts.size() == 3) {
            c.skip = parts.at(1).toInt(&ok2);
            c.maxSeen = parts.at(2).toLongLong(&ok3);
        }
        if (!ok1 || !ok2 || !ok3 || (parts.size() != 1 && parts.size() != 3) || c.sinceId < 0 || c.skip < 0) {
            // Starting over costs a download of what is already stored, never a lost article.
            qCWarning(lcTtRss) << "unreadable cursor, starting from the beginning:" << text;
            return {};
        }
        return c;
    }

    [[nodiscard]] QString midPass() const { return QStringLiteral("%1:%2:%3").arg(sinceId).arg(skip).arg(maxSeen); }
};

} // namespace

TtRssClient::TtRssClient(const QUrl &baseUrl, QString user, QString password, Options options)
    : m_user(std::move(user))
    , m_password(std::move(password))
    , m_options(options)
{
    QUrl base = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = base.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    // Other clients ask for the API's own address: taken as it is rather than as .../api/api/.
    if (!path.endsWith(u"/api/"))
        path += u"api/";
    base.setPath(path);
    m_endpoint = base;
}

TtRssClient::TtRssClient(const QUrl &baseUrl, const QString &user, const QString &password)
    : TtRssClient(baseUrl, user, password, Options{})
{ }

TtRssClient::~TtRssClient() = default;

QNetworkAccessManager *TtRssClient::network()
{
    QCoreApplication *app = QCoreApplication::instance();
    const bool onGuiThread
            = app != nullptr && app->inherits("QGuiApplication") && QThread::currentThread() == app->thread();
    if (onGuiThread)
        qCCritical(lcTtRss) << "a blocking tt-rss call on the GUI thread: the window freezes until it answers";
    Q_ASSERT_X(!onGuiThread, "TtRssClient", "used on the GUI thread");
    if (!m_network) {
        m_network.reset(Fetcher::makeNetworkAccessManager(nullptr));
        m_thread = QThread::currentThread();
    }
    Q_ASSERT_X(m_thread == QThread::currentThread(), "TtRssClient", "used on two threads");
    return m_network.get();
}

TtRssClient::Reply TtRssClient::post(const QJsonObject &body, bool forLogin)
{
    Reply out;
    QNetworkRequest request(m_endpoint);
    // tt-rss binds a session to the User-Agent it was opened with: it must never change.
    request.setHeader(QNetworkRequest::UserAgentHeader, Fetcher::userAgent());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json, text/json;q=0.9, */*;q=0.1");
    request.setTransferTimeout(m_options.timeoutMs);
    request.setDecompressedSafetyCheckThreshold(-1); // the size cap below says what happened instead
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(10);

    const std::unique_ptr<QNetworkReply> reply(
            network()->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QByteArray data;
    QString abortReason;
    bool tooLarge = false;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        abortReason = tr("no complete answer within %L1 s").arg(m_options.deadlineMs / 1000.0, 0, 'g', 3);
        reply->abort();
    });
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > m_options.maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        data += reply->readAll();
        if (data.size() > m_options.maxBytes) {
            tooLarge = true;
            data.clear();
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(m_options.deadlineMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    deadline.stop();
    if (!tooLarge && reply->isOpen())
        data += reply->readAll();

    const QString host = m_endpoint.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge) {
        out.error = {
                ServiceError::Kind::ServerError,
                tr("Tiny Tiny RSS at %1 sent an answer larger than %2; it was not read")
                        .arg(host,
                             QLocale().formattedDataSize(m_options.maxBytes, 0, QLocale::DataSizeTraditionalFormat))};
        return out;
    }
    if (!abortReason.isEmpty()) {
        out.error = {ServiceError::Kind::Unreachable, tr("Cannot reach %1: %2").arg(host, abortReason)};
        return out;
    }
    if (status == 429) {
        out.error = {ServiceError::Kind::RateLimited, tr("%1 asks to wait before the next request").arg(host),
                     parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc())};
        return out;
    }
    if (status >= 500) {
        out.error = {ServiceError::Kind::ServerError,
                     tr("%1 has a problem and could not answer (%2)")
                             .arg(host, replyErrorText(reply.get(), m_options.timeoutMs)),
                     parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc())};
        return out;
    }
    if (status == 401 || status == 403) {
        // tt-rss itself never answers so: a web server in front of it asks for a password of its own.
        out.error = {ServiceError::Kind::Refused,
                     tr("The web server at %1 asks for a password of its own before Tiny Tiny RSS (%2); Tidings "
                        "cannot log in through it")
                             .arg(host, replyErrorText(reply.get(), m_options.timeoutMs))};
        return out;
    }
    if (status >= 300) {
        out.error = {ServiceError::Kind::NotAService,
                     tr("There is no Tiny Tiny RSS at %1 (%2): is the address right?")
                             .arg(m_endpoint.toDisplayString(), replyErrorText(reply.get(), m_options.timeoutMs))};
        return out;
    }
    if (status == 0 || reply->error() != QNetworkReply::NoError) {
        out.error = {ServiceError::Kind::Unreachable,
                     tr("Cannot reach %1: %2").arg(host, replyErrorText(reply.get(), m_options.timeoutMs))};
        return out;
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !object.contains(u"status") || !object.contains(u"content")) {
        qCInfo(lcTtRss) << "not a tt-rss answer from" << m_endpoint << data.left(200);
        if (forLogin) {
            out.error = {ServiceError::Kind::NotAService,
                         tr("The answer at %1 is not from Tiny Tiny RSS: is the address right?")
                                 .arg(m_endpoint.toDisplayString())};
        } else {
            out.error = {ServiceError::Kind::ServerError,
                         tr("Tiny Tiny RSS at %1 sent an answer that cannot be read").arg(host)};
        }
        return out;
    }
    out.content = object.value(u"content");
    if (object.value(u"status").toInt() != 0) {
        out.apiError = out.content.toObject().value(u"error").toString();
        out.error = apiErrorToServiceError(out.apiError, out.content);
    }
    return out;
}

ServiceError TtRssClient::apiErrorToServiceError(const QString &apiError, const QJsonValue &content) const
{
    if (apiError == u"LOGIN_ERROR")
        return {ServiceError::Kind::WrongPassword,
                tr("Tiny Tiny RSS at %1 does not accept this user name and password").arg(m_endpoint.host())};
    if (apiError == u"API_DISABLED")
        return {ServiceError::Kind::ApiDisabled,
                tr("API access is switched off for %1: turn on \"Enable API\" in Tiny Tiny RSS's Preferences, "
                   "then try again")
                        .arg(m_user)};
    if (apiError == u"NOT_LOGGED_IN")
        return {ServiceError::Kind::ServerError,
                tr("Tiny Tiny RSS at %1 ended the session at once, even after logging in again")
                        .arg(m_endpoint.host())};
    if (apiError == u"FEED_NOT_FOUND")
        return {ServiceError::Kind::Refused, tr("Tiny Tiny RSS has no such feed")};
    if (apiError == u"UNKNOWN_METHOD")
        return {ServiceError::Kind::Unsupported,
                tr("This Tiny Tiny RSS cannot do this (it does not know \"%1\")")
                        .arg(content.toObject().value(u"method").toString())};
    return {ServiceError::Kind::Refused,
            tr("Tiny Tiny RSS refused the request: %1").arg(apiError.isEmpty() ? tr("no reason given") : apiError)};
}

ServiceError TtRssClient::login()
{
    m_sessionId.clear();
    const Reply reply = post({{QStringLiteral("op"), QStringLiteral("login")},
                              {QStringLiteral("user"), m_user},
                              {QStringLiteral("password"), m_password}},
                             true);
    if (!reply.error.ok())
        return reply.error;
    const QJsonObject content = reply.content.toObject();
    const QString sessionId = content.value(u"session_id").toString();
    if (sessionId.isEmpty())
        return {ServiceError::Kind::NotAService,
                tr("The answer at %1 is not from Tiny Tiny RSS: is the address right?")
                        .arg(m_endpoint.toDisplayString())};
    m_sessionId = sessionId;
    // Read here: getApiLevel itself needs a session. Servers before level 5 do not say (0).
    m_apiLevel = content.value(u"api_level").toInt();
    qCDebug(lcTtRss) << "logged in to" << m_endpoint << "at API level" << m_apiLevel;
    return {};
}

TtRssClient::Reply TtRssClient::call(const QString &op, QJsonObject params)
{
    params.insert(u"op", op);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_sessionId.isEmpty()) {
            const ServiceError error = login();
            if (!error.ok())
                return {error, {}, {}};
        }
        params.insert(u"sid", m_sessionId);
        Reply reply = post(params, false);
        if (reply.apiError != u"NOT_LOGGED_IN" || attempt == 1)
            return reply;
        qCInfo(lcTtRss) << "the session ended; logging in again for" << op;
        m_sessionId.clear();
    }
    Q_UNREACHABLE();
}

ServiceResult<QList<RemoteFolder>> TtRssClient::folders()
{
    ServiceResult<QList<RemoteFolder>> result;
    const Reply reply = call(QStringLiteral("getCategories"), {{QStringLiteral("include_empty"), true}});
    result.error = reply.error;
    if (!reply.error.ok())
        return result;
    const QJsonArray array = reply.content.toArray();
    for (const auto &value : array) {
        const QJsonObject o = value.toObject();
        const QString id = idText(o.value(u"id"));
        // 0 is "Uncategorized", below it the virtual categories (Special, Labels): not folders.
        if (id.toLongLong() <= 0)
            continue;
        result.value.append({id, o.value(u"title").toString()});
    }
    return result;
}

ServiceResult<QList<RemoteFeed>> TtRssClient::feeds()
{
    ServiceResult<QList<RemoteFeed>> result;
    // -3: every real feed, whatever its category (the default, 0, is only the uncategorized ones).
    const Reply reply = call(QStringLiteral("getFeeds"), {{QStringLiteral("cat_id"), -3}});
    result.error = reply.error;
    if (!reply.error.ok())
        return result;
    const QJsonArray array = reply.content.toArray();
    for (const auto &value : array) {
        const QJsonObject o = value.toObject();
        RemoteFeed feed;
        feed.id = idText(o.value(u"id"));
        if (feed.id.toLongLong() <= 0)
            continue;
        feed.title = o.value(u"title").toString();
        feed.url = QUrl(o.value(u"feed_url").toString());
        const QString folder = idText(o.value(u"cat_id"));
        if (folder.toLongLong() > 0)
            feed.folderId = folder;
        result.value.append(feed);
    }
    return result;
}

ServiceResult<ArticleBatch> TtRssClient::articlesAfter(const QString &cursor)
{
    ServiceResult<ArticleBatch> result;
    HeadlineCursor at = HeadlineCursor::parse(cursor);
    const Reply reply = call(QStringLiteral("getHeadlines"),
                             {
                                     {QStringLiteral("feed_id"), -4}, // every article
                                     {QStringLiteral("view_mode"), QStringLiteral("all_articles")},
                                     {QStringLiteral("since_id"), at.sinceId},
                                     {QStringLiteral("skip"), at.skip},
                                     {QStringLiteral("limit"), headlinesPerCall},
                                     {QStringLiteral("show_content"), true},
                                     {QStringLiteral("include_attachments"), false},
                             });
    result.error = reply.error;
    if (!reply.error.ok())
        return result;
    if (!reply.content.isArray()) {
        result.error = {ServiceError::Kind::ServerError,
                        tr("Tiny Tiny RSS at %1 sent an answer that cannot be read").arg(m_endpoint.host())};
        return result;
    }
    const QJsonArray headlines = reply.content.toArray();
    for (const auto &value : headlines) {
        RemoteArticle article = articleFrom(value.toObject());
        const qint64 id = article.id.toLongLong();
        if (id <= at.sinceId)
            continue; // cannot happen with since_id; a cursor must never go back
        at.maxSeen = qMax(at.maxSeen, id);
        result.value.articles.append(std::move(article));
    }
    if (headlines.size() >= headlinesPerCall) {
        at.skip += static_cast<int>(headlines.size());
        result.value.nextCursor = at.midPass();
        result.value.more = true;
    } else {
        result.value.nextCursor = QString::number(qMax(at.sinceId, at.maxSeen));
        result.value.more = false;
    }
    return result;
}

// getArticle gives the article's date cut to the minute (getHeadlines to the second): an article
// fetched by id may show a date up to 59 s earlier than the same article from articlesAfter.
ServiceResult<QList<RemoteArticle>> TtRssClient::articles(const QStringList &ids)
{
    ServiceResult<QList<RemoteArticle>> result;
    const QStringList valid = validIds(ids);
    for (qsizetype from = 0; from < valid.size(); from += articleIdsPerCall) {
        const Reply reply = call(QStringLiteral("getArticle"),
                                 {{QStringLiteral("article_id"), valid.mid(from, articleIdsPerCall).join(u',')}});
        if (!reply.error.ok()) {
            result.error = reply.error;
            return result;
        }
        const QJsonArray array = reply.content.toArray();
        for (const auto &value : array)
            result.value.append(articleFrom(value.toObject()));
    }
    return result;
}

ServiceResult<QStringList> TtRssClient::headlineIds(int feedId, const QString &viewMode)
{
    // Pages overlap by a few: an article that leaves the list between two calls (read on another
    // device) moves the later ones up, and without the overlap the first of them would be missed.
    constexpr int overlap = 20;
    ServiceResult<QStringList> result;
    QSet<QString> seen;
    for (int skip = 0;; skip += headlinesPerCall - overlap) {
        const Reply reply = call(QStringLiteral("getHeadlines"),
                                 {
                                         {QStringLiteral("feed_id"), feedId},
                                         {QStringLiteral("view_mode"), viewMode},
                                         {QStringLiteral("skip"), skip},
                                         {QStringLiteral("limit"), headlinesPerCall},
                                         {QStringLiteral("show_content"), false},
                                         {QStringLiteral("show_excerpt"), false},
                                         {QStringLiteral("include_attachments"), false},
                                         {QStringLiteral("sanitize"), false},
                                 });
        if (!reply.error.ok()) {
            result.error = reply.error;
            result.value.clear();
            return result;
        }
        const QJsonArray headlines = reply.content.toArray();
        for (const auto &value : headlines) {
            const QString id = idText(value.toObject().value(u"id"));
            if (isArticleId(id) && !seen.contains(id)) {
                seen.insert(id);
                result.value.append(id);
            }
        }
        if (headlines.size() < headlinesPerCall)
            return result;
    }
}

ServiceResult<QStringList> TtRssClient::unreadIds()
{
    return headlineIds(-4, QStringLiteral("unread"));
}

ServiceResult<QStringList> TtRssClient::starredIds()
{
    return headlineIds(-1, QStringLiteral("all_articles")); // -1: the starred virtual feed
}

// getCounters (there since API level 1, "for ttrss-reader for Android") counts every feed's unread
// and starred articles in one query; feeds without articles are left out. Its list also holds the
// global counters, the virtual feeds (0 to -4), labels (below -10) and categories ("kind": "cat",
// whose ids overlap the feeds'): only positive ids without a kind are feeds.
ServiceResult<FlagCounts> TtRssClient::flagCounts()
{
    ServiceResult<FlagCounts> result;
    const Reply reply = call(QStringLiteral("getCounters"));
    result.error = reply.error;
    if (!reply.error.ok())
        return result;
    if (!reply.content.isArray()) {
        result.error = {ServiceError::Kind::ServerError,
                        tr("Tiny Tiny RSS at %1 sent an answer that cannot be read").arg(m_endpoint.host())};
        return result;
    }
    const QJsonArray counters = reply.content.toArray();
    for (const auto &value : counters) {
        const QJsonObject o = value.toObject();
        const QString id = idText(o.value(u"id"));
        if (o.contains(u"kind") || !isArticleId(id)) // categories; global, virtual and label counters
            continue;
        result.value.feeds.insert(id, {o.value(u"counter").toInteger(), o.value(u"markedcounter").toInteger()});
    }
    result.value.counted = true;
    return result;
}

ServiceResult<QStringList> TtRssClient::flaggedIds(Flag flag, const QStringList &feedIds)
{
    ServiceResult<QStringList> result;
    for (const QString &feedId : feedIds) {
        bool ok = false;
        const int id = feedId.toInt(&ok);
        if (!ok || id <= 0) {
            qCWarning(lcTtRss) << "not a tt-rss feed id, left out:" << feedId;
            continue;
        }
        ServiceResult<QStringList> ids
                = headlineIds(id, flag == Flag::Unread ? QStringLiteral("unread") : QStringLiteral("marked"));
        if (!ids.ok()) {
            result.error = ids.error;
            result.value.clear();
            return result;
        }
        result.value.append(ids.value);
    }
    return result;
}

ServiceError TtRssClient::setFlag(Flag flag, bool on, const QStringList &articleIds)
{
    const QStringList valid = validIds(articleIds);
    const int field = flag == Flag::Unread ? 2 : 0; // updateArticle's fields: 0 starred, 2 unread
    for (qsizetype from = 0; from < valid.size(); from += flagIdsPerCall) {
        const Reply reply = call(QStringLiteral("updateArticle"),
                                 {{QStringLiteral("article_ids"), valid.mid(from, flagIdsPerCall).join(u',')},
                                  {QStringLiteral("field"), field},
                                  {QStringLiteral("mode"), on ? 1 : 0}});
        if (!reply.error.ok())
            return reply.error;
    }
    return {};
}

ServiceResult<QString> TtRssClient::subscribe(const QUrl &feedUrl, const QString &folderId)
{
    ServiceResult<QString> result;
    const Reply reply = call(QStringLiteral("subscribeToFeed"),
                             {{QStringLiteral("feed_url"), feedUrl.toString(QUrl::FullyEncoded)},
                              {QStringLiteral("category_id"), folderId.isEmpty() ? 0 : folderId.toInt()}});
    result.error = reply.error;
    if (!reply.error.ok())
        return result;
    const QJsonObject status = reply.content.toObject().value(u"status").toObject();
    const QString shown = feedUrl.toDisplayString();
    switch (status.value(u"code").toInt(-1)) {
    case 0: // already subscribed
    case 1: // added
        result.value = idText(status.value(u"feed_id"));
        if (result.value.isEmpty())
            result.error = {ServiceError::Kind::ServerError,
                            tr("Tiny Tiny RSS subscribed to %1 but did not say to which feed").arg(shown)};
        return result;
    case 2:
        result.error
                = {ServiceError::Kind::Refused, tr("Tiny Tiny RSS does not accept %1 as a feed address").arg(shown)};
        return result;
    case 3:
        result.error = {ServiceError::Kind::Refused, tr("%1 is a web page that names no feed").arg(shown)};
        return result;
    case 4: {
        QStringList found;
        const QJsonValue feeds = status.value(u"feeds");
        if (feeds.isObject())
            found = feeds.toObject().keys();
        const QJsonArray listed = feeds.toArray();
        for (const auto &value : listed)
            found.append(value.toString());
        result.error = {ServiceError::Kind::Refused,
                        tr("%1 is a web page that names several feeds; subscribe to one of them: %2")
                                .arg(shown, found.join(QStringLiteral(", ")))};
        return result;
    }
    case 5:
        result.error = {ServiceError::Kind::Refused,
                        tr("Tiny Tiny RSS could not fetch %1: %2").arg(shown, status.value(u"message").toString())};
        return result;
    default:
        result.error = {ServiceError::Kind::Refused,
                        tr("Tiny Tiny RSS did not subscribe to %1 (its code %2)")
                                .arg(shown)
                                .arg(status.value(u"code").toInt(-1))};
        return result;
    }
}

ServiceError TtRssClient::unsubscribe(const QString &feedId)
{
    bool ok = false;
    const qint64 id = feedId.toLongLong(&ok);
    if (!ok || id <= 0)
        return {ServiceError::Kind::Refused, tr("Tiny Tiny RSS has no such feed")};
    return call(QStringLiteral("unsubscribeFeed"), {{QStringLiteral("feed_id"), id}}).error;
}

// The JSON API at level 15 has no call that renames a feed or moves it to another category (see
// classes/api.php); the web interface does both through its own backend.
ServiceError TtRssClient::renameFeed(const QString &feedId, const QString &title)
{
    Q_UNUSED(feedId)
    Q_UNUSED(title)
    return {ServiceError::Kind::Unsupported,
            tr("Tiny Tiny RSS's API cannot rename a feed: rename it in Tiny Tiny RSS itself")};
}

ServiceError TtRssClient::moveFeed(const QString &feedId, const QString &folderId)
{
    Q_UNUSED(feedId)
    Q_UNUSED(folderId)
    return {ServiceError::Kind::Unsupported,
            tr("Tiny Tiny RSS's API cannot move a feed to another category: move it in Tiny Tiny RSS itself")};
}

} // namespace tidings::accounts
