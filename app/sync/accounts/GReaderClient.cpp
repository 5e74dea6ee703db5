#include "GReaderClient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

namespace tidings::accounts {

namespace {

Q_LOGGING_CATEGORY(lcGReader, "tidings.accounts.greader", QtWarningMsg)

const QString kItemPrefix = QStringLiteral("tag:google.com,2005:reader/item/");
const QString kReadingList = QStringLiteral("user/-/state/com.google/reading-list");
const QString kReadState = QStringLiteral("user/-/state/com.google/read");
const QString kStarredState = QStringLiteral("user/-/state/com.google/starred");

// Form and query encoding done by hand: QUrlQuery leaves '+' alone, which PHP (FreshRSS) and Go
// (Miniflux) read as a space in a form, so a feed URL with a '+' in it would arrive changed.
QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray encoded;
    for (const auto &[name, value] : fields) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

QList<QPair<QString, QString>> formDecode(const QString &text)
{
    QList<QPair<QString, QString>> fields;
    for (const QString &pair : text.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        auto decode = [](const QString &part) {
            return QUrl::fromPercentEncoding(part.toLatin1());
        };
        fields.append({decode(pair.left(eq < 0 ? pair.size() : eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return fields;
}

// Numbers come as JSON numbers from some services and as strings from others (FreshRSS writes
// crawlTimeMsec and timestampUsec as strings, published as a number).
qint64 jsonInteger(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toLongLong();
    return qint64(value.toDouble());
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

QString firstHref(const QJsonValue &links)
{
    for (const QJsonValue link : links.toArray()) {
        QString href = link.toObject().value(u"href").toString();
        if (!href.isEmpty())
            return href;
    }
    return {};
}

// Where articlesAfter carries on. Between runs: ot (the newest crawl time seen, in seconds) and the
// ids already given at that second, since ot is inclusive in FreshRSS and the same second may hold
// more. Within a run, also the service's continuation, the ot the run started from and the ids it
// skips there. xt: the first run asks for unread items only, not the whole read history.
struct Cursor
{
    qint64 oldest = 0;
    QStringList skip;
    QString continuation;
    qint64 newest = 0;
    QStringList seenAtNewest;
    bool unreadOnly = false;

    static Cursor parse(const QString &text)
    {
        Cursor c;
        if (text.isEmpty()) {
            c.unreadOnly = true;
            return c;
        }
        for (const auto &[name, value] : formDecode(text)) {
            if (name == u"ot")
                c.oldest = value.toLongLong();
            else if (name == u"skip")
                c.skip = idsFromText(value);
            else if (name == u"c")
                c.continuation = value;
            else if (name == u"newest")
                c.newest = value.toLongLong();
            else if (name == u"seen")
                c.seenAtNewest = idsFromText(value);
            else if (name == u"xt")
                c.unreadOnly = value == u"read";
        }
        if (c.continuation.isEmpty()) {
            // A new run starts where the last one ended.
            c.newest = c.oldest;
            c.seenAtNewest = c.skip;
        }
        return c;
    }

    // Long ids hold a comma ("tag:google.com,2005:..."): only their hex digits are kept, comma-separated.
    static QString idsText(const QStringList &longIds)
    {
        QStringList hex;
        for (const QString &id : longIds)
            hex.append(id.mid(kItemPrefix.size()));
        return hex.join(u',');
    }

    static QStringList idsFromText(const QString &text)
    {
        QStringList ids;
        for (const QString &hex : text.split(u',', Qt::SkipEmptyParts))
            ids.append(kItemPrefix + hex);
        return ids;
    }

    [[nodiscard]] QString text() const
    {
        QList<QPair<QString, QString>> fields{{u"ot"_qs, QString::number(continuation.isEmpty() ? newest : oldest)},
                                              {u"skip"_qs, idsText(continuation.isEmpty() ? seenAtNewest : skip)}};
        if (!continuation.isEmpty()) {
            fields.append({u"c"_qs, continuation});
            fields.append({u"newest"_qs, QString::number(newest)});
            fields.append({u"seen"_qs, idsText(seenAtNewest)});
        }
        // Until an item has been seen there is no time to start from: stay with unread items.
        if (unreadOnly && (!continuation.isEmpty() || newest == 0))
            fields.append({u"xt"_qs, u"read"_qs});
        return QString::fromLatin1(formEncode(fields));
    }
};

struct ParsedItem
{
    RemoteArticle article;
    qint64 crawlTime = 0; // seconds
};

std::optional<ParsedItem> parseItem(const QJsonObject &item)
{
    ParsedItem parsed;
    RemoteArticle &a = parsed.article;
    a.id = GReaderClient::longItemId(item.value(u"id").toString());
    if (a.id.isEmpty())
        return std::nullopt;
    a.feedId = item.value(u"origin").toObject().value(u"streamId").toString();
    a.title = item.value(u"title").toString();
    QString link = firstHref(item.value(u"canonical"));
    if (link.isEmpty())
        link = firstHref(item.value(u"alternate"));
    a.link = QUrl(link);
    a.author = item.value(u"author").toString();
    // FreshRSS sends the text as summary; Google Reader and Miniflux have content for a full text.
    a.contentHtml = item.value(u"content").toObject().value(u"content").toString();
    if (a.contentHtml.isEmpty())
        a.contentHtml = item.value(u"summary").toObject().value(u"content").toString();
    a.publishedAt = jsonInteger(item.value(u"published"));
    a.updatedAt = jsonInteger(item.value(u"updated"));
    // States may name the user by number ("user/1/state/com.google/read") instead of "-".
    for (const QJsonValue category : item.value(u"categories").toArray()) {
        const QString name = category.toString();
        if (name.endsWith(u"/state/com.google/read"))
            a.unread = false;
        else if (name.endsWith(u"/state/com.google/starred"))
            a.starred = true;
    }
    if (const qint64 msec = jsonInteger(item.value(u"crawlTimeMsec")); msec > 0)
        parsed.crawlTime = msec / 1000;
    else if (const qint64 usec = jsonInteger(item.value(u"timestampUsec")); usec > 0)
        parsed.crawlTime = usec / 1000000;
    else
        parsed.crawlTime = a.publishedAt;
    return parsed;
}

bool looksLikeHtml(const QString &contentType, const QByteArray &body)
{
    return contentType == u"text/html" || body.trimmed().left(64).toLower().startsWith("<!doctype html")
            || body.trimmed().left(64).toLower().startsWith("<html");
}

} // namespace

// What one request brought back.
struct GReaderClient::Answer
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QString contentType;
    bool badToken = false; // X-Reader-Google-Bad-Token (or Google-Bad-Token): true
    int retryAfterSeconds = -1;
    QString failure; // in words, when there was no usable answer
    bool unreadable = false; // an answer came, but too large to read whole
};

GReaderClient::GReaderClient(QNetworkAccessManager *network, QUrl baseUrl, QString user, QString password,
                             Fetcher::Options options, Limits limits)
    : m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_user(std::move(user))
    , m_password(std::move(password))
    , m_options(options)
    , m_limits(limits)
{ }

QString GReaderClient::longItemId(QStringView id)
{
    id = id.trimmed();
    bool ok = false;
    quint64 number = 0;
    if (id.startsWith(kItemPrefix)) {
        const QStringView hex = id.mid(kItemPrefix.size());
        if (hex.isEmpty() || hex.size() > 16)
            return {};
        number = hex.toULongLong(&ok, 16);
    } else {
        number = id.toULongLong(&ok, 10);
        if (!ok)
            number = quint64(id.toLongLong(&ok, 10)); // the two's complement of a signed id
    }
    if (!ok)
        return {};
    return kItemPrefix + u"%1"_qs.arg(number, 16, 16, QLatin1Char('0'));
}

QString GReaderClient::normalisedLabel(const QString &id)
{
    static const QRegularExpression label(QStringLiteral("^user/[^/]*/label/(.+)$"));
    const QRegularExpressionMatch m = label.match(id);
    return m.hasMatch() ? u"user/-/label/"_qs + m.captured(1) : QString();
}

GReaderClient::Answer GReaderClient::send(bool post, const QString &endpoint, const Fields &fields, bool withAuth)
{
    if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread()
        && QCoreApplication::instance()->inherits("QGuiApplication"))
        qCWarning(lcGReader) << "a blocking service call on the GUI thread:" << endpoint;

    QUrl url = m_baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + endpoint);
    const QByteArray encoded = formEncode(fields);
    if (!post && !encoded.isEmpty())
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    // The size cap below counts unpacked bytes and says what happened; Qt's own check would not.
    request.setDecompressedSafetyCheckThreshold(-1);
    request.setHeader(QNetworkRequest::UserAgentHeader, Fetcher::userAgent());
    if (withAuth && !m_auth.isEmpty())
        request.setRawHeader("Authorization", "GoogleLogin auth=" + m_auth);
    if (post)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    qCDebug(lcGReader) << (post ? "POST" : "GET") << endpoint;

    std::unique_ptr<QNetworkReply> reply(post ? m_network->post(request, encoded) : m_network->get(request));
    Answer answer;
    QString abortReason;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    const qint64 megabytes = m_options.maxBytes / (qint64{1024} * 1024);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        abortReason = tr("no complete answer within %L1 s").arg(m_options.deadlineMs / 1000.0, 0, 'g', 3);
        reply->abort();
    });
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > m_options.maxBytes) {
            abortReason = tr("the answer is larger than %1 MB").arg(megabytes);
            answer.unreadable = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        answer.body += reply->readAll();
        if (answer.body.size() > m_options.maxBytes) {
            abortReason = tr("the answer is larger than %1 MB").arg(megabytes);
            answer.unreadable = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(m_options.deadlineMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    deadline.stop();
    if (reply->isOpen())
        answer.body += reply->readAll();

    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = QString::fromLatin1(reply->rawHeader("Content-Type")).section(u';', 0, 0).trimmed().toLower();
    answer.badToken = reply->rawHeader("X-Reader-Google-Bad-Token").trimmed() == "true"
            || reply->rawHeader("Google-Bad-Token").trimmed() == "true";
    answer.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (!abortReason.isEmpty()) {
        answer.failure = abortReason;
        answer.body.clear();
    } else if (answer.status == 0) {
        answer.failure = replyErrorText(reply.get(), m_options.timeoutMs);
        answer.body.clear();
    }
    qCDebug(lcGReader) << endpoint << "->" << answer.status << answer.failure;
    return answer;
}

ServiceError GReaderClient::errorFor(const Answer &answer, const QString &endpoint) const
{
    ServiceError e;
    const QString address = m_baseUrl.toDisplayString();
    if (answer.unreadable) {
        e.kind = ServiceError::Kind::ServerError;
        e.message = tr("The service's answer to %1 could not be read: %2.").arg(endpoint, answer.failure);
    } else if (!answer.failure.isEmpty()) {
        e.kind = ServiceError::Kind::Unreachable;
        e.message = tr("Cannot reach the service at %1: %2.").arg(address, answer.failure);
    } else if (answer.status == 429) {
        e.kind = ServiceError::Kind::RateLimited;
        e.retryAfterSeconds = answer.retryAfterSeconds;
        e.message = answer.retryAfterSeconds >= 0
                ? tr("The service asks Tidings to wait %n second(s) before asking again.", nullptr,
                     answer.retryAfterSeconds)
                : tr("The service says it had too many requests; Tidings waits before asking again.");
    } else if (answer.status >= 500) {
        e.kind = ServiceError::Kind::ServerError;
        e.retryAfterSeconds = answer.retryAfterSeconds;
        e.message = tr("The service has a problem (it answered %1 to %2); Tidings tries again later.")
                            .arg(answer.status)
                            .arg(endpoint);
    } else if (answer.status == 401 || answer.status == 403) {
        e.kind = ServiceError::Kind::WrongPassword;
        e.message = tr("The service refused the user name or password. FreshRSS and Miniflux want the API "
                       "password set in their settings, not the password of the web page.");
    } else if (answer.status == 400) {
        e.kind = ServiceError::Kind::Refused;
        e.message = tr("The service refused the request (%1).").arg(endpoint);
    } else if (answer.status >= 300 || looksLikeHtml(answer.contentType, answer.body)) {
        e.kind = ServiceError::Kind::NotAService;
        e.message = tr("%1 does not answer as a Google Reader API service. For FreshRSS the address ends in "
                       "/api/greader.php.")
                            .arg(address);
    } else {
        e.kind = ServiceError::Kind::ServerError;
        e.message = tr("The service's answer to %1 could not be read; Tidings tries again later.").arg(endpoint);
    }
    return e;
}

ServiceError GReaderClient::login()
{
    const ServiceError e = logInOnce();
    // People give FreshRSS's own address rather than its API's: where nothing there answers as a
    // service, the API's usual place under it is tried once, and kept if a service answers there.
    if (e.kind != ServiceError::Kind::NotAService || m_baseUrl.path().endsWith(u"greader.php"))
        return e;
    const QUrl given = m_baseUrl;
    QString path = m_baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_baseUrl.setPath(path + u"/api/greader.php"_qs);
    const ServiceError there = logInOnce();
    if (there.ok() || there.kind == ServiceError::Kind::WrongPassword || there.kind == ServiceError::Kind::ApiDisabled)
        return there;
    m_baseUrl = given;
    return e;
}

ServiceError GReaderClient::logInOnce()
{
    m_auth.clear();
    m_token.clear();
    const Answer answer
            = send(true, u"accounts/ClientLogin"_qs, {{u"Email"_qs, m_user}, {u"Passwd"_qs, m_password}}, false);
    if (answer.failure.isEmpty() && answer.status >= 200 && answer.status < 300
        && !looksLikeHtml(answer.contentType, answer.body)) {
        for (const QByteArray &line : answer.body.split('\n')) {
            if (line.startsWith("Auth="))
                m_auth = line.mid(5).trimmed();
        }
        if (!m_auth.isEmpty())
            return {};
        // Anything else that says 200 to a login is not a Google Reader API.
        Answer notService = answer;
        notService.status = 404;
        return errorFor(notService, u"accounts/ClientLogin"_qs);
    }
    // FreshRSS with API access switched off answers every call, this one too, with exactly this. A
    // 503 from anything else (a proxy, a restart) stays a ServerError to try again later.
    if (answer.failure.isEmpty() && answer.status == 503 && answer.body.trimmed() == "Service Unavailable!") {
        ServiceError e;
        e.kind = ServiceError::Kind::ApiDisabled;
        e.message = tr("The service at %1 has API access switched off. In FreshRSS, an administrator allows it "
                       "under Administration, Authentication; each user then sets an API password in the "
                       "profile.")
                            .arg(m_baseUrl.toDisplayString());
        return e;
    }
    // FreshRSS answers a user name it cannot take with 400.
    if (answer.failure.isEmpty() && answer.status == 400) {
        Answer refused = answer;
        refused.status = 401;
        return errorFor(refused, u"accounts/ClientLogin"_qs);
    }
    return errorFor(answer, u"accounts/ClientLogin"_qs);
}

ServiceResult<QByteArray> GReaderClient::authorised(bool post, const QString &endpoint, const Fields &fields,
                                                    bool &loggedInAgain)
{
    if (m_auth.isEmpty()) {
        if (ServiceError e = login(); !e.ok())
            return {{}, e};
    }
    Answer answer = send(post, endpoint, fields, true);
    if (answer.status == 401 && !loggedInAgain) {
        loggedInAgain = true;
        qCDebug(lcGReader) << "login expired; logging in again for" << endpoint;
        if (ServiceError e = login(); !e.ok())
            return {{}, e};
        answer = send(post, endpoint, fields, true);
    }
    if (!answer.failure.isEmpty() || answer.status < 200 || answer.status >= 300)
        return {{}, errorFor(answer, endpoint)};
    return {answer.body, {}};
}

ServiceResult<QByteArray> GReaderClient::get(const QString &endpoint, const Fields &query)
{
    bool loggedInAgain = false;
    Fields fields = query;
    fields.append({u"output"_qs, u"json"_qs});
    return authorised(false, endpoint, fields, loggedInAgain);
}

ServiceError GReaderClient::fetchToken(bool &loggedInAgain)
{
    const ServiceResult<QByteArray> token = authorised(false, u"reader/api/0/token"_qs, {}, loggedInAgain);
    if (!token.ok())
        return token.error;
    m_token = QString::fromUtf8(token.value).trimmed();
    if (m_token.isEmpty() || m_token.contains(u'<')) {
        m_token.clear();
        return errorFor(Answer{404, token.value, {}, false, -1, {}, false}, u"reader/api/0/token"_qs);
    }
    return {};
}

ServiceResult<QByteArray> GReaderClient::post(const QString &endpoint, const Fields &form)
{
    bool loggedInAgain = false;
    bool tokenFetchedAgain = false;
    // A 401 says the token or the login expired, and FreshRSS and Miniflux set the bad-token header on
    // either: so first a new token (whose own call logs in again if the login expired), then, if that
    // was not it, a new login and a new token. At most one of each per call.
    for (;;) {
        if (m_auth.isEmpty()) {
            if (ServiceError e = login(); !e.ok())
                return {{}, e};
        }
        if (m_token.isEmpty()) {
            if (ServiceError e = fetchToken(loggedInAgain); !e.ok())
                return {{}, e};
        }
        Fields fields = form;
        fields.append({u"T"_qs, m_token});
        const Answer answer = send(true, endpoint, fields, true);
        if (answer.status == 401 && answer.badToken && !tokenFetchedAgain) {
            tokenFetchedAgain = true;
            m_token.clear();
            continue;
        }
        if (answer.status == 401 && !loggedInAgain) {
            loggedInAgain = true;
            m_auth.clear();
            continue;
        }
        if (!answer.failure.isEmpty() || answer.status < 200 || answer.status >= 300)
            return {{}, errorFor(answer, endpoint)};
        return {answer.body, {}};
    }
}

namespace {

template<typename T>
ServiceResult<T> failed(const ServiceError &e)
{
    return {{}, e};
}

} // namespace

ServiceResult<QList<RemoteFolder>> GReaderClient::folders()
{
    const ServiceResult<QByteArray> answer = get(u"reader/api/0/tag/list"_qs, {});
    if (!answer.ok())
        return failed<QList<RemoteFolder>>(answer.error);
    const QJsonDocument doc = QJsonDocument::fromJson(answer.value);
    if (!doc.isObject())
        return failed<QList<RemoteFolder>>(
                errorFor(Answer{200, answer.value, {}, false, -1, {}, false}, u"reader/api/0/tag/list"_qs));
    QList<RemoteFolder> folders;
    for (const QJsonValue tag : doc.object().value(u"tags").toArray()) {
        const QJsonObject o = tag.toObject();
        const QString id = normalisedLabel(o.value(u"id").toString());
        // FreshRSS lists its article labels here too (type "tag"); folders are "folder" or untyped.
        const QString type = o.value(u"type").toString();
        if (id.isEmpty() || (!type.isEmpty() && type != u"folder"))
            continue;
        folders.append({id, id.mid(QStringLiteral("user/-/label/").size())});
    }
    return {folders, {}};
}

ServiceResult<QList<RemoteFeed>> GReaderClient::feeds()
{
    const ServiceResult<QByteArray> answer = get(u"reader/api/0/subscription/list"_qs, {});
    if (!answer.ok())
        return failed<QList<RemoteFeed>>(answer.error);
    const QJsonDocument doc = QJsonDocument::fromJson(answer.value);
    if (!doc.isObject())
        return failed<QList<RemoteFeed>>(
                errorFor(Answer{200, answer.value, {}, false, -1, {}, false}, u"reader/api/0/subscription/list"_qs));
    QList<RemoteFeed> feeds;
    for (const QJsonValue subscription : doc.object().value(u"subscriptions").toArray()) {
        const QJsonObject o = subscription.toObject();
        RemoteFeed feed;
        feed.id = o.value(u"id").toString();
        if (feed.id.isEmpty())
            continue;
        feed.title = o.value(u"title").toString();
        // Google Reader named a feed by its address ("feed/URL") and gave no url field.
        const QString url = o.value(u"url").toString();
        feed.url = QUrl(url.isEmpty() && feed.id.startsWith(u"feed/") ? feed.id.mid(5) : url);
        feed.siteUrl = QUrl(o.value(u"htmlUrl").toString());
        for (const QJsonValue category : o.value(u"categories").toArray()) {
            const QString label = normalisedLabel(category.toObject().value(u"id").toString());
            if (!label.isEmpty()) {
                feed.folderId = label; // Tidings keeps a feed in one folder: the first
                break;
            }
        }
        feeds.append(feed);
    }
    return {feeds, {}};
}

ServiceResult<QList<RemoteArticle>> GReaderClient::contents(const QStringList &longIds,
                                                            QHash<QString, qint64> *crawlTimes)
{
    QList<RemoteArticle> articles;
    const int batch = qMax(1, m_limits.idsPerPost);
    for (qsizetype start = 0; start < longIds.size(); start += batch) {
        Fields form{{u"output"_qs, u"json"_qs}};
        for (const QString &id : longIds.mid(start, batch))
            form.append({u"i"_qs, id});
        const ServiceResult<QByteArray> answer = post(u"reader/api/0/stream/items/contents"_qs, form);
        if (!answer.ok())
            return failed<QList<RemoteArticle>>(answer.error);
        const QJsonDocument doc = QJsonDocument::fromJson(answer.value);
        if (!doc.isObject())
            return failed<QList<RemoteArticle>>(errorFor(Answer{200, answer.value, {}, false, -1, {}, false},
                                                         u"reader/api/0/stream/items/contents"_qs));
        for (const QJsonValue item : doc.object().value(u"items").toArray()) {
            if (std::optional<ParsedItem> parsed = parseItem(item.toObject())) {
                if (crawlTimes)
                    crawlTimes->insert(parsed->article.id, parsed->crawlTime);
                articles.append(std::move(parsed->article));
            }
        }
    }
    return {articles, {}};
}

ServiceResult<ArticleBatch> GReaderClient::articlesAfter(const QString &cursorText)
{
    Cursor cursor = Cursor::parse(cursorText);
    Fields query{{u"s"_qs, kReadingList}, {u"r"_qs, u"o"_qs}, {u"n"_qs, QString::number(m_limits.idsPerPage)}};
    if (cursor.oldest > 0)
        query.append({u"ot"_qs, QString::number(cursor.oldest)});
    if (cursor.unreadOnly)
        query.append({u"xt"_qs, kReadState});
    if (!cursor.continuation.isEmpty())
        query.append({u"c"_qs, cursor.continuation});
    const ServiceResult<QByteArray> answer = get(u"reader/api/0/stream/items/ids"_qs, query);
    if (!answer.ok())
        return failed<ArticleBatch>(answer.error);
    const QJsonDocument doc = QJsonDocument::fromJson(answer.value);
    if (!doc.isObject())
        return failed<ArticleBatch>(
                errorFor(Answer{200, answer.value, {}, false, -1, {}, false}, u"reader/api/0/stream/items/ids"_qs));

    const QSet<QString> skip(cursor.skip.cbegin(), cursor.skip.cend());
    QStringList ids;
    QSet<QString> listed;
    for (const QJsonValue ref : doc.object().value(u"itemRefs").toArray()) {
        const QString id = longItemId(jsonText(ref.toObject().value(u"id")));
        if (!id.isEmpty() && !skip.contains(id) && !listed.contains(id)) {
            ids.append(id);
            listed.insert(id);
        }
    }
    QHash<QString, qint64> crawlTimes;
    ServiceResult<QList<RemoteArticle>> fetched = contents(ids, &crawlTimes);
    if (!fetched.ok())
        return failed<ArticleBatch>(fetched.error);

    ArticleBatch batch;
    batch.articles = std::move(fetched.value);
    // Oldest first, whatever order the contents came back in.
    std::stable_sort(batch.articles.begin(), batch.articles.end(), [&](const RemoteArticle &a, const RemoteArticle &b) {
        return std::pair(crawlTimes.value(a.id), a.id) < std::pair(crawlTimes.value(b.id), b.id);
    });
    for (const RemoteArticle &a : std::as_const(batch.articles)) {
        const qint64 t = crawlTimes.value(a.id);
        if (t > cursor.newest) {
            cursor.newest = t;
            cursor.seenAtNewest = {a.id};
        } else if (t == cursor.newest && !cursor.seenAtNewest.contains(a.id)) {
            cursor.seenAtNewest.append(a.id);
        }
    }
    const QString continuation = jsonText(doc.object().value(u"continuation"));
    // A continuation that does not move would page for ever.
    cursor.continuation = continuation == cursor.continuation ? QString() : continuation;
    batch.more = !cursor.continuation.isEmpty();
    batch.nextCursor = cursor.text();
    return {batch, {}};
}

ServiceResult<QList<RemoteArticle>> GReaderClient::articles(const QStringList &ids)
{
    QStringList longIds;
    for (const QString &id : ids) {
        if (const QString l = longItemId(id); !l.isEmpty())
            longIds.append(l);
    }
    return contents(longIds, nullptr);
}

ServiceResult<QStringList> GReaderClient::allIds(const Fields &query)
{
    QStringList ids;
    QSet<QString> listed;
    QString continuation;
    QSet<QString> continuations;
    for (;;) {
        Fields fields = query;
        fields.append({u"n"_qs, QString::number(m_limits.idsPerList)});
        if (!continuation.isEmpty())
            fields.append({u"c"_qs, continuation});
        const ServiceResult<QByteArray> answer = get(u"reader/api/0/stream/items/ids"_qs, fields);
        if (!answer.ok())
            return failed<QStringList>(answer.error);
        const QJsonDocument doc = QJsonDocument::fromJson(answer.value);
        if (!doc.isObject())
            return failed<QStringList>(
                    errorFor(Answer{200, answer.value, {}, false, -1, {}, false}, u"reader/api/0/stream/items/ids"_qs));
        for (const QJsonValue ref : doc.object().value(u"itemRefs").toArray()) {
            const QString id = longItemId(jsonText(ref.toObject().value(u"id")));
            if (!id.isEmpty() && !listed.contains(id)) {
                ids.append(id);
                listed.insert(id);
            }
        }
        continuation = jsonText(doc.object().value(u"continuation"));
        if (continuation.isEmpty() || continuations.contains(continuation))
            break;
        continuations.insert(continuation);
    }
    return {ids, {}};
}

ServiceResult<QStringList> GReaderClient::unreadIds()
{
    return allIds({{u"s"_qs, kReadingList}, {u"xt"_qs, kReadState}});
}

ServiceResult<QStringList> GReaderClient::starredIds()
{
    return allIds({{u"s"_qs, kStarredState}});
}

ServiceError GReaderClient::setFlag(Flag flag, bool on, const QStringList &articleIds)
{
    // Unread is the absence of the read state.
    const QString state = flag == Flag::Unread ? kReadState : kStarredState;
    const bool add = flag == Flag::Unread ? !on : on;
    QStringList ids;
    for (const QString &id : articleIds) {
        if (const QString l = longItemId(id); !l.isEmpty())
            ids.append(l);
    }
    const int batch = qMax(1, m_limits.idsPerPost);
    for (qsizetype start = 0; start < ids.size(); start += batch) {
        Fields form{{add ? u"a"_qs : u"r"_qs, state}};
        for (const QString &id : ids.mid(start, batch))
            form.append({u"i"_qs, id});
        if (const ServiceResult<QByteArray> answer = post(u"reader/api/0/edit-tag"_qs, form); !answer.ok())
            return answer.error;
    }
    return {};
}

ServiceError GReaderClient::editSubscription(const Fields &form)
{
    return post(u"reader/api/0/subscription/edit"_qs, form).error;
}

ServiceResult<QString> GReaderClient::subscribe(const QUrl &feedUrl, const QString &folderId)
{
    const QString stream = u"feed/"_qs + feedUrl.toString(QUrl::FullyEncoded);
    Fields form{{u"ac"_qs, u"subscribe"_qs}, {u"s"_qs, stream}};
    if (!folderId.isEmpty())
        form.append({u"a"_qs, folderId});
    if (ServiceError e = editSubscription(form); !e.ok())
        return failed<QString>(e);
    // subscription/edit answers "OK" without the id; the list has it.
    const ServiceResult<QList<RemoteFeed>> list = feeds();
    if (!list.ok())
        return failed<QString>(list.error);
    for (const RemoteFeed &feed : list.value) {
        if (feed.url.adjusted(QUrl::NormalizePathSegments) == feedUrl.adjusted(QUrl::NormalizePathSegments))
            return {feed.id, {}};
    }
    // Not listed (yet): FreshRSS and Miniflux also take the address form of the id.
    return {stream, {}};
}

ServiceError GReaderClient::unsubscribe(const QString &feedId)
{
    return editSubscription({{u"ac"_qs, u"unsubscribe"_qs}, {u"s"_qs, feedId}});
}

ServiceError GReaderClient::renameFeed(const QString &feedId, const QString &title)
{
    return editSubscription({{u"ac"_qs, u"edit"_qs}, {u"s"_qs, feedId}, {u"t"_qs, title}});
}

ServiceError GReaderClient::moveFeed(const QString &feedId, const QString &folderId)
{
    // Services where a feed may carry several labels (Inoreader) keep the old one unless it is removed,
    // so the current folder is looked up and named in r=.
    const ServiceResult<QList<RemoteFeed>> list = feeds();
    if (!list.ok())
        return list.error;
    QString current;
    bool found = false;
    for (const RemoteFeed &feed : list.value) {
        if (feed.id == feedId) {
            current = feed.folderId;
            found = true;
        }
    }
    if (!found) {
        ServiceError e;
        e.kind = ServiceError::Kind::Refused;
        e.message = tr("The service has no feed %1 to move.").arg(feedId);
        return e;
    }
    if (current == folderId)
        return {};
    Fields form{{u"ac"_qs, u"edit"_qs}, {u"s"_qs, feedId}};
    if (!folderId.isEmpty())
        form.append({u"a"_qs, folderId});
    if (!current.isEmpty())
        form.append({u"r"_qs, current});
    return editSubscription(form);
}

} // namespace tidings::accounts
